import ExcelJS from 'exceljs';
import { consolidationJson } from '../../../src/cli/commands/consolidateOutput';
import { customPeriod } from '../../../src/core/periods';
import { memoryWorkbook } from '../../../src/core/ports/memoryWorkbook';
import type { RawSheet } from '../../../src/core/ports/workbookPort';
import { checkWorkbook } from '../../../src/core/usecases/checkWorkbook';
import { consolidateUnits } from '../../../src/core/usecases/consolidateUnits';
import { readWorkbook } from '../../../src/xlsx/readWorkbook';
import { renderToBuffer } from '../../../src/xlsx/renderWorkbook';
import { plan } from './books';

/**
 * A commune's own log against the district plan (the fresh tester F3's probe, made again here): its
 * "Đơn vị" column names the commune's offices and hamlets, none a unit of the plan. Written by
 * exceljs as an office saves it, under the commune's name in the title rows.
 */
async function communeBook(title: string, rows: readonly (readonly [string, string, string])[]): Promise<RawSheet[]> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Tổng hợp');
  ws.getCell('A1').value = title;
  ws.getCell('A3').value = 'TỔNG HỢP TIN, BÀI TUYÊN TRUYỀN CCHC CỦA CÁC BỘ PHẬN, ẤP NĂM 2018';
  ws.mergeCells('A3:F3');
  ws.getRow(5).values = ['STT', 'Đơn vị', 'Ngày đăng', 'Tên tin, bài', 'Đăng trên', 'Thể loại'];
  rows.forEach(([unit, channel, title], i) => {
    ws.getRow(6 + i).values = [i + 1, unit, new Date(Date.UTC(2018, 2, 5 + i)), title, channel, 'Tin'];
    ws.getCell(6 + i, 3).numFmt = 'dd/mm/yyyy';
  });
  return readWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()));
}

const THANH_DUC: readonly (readonly [string, string, string])[] = [
  ['Văn phòng - Thống kê', 'Trạm TT xã', 'Tuyên truyền thủ tục đăng ký khai sinh'],
  ['Tư pháp - Hộ tịch', 'Báo Tây Ninh', 'Liên thông khai sinh, thường trú'],
  ['Ấp Rạch Sơn', 'Trang TTĐT huyện', 'Ấp Rạch Sơn họp dân về dịch vụ công'],
  ['Công an xã', 'Trạm TT xã', 'Cấp căn cước tại xã'],
  ['Hội Nông dân xã', 'Báo Tây Ninh', 'Nông dân nộp hồ sơ trực tuyến'],
  ['Ấp Rạch Sơn', 'Trạm TT xã', 'Loa ấp nhắc lịch tiếp dân'],
];

const cellTexts = (sheet: RawSheet | undefined): string[][] => (sheet?.values ?? []).map((row) => row.map((v) => (v === null ? '' : String(v))));

