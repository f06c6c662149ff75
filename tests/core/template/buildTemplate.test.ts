import fc from 'fast-check';
import { date, empty, text } from '../../../src/core/layout/cells';
import type { CellValue } from '../../../src/core/layout/types';
import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import { createPlanLookup } from '../../../src/core/plan/planLookup';
import type { Unit } from '../../../src/core/plan/types';
import { findHeader } from '../../../src/core/records/findHeader';
import { readRecords } from '../../../src/core/records/readRecords';
import { OUTPUT_SHEET, SPENDING_SHEET, STANDING_SHEET } from '../../../src/core/records/recordSheets';
import { resolveOutput, resolveSpending, resolveStanding } from '../../../src/core/records/resolveRecords';
import { responsibleFor, spendingByFunding, standingResults, targetResults } from '../../../src/core/progress/targetProgress';
import { buildTemplate, templateProgress, type ExistingRows } from '../../../src/core/template/buildTemplate';
import { progressSheet } from '../../../src/core/template/progressSheet';
import { readStamp } from '../../../src/core/template/stamp';
import { periodFor } from '../../../src/core/periods';
import { evaluateLayout } from '../../support/evaluateWithHyperFormula';
import { layoutToRawSheets } from '../../support/layoutToRawSheets';
import { num } from '../../../src/core/layout/cells';
import { planMinimumCells } from '../../../src/core/template/planMinimumCells';
import { patchLayout } from '../../support/patchLayout';

const plan = GO_DAU_116;
const unitOf = (code: string): Unit => {
  const unit = plan.units.find((u) => u.code === code);
  if (!unit) throw new Error(code);
  return unit;
};
const thanhDuc = unitOf('XTD');

describe('buildTemplate for a commune', () => {
  const layout = buildTemplate({ plan, kind: 'unit', unit: thanhDuc, createdOn: '2018-07-01' });
  const names = layout.sheets.map((s) => s.name);

  it('has the instructions, entry, progress, plan, lists and stamp sheets, all with valid names', () => {
    expect(names).toEqual(['Hướng dẫn', 'Tin bài', 'Hạng mục', 'Kinh phí', 'Tiến độ', 'Kế hoạch', 'Danh mục', '_cchc']);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[\\/?*[\]:]/);
    }
  });

  it('carries a stamp that reads back', () => {
    expect(readStamp(layoutToRawSheets(layout))).toEqual({
      planId: '116/KH-UBND-2018',
      planRevision: 1,
      kind: 'unit',
      unitCode: 'XTD',
      unitName: 'Xã Thạnh Đức',
      templateVersion: 1,
      createdOn: '2018-07-01',
    });
    expect(layout.sheets.find((s) => s.name === '_cchc')?.visibility).toBe('veryHidden');
  });

  it('pre-fills the standing items that apply to a commune, and not the district-only ones', () => {
    const standing = layoutToRawSheets(layout).find((s) => s.name === 'Hạng mục');
    const ids = standing?.values
      .slice(3)
      .map((r) => r[0])
      .filter((v) => v !== null);
    expect(ids).toEqual(['III.1.f', 'III.2.a', 'III.2.c1', 'III.2.c3', 'III.2.c4']);
  });

  it('puts dropdowns on channel, form and unit that point at the lists sheet, and a date rule bounded by the plan year', () => {
    const outputs = layout.sheets.find((s) => s.name === 'Tin bài');
    const rules = outputs?.validations.map((v) => [v.range.replace(/\d+/g, ''), v.rule.kind === 'list' ? v.rule.source : v.rule.kind]);
    expect(rules).toEqual([
      ['A:A', 'date'],
      ['B:B', "='Danh mục'!$A$2:$A$7"],
      ['C:C', "='Danh mục'!$B$2:$B$4"],
      ['D:D', 'textLength'],
      ['F:F', "='Danh mục'!$C$2:$C$15"],
    ]);
    const dateRule = outputs?.validations[0]?.rule;
    expect(dateRule).toEqual({ kind: 'date', from: '2017-12-15', to: '2018-12-31' });
  });

  it('makes the entry ranges Excel tables under a frozen header', () => {
    const outputs = layout.sheets.find((s) => s.name === 'Tin bài');
    expect(outputs?.tables).toEqual([{ name: 'TinBai', range: 'A3:G4', style: 'TableStyleMedium2' }]);
    expect(outputs?.freeze).toEqual({ rows: 3, columns: 0 });
  });
});

/** Generated rows as the dropdowns would write them, plus rows that must not count. */
const outputRow = fc.record({
  day: fc.integer({ min: -40, max: 400 }),
  channel: fc.constantFrom(...plan.channels.map((c) => c.name), ''),
  form: fc.constantFrom(...plan.forms.map((f) => f.name), ''),
  title: fc.string({ minLength: 1, maxLength: 20 }),
});

function isoPlusDays(days: number): string {
  return new Date(Date.UTC(2018, 0, 1) + days * 86_400_000).toISOString().slice(0, 10);
}

