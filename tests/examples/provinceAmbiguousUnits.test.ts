import type { Plan } from '../../src/core/plan/types';
import { periodFor } from '../../src/core/periods';
import { memoryWorkbook } from '../../src/core/ports/memoryWorkbook';
import type { RawSheet } from '../../src/core/ports/workbookPort';
import { checkWorkbook } from '../../src/core/usecases/checkWorkbook';
import { consolidateUnits } from '../../src/core/usecases/consolidateUnits';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { filledTracker, ownTracker, provincePlan, unitNamed, type Typed } from './provinceBooks';

/**
 * Sở Nội vụ's own workbook of the province example, with rows typed for communes a tone mark
 * apart: a name written with its marks is that commune's; one written without the mark that tells
 * them apart is said as ambiguous, naming both, never as an unknown unit nor credited to either.
 */
let plan: Plan;
let sheets: RawSheet[];
const row = (unit: string, title: string): Typed => ({ date: '2026-04-10', channel: 'Trang TTĐT xã', form: 'Tin', title, unit });

beforeAll(async () => {
  plan = await provincePlan();
  sheets = await filledTracker(
    plan,
    unitNamed(plan, 'Sở Nội vụ'),
    [row('Xã Tân Thành', 'Tin của xã Tân Thành'), row('Xã Tân Thạnh', 'Tin của xã Tân Thạnh'), row('Xa Tan Thanh', 'Tin không rõ của xã nào')],
    'district',
  );
});

describe('rows naming units a tone mark apart', () => {
  test('given a row whose unit folds to two communes, the check says it could be either, naming both and their codes, at its cell', async () => {
    const { report } = await checkWorkbook(memoryWorkbook(sheets), { plan, today: '2026-06-30', file: 'so-noi-vu.xlsx' });
    const found = report.issues.filter((i) => i.code.startsWith('validation.name'));
    expect(found.map((i) => [i.code, i.where.cell])).toEqual([['validation.name.ambiguousUnit', 'F6']]);
    expect(found[0]?.params).toMatchObject({ value: 'Xa Tan Thanh', names: '"Xã Tân Thành", "Xã Tân Thạnh"', codes: 'XTT, XTT2' });
  });

  test('given the workbook consolidated, the rows with marks go to their own communes and the other is set aside as ambiguous', () => {
    const { result } = consolidateUnits(plan, [{ file: 'so-noi-vu.xlsx', lastModified: 1, sheets }], {
      period: periodFor('quarter', 2026, 2, 'calendar'),
      today: '2026-07-01',
      language: 'vi',
    });
    expect(result.outputs.map((o) => [o.unit, o.title])).toEqual([
      ['XTT', 'Tin của xã Tân Thành'],
      ['XTT2', 'Tin của xã Tân Thạnh'],
    ]);
    expect(result.quarantined.map((q) => [q.reason, q.value, q.names])).toEqual([['ambiguousUnit', 'Xa Tan Thanh', '"Xã Tân Thành", "Xã Tân Thạnh"']]);
  });

  test('given an office’s own tracker with the same rows, each commune keeps its rows and the unmarked one is set aside as ambiguous', async () => {
    const rows = [row('Xã Tân Thành', 'Tin của xã Tân Thành'), row('Xã Tân Thạnh', 'Tin của xã Tân Thạnh'), row('Xa Tan Thanh', 'Tin không rõ của xã nào')];
    const own = await readWorkbook(await ownTracker('SỞ NỘI VỤ - TỔNG HỢP TIN BÀI', rows));
    const { result } = consolidateUnits(plan, [{ file: 'Sở Nội vụ.xlsx', lastModified: 1, sheets: own }], {
      period: periodFor('quarter', 2026, 2, 'calendar'),
      today: '2026-07-01',
      language: 'vi',
    });
    expect(result.outputs.map((o) => [o.unit, o.title])).toEqual([
      ['XTT', 'Tin của xã Tân Thành'],
      ['XTT2', 'Tin của xã Tân Thạnh'],
    ]);
    expect(result.quarantined.map((q) => [q.reason, q.value, q.names])).toEqual([['ambiguousUnit', 'Xa Tan Thanh', '"Xã Tân Thành", "Xã Tân Thạnh"']]);
  });
});
