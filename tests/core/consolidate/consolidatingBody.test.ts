import { periodFor } from '../../../src/core/periods';
import type { Plan } from '../../../src/core/plan/types';
import type { UnitFileInput } from '../../../src/core/consolidate/types';
import { consolidatingBodyOwes, isConsolidatingBody } from '../../../src/core/consolidate/consolidatingBody';
import { readNotReported } from '../../../src/core/consolidate/readNotReported';
import { consolidateUnits } from '../../../src/core/usecases/consolidateUnits';
import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import { renderToBuffer } from '../../../src/xlsx/renderWorkbook';
import { readWorkbook } from '../../../src/xlsx/readWorkbook';
import { output } from '../../cli/workbooks';
import { fixturePlan } from '../../support/fixturePlans';
import { trackerSheets, unitOf } from '../usecases/books';
import { texts } from '../report/layoutQuery';

/**
 * The eighth tester's ward (tests/fixtures/plans/ke-hoach-long-hoa-2026.xlsx, issue 13, D6): the
 * Văn phòng is the plan's "Đơn vị tổng hợp báo cáo" and PHÂN CÔNG gives it 1.b, 1.d and 2.a. With
 * no file of its own it was neither "Đã gửi" nor "Chưa gửi" while 1.b was judged on the others' posts.
 */
let plan: Plan;
beforeAll(async () => {
  plan = await fixturePlan('ke-hoach-long-hoa-2026.xlsx');
});

const q3 = periodFor('quarter', 2026, 3, 'calendar');
const options = { period: q3, today: '2026-11-30', language: 'vi' as const };

async function unitFile(code: string, rows: ReturnType<typeof output>[]): Promise<UnitFileInput> {
  return { file: `${code.toLowerCase()}.xlsx`, lastModified: 1, sheets: await trackerSheets(unitOf(code, plan), rows, { plan }) };
}

async function hamlets(): Promise<UnitFileInput[]> {
  return Promise.all(['KP1', 'KP2', 'KP3'].map((code) => unitFile(code, [output('2026-07-10', 'Nhóm Zalo khu phố', `Tin CCHC ${code}`)])));
}

/** The district workbook (the ward's consolidating tracker) as a real .xlsx, with rows typed into its Tin bài under a unit's name. */
async function districtBook(rows: ReturnType<typeof output>[]): Promise<UnitFileInput> {
  return { file: 'so-tong-hop.xlsx', lastModified: 1, sheets: await trackerSheets(unitOf('VP', plan), rows, { plan, kind: 'district' }) };
}

const statusOf = (result: { reporting: readonly { unit: string; status: string }[] }, unit: string): string | undefined =>
  result.reporting.find((r) => r.unit === unit)?.status;

