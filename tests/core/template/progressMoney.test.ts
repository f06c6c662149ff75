import { date, empty, num, text } from '../../../src/core/layout/cells';
import type { CellValue } from '../../../src/core/layout/types';
import { buildTemplate, templateProgress, type TemplateRequest } from '../../../src/core/template/buildTemplate';
import { AS_OF_CELL, PERIOD_FROM_CELL, PERIOD_TO_CELL, PROGRESS_SHEET_NAME } from '../../../src/core/template/progressSheet';
import { evaluateLayout } from '../../support/evaluateWithHyperFormula';
import { patchLayout } from '../../support/patchLayout';
import { plan, unitOf } from './kindsPlan';

/**
 * A money target ("Số tiền", III.1.c here: 20.000.000 đồng a year) counts the Kinh phí sheet's
 * amounts (issue 13, sixth tester, D2: the report said "Chưa chi kinh phí" beside 9.000.000 đồng
 * spent); a unit's outputs' "Kinh phí (đồng)" count only when it keeps no Kinh phí row dated in the
 * plan year (progress/targetProgress moneyRows). Examples on a small district workbook; progressAsOf
 * checks the same against the core on random rows.
 */
const money = plan.targets.find((t) => t.id === 'III.1.c');
const channel = plan.channels.find((c) => c.code === money?.channels[0])?.name ?? '';
const form = plan.forms.find((f) => money?.forms.length === 0 || money?.forms.includes(f.code))?.name ?? '';
const output = (day: string, amount: number): CellValue[] => [
  date(day),
  text(channel),
  text(form),
  text('Tin về dịch vụ công'),
  empty,
  text(unitOf('XTD').name),
  empty,
  empty,
  empty,
  num(amount),
];
/** A Kinh phí row of Thị trấn Gò Dầu, or of `unit` (by name; '' leaves the cell blank: no unit's in a district workbook). */
const spent = (day: string, amount: number, fund: string, unit = unitOf('XTD').name): CellValue[] => [
  date(day),
  text('In pa-nô'),
  num(amount),
  text(fund),
  unit === '' ? empty : text(unit),
  empty,
];
const funds = plan.fundingSources.map((f) => f.name);

function shown(spending: CellValue[][], from: string, to: string): unknown[] {
  const request: TemplateRequest = {
    plan,
    kind: 'district',
    unit: unitOf('PNV'),
    createdOn: '2018-07-01',
    existing: { outputs: [output('2018-03-10', 500_000), output('2018-08-10', 700_000)], standing: [], spending },
  };
  const row = templateProgress(request).targetRows.get('III.1.c') ?? 0;
  const layout = patchLayout(buildTemplate(request), [
    { sheet: PROGRESS_SHEET_NAME, cell: PERIOD_FROM_CELL, value: date(from) },
    { sheet: PROGRESS_SHEET_NAME, cell: PERIOD_TO_CELL, value: date(to) },
    { sheet: PROGRESS_SHEET_NAME, cell: AS_OF_CELL, value: date('2018-12-20') },
  ]);
  const evaluated = evaluateLayout(layout);
  try {
    return ['D', 'F'].map((column) => evaluated.value(PROGRESS_SHEET_NAME, `${column}${row}`));
  } finally {
    evaluated.destroy();
  }
}

describe('Tiến độ counts a money target from the Kinh phí sheet, a unit’s outputs only when it keeps no Kinh phí row in the plan year', () => {
  const spending = [
    spent('2018-02-01', 7_700_000, funds[0] ?? ''),
    spent('2018-09-05', 2_500_000, funds[1] ?? funds[0] ?? ''),
    spent('2018-12-10', 12_000_000, funds[0] ?? ''),
    spent('2019-01-05', 4_000_000, funds[0] ?? ''),
  ];

  test('given Kinh phí rows of any funding source, the year counts their amounts in the period, not the outputs’ Kinh phí (đồng)', () => {
    expect(shown(spending, '2017-12-15', '2018-12-14')).toEqual([22_200_000, 'Đạt']);
  });

  test('given a period of part of the year, only the Kinh phí rows dated in it count', () => {
    expect(shown(spending, '2018-01-01', '2018-09-30')).toEqual([10_200_000, 'Chưa đạt']);
  });

  test('given a workbook with no Kinh phí row, the outputs’ Kinh phí (đồng) count instead', () => {
    expect(shown([], '2017-12-15', '2018-12-14')).toEqual([1_200_000, 'Chưa đạt']);
  });

  test('given Kinh phí rows of the district’s own Phòng Nội vụ only, Thị trấn Gò Dầu keeps none, so its outputs’ Kinh phí (đồng) count beside them (moneyRows)', () => {
    expect(shown([spent('2018-02-01', 7_700_000, funds[0] ?? '', unitOf('PNV').name)], '2017-12-15', '2018-12-14')).toEqual([8_900_000, 'Chưa đạt']);
  });

  test('given a Kinh phí row naming no unit, it counts for no part of III.1.c, which PHÂN CÔNG gives to some units (countsFor, verdict13)', () => {
    // 116/KH-UBND gives III.1.c to the Đài truyền thanh and IV.6 brings in every unit named by level: a row of no unit is none of theirs.
    expect(shown([spent('2018-02-01', 7_700_000, funds[0] ?? '', '')], '2017-12-15', '2018-12-14')).toEqual([1_200_000, 'Chưa đạt']);
  });

  test('given Thị trấn Gò Dầu’s only Kinh phí row dated in the year before, its outputs still count: the rule looks at the plan year', () => {
    expect(shown([spent('2017-12-01', 4_000_000, funds[0] ?? '')], '2017-12-15', '2018-12-14')).toEqual([1_200_000, 'Chưa đạt']);
  });
});
