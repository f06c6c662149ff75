import fc from 'fast-check';
import { isoToSerial } from '../../../src/core/dates/serial';
import { date, empty, num, text } from '../../../src/core/layout/cells';
import type { CellValue, WorkbookLayout } from '../../../src/core/layout/types';
import { periodFor } from '../../../src/core/periods';
import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import type { Unit } from '../../../src/core/plan/types';
import type { RawSheet } from '../../../src/core/ports/workbookPort';
import { spendingByFunding, standingResults, targetResults } from '../../../src/core/progress/targetProgress';
import type { UnitRecords } from '../../../src/core/records/types';
import { buildTemplate, templateProgress, type ExistingRows } from '../../../src/core/template/buildTemplate';
import { PROGRESS_SHEET_NAME } from '../../../src/core/template/progressSheet';
import { applyWrites, planNormalise } from '../../../src/core/usecases/normaliseWorkbook';
import { validateWorkbook } from '../../../src/core/validation';
import { evaluateLayout } from '../../support/evaluateWithHyperFormula';
import { layoutToRawSheets } from '../../support/layoutToRawSheets';
import { patchLayout } from '../../support/patchLayout';

const plan = GO_DAU_116;
const thanhDuc = plan.units.find((u) => u.code === 'XTD') as Unit;
const request = { plan, kind: 'unit' as const, unit: thanhDuc, createdOn: '2018-07-01' };
const progress = templateProgress(request);
const annual = periodFor('year', 2018, undefined, plan.periodConvention);
const TODAY = '2019-01-15';

/** Days from 1 January 2018, with the annual period's edges (15/12/2017 – 14/12/2018) and their neighbours often. */
const day = fc.oneof(fc.integer({ min: -40, max: 400 }), fc.constantFrom(-18, -17, 347, 348));
const isoOf = (days: number): string => new Date(Date.UTC(2018, 0, 1) + days * 86_400_000).toISOString().slice(0, 10);
const dmy = (iso: string): string => iso.split('-').reverse().join('/');

/** A date cell as officers leave it: a real date, a date typed as text, or a date with a time of day. */
const dateCell = fc.tuple(day, fc.constantFrom('date', 'text', 'time')).map(([days, how]): CellValue => {
  const iso = isoOf(days);
  return how === 'date' ? date(iso) : how === 'text' ? text(dmy(iso)) : num(isoToSerial(iso) + 0.5);
});

/** A list value as pasted: exact, decomposed Unicode, with stray spaces, or under another name the plan gives it. */
function listCell(name: string, others: readonly string[]): fc.Arbitrary<CellValue> {
  return fc.constantFrom('exact', 'nfd', 'spaces', 'other').chain((how) => {
    if (how === 'nfd') return fc.constant(text(name.normalize('NFD')));
    if (how === 'spaces') return fc.constant(text(` ${name.replace(' ', '  ')} `));
    if (how === 'other' && others.length > 0) return fc.constantFrom(...others).map(text);
    return fc.constant(text(name));
  });
}

const channel = fc.constantFrom(...plan.channels).chain((c) => listCell(c.name, [c.shortName, ...c.aliases]));
const form = fc.oneof(
  fc.constant(empty),
  fc.constantFrom(...plan.forms).chain((f) => listCell(f.name, f.aliases)),
);
const outputRow = fc
  .tuple(dateCell, channel, form, fc.string({ minLength: 1, maxLength: 12 }))
  .map(([d, c, f, title]): CellValue[] => [d, c, f, text(`Tin ${title}`), empty, empty, empty]);

const communeItems = plan.standingItems.filter((s) => s.appliesTo.includes('commune'));
const standingRow = fc
  .tuple(
    fc.constantFrom(...communeItems).chain((item) => listCell(item.id, [item.title])),
    fc.constantFrom('Đã thực hiện', 'Đã thực hiện'.normalize('NFD'), 'Hoàn thành', ' Đã thực hiện', 'Chưa thực hiện', 'Đang thực hiện'),
  )
  .map(([item, state]): CellValue[] => [item, empty, text(thanhDuc.name), text(state), empty, empty, empty, empty]);

const spendingRow = fc
  .tuple(
    dateCell,
    fc.integer({ min: 1, max: 9_000 }),
    fc.boolean(),
    fc.constantFrom(...plan.fundingSources).chain((f) => listCell(f.name, [])),
  )
  .map(([d, thousands, asText, fund]): CellValue[] => {
    const amount = thousands * 1_000;
    // Vietnamese notation: dots between thousands and the đồng sign, as officers type it.
    const typed = `${String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} đ`;
    return [d, text('Chi tuyên truyền'), asText ? text(typed) : num(amount), fund, empty, empty];
  });

interface Figures {
  readonly targets: Record<string, number>;
  readonly standing: Record<string, [number, number]>;
  readonly spending: Record<string, number>;
}