describe('the consolidating office’s own file (issue 13, eighth tester, D6)', () => {
  test('given the ward plan, the Văn phòng consolidates and PHÂN CÔNG gives it items of its own; 116’s Phòng Nội vụ has none', () => {
    const vp = unitOf('VP', plan);
    expect(isConsolidatingBody(plan, vp)).toBe(true);
    expect(consolidatingBodyOwes(plan, vp)).toBe(true);
    expect(isConsolidatingBody(plan, unitOf('PVHXH', plan))).toBe(false);
    const pnv = unitOf('PNV', GO_DAU_116);
    expect(isConsolidatingBody(GO_DAU_116, pnv)).toBe(true);
    expect(consolidatingBodyOwes(GO_DAU_116, pnv)).toBe(false);
  });

  test('given a PHÂN CÔNG row listing a target but naming neither unit nor level, it is everyone’s and the body still owes no file', () => {
    const pnv = unitOf('PNV', GO_DAU_116);
    const target = GO_DAU_116.targets[0]?.id ?? '';
    const everyone = { ...GO_DAU_116, responsibilities: [...GO_DAU_116.responsibilities, { units: [], levels: [], items: [target], task: 'Thực hiện' }] };
    expect(consolidatingBodyOwes(everyone, pnv)).toBe(false);
    const named = { ...GO_DAU_116, responsibilities: [...GO_DAU_116.responsibilities, { units: ['PNV'], levels: [], items: [target], task: 'Thực hiện' }] };
    expect(consolidatingBodyOwes(named, pnv)).toBe(true);
  });

  test('given the Văn phòng sent no file and the district workbook is not among the files, it is "Chưa gửi" in the result, TH Đơn vị and the report’s sentence', async () => {
    const { result, layout, reportSheet } = consolidateUnits(plan, await hamlets(), options);
    expect(statusOf(result, 'VP')).toBe('missing');
    expect(result.reporting.filter((r) => r.status === 'missing').map((r) => r.unit)).toEqual(['VP', 'PVHXH']);
    // A report made later from the written workbook reads the same list back from TH Đơn vị.
    const sheets = await readWorkbook(await renderToBuffer(layout));
    expect(readNotReported(plan, sheets)).toEqual(['VP', 'PVHXH']);
    const report = layout.sheets.find((sheet) => sheet.name === reportSheet);
    const said = report === undefined ? [] : texts(report).map((cell) => cell.text);
    expect(said.some((line) => /chưa gửi báo cáo.*Văn phòng HĐND và UBND phường/u.test(line))).toBe(true);
  });

  test('given the Văn phòng’s rows typed straight into the district workbook, it is not "Chưa gửi": TH Đơn vị says its figures are entered there', async () => {
    const book = await districtBook([output('2026-08-03', 'Trang Facebook của UBND phường', 'Bài CCHC của Văn phòng', 'Bài', 'Văn phòng HĐND và UBND phường')]);
    const { result, layout } = consolidateUnits(plan, [...(await hamlets()), book], options);
    expect(result.reporting.find((r) => r.unit === 'VP')).toEqual({ unit: 'VP', status: 'reported', enteredIn: 'so-tong-hop.xlsx' });
    expect(result.outputs.filter((o) => o.unit === 'VP')).toHaveLength(1);
    const sheets = await readWorkbook(await renderToBuffer(layout));
    expect(readNotReported(plan, sheets)).toEqual(['PVHXH']);
    const units = sheets.find((sheet) => sheet.name === 'TH Đơn vị');
    const row = units?.values.find((cells) => cells.includes('VP')) ?? [];
    expect(row).toEqual(
      expect.arrayContaining(['Nhập trực tiếp', 'Đơn vị tổng hợp báo cáo, không gửi tệp riêng: số liệu nhập trực tiếp vào sổ tổng hợp (so-tong-hop.xlsx)']),
    );
  });

  test('given a district workbook holding only other units’ rows and its Hạng mục rows as the template lists them (Chưa thực hiện), the Văn phòng is still owed a file', async () => {
    const book = await districtBook([output('2026-08-03', 'Nhóm Zalo khu phố', 'Tin của khu phố', 'Tin', 'Khu phố Long Chí')]);
    const { result } = consolidateUnits(plan, [...(await hamlets()), book], options);
    expect(statusOf(result, 'VP')).toBe('missing');
  });

  test('given the Văn phòng’s own file, it is "Đã gửi" with that file', async () => {
    const vp = await unitFile('VP', [output('2026-08-03', 'Trang Facebook của UBND phường', 'Bài CCHC', 'Bài')]);
    const { result } = consolidateUnits(plan, [...(await hamlets()), vp], options);
    expect(result.reporting.find((r) => r.unit === 'VP')).toEqual({ unit: 'VP', status: 'reported', file: 'vp.xlsx' });
  });

  test('given PHÂN CÔNG gives the consolidating office nothing of its own, it owes no file, as before', async () => {
    const nothingOwn: Plan = { ...plan, responsibilities: plan.responsibilities.filter((r) => !r.units.includes('VP')) };
    const { result } = consolidateUnits(nothingOwn, await hamlets(), options);
    expect(statusOf(result, 'VP')).toBeUndefined();
    expect(result.reporting.filter((r) => r.status === 'missing').map((r) => r.unit)).toEqual(['PVHXH']);
  });
});
