import ExcelJS from 'exceljs';
import { applyAdoption } from '../../../src/core/adopt/applyAdoption';
import { applyMappingFile, proposalToMappingFile } from '../../../src/core/adopt/mappingFile';
import { proposeAdoption } from '../../../src/core/adopt/proposeAdoption';
import type { CellValue } from '../../../src/core/layout/types';
import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import type { RawSheet } from '../../../src/core/ports/workbookPort';
import { readWorkbook } from '../../../src/xlsx/readWorkbook';

const plan = GO_DAU_116;
const thanhDuc = plan.units.find((u) => u.code === 'XTD')!;
const banner = plan.standingItems[0]!;
const guide = plan.standingItems.find((s) => s.id === 'III.2.c1')!;
const ownWords = banner.title
  .split(' ')
  .filter((w) => w !== 'CCHC')
  .join(' ');

/** An office's own workbook: news, its monthly work in its own words (one title naming no plan item) and its spending, each on its own sheet. */
async function officeBook(): Promise<RawSheet[]> {
  const book = new ExcelJS.Workbook();
  const news = book.addWorksheet('Tin bài');
  news.getRow(1).values = ['Ngày đăng', 'Tên tin bài', 'Nơi đăng'];
  news.getRow(2).values = ['05/03/2018', 'Hội nghị triển khai CCHC', 'TTĐT'];
  const work = book.addWorksheet('Cong viec');
  work.getRow(1).values = ['Công việc', 'Tháng', 'Tình trạng', 'Ngày hoàn thành'];
  work.getRow(2).values = [ownWords, 'Tháng 1', 'Đã thực hiện', '27/01/2018'];
  work.getRow(3).values = [ownWords, 'Tháng 2', 'Đã thực hiện', '25/02/2018'];
  work.getRow(4).values = ['Bảng hướng dẫn làm hồ sơ', 'Tháng 2', 'Đã thực hiện', '26/02/2018'];
  const spending = book.addWorksheet('Kinh phi');
  spending.getRow(1).values = ['Ngày', 'Nội dung chi', 'Số tiền', 'Nguồn', 'Ghi chú'];
  spending.getRow(2).values = ['10/03/2018', 'In tờ rơi', 500000, 'Ngân sách xã', 'Đã thanh toán'];
  return readWorkbook(new Uint8Array(await book.xlsx.writeBuffer()));
}

const textOf = (cell: CellValue | undefined): string => (cell?.kind === 'text' ? cell.text : cell?.kind === 'date' ? cell.iso : '');

describe('the mapping file lists and applies the standing-items and spending tables (issue 13, closing note 5)', () => {
  let sheets: RawSheet[];
  beforeAll(async () => {
    sheets = await officeBook();
  });

  test('given an office tracker, --write-map lists each table by its sheet with its header row and fields, and each title typed without a code with its item', () => {
    const file = proposalToMappingFile(proposeAdoption(plan, sheets, [], thanhDuc));
    expect(file.standing).toEqual({ 'Cong viec': { headerRow: 1, columns: { A: 'title', B: 'period', C: 'state', D: 'dateDone' } } });
    expect(file.spending).toEqual({ 'Kinh phi': { headerRow: 1, columns: { A: 'date', B: 'content', C: 'amount', D: 'fundingSource', E: 'note' } } });
    expect(file.items).toEqual({ [ownWords]: banner.id, 'Bảng hướng dẫn làm hồ sơ': null });
  });

  test('given the map written and passed back untouched, the rows are read as without a map', () => {
    const proposal = proposeAdoption(plan, sheets, [], thanhDuc);
    const { mapping, issues } = applyMappingFile(plan, proposal, JSON.parse(JSON.stringify(proposalToMappingFile(proposal))));
    expect(issues).toEqual([]);
    const result = applyAdoption(plan, sheets, mapping, thanhDuc);
    expect(result.matchedByTitle.map((m) => [m.item, m.how, m.rows])).toEqual([[banner.id, 'near', 2]]);
    expect(result.quarantined.map((q) => [q.reason, q.value])).toEqual([['unknownItem', 'Bảng hướng dẫn làm hồ sơ']]);
  });

  test("given a refused title given its item and a column taken away in the map, the title's rows are taken as that item and the column is not read", () => {
    const proposal = proposeAdoption(plan, sheets, [], thanhDuc);
    const file = proposalToMappingFile(proposal);
    const { mapping, issues } = applyMappingFile(plan, proposal, {
      ...file,
      items: { ...file.items, 'Bảng hướng dẫn làm hồ sơ': guide.id },
      standing: { 'Cong viec': { headerRow: 1, columns: { D: null } } },
      spending: { 'Kinh phi': { columns: { E: null } } },
    });
    expect(issues).toEqual([]);
    const result = applyAdoption(plan, sheets, mapping, thanhDuc);
    expect(result.quarantined).toEqual([]);
    expect(result.standing.map((row) => [textOf(row[0]), textOf(row[4])])).toEqual([
      [banner.id, ''],
      [banner.id, ''],
      [guide.id, ''],
    ]);
    expect(result.matchedByTitle.find((m) => m.item === guide.id)).toEqual({
      title: 'Bảng hướng dẫn làm hồ sơ',
      item: guide.id,
      itemTitle: guide.title,
      how: 'map',
      rows: 1,
    });
    expect(result.spending.map((row) => textOf(row[5]))).toEqual(['Từ Kinh phi!2']);
  });

  test('given an item code the plan lacks, a field the table has not or a table not in the workbook, each is an error naming it', () => {
    const proposal = proposeAdoption(plan, sheets, [], thanhDuc);
    const { issues } = applyMappingFile(plan, proposal, {
      items: { [ownWords]: '9.z' },
      standing: { 'Cong viec': { columns: { B: 'channel' } } },
      spending: { 'Không có': { columns: { A: 'date' } } },
    });
    expect(issues.map((i) => [i.code, i.params?.value])).toEqual([
      ['adopt.map.unknownField', 'channel'],
      ['adopt.map.unknownSheet', 'Không có'],
      ['plan.reference.unknownItem', '9.z'],
    ]);
  });
});
