import fc from 'fast-check';
import { date, empty, text } from '../../../src/core/layout/cells';
import type { CellValue, WorkbookLayout } from '../../../src/core/layout/types';
import type { Plan, Unit } from '../../../src/core/plan/types';
import { standingResults } from '../../../src/core/progress/targetProgress';
import { hasEnded } from '../../../src/core/progress/periodVerdicts';
import { owes, standingOccurrences, type Completion } from '../../../src/core/progress/standingDue';
import { parseOccurrence } from '../../../src/core/periods/occurrence';
import { occurrenceLabels } from '../../../src/core/template/listsSheet';
import { addDays } from '../../../src/core/periods/calendarMath';
import { periodFor } from '../../../src/core/periods';
import type { StandingRecord } from '../../../src/core/records/types';
import { buildTemplate, templateProgress, type TemplateRequest } from '../../../src/core/template/buildTemplate';
import { AS_OF_CELL, NOT_BEGUN, PROGRESS_SHEET_NAME, RUNNING } from '../../../src/core/template/progressSheet';
import { patchLayout } from '../../support/patchLayout';
import { evaluateLayout } from '../../support/evaluateWithHyperFormula';
import { fixturePlan } from '../../support/fixturePlans';
import { t } from '../../../src/core/i18n/format';
import { unitOf } from '../usecases/books';

/**
 * Tiến độ's "Phải thực hiện" for a standing item recurring each quarter (issue 13, second tester,
 * finding 3), on the tester's commune plan (tests/fixtures/plans/ke-hoach-thanh-binh-2026.xlsx):
 * HM2, the hamlet's panel, every quarter; Khu phố Mới (KPM) takes part from 01/07/2026.
 */
let plan: Plan;
beforeAll(async () => {
  plan = await fixturePlan('ke-hoach-thanh-binh-2026.xlsx');
});

const unit = (code: string): Unit => unitOf(code, plan);
/** The layout judged on `day` (the as-of cell typed over), not on the machine's today. */
const judgedOn = (day: string, layout: WorkbookLayout): WorkbookLayout =>
  patchLayout(layout, [{ sheet: PROGRESS_SHEET_NAME, cell: AS_OF_CELL, value: date(day) }]);
/** A done HM2 row; `period`, when given, is its "Kỳ" cell (the Danh mục label the dropdown writes). */
const panel = (who: Unit, day: string, period?: string): CellValue[] => [
  text('HM2'),
  text('Thay pa-nô tuyên truyền CCHC tại trụ sở ấp, khu phố'),
  text(who.name),
  text('Đã thực hiện'),
  date(day),
  text('Biên bản'),
  empty,
  period === undefined ? empty : text(period),
];
const record = (who: Unit, day: string): StandingRecord => ({
  source: { file: 'x.xlsx', sheet: 'Hạng mục', row: 4 },
  item: 'HM2',
  unit: who.code,
  state: 'done',
  dateDone: day,
  evidence: '',
  note: '',
});

describe('Tiến độ counts a recurring item by occurrence', () => {
  test.each([
    ['AHTN', 'a hamlet all year, done in Q1, Q2 and twice in Q3', ['2026-03-20', '2026-06-20', '2026-09-20', '2026-09-25'], 3, 4],
    ['KPM', 'a hamlet from 01/07, done in Q3', ['2026-09-20'], 1, 2],
  ])('given %s, %s, "Đã thực hiện" is the occurrences done and "Phải thực hiện" those it takes part in', (code, _who, days, done, required) => {
    expect(hm2Progress(days, '2027-01-04', code)).toEqual([done, required, 'Chưa đạt']);
    const who = unit(code);
    // The same count from the core, which the sheet's formulas are checked against.
    expect(
      standingResults(
        plan,
        days.map((day) => record(who, day)),
        { unit: who },
      ).find((r) => r.itemId === 'HM2'),
    ).toEqual({ itemId: 'HM2', done, required });
  });
});

/** Done, owed and verdict (columns C, D, F) of HM2 on a unit's (AHTN's) Tiến độ judged on `asOf`, with a done panel row on each of `days` (no Kỳ). */
function hm2Progress(days: readonly string[], asOf: string, code = 'AHTN'): unknown[] {
  const who = unit(code);
  const request: TemplateRequest = {
    plan,
    kind: 'unit',
    unit: who,
    createdOn: '2026-01-05',
    existing: { outputs: [], standing: days.map((day) => panel(who, day)), spending: [] },
  };
  const row = templateProgress(request).itemRows.get('HM2');
  if (row === undefined) throw new Error('no HM2 row');
  const evaluated = evaluateLayout(judgedOn(asOf, buildTemplate(request)));
  try {
    return ['C', 'D', 'F'].map((column) => evaluated.value(PROGRESS_SHEET_NAME, `${column}${row}`));
  } finally {
    evaluated.destroy();
  }
}