describe("consolidating a commune's own log whose unit column names its offices and hamlets", () => {
  it('counts every row for the commune with one warning, the name kept in Ghi chú, while a file naming another plan unit keeps its unknown rows aside; Kiểm tra, the JSON and the workbook agree', async () => {
    const thanhDuc = await communeBook('UBND XÃ THẠNH ĐỨC', THANH_DUC);
    // Cẩm Giang's log names Xã Hiệp Thạnh on one row: its unit column names plan units, so its hamlet is not guessed.
    const camGiang = await communeBook('UBND XÃ CẨM GIANG', [
      ['Xã Hiệp Thạnh', 'Báo Tây Ninh', 'Hiệp Thạnh phối hợp tuyên truyền'],
      ['Ấp Cầu Đúc', 'Trạm TT xã', 'Ấp Cầu Đúc tuyên truyền một cửa'],
    ]);
    const files = [
      { file: 'Xa Thanh Duc - tong hop bo phan.xlsx', lastModified: 1, sheets: thanhDuc },
      { file: 'Xa Cam Giang - tong hop.xlsx', lastModified: 1, sheets: camGiang },
    ];
    const period = customPeriod('2017-12-15', '2018-12-14');
    const { result, layout } = consolidateUnits(plan, files, { period, today: '2018-12-20', language: 'vi' });

    // Conservation: 8 rows read, 7 counted, the one hamlet of Cẩm Giang set aside naming its value.
    expect(result.conservation).toMatchObject({ dataRows: 8, consolidated: 7, duplicates: 0, quarantined: 1 });
    expect(result.quarantined.map((q) => [q.reason, q.value, q.source.row])).toEqual([['unknownUnit', 'Ấp Cầu Đúc', 7]]);
    expect(result.outputs.filter((o) => o.unit === 'XTD').map((o) => o.note)).toEqual(THANH_DUC.map(([unit]) => `Đơn vị: ${unit}`));
    expect(result.outputs.filter((o) => o.unit !== 'XTD').map((o) => o.unit)).toEqual(['XHT']);

    // Per file: Thạnh Đức's has no error and one warning, the one naming the column.
    const outcome = (file: string) => result.files.find((f) => f.file === file);
    const thanhDucOutcome = outcome('Xa Thanh Duc - tong hop bo phan.xlsx');
    expect(thanhDucOutcome).toMatchObject({ unit: 'XTD', status: 'ok', errors: 0, warnings: 1 });
    expect(thanhDucOutcome?.issues.map((i) => [i.code, i.where.cell, i.params['count']])).toEqual([['reader.unitColumnOwnParts', 'B5', 6]]);
    expect(outcome('Xa Cam Giang - tong hop.xlsx')).toMatchObject({ unit: 'XCG', status: 'ok', errors: 1, warnings: 0 });

    // Kiểm tra (the pane's and `cchc validate`'s use case) says the same of each file.
    for (const f of files) {
      const { report } = await checkWorkbook(memoryWorkbook(f.sheets), { plan, today: '2018-12-20', period, file: f.file });
      expect(report.issues).toEqual(outcome(f.file)?.issues);
    }

    // `cchc consolidate --json`: the same counts and per-file figures.
    const json = consolidationJson(plan, result, 'vi');
    expect(json.conservation).toMatchObject({ dataRows: 8, consolidated: 7, quarantined: 1 });
    expect(json.files.map((f) => [f.unit, f.status, f.errors, f.warnings])).toEqual([
      ['XTD', 'ok', 0, 1],
      ['XCG', 'ok', 1, 0],
    ]);
    expect(json.quarantinedRows.map((q) => q.why)).toEqual(['Đơn vị "Ấp Cầu Đúc" không có trong kế hoạch']);
    expect(json.reporting.filter((r) => r.status === 'reported').map((r) => r.unit)).toEqual(expect.arrayContaining(['XTD', 'XCG']));

    // The consolidated workbook, written and read back: TH Tin bài credits Thạnh Đức and keeps each name; TH Lỗi từng tệp says it once.
    const written = await readWorkbook(await renderToBuffer(layout));
    const records = cellTexts(written.find((s) => s.name === 'TH Tin bài'));
    const header = records[1] ?? [];
    const [unitAt, noteAt] = [header.indexOf('Đơn vị'), header.indexOf('Ghi chú')];
    const thanhDucRows = records.slice(2).filter((r) => r[unitAt] === 'Xã Thạnh Đức');
    expect(thanhDucRows.map((r) => r[noteAt])).toEqual(THANH_DUC.map(([unit]) => `Đơn vị: ${unit}`));
    const issues = cellTexts(written.find((s) => s.name === 'TH Lỗi từng tệp')).filter((r) => r.includes('Xã Thạnh Đức'));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.at(-1)).toBe(
      'Cột "Đơn vị" có 6 dòng ghi tên không phải đơn vị trong kế hoạch ("Văn phòng - Thống kê", "Tư pháp - Hộ tịch", "Ấp Rạch Sơn", …) và cả tệp không ghi đơn vị nào khác của kế hoạch: các tên này được hiểu là bộ phận, ấp của Xã Thạnh Đức và các dòng được tính cho Xã Thạnh Đức, tên được giữ ở cột Ghi chú của bảng tổng hợp. Nếu có tên là một đơn vị khác trong kế hoạch, sửa lại đúng tên trong kế hoạch.',
    );
  });
});
