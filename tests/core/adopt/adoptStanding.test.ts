import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { applyAdoption } from '../../../src/core/adopt/applyAdoption';
import { acceptProposal, proposeAdoption } from '../../../src/core/adopt/proposeAdoption';
import type { CellValue } from '../../../src/core/layout/types';
import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import type { RawSheet } from '../../../src/core/ports/workbookPort';
import { adoptIntoTracker } from '../../../src/core/usecases/adoptTracker';
import { readWorkbook } from '../../../src/xlsx/readWorkbook';
import { layoutToRawSheets } from '../../support/layoutToRawSheets';

const plan = GO_DAU_116;
const thanhDuc = plan.units.find((u) => u.code === 'XTD') ?? plan.units[0]!;
const banner = plan.standingItems[0]!;
const posting = plan.standingItems[1]!;

type Row = (string | number | null)[];

/** An office's own workbook made with exceljs: a news sheet and, on a sheet of their own, a merged title, its headers, its rows. */
async function officeBook(tables: { name: string; header: string[]; rows: Row[] }[]): Promise<RawSheet[]> {
  const book = new ExcelJS.Workbook();
  const news = book.addWorksheet('Tin bài 2018');
  news.mergeCells('A1:D1');
  news.getCell('A1').value = 'THEO DÕI TIN BÀI CCHC - XÃ THẠNH ĐỨC';
  news.getRow(3).values = ['STT', 'Ngày đăng', 'Tên tin bài', 'Nơi đăng'];
  news.getRow(4).values = [1, '05/03/2018', 'Hội nghị triển khai CCHC', 'TTĐT'];
  news.getRow(5).values = [2, '12/03/2018', 'Niêm yết TTHC mới', 'TTĐT'];
  for (const table of tables) {
    const sheet = book.addWorksheet(table.name);
    sheet.mergeCells('A1:F1');
    sheet.getCell('A1').value = 'THEO DÕI CÁC VIỆC THƯỜNG XUYÊN';
    sheet.getRow(3).values = table.header;
    table.rows.forEach((row, i) => {
      sheet.getRow(4 + i).values = row;
    });
  }
  return readWorkbook(new Uint8Array(await book.xlsx.writeBuffer()));
}

function adopt(sheets: RawSheet[]) {
  return applyAdoption(plan, sheets, acceptProposal(proposeAdoption(plan, sheets)), thanhDuc);
}

const textOf = (cell: CellValue | undefined): string => (cell?.kind === 'text' ? cell.text : cell?.kind === 'date' ? cell.iso : '');