describe('Tiến độ owes an occurrence of a recurring item once it has ended by the as-of day (issue 13, sixth tester, D8)', () => {
  test("given KP2's case on 30/11 (HM2 done in Q1 and Q3, Q4 running), it says 2/3 and Chưa đạt, as the report's “đã thực hiện 2/3 lần”", () => {
    expect(hm2Progress(['2026-03-20', '2026-09-30'], '2026-11-30')).toEqual([2, 3, 'Chưa đạt']);
  });

  test('given the Q1 panel done on 10/04 with "Kỳ" Quý I and nothing else, on 30/06 Q1 is done late and Q2 is owed, not done (D4)', () => {
    const who = unit('AHTN');
    const q1 = occurrenceLabels(plan)[0] ?? '';
    const request: TemplateRequest = {
      plan,
      kind: 'unit',
      unit: who,
      createdOn: '2026-01-05',
      existing: { outputs: [], standing: [panel(who, '2026-04-10', q1)], spending: [] },
    };
    const row = templateProgress(request).itemRows.get('HM2');
    if (row === undefined) throw new Error('no HM2 row');
    const evaluated = evaluateLayout(judgedOn('2026-06-30', buildTemplate(request)));
    try {
      expect([q1, ...['C', 'D', 'F'].map((column) => evaluated.value(PROGRESS_SHEET_NAME, `${column}${row}`))]).toEqual(['Quý I năm 2026', 1, 2, 'Chưa đạt']);
    } finally {
      evaluated.destroy();
    }
  });

  test('given any days done, each with a blank "Kỳ" or one picked from the list, and any as-of day, done and owed are the occurrences the report counts in its “k/n lần”', () => {
    const year = periodFor('year', 2026, undefined, plan.periodConvention);
    const quarterEnds = [1, 2, 3, 4].map((q) => periodFor('quarter', 2026, q, plan.periodConvention).to);
    const day = fc.oneof(
      fc.integer({ min: -5, max: 370 }).map((n) => addDays(year.from, n)),
      fc.constantFrom(...quarterEnds),
      fc.constantFrom(...quarterEnds).map((end) => addDays(end, 1)),
    );
    const labels = occurrenceLabels(plan);
    const doneRow = fc.record({ day, period: fc.option(fc.constantFrom(...labels), { nil: undefined, freq: 2 }) });
    fc.assert(
      fc.property(fc.constantFrom('AHTN', 'KPM'), fc.array(doneRow, { maxLength: 5 }), day, (code, rows, asOf) => {
        const who = unit(code);
        const request: TemplateRequest = {
          plan,
          kind: 'unit',
          unit: who,
          createdOn: '2026-01-05',
          existing: { outputs: [], standing: rows.map((r) => panel(who, r.day, r.period)), spending: [] },
        };
        // The core reads each "Kỳ" back as the reader does (parseOccurrence): a row naming Q1 is Q1's, done late after it.
        const days = rows.map((r): Completion => {
          const spec = r.period === undefined ? null : parseOccurrence(r.period);
          if (r.period !== undefined && spec === null) throw new Error(`unreadable label ${r.period}`);
          return spec === null ? { on: r.day } : { on: r.day, for: spec };
        });
        const item = plan.standingItems.find((i) => i.id === 'HM2');
        if (!item) throw new Error('no HM2');
        // The report (reportData occurrenceRows): an occurrence is in "k/n lần" when done, or when it has ended by the report's date.
        // Only occurrences the unit owes: one done before a hamlet joined is listed by the report all the same, not by Tiến độ nor TH Tiến độ (standingResults).
        const occurrences = standingOccurrences(item, days, year, asOf, plan.periodConvention, who).filter((o) => owes(who, o.period.to));
        const done = occurrences.filter((o) => o.doneOn !== null).length;
        const owed = occurrences.filter((o) => o.doneOn !== null || hasEnded(o.period.to, asOf)).length;
        const row = templateProgress(request).itemRows.get('HM2');
        if (row === undefined) throw new Error('no HM2 row');
        const evaluated = evaluateLayout(judgedOn(asOf, buildTemplate(request)));
        try {
          const [shownDone, shownOwed, verdict] = ['C', 'D', 'F'].map((column) => evaluated.value(PROGRESS_SHEET_NAME, `${column}${row}`));
          expect({ asOf, rows, done: shownDone, owed: shownOwed }).toEqual({ asOf, rows, done, owed });
          // Nothing owed yet: running once the unit's first occurrence has begun (Khu phố Mới's is Q3), else not begun.
          const first = standingOccurrences(item, [], year, asOf, plan.periodConvention, who)[0]?.period.from ?? year.from;
          // All owed done, some late (a row naming it dated after it, or a surplus row of a later window): said, as the report's "trong đó hoàn thành chậm".
          const late = occurrences.some((o) => o.doneLate === true);
          expect(verdict).toBe(
            done < owed ? 'Chưa đạt' : owed === 0 ? (asOf >= first ? RUNNING : NOT_BEGUN) : late ? t('excel.progress.metWithLate', {}, 'vi') : 'Đạt',
          );
        } finally {
          evaluated.destroy();
        }
      }),
      { numRuns: 25 },
    );
  });
});