describe('the progress sheet', () => {
  it('gives the same counts as the core over the same rows, whatever the rows (HyperFormula)', () => {
    fc.assert(
      fc.property(
        fc.array(outputRow, { maxLength: 60 }),
        fc.array(fc.record({ item: fc.constantFrom(...plan.standingItems.map((s) => s.id)), done: fc.boolean() }), { maxLength: 8 }),
        fc.array(
          fc.record({
            day: fc.integer({ min: -40, max: 400 }),
            amount: fc.integer({ min: 1, max: 9_000_000 }),
            fund: fc.constantFrom(...plan.fundingSources.map((f) => f.name)),
          }),
          { maxLength: 8 },
        ),
        (outputs, standing, spending) => {
          const existing: ExistingRows = {
            outputs: outputs.map((o): CellValue[] => [date(isoPlusDays(o.day)), text(o.channel), text(o.form), text(o.title), empty, empty, empty]),
            standing: standing.map((s): CellValue[] => [
              text(s.item),
              empty,
              text(thanhDuc.name),
              text(s.done ? 'Đã thực hiện' : 'Chưa thực hiện'),
              empty,
              empty,
              empty,
            ]),
            spending: spending.map((s): CellValue[] => [date(isoPlusDays(s.day)), text('chi'), num(s.amount), text(s.fund), empty, empty]),
          };
          const layout = buildTemplate({ plan, kind: 'unit', unit: thanhDuc, createdOn: '2018-07-01', existing });
          const raw = layoutToRawSheets(layout);
          const context = { lookup: createPlanLookup(plan), defaultUnit: thanhDuc.code };
          const sheetOf = (name: string) => {
            const sheet = raw.find((s) => s.name === name);
            if (!sheet) throw new Error(name);
            return sheet;
          };
          const read = <K extends 'output' | 'standing' | 'spending'>(def: { kind: K } & Parameters<typeof findHeader<K>>[1]) => {
            const sheet = sheetOf(def.sheetName);
            const header = findHeader(sheet, def);
            if (!header) throw new Error(`no header on ${def.sheetName}`);
            return readRecords(sheet, def, header).records;
          };
          const annual = periodFor('year', 2018, undefined, plan.periodConvention);
          const coreTargets = targetResults(
            plan,
            read(OUTPUT_SHEET).map((r) => resolveOutput(r, context)),
            annual,
          );
          const coreStanding = standingResults(
            plan,
            read(STANDING_SHEET).map((r) => resolveStanding(r, context)),
          );
          const coreSpending = spendingByFunding(
            plan,
            read(SPENDING_SHEET).map((r) => resolveSpending(r, context)),
            annual,
          );

          const sheet = templateProgress({ plan, kind: 'unit', unit: thanhDuc, createdOn: '2018-07-01' });
          const evaluated = evaluateLayout(layout);
          try {
            for (const result of coreTargets) {
              const other = sheet.otherRows.get(result.target.id);
              if (other !== undefined) {
                // PHÂN CÔNG gives the target to others: the commune's outputs for it are shown, not graded.
                expect(responsibleFor(plan, thanhDuc, result.target.id)).toBe(false);
                expect(evaluated.value('Tiến độ', `D${other}`)).toBe(result.achieved);
                expect(evaluated.value('Tiến độ', `F${other}`)).toBe(result.achieved > 0 ? 'Đóng góp' : '');
                continue;
              }
              const row = sheet.targetRows.get(result.target.id);
              expect(evaluated.value('Tiến độ', `D${row}`)).toBe(result.achieved);
              // A unit's sheet does not grade it against a plan-wide minimum: its count is a contribution, as its report says.
              expect(evaluated.value('Tiến độ', `F${row}`)).toBe(result.target.scope === 'plan' ? 'Đóng góp' : result.met ? 'Đạt' : 'Chưa đạt');
            }
            for (const result of coreStanding) {
              const row = sheet.itemRows.get(result.itemId);
              // A commune's progress sheet leaves out the items of the district only.
              if (row === undefined) {
                expect(plan.standingItems.find((s) => s.id === result.itemId)?.appliesTo).not.toContain('commune');
                continue;
              }
              expect([evaluated.value('Tiến độ', `C${row}`), evaluated.value('Tiến độ', `D${row}`)]).toEqual([result.done, result.required]);
            }
            for (const result of coreSpending) {
              expect(evaluated.value('Tiến độ', `C${sheet.fundingRows.get(result.code)}`)).toBe(result.amount);
            }
          } finally {
            evaluated.destroy();
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it('counts outputs for the chosen period only: a known example', () => {
    const rows: CellValue[][] = [
      [date('2017-12-14'), text('Báo Tây Ninh'), text('Tin'), text('before the period'), empty, empty, empty],
      [date('2017-12-15'), text('Báo Tây Ninh'), text('Tin'), text('first day'), empty, empty, empty],
      [date('2018-12-14'), text('Báo Tây Ninh'), text('Bài'), text('last day'), empty, empty, empty],
      [date('2018-12-15'), text('Báo Tây Ninh'), text('Tin'), text('after'), empty, empty, empty],
      [date('2018-03-01'), text('Báo Tây Ninh'), text('Phóng sự'), text('wrong form'), empty, empty, empty],
      [date('2018-03-01'), text('Đài Phát thanh và Truyền hình tỉnh'), text('Phóng sự'), text('=1+1 stays text'), empty, empty, empty],
    ];
    const layout = buildTemplate({ plan, kind: 'unit', unit: thanhDuc, createdOn: '2018-07-01', existing: { outputs: rows, standing: [], spending: [] } });
    const sheet = templateProgress({ plan, kind: 'unit', unit: thanhDuc, createdOn: '2018-07-01' });
    const evaluated = evaluateLayout(layout);
    expect(evaluated.value('Tiến độ', `D${sheet.targetRows.get('III.1.a')}`)).toBe(2);
    expect(evaluated.value('Tiến độ', `D${sheet.otherRows.get('III.1.b')}`)).toBe(1);
    expect(evaluated.value('Tiến độ', `E${sheet.targetRows.get('III.1.a')}`)).toBeCloseTo(0.2);
    evaluated.destroy();
  });
});

describe('buildTemplate for the district', () => {
  it('pre-fills standing items for every unit they apply to and adds a unit-by-target table', () => {
    const layout = buildTemplate({ plan, kind: 'district', unit: unitOf('PNV'), createdOn: '2018-07-01' });
    const standing = layoutToRawSheets(layout).find((s) => s.name === 'Hạng mục');
    const rows = standing?.values.slice(3).filter((r) => r[0] !== null) ?? [];
    // 7 items at the district reception office + 5 at each of the 9 communes.
    expect(rows).toHaveLength(7 + 5 * 9);
    const progress = progressSheet({ plan, subtitle: '', period: periodFor('year', 2018, undefined, 'nd09-cutoff'), units: plan.units });
    expect([...progress.unitRows.keys()]).toEqual(plan.units.map((u) => u.code));
  });
});

describe('upgrading in place', () => {
  it('keeps every entered row and adds the standing items a new plan revision asks for', () => {
    const entered: ExistingRows = {
      outputs: [[date('2018-02-01'), text('Báo Tây Ninh'), text('Tin'), text('- ghi chú đầu dòng'), empty, empty, empty]],
      standing: [[text('III.1.f'), text('Băng rôn'), text('Xã Thạnh Đức'), text('Đã thực hiện'), date('2018-03-02'), text('ảnh'), empty]],
      spending: [],
    };
    const revised = {
      ...plan,
      identity: { ...plan.identity, revision: 2 },
      standingItems: [...plan.standingItems, { id: 'III.3', title: 'Pa nô mới', appliesTo: ['commune' as const] }],
    };
    const layout = buildTemplate({ plan: revised, kind: 'unit', unit: thanhDuc, createdOn: '2018-08-01', existing: entered });
    const raw = layoutToRawSheets(layout);
    const outputs = raw.find((s) => s.name === 'Tin bài');
    expect(outputs?.values[3]?.[3]).toBe('- ghi chú đầu dòng');
    const standing =
      raw
        .find((s) => s.name === 'Hạng mục')
        ?.values.slice(3)
        .filter((r) => r[0] !== null) ?? [];
    // The "Kỳ" column, new in this revision, is added blank.
    expect(standing[0]).toEqual(['III.1.f', 'Băng rôn', 'Xã Thạnh Đức', 'Đã thực hiện', 43161, 'ảnh', null, null]);
    expect(standing.map((r) => r[0])).toEqual(['III.1.f', 'III.2.a', 'III.2.c1', 'III.2.c3', 'III.2.c4', 'III.3']);
    expect(readStamp(raw)?.planRevision).toBe(2);
  });
});

describe('Tiến độ minimums', () => {
  it("given the minimum edited on the plan sheet, the district's Tiến độ shows the new minimum and judges by it (HyperFormula)", () => {
    const district = plan.units.find((u) => u.code === 'PNV');
    if (!district) throw new Error('the built-in plan has Phòng Nội vụ');
    const layout = buildTemplate({ plan, kind: 'district', unit: district, createdOn: '2018-07-01' });
    const sheet = templateProgress({ plan, kind: 'district', unit: district, createdOn: '2018-07-01' });
    const cells = planMinimumCells(plan);
    expect([...cells.keys()]).toEqual(plan.targets.map((t) => t.id));
    const target = plan.targets[0];
    if (!target) throw new Error('the built-in plan has targets');
    const ref = cells.get(target.id) ?? '';
    const cell = ref.split('!')[1]?.replace(/\$/g, '') ?? '';
    const before = evaluateLayout(layout);
    expect(before.value('Kế hoạch', cell)).toBe(target.minimum);
    expect(before.value('Tiến độ', `C${sheet.targetRows.get(target.id)}`)).toBe(target.minimum);
    before.destroy();
    const edited = evaluateLayout(patchLayout(layout, [{ sheet: 'Kế hoạch', cell, value: num(0) }]));
    expect(edited.value('Tiến độ', `C${sheet.targetRows.get(target.id)}`)).toBe(0);
    expect(edited.value('Tiến độ', `F${sheet.targetRows.get(target.id)}`)).toBe('Đạt');
    edited.destroy();
  });
});