/** The report's figures over the plan year (the period Tiến độ opens on), from the records the core read. */
function coreFigures(records: UnitRecords): Figures {
  return {
    targets: Object.fromEntries(targetResults(plan, records.outputs, annual).map((r) => [r.target.id, r.achieved])),
    standing: Object.fromEntries(
      standingResults(plan, records.standing)
        .filter((r) => progress.itemRows.has(r.itemId))
        .map((r) => [r.itemId, [r.done, r.required]]),
    ),
    spending: Object.fromEntries(spendingByFunding(plan, records.spending, annual).map((r) => [r.code, r.amount])),
  };
}

/** What the Tiến độ formulas give, evaluated by HyperFormula (accent-sensitive, text cells kept text, like Excel). */
function liveFigures(layout: WorkbookLayout): Figures {
  const evaluated = evaluateLayout(layout);
  try {
    const at = (a1: string): number => Number(evaluated.value(PROGRESS_SHEET_NAME, a1));
    return {
      // A commune's sheet: its own targets and, below them, the ones PHÂN CÔNG gives others (its outputs for them still count).
      targets: Object.fromEntries([...progress.targetRows, ...progress.otherRows].map(([id, row]) => [id, at(`D${row}`)])),
      standing: Object.fromEntries([...progress.itemRows].map(([id, row]) => [id, [at(`C${row}`), at(`D${row}`)]])),
      spending: Object.fromEntries([...progress.fundingRows].map(([code, row]) => [code, at(`C${row}`)])),
    };
  } finally {
    evaluated.destroy();
  }
}

const check = (sheets: readonly RawSheet[]) => validateWorkbook(plan, sheets, { today: TODAY });
const ENTRY_SHEETS = ['Tin bài', 'Hạng mục', 'Kinh phí'];

/** The layout with every row that has an issue emptied: what is left is what Kiểm tra passes as counted. */
function withoutFlaggedRows(layout: WorkbookLayout, flagged: ReadonlySet<string>): WorkbookLayout {
  const writes = layoutToRawSheets(layout)
    .filter((s) => ENTRY_SHEETS.includes(s.name))
    .flatMap((sheet) =>
      sheet.values.flatMap((row, r) =>
        flagged.has(`${sheet.name}!${r + 1}`) ? row.map((_, c) => ({ sheet: sheet.name, cell: `${String.fromCharCode(65 + c)}${r + 1}`, value: empty })) : [],
      ),
    );
  return patchLayout(layout, writes);
}

describe('Chuẩn hóa against the live Tiến độ sheet', () => {
  it('given random rows (NFD text, aliases, text dates and amounts, period edges): Kiểm tra flags every row the formulas miss, and after Chuẩn hóa the formulas give the report figures', () => {
    fc.assert(
      fc.property(
        fc.array(outputRow, { maxLength: 30 }),
        fc.array(standingRow, { maxLength: 8 }),
        fc.array(spendingRow, { maxLength: 8 }),
        (outputs, standing, spending) => {
          const existing: ExistingRows = { outputs, standing, spending };
          const layout = buildTemplate({ ...request, existing });
          const sheets = layoutToRawSheets(layout);
          const before = check(sheets);
          const report = coreFigures(before.records);

          // Before: drop every flagged row; the formulas and the core then agree, so no unflagged row is missed.
          const flagged = new Set(
            before.issues.flatMap((i) => (i.where.cell === undefined ? [] : [`${i.where.sheet}!${/\d+/.exec(i.where.cell)?.[0] ?? ''}`])),
          );
          const kept = (source: { sheet: string; row: number }): boolean => !flagged.has(`${source.sheet}!${source.row}`);
          const unflagged: UnitRecords = {
            outputs: before.records.outputs.filter((r) => kept(r.source)),
            standing: before.records.standing.filter((r) => kept(r.source)),
            spending: before.records.spending.filter((r) => kept(r.source)),
          };
          expect(liveFigures(withoutFlaggedRows(layout, flagged))).toEqual(coreFigures(unflagged));

          // After: the writes make the live sheet say what the report says, and the report is unchanged.
          const planned = planNormalise(sheets, { plan, today: TODAY });
          if (planned.kind !== 'planned') throw new Error('a template workbook is normalised');
          expect(planned.unsettled).toEqual([]);
          const normalised = patchLayout(layout, planned.writes);
          expect(liveFigures(normalised)).toEqual(report);
          const after = check(applyWrites(sheets, planned.writes));
          expect(coreFigures(after.records)).toEqual(report);
          expect(after.issues.filter((i) => i.code.startsWith('validation.live.') || i.code === 'validation.amount.text')).toEqual([]);
          expect(planNormalise(applyWrites(sheets, planned.writes), { plan, today: TODAY })).toEqual({ kind: 'planned', writes: [], unsettled: [] });
        },
      ),
      { numRuns: 30 },
    );
  });
});