describe('Tiến độ credits a surplus row without Kỳ to the nearest earlier occurrence missing, as the report (issue 13, closing4 item 4; try13h D9)', () => {
  test.each([
    ["the Q1 update on 05/04 behind Q2's own on 02/04, both without Kỳ", ['2026-04-02', '2026-04-05'], [2, 2, 'late']],
    ["Q2's own row alone", ['2026-04-02'], [1, 2, 'Chưa đạt']],
    ['Q1 on 20/03 and Q2 on 02/04', ['2026-03-20', '2026-04-02'], [2, 2, 'Đạt']],
  ] as const)('given %s, on 30/06 Tiến độ reads done, owed and verdict as the report', (_case, days, [done, owed, verdict]) => {
    expect(hm2Progress(days, '2026-06-30')).toEqual([done, owed, verdict === 'late' ? 'Đạt (có lượt hoàn thành chậm)' : verdict]);
  });
});

describe('Tiến độ with three rows without Kỳ in one quarter and one earlier gap (issue 13, closing5)', () => {
  test('given Q1 empty and Q2 rows of 10/06, 05/04 and 20/05, on 30/06 both quarters are done, one late, the third row adding nothing: 2/2, as the report', () => {
    expect(hm2Progress(['2026-06-10', '2026-04-05', '2026-05-20'], '2026-06-30')).toEqual([2, 2, 'Đạt (có lượt hoàn thành chậm)']);
    // The core's crediting the sheet mirrors: Q1 by 05/04 (late), Q2 by 20/05.
    const item = plan.standingItems.find((i) => i.id === 'HM2');
    if (!item) throw new Error('no HM2');
    const year = periodFor('year', 2026, undefined, plan.periodConvention);
    const occurrences = standingOccurrences(
      item,
      [{ on: '2026-06-10' }, { on: '2026-04-05' }, { on: '2026-05-20' }],
      year,
      '2026-06-30',
      plan.periodConvention,
    );
    expect(occurrences.slice(0, 2).map((o) => [o.doneOn, o.doneLate ?? false])).toEqual([
      ['2026-04-05', true],
      ['2026-05-20', false],
    ]);
  });
});

describe("Tiến độ counts a per-unit target on the unit's own days (issue 13, finding 2)", () => {
  test('given Khu phố Mới (from 01/07) with a loudspeaker row of 20/03 and six from July, CT3 counts six, as its report does', () => {
    const who = unit('KPM');
    const row = (day: string): CellValue[] => [
      date(day),
      text('Hệ thống loa truyền thanh ấp, khu phố'),
      text('Tin'),
      text(`Phát thanh ${day}`),
      empty,
      empty,
      empty,
    ];
    const request: TemplateRequest = {
      plan,
      kind: 'unit',
      unit: who,
      createdOn: '2026-07-05',
      existing: {
        outputs: ['2026-03-20', '2026-07-10', '2026-08-10', '2026-09-10', '2026-10-10', '2026-11-10', '2026-11-20'].map(row),
        standing: [],
        spending: [],
      },
    };
    const at = templateProgress(request).targetRows.get('CT3');
    if (at === undefined) throw new Error('no CT3 row');
    const evaluated = evaluateLayout(judgedOn('2027-01-04', buildTemplate(request)));
    try {
      expect([
        evaluated.value(PROGRESS_SHEET_NAME, `C${at}`),
        evaluated.value(PROGRESS_SHEET_NAME, `D${at}`),
        evaluated.value(PROGRESS_SHEET_NAME, `F${at}`),
      ]).toEqual([7, 6, 'Chưa đạt']);
    } finally {
      evaluated.destroy();
    }
  });
});
