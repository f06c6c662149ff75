import ExcelJS from 'exceljs';
import { applyAdoption } from '../../../src/core/adopt/applyAdoption';
import { acceptProposal, proposeAdoption } from '../../../src/core/adopt/proposeAdoption';
import type { CellValue } from '../../../src/core/layout/types';
import { customPeriod } from '../../../src/core/periods';
import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import type { RawSheet } from '../../../src/core/ports/workbookPort';
import { reportData } from '../../../src/core/report/reportData';
import { consolidateUnits } from '../../../src/core/usecases/consolidateUnits';
import { validateWorkbook } from '../../../src/core/validation';
import { readWorkbook } from '../../../src/xlsx/readWorkbook';

/**
 * Standing13: an office's standing-items table with no "Tình trạng" column ("STT | Hạng mục | Số
 * lượng | Ngày hoàn thành | Ghi chú"), on its own sheet or beside the news table, is read: a row dated
 * under the completion-date header is done on that day, a blank one is not done, a state word there
 * is that state; the item is named by its title's words ("Treo băng rôn tuyên truyền CCHC" is the
 * plan's III.1.f "Băng rôn tuyên truyền CCHC treo thường xuyên tại Bộ phận TN&TKQ"). Counted by eye.
 */

const plan = GO_DAU_116;
const thanhDuc = plan.units.find((u) => u.code === 'XTD')!;
const year = customPeriod('2018-01-01', '2018-12-31');

type Row = (string | number | null)[];

const NEWS_HEADER = ['STT', 'Ngày đăng', 'Tên tin bài', 'Nơi đăng'];
const NEWS: Row[] = [
  [1, '05/03/2018', 'Hội nghị triển khai CCHC', 'TTĐT'],
  [2, '12/03/2018', 'Niêm yết TTHC mới', 'TTĐT'],
];
const WORK_HEADER = ['STT', 'Hạng mục', 'Số lượng', 'Ngày hoàn thành', 'Ghi chú'];
const WORK: Row[] = [
  [1, 'Treo băng rôn tuyên truyền CCHC', 2, '15/03/2018', null],
  [2, 'Bảng hướng dẫn thực hiện thủ tục hành chính', 1, null, 'chờ kinh phí'],
  [3, 'Niêm yết đầy đủ, đúng quy định bộ TTHC và số điện thoại đường dây nóng', 1, 'Chưa', null],
];

async function sheetsOf(book: ExcelJS.Workbook): Promise<RawSheet[]> {
  return readWorkbook(new Uint8Array(await book.xlsx.writeBuffer()));
}

/** News on one sheet, the standing work with the header given on a sheet of its own, each under a title. */
async function ownSheet(header: readonly string[] = WORK_HEADER, rows: readonly Row[] = WORK): Promise<RawSheet[]> {
  const book = new ExcelJS.Workbook();
  const news = book.addWorksheet('Tin bài 2018');
  news.getCell('A1').value = 'THEO DÕI TIN BÀI CCHC - XÃ THẠNH ĐỨC';
  news.getRow(3).values = NEWS_HEADER;
  NEWS.forEach((row, i) => (news.getRow(4 + i).values = row));
  const work = book.addWorksheet('Việc thường xuyên');
  work.mergeCells('A1:E1');
  work.getCell('A1').value = 'CÁC VIỆC THƯỜNG XUYÊN NĂM 2018';
  work.getRow(3).values = [...header];
  rows.forEach((row, i) => (work.getRow(4 + i).values = row));
  return sheetsOf(book);
}

/** News in A–D, column E blank, the standing work in F–J of the same sheet (row 3 headers). */
async function sideBySide(): Promise<RawSheet[]> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Theo dõi 2018');
  sheet.getCell('A1').value = 'XÃ THẠNH ĐỨC - THEO DÕI TUYÊN TRUYỀN CCHC NĂM 2018';
  sheet.mergeCells('A1:J1');
  const put = (rowNumber: number, column: number, values: Row | readonly string[]): void =>
    values.forEach((value, i) => {
      sheet.getCell(rowNumber, column + i).value = value;
    });
  put(3, 1, NEWS_HEADER);
  NEWS.forEach((row, i) => put(4 + i, 1, row));
  put(3, 6, WORK_HEADER);
  WORK.forEach((row, i) => put(4 + i, 6, row));
  return sheetsOf(book);
}