describe('adopting an office tracker with its own standing-items table (issue 13, seventh tester, D2)', () => {
  test('given a table without a code column ("Công việc | Quý | Tình trạng | Ngày hoàn thành | Minh chứng"), its rows land in Hạng mục matched by title', async () => {
    const sheets = await officeBook([
      {
        name: 'Việc thường xuyên',
        header: ['STT', 'Công việc', 'Quý', 'Tình trạng', 'Ngày hoàn thành', 'Minh chứng'],
        rows: [
          [1, banner.title.toUpperCase(), 'Quý I', 'Đã hoàn thành', '28/03/2018', 'Ảnh 1'],
          [2, posting.title, 'Quý II', 'Đã hoàn thành', '25/06/2018', 'Ảnh 2'],
        ],
      },
    ]);
    const result = adopt(sheets);
    expect(result.quarantined).toEqual([]);
    expect(result.standing.map((row) => row.map(textOf))).toEqual([
      [banner.id, banner.title, thanhDuc.name, 'Đã thực hiện', '2018-03-28', 'Ảnh 1', 'Từ Việc thường xuyên!4', 'Quý I năm 2018'],
      [posting.id, posting.title, thanhDuc.name, 'Đã thực hiện', '2018-06-25', 'Ảnh 2', 'Từ Việc thường xuyên!5', 'Quý II năm 2018'],
    ]);
    expect(result.takenStanding).toBe(2);
    // 2 news rows + 2 standing rows, nothing read as news from the standing sheet
    expect(result.taken).toBe(4);
    expect(result.rowsRead).toBe(result.taken + result.quarantined.length + result.skipped.length);
  });

  test('given headers "Hạng mục | Kỳ | Tình trạng", the table is standing items too, not news refused for their channel', async () => {
    const sheets = await officeBook([
      {
        name: 'Hạng mục riêng',
        header: ['Hạng mục', 'Kỳ', 'Tình trạng', 'Ngày hoàn thành'],
        rows: [[banner.title, 'Quý III', 'Đã hoàn thành', '05/10/2018']],
      },
    ]);
    const result = adopt(sheets);
    expect(result.quarantined.map((q) => q.reason)).not.toContain('noChannel');
    expect(result.standing.map((row) => [textOf(row[0]), textOf(row[4]), textOf(row[7])])).toEqual([[banner.id, '2018-10-05', 'Quý III năm 2018']]);
  });

  test('given a "Mã" column holding the code, the rows are taken (they vanished before) and the new tracker does not add the item again as not done', async () => {
    const sheets = await officeBook([
      {
        name: 'Việc thường xuyên',
        header: ['Mã', 'Công việc', 'Quý', 'Tình trạng', 'Ngày hoàn thành', 'Minh chứng'],
        rows: [
          [banner.id, 'Treo băng rôn', 'Quý I', 'Đã hoàn thành', '20/03/2018', 'Ảnh'],
          [banner.id, 'Treo băng rôn', 'Quý II', 'Đã hoàn thành', '20/06/2018', 'Ảnh'],
        ],
      },
    ]);
    const { result, layout } = adoptIntoTracker({
      plan,
      sheets,
      mapping: acceptProposal(proposeAdoption(plan, sheets)),
      unit: thanhDuc,
      kind: 'unit',
      today: '2018-07-01',
    });
    expect(result.takenStanding).toBe(2);
    const standingSheet = layoutToRawSheets(layout).find((s) => s.name === 'Hạng mục');
    const bannerRows = (standingSheet?.values ?? []).filter((row) => row[0] === banner.id).map((row) => [row[3], row[7]]);
    expect(bannerRows).toEqual([
      ['Đã thực hiện', 'Quý I năm 2018'],
      ['Đã thực hiện', 'Quý II năm 2018'],
    ]);
  });

  test('given the standing items kept below the news on the same sheet, under a title row and their own header, they are not read as news', async () => {
    const book = new ExcelJS.Workbook();
    const news = book.addWorksheet('Theo dõi 2018');
    news.mergeCells('A1:E1');
    news.getCell('A1').value = 'THEO DÕI TIN BÀI CCHC - XÃ THẠNH ĐỨC';
    news.getRow(3).values = ['STT', 'Ngày đăng', 'Tên tin bài', 'Nơi đăng'];
    news.getRow(4).values = [1, '05/03/2018', 'Hội nghị triển khai CCHC', 'TTĐT'];
    news.getRow(5).values = [2, '12/03/2018', 'Niêm yết TTHC mới', 'TTĐT'];
    news.mergeCells('A7:E7');
    news.getCell('A7').value = 'CÁC VIỆC THƯỜNG XUYÊN';
    news.getRow(8).values = ['STT', 'Công việc', 'Quý', 'Tình trạng', 'Ngày hoàn thành', 'Minh chứng'];
    news.getRow(9).values = [1, banner.title, 'Quý I', 'Đã hoàn thành', '28/03/2018', 'Ảnh'];
    news.getRow(10).values = [2, banner.title, 'Quý II', 'Đã hoàn thành', '25/06/2018', 'Ảnh'];
    const sheets = await readWorkbook(new Uint8Array(await book.xlsx.writeBuffer()));
    const result = adopt(sheets);
    expect(result.quarantined).toEqual([]);
    expect(result.rows).toHaveLength(2);
    expect(result.standing.map((row) => [textOf(row[0]), textOf(row[6]), textOf(row[7])])).toEqual([
      [banner.id, 'Từ Theo dõi 2018!9', 'Quý I năm 2018'],
      [banner.id, 'Từ Theo dõi 2018!10', 'Quý II năm 2018'],
    ]);
    expect(result.rowsRead).toBe(result.taken + result.quarantined.length + result.skipped.length);
  });

  test('given a row naming no plan item, it is refused with its reason and the text typed, never dropped', async () => {
    const sheets = await officeBook([
      {
        name: 'Việc thường xuyên',
        header: ['STT', 'Công việc', 'Quý', 'Tình trạng', 'Ngày hoàn thành', 'Minh chứng'],
        rows: [[1, 'Quét dọn hội trường', 'Quý I', 'Đã hoàn thành', '28/03/2018', 'Ảnh']],
      },
    ]);
    const result = adopt(sheets);
    expect(result.quarantined.map(({ source, reason, value }) => ({ source, reason, value }))).toEqual([
      { source: { sheet: 'Việc thường xuyên', row: 4 }, reason: 'unknownItem', value: 'Quét dọn hội trường' },
    ]);
    expect(result.rowsRead).toBe(result.taken + result.quarantined.length + result.skipped.length);
  });

  test('given a spending table, its rows land in Kinh phí; one without an amount is refused', async () => {
    const sheets = await officeBook([
      {
        name: 'Chi CCHC',
        header: ['STT', 'Ngày chi', 'Nội dung chi', 'Số tiền', 'Nguồn kinh phí'],
        rows: [
          [1, '10/04/2018', 'In băng rôn', 1_500_000, 'Ngân sách xã'],
          [2, '11/04/2018', 'Khung tranh', null, 'Ngân sách xã'],
        ],
      },
    ]);
    const result = adopt(sheets);
    expect(result.spending.map((row) => [textOf(row[0]), textOf(row[1]), row[2]?.kind === 'number' ? row[2].value : null])).toEqual([
      ['2018-04-10', 'In băng rôn', 1_500_000],
    ]);
    expect(result.quarantined.map((q) => `${q.source.sheet}!${q.source.row}:${q.reason}`)).toEqual(['Chi CCHC!5:noAmount']);
    expect(result.rowsRead).toBe(result.taken + result.quarantined.length + result.skipped.length);
  });
});