const check = (sheets: RawSheet[]) => validateWorkbook(plan, sheets, { today: '2018-12-20', unit: 'XTD' });
const standingOf = (sheets: RawSheet[]) => check(sheets).records.standing.map((r) => [r.item, r.state, r.dateDone, `${r.source.sheet}!${r.source.row}`]);
const textOf = (cell: CellValue | undefined): string => (cell?.kind === 'text' ? cell.text : cell?.kind === 'date' ? cell.iso : '');

describe('a standing-items table without a state column (standing13)', () => {
  test('given it on its own sheet, each row is read: dated is done on that day, blank is not done, "Chưa" is not done; no error, no missing column', async () => {
    const sheets = await ownSheet();
    const report = check(sheets);
    expect(standingOf(sheets)).toEqual([
      ['III.1.f', 'done', '2018-03-15', 'Việc thường xuyên!4'],
      ['III.2.c1', 'not-done', null, 'Việc thường xuyên!5'],
      ['III.2.a', 'not-done', null, 'Việc thường xuyên!6'],
    ]);
    expect(report.records.outputs).toHaveLength(2);
    expect(report.issues.map((i) => i.code)).toEqual([]);
  });

  test('given a title that names no plan item, the row counts for nothing and a warning at its title cell says so (never dropped silently)', async () => {
    const sheets = await ownSheet(WORK_HEADER, [...WORK, [4, 'Sơn lại cổng văn hóa ấp', 1, '20/03/2018', null]]);
    const report = check(sheets);
    expect(standingOf(sheets)).toContainEqual([null, 'done', '2018-03-20', 'Việc thường xuyên!7']);
    expect(report.issues.map((i) => [i.code, i.severity, i.where.cell])).toEqual([['validation.standing.unknownTitle', 'warning', 'B7']]);
  });

  test('given it beside the news table (A–D news, F–J standing work), both are read and no cells are said not read', async () => {
    const sheets = await sideBySide();
    const report = check(sheets);
    expect(report.records.outputs.map((o) => o.title)).toEqual(['Hội nghị triển khai CCHC', 'Niêm yết TTHC mới']);
    expect(standingOf(sheets)).toEqual([
      ['III.1.f', 'done', '2018-03-15', 'Theo dõi 2018!4'],
      ['III.2.c1', 'not-done', null, 'Theo dõi 2018!5'],
      ['III.2.a', 'not-done', null, 'Theo dõi 2018!6'],
    ]);
    expect(report.issues.map((i) => i.code)).toEqual([]);
  });

  test('given "Công việc | Thời gian thực hiện | Kết quả", the words under "Kết quả" are the state and the time is the day done', async () => {
    const sheets = await ownSheet(
      ['STT', 'Công việc', 'Thời gian thực hiện', 'Kết quả'],
      [
        [1, 'Treo băng rôn tuyên truyền CCHC', '15/03/2018', 'Đã treo'],
        [2, 'Bảng hướng dẫn thực hiện thủ tục hành chính', null, 'Chưa'],
        [3, 'Bảng hướng dẫn tra cứu thông tin trên màn hình cảm ứng', '20/04/2018', 'Hoàn thành'],
      ],
    );
    expect(standingOf(sheets)).toEqual([
      ['III.1.f', 'done', '2018-03-15', 'Việc thường xuyên!4'],
      ['III.2.c1', 'not-done', null, 'Việc thường xuyên!5'],
      ['III.2.c4', 'done', '2018-04-20', 'Việc thường xuyên!6'],
    ]);
  });

  test('given a completion-date cell holding text that is no date nor state word, the state is unknown and the cell is said not a date', async () => {
    const sheets = await ownSheet(WORK_HEADER, [[1, 'Treo băng rôn tuyên truyền CCHC', 1, '15/3 âm lịch', null]]);
    expect(standingOf(sheets)).toEqual([['III.1.f', null, null, 'Việc thường xuyên!4']]);
    expect(check(sheets).issues.map((i) => [i.code, i.where.cell])).toEqual([['validation.date.notADate', 'D4']]);
  });

  test.each([
    ['a completion date beside a form ("Ngày thực hiện | Nội dung | Hình thức")', ['STT', 'Ngày thực hiện', 'Nội dung', 'Hình thức', 'Ghi chú']],
    ['a bare "Ngày" beside evidence ("Ngày | Nội dung | Minh chứng")', ['STT', 'Ngày', 'Nội dung', 'Minh chứng', 'Ghi chú']],
  ])('given a news table headed with %s, it stays news: its rows are outputs, none is standing work', async (_, header) => {
    const sheets = await ownSheet(header, [
      [1, '02/04/2018', 'Tuyên truyền dịch vụ công trực tuyến', 'Tin', null],
      [2, '09/04/2018', 'Kết quả giải quyết hồ sơ quý I', 'Tin', null],
    ]);
    const report = check(sheets);
    expect(report.records.standing).toEqual([]);
    expect(report.records.outputs.filter((o) => o.source.sheet === 'Việc thường xuyên').map((o) => o.date)).toEqual(['2018-04-02', '2018-04-09']);
  });

  test('given the unit’s file consolidated, TH Hạng mục lists the banner done on 15/03/2018 and the report’s standing table says done with that date', async () => {
    const sheets = await ownSheet();
    const { result, layout } = consolidateUnits(plan, [{ file: 'xa-thanh-duc.xlsx', lastModified: 1, sheets }], {
      period: year,
      today: '2018-12-20',
      language: 'vi',
    });
    expect(result.standing.map((r) => [r.unit, r.item, r.state, r.dateDone])).toEqual([
      ['XTD', 'III.1.f', 'done', '2018-03-15'],
      ['XTD', 'III.2.c1', 'not-done', null],
      ['XTD', 'III.2.a', 'not-done', null],
    ]);
    const rows = (layout.sheets.find((s) => s.name === 'TH Hạng mục')?.blocks ?? []).flatMap((b) => b.rows.map((cells) => cells.map(textOf)));
    expect(rows.find((texts) => texts[0] === 'III.1.f')).toEqual(expect.arrayContaining(['Xã Thạnh Đức', 'Đã thực hiện', '2018-03-15']));
    const data = reportData({
      plan,
      period: year,
      scope: { kind: 'unit', unit: thanhDuc },
      records: check(sheets).records,
      reportDate: '2018-12-20',
      documentNumber: '',
    });
    const row = (id: string) => data.standing.find((r) => r.itemId === id);
    expect([row('III.1.f')?.state, row('III.1.f')?.dateDone]).toEqual(['done', '2018-03-15']);
    expect([row('III.2.c1')?.state, row('III.2.c1')?.dateDone]).toEqual(['not-done', null]);
  });

  test('given it adopted, its rows land in Hạng mục with the state its dates say', async () => {
    const sheets = await ownSheet();
    const result = applyAdoption(plan, sheets, acceptProposal(proposeAdoption(plan, sheets, [], thanhDuc)), thanhDuc);
    expect(result.quarantined).toEqual([]);
    expect(result.standing.map((row) => [0, 3, 4].map((i) => textOf(row[i])))).toEqual([
      ['III.1.f', 'Đã thực hiện', '2018-03-15'],
      ['III.2.c1', 'Chưa thực hiện', ''],
      ['III.2.a', 'Chưa thực hiện', ''],
    ]);
    expect(result.takenStanding).toBe(3);
    expect(result.rowsRead).toBe(result.taken + result.quarantined.length + result.skipped.length);
  });
});