describe('conservation over every table kind (property)', () => {
  const titles = [banner.title, posting.title, 'Việc không có trong kế hoạch', ''];
  const standingRow = fc.tuple(
    fc.constantFrom(...titles),
    fc.constantFrom('Quý I', 'Quý II', ''),
    fc.constantFrom('Đã hoàn thành', 'Chưa', ''),
    fc.constantFrom('05/04/2018', 'sai', ''),
  );
  const spendingRow = fc.tuple(
    fc.constantFrom('10/04/2018', 'sai', ''),
    fc.constantFrom('In tờ rơi', ''),
    fc.constantFrom<number | string | null>(200_000, 'không', null),
  );

  test('rows read == rows taken + rows refused with a reason + blank/title/total rows', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(standingRow, { minLength: 1, maxLength: 6 }),
        fc.array(spendingRow, { minLength: 1, maxLength: 6 }),
        async (standing, spending) => {
          const sheets = await officeBook([
            {
              name: 'Việc thường xuyên',
              header: ['STT', 'Công việc', 'Quý', 'Tình trạng', 'Ngày hoàn thành', 'Minh chứng'],
              rows: standing.map(([t, q, s, d], i) => [i + 1, t, q, s, d, 'Ảnh']),
            },
            {
              name: 'Chi CCHC',
              header: ['STT', 'Ngày chi', 'Nội dung chi', 'Số tiền', 'Nguồn kinh phí'],
              rows: spending.map(([d, c, a], i) => [i + 1, d, c, a, 'Ngân sách xã']),
            },
          ]);
          const result = adopt(sheets);
          expect(result.rowsRead).toBe(result.taken + result.quarantined.length + result.skipped.length);
          expect(result.taken).toBe(result.rows.length + result.standing.length + result.spending.length);
          for (const q of result.quarantined) expect(q.reason).toBeTruthy();
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('adopting a khu phố tracker whose monthly work is headed "Tháng" and titled in its own words (issue 13, eighth tester, D1–D2)', () => {
  test('given "Công việc | Tháng | Tình trạng | Ngày hoàn thành" on its own sheet, every row is taken with its month and counted in the conservation line', async () => {
    const sheets = await officeBook([
      {
        name: 'Cong viec',
        header: ['Công việc', 'Tháng', 'Tình trạng', 'Ngày hoàn thành'],
        rows: [
          [banner.title, 'Tháng 1', 'Đã thực hiện', '27/01/2018'],
          [banner.title, 'Tháng 2', 'Đã thực hiện', '25/02/2018'],
          [banner.title, 'Tháng 3', 'Đang thực hiện', null],
        ],
      },
    ]);
    const result = adopt(sheets);
    expect(result.quarantined).toEqual([]);
    expect(result.standing.map((row) => textOf(row[7]))).toEqual(['Tháng 1 năm 2018', 'Tháng 2 năm 2018', 'Tháng 3 năm 2018']);
    expect(result.takenStanding).toBe(3);
    // 2 news rows, 3 standing rows and each table's header row (try13j defect 4)
    expect(result.rowsRead).toBe(2 + 3 + 2);
    expect(result.rowsRead).toBe(result.taken + result.quarantined.length + result.skipped.length);
  });

  test('given a title that leaves out a word of the only plan item it can be, the row is matched to that item; a title sharing no words is still refused', async () => {
    const ownWords = banner.title
      .split(' ')
      .filter((w) => w !== 'CCHC')
      .join(' ');
    expect(ownWords).not.toBe(banner.title);
    const sheets = await officeBook([
      {
        name: 'Cong viec',
        header: ['Công việc', 'Tháng', 'Tình trạng', 'Ngày hoàn thành'],
        rows: [
          [ownWords, 'Tháng 1', 'Đã thực hiện', '27/01/2018'],
          ['Quét dọn sân trụ sở', 'Tháng 1', 'Đã thực hiện', '27/01/2018'],
        ],
      },
    ]);
    const result = adopt(sheets);
    expect(result.standing.map((row) => textOf(row[0]))).toEqual([banner.id]);
    expect(result.quarantined.map((q) => [q.reason, q.value])).toEqual([['unknownItem', 'Quét dọn sân trụ sở']]);
    expect(result.rowsRead).toBe(result.taken + result.quarantined.length + result.skipped.length);
  });
});

describe('adopting a sheet with a spending table right below the standing work (issue 13, eighth tester, D3)', () => {
  test('given "Ngày | Nội dung chi | Số tiền | Nguồn" after a blank row under the standing rows, its row is spending, not a standing item refused', async () => {
    const sheets = await officeBook([
      {
        name: 'Năm 2018',
        header: ['Công việc', 'Tháng', 'Tình trạng', 'Ngày hoàn thành'],
        rows: [
          [banner.title, 'Tháng 1', 'Đã thực hiện', '27/01/2018'],
          [banner.title, 'Tháng 2', 'Đã thực hiện', '25/02/2018'],
          [null, null, null, null],
          ['Ngày', 'Nội dung chi', 'Số tiền', 'Nguồn'],
          ['09/09/2018', 'In tờ rơi dịch vụ công', 900000, 'Ngân sách xã'],
        ],
      },
    ]);
    const result = adopt(sheets);
    expect(result.quarantined).toEqual([]);
    expect(result.takenStanding).toBe(2);
    expect(result.spending.map((row) => [textOf(row[0]), row[2]?.kind === 'number' ? row[2].value : null])).toEqual([['2018-09-09', 900000]]);
    expect(result.rowsRead).toBe(result.taken + result.quarantined.length + result.skipped.length);
  });
});

describe("a bare number in a standing table's period column is read by its header (issue 13, eighth tester, D1)", () => {
  test('given 1, "02", "T3" and "04/2018" under "Tháng", they are months 1 to 4; 2 under "Quý" is quarter II', async () => {
    const months = await officeBook([
      {
        name: 'Cong viec',
        header: ['Công việc', 'Tháng', 'Tình trạng', 'Ngày hoàn thành'],
        rows: [
          [banner.title, 1, 'Đã thực hiện', '27/01/2018'],
          [banner.title, '02', 'Đã thực hiện', '25/02/2018'],
          [banner.title, 'T3', 'Đã thực hiện', '25/03/2018'],
          [banner.title, '04/2018', 'Đã thực hiện', '25/04/2018'],
        ],
      },
    ]);
    expect(adopt(months).standing.map((row) => textOf(row[7]))).toEqual(['Tháng 1 năm 2018', 'Tháng 2 năm 2018', 'Tháng 3 năm 2018', 'Tháng 4 năm 2018']);
    const quarters = await officeBook([
      { name: 'Cong viec', header: ['Công việc', 'Quý', 'Tình trạng', 'Ngày hoàn thành'], rows: [[banner.title, 2, 'Đã thực hiện', '25/06/2018']] },
    ]);
    expect(adopt(quarters).standing.map((row) => textOf(row[7]))).toEqual(['Quý II năm 2018']);
  });
});

describe('a news table with a "Tháng" column stays a news table (issue 13, eighth tester, D1)', () => {
  test('given "STT | Tháng | Ngày đăng | Tên tin bài | Nơi đăng", its rows are taken as news and none as standing items', async () => {
    const book = new ExcelJS.Workbook();
    const news = book.addWorksheet('Tin bài 2018');
    news.getRow(1).values = ['STT', 'Tháng', 'Ngày đăng', 'Tên tin bài', 'Nơi đăng'];
    news.getRow(2).values = [1, 'Tháng 3', '05/03/2018', 'Hội nghị triển khai CCHC', 'TTĐT'];
    news.getRow(3).values = [2, 'Tháng 3', '12/03/2018', 'Niêm yết TTHC mới', 'TTĐT'];
    const result = adopt(await readWorkbook(new Uint8Array(await book.xlsx.writeBuffer())));
    expect(result.takenStanding).toBe(0);
    expect(result.taken).toBe(2);
    expect(result.quarantined).toEqual([]);
  });
});

describe('a sheet whose header the reader cannot place (issue 13, eighth tester, D1)', () => {
  // "Công việc | … | Tình trạng | Ngày hoàn thành" is standing work since the ninth tester (title, state and date done: ownWords.test.ts).
  test('given "Công việc | Thời điểm | Đánh giá | Người làm", its rows are counted as not taken, never fewer rows than the file has', async () => {
    const sheets = await officeBook([
      {
        name: 'Cong viec',
        header: ['Công việc', 'Thời điểm', 'Đánh giá', 'Người làm'],
        rows: [
          [banner.title, 'đầu năm', 'Đã thực hiện', 'Trưởng ấp'],
          [banner.title, 'giữa năm', 'Đã thực hiện', 'Trưởng ấp'],
        ],
      },
    ]);
    const result = adopt(sheets);
    expect(result.takenStanding).toBe(0);
    expect(result.quarantined.filter((q) => q.reason === 'noTable').map((q) => q.source.row)).toEqual([4, 5]);
    // 2 news rows and their header + the 2 rows under the unplaced header (its title and header are not rows of a table)
    expect(result.rowsRead).toBe(2 + 1 + 2);
    expect(result.rowsRead).toBe(result.taken + result.quarantined.length + result.skipped.length);
  });
});

describe('adopt says how each standing row found its plan item (issue 13, closing note 5)', () => {
  const c1 = plan.standingItems.find((s) => s.id === 'III.2.c1')!;
  const c3 = plan.standingItems.find((s) => s.id === 'III.2.c3')!;
  const c4 = plan.standingItems.find((s) => s.id === 'III.2.c4')!;
  const table = (rows: Row[]) => [{ name: 'Cong viec', header: ['Công việc', 'Tháng', 'Tình trạng', 'Ngày hoàn thành'], rows }];

  test('given a title two items of the commune share as many words with, it is refused naming the nearest three items of the level, most words shared first', async () => {
    const result = adopt(await officeBook(table([['Bảng hướng dẫn tra cứu thủ tục', 'Tháng 1', 'Đã thực hiện', '27/01/2018']])));
    expect(result.standing).toEqual([]);
    expect(result.quarantined).toEqual([
      {
        source: { sheet: 'Cong viec', row: 4 },
        reason: 'unknownItem',
        value: 'Bảng hướng dẫn tra cứu thủ tục',
        names: `III.2.c1 «${c1.title}»; III.2.c4 «${c4.title}»; III.2.c3 «${c3.title}»`,
      },
    ]);
  });

  test('given a unit whose level the plan gives no standing item, the row is refused saying so, with no candidates', async () => {
    const sheets = await officeBook(table([['Treo băng rôn tại trụ sở', 'Tháng 1', 'Đã thực hiện', '27/01/2018']]));
    const office = plan.units.find((u) => u.code === 'VP')!;
    const result = applyAdoption(plan, sheets, acceptProposal(proposeAdoption(plan, sheets)), office);
    expect(result.quarantined.map((q) => [q.reason, q.value, q.names])).toEqual([['noItemForLevel', 'Treo băng rôn tại trụ sở', undefined]]);
  });

  test('given rows titled as the plan words it, in other words, and by code, only the titled ones are listed, once per title with their rows', async () => {
    const ownWords = banner.title
      .split(' ')
      .filter((w) => w !== 'CCHC')
      .join(' ');
    const sheets = await officeBook([
      {
        name: 'Cong viec',
        header: ['Mã', 'Công việc', 'Tháng', 'Tình trạng', 'Ngày hoàn thành'],
        rows: [
          [null, ownWords, 'Tháng 1', 'Đã thực hiện', '27/01/2018'],
          [null, ownWords, 'Tháng 2', 'Đã thực hiện', '25/02/2018'],
          [null, posting.title, 'Tháng 1', 'Đã thực hiện', '20/01/2018'],
          [c1.id, c1.title, 'Tháng 1', 'Đã thực hiện', '20/01/2018'],
        ],
      },
    ]);
    const result = adopt(sheets);
    expect(result.takenStanding).toBe(4);
    expect(result.matchedByTitle).toEqual([
      { title: ownWords, item: banner.id, itemTitle: banner.title, how: 'near', rows: 2 },
      { title: posting.title, item: posting.id, itemTitle: posting.title, how: 'exact', rows: 1 },
    ]);
  });
});

describe('a standing or spending table ABOVE the news on one sheet is split off (issue 13, closing note 5)', () => {
  /** One sheet of an office's own, its rows from row 1 (null: a blank row). */
  async function oneSheet(rows: (Row | null)[]): Promise<RawSheet[]> {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Năm 2018');
    rows.forEach((row, i) => {
      if (row !== null) sheet.getRow(1 + i).values = row;
    });
    return readWorkbook(new Uint8Array(await book.xlsx.writeBuffer()));
  }
  const news: (Row | null)[] = [
    ['TIN BÀI'],
    ['Ngày đăng', 'Tên tin bài', 'Hình thức', 'Nơi đăng'],
    ['05/03/2018', 'Hội nghị triển khai CCHC', 'Tin', 'TTĐT'],
    ['12/03/2018', 'Niêm yết TTHC mới', 'Tin', 'TTĐT'],
    ['Tổng số', '2 tin'],
  ];

  it.each([
    ['as many columns as the news header', ['Công việc', 'Quý', 'Tình trạng', 'Ngày hoàn thành']],
    ['more columns than the news header', ['Công việc', 'Quý', 'Tình trạng', 'Ngày hoàn thành', 'Minh chứng', 'Ghi chú']],
  ])('given the standing work with %s above the news, both tables are taken and every row is counted', async (_label, header) => {
    const sheets = await oneSheet([
      ['XÃ THẠNH ĐỨC - THEO DÕI CCHC'],
      ['CÔNG VIỆC THƯỜNG XUYÊN'],
      header,
      [banner.title, 'Quý I', 'Đã hoàn thành', '28/03/2018'],
      [posting.title, 'Quý II', 'Đã hoàn thành', '25/06/2018'],
      null,
      ...news,
    ]);
    const result = adopt(sheets);
    expect(result.quarantined).toEqual([]);
    expect(result.standing.map((row) => [textOf(row[0]), textOf(row[6])])).toEqual([
      [banner.id, 'Từ Năm 2018!4'],
      [posting.id, 'Từ Năm 2018!5'],
    ]);
    expect(result.rows.map((row) => textOf(row[3]))).toEqual(['Hội nghị triển khai CCHC', 'Niêm yết TTHC mới']);
    // every row below the first header is counted: 2 standing, a blank, "TIN BÀI" (title), 2 news and their total
    expect(result.rowsRead).toBe(result.taken + result.quarantined.length + result.skipped.length);
    expect(result.taken).toBe(4);
  });

  test('given a spending table above the news, its row is spending and the news rows are news', async () => {
    const sheets = await oneSheet([['Ngày', 'Nội dung chi', 'Số tiền', 'Nguồn'], ['10/02/2018', 'In tờ rơi', 500000, 'Ngân sách xã'], null, ...news]);
    const result = adopt(sheets);
    expect(result.quarantined).toEqual([]);
    expect(result.spending.map((row) => textOf(row[1]))).toEqual(['In tờ rơi']);
    expect(result.rows.map((row) => textOf(row[3]))).toEqual(['Hội nghị triển khai CCHC', 'Niêm yết TTHC mới']);
    expect(result.rowsRead).toBe(result.taken + result.quarantined.length + result.skipped.length);
  });
});

describe('adopting hidden standing-work and spending rows', () => {
  test('given a hidden row in the standing table and one in the spending table, each is refused as hidden and listed, not copied in as a visible row', async () => {
    const book = new ExcelJS.Workbook();
    const news = book.addWorksheet('Tin bài 2018');
    news.getRow(1).values = ['Ngày đăng', 'Tên tin bài', 'Nơi đăng'];
    news.getRow(2).values = ['05/03/2018', 'Hội nghị triển khai CCHC', 'TTĐT'];
    const work = book.addWorksheet('Việc thường xuyên');
    work.getRow(1).values = ['Công việc', 'Quý', 'Tình trạng', 'Ngày hoàn thành'];
    work.getRow(2).values = [banner.title, 'Quý I', 'Đã hoàn thành', '28/03/2018'];
    work.getRow(3).values = [posting.title, 'Quý II', 'Đã hoàn thành', '25/06/2018'];
    work.getRow(3).hidden = true;
    const money = book.addWorksheet('Chi tiêu');
    money.getRow(1).values = ['Ngày chi', 'Nội dung chi', 'Số tiền', 'Nguồn kinh phí'];
    money.getRow(2).values = ['10/04/2018', 'In tờ rơi', 1500000, 'Ngân sách xã'];
    money.getRow(3).values = ['11/04/2018', 'Bản nháp chưa chi', 900000, 'Ngân sách xã'];
    money.getRow(3).hidden = true;
    const sheets = await readWorkbook(new Uint8Array(await book.xlsx.writeBuffer()));
    const result = adopt(sheets);
    expect(result.standing.map((row) => textOf(row[1]))).toEqual([banner.title]);
    expect(result.spending.map((row) => textOf(row[1]))).toEqual(['In tờ rơi']);
    expect(result.quarantined.filter((q) => q.reason === 'hidden').map((q) => [q.source.sheet, q.source.row, q.value])).toEqual([
      ['Việc thường xuyên', 3, posting.title],
      ['Chi tiêu', 3, 'Bản nháp chưa chi'],
    ]);
    expect(result.rowsRead).toBe(result.taken + result.quarantined.length + result.skipped.length);
  });
});
