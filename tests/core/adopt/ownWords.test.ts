import ExcelJS from 'exceljs';
import { applyAdoption } from '../../../src/core/adopt/applyAdoption';
import { applyMappingFile, proposalToMappingFile } from '../../../src/core/adopt/mappingFile';
import { acceptProposal, proposeAdoption } from '../../../src/core/adopt/proposeAdoption';
import type { CellValue } from '../../../src/core/layout/types';
import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import type { RawSheet } from '../../../src/core/ports/workbookPort';
import { readWorkbook } from '../../../src/xlsx/readWorkbook';

/**
 * The ninth tester's ấp trackers (issue 13): standing work on its own sheet headed in the ấp's words,
 * state words the ấp uses, and a spending table whose content column is headed "Khoản chi".
 */

const plan = GO_DAU_116;
const thanhDuc = plan.units.find((u) => u.code === 'XTD')!;
const banner = plan.standingItems.find((s) => s.appliesTo.includes(thanhDuc.level))!;

async function book(stateHeader: string, states: readonly string[], dateHeader = 'Ngày thực hiện'): Promise<RawSheet[]> {
  const wb = new ExcelJS.Workbook();
  const news = wb.addWorksheet('Tin loa');
  news.getRow(1).values = ['TT', 'Ngày', 'Nơi đăng', 'Tên tin bài'];
  news.getRow(2).values = [1, '05/03/2018', 'TTĐT', 'Hội nghị triển khai CCHC'];
  const work = wb.addWorksheet('Việc thường xuyên');
  work.getRow(1).values = ['CÔNG VIỆC THƯỜNG XUYÊN'];
  work.getRow(2).values = ['TT', 'Công việc', dateHeader, stateHeader, 'Ghi chú'];
  states.forEach((state, i) => {
    work.getRow(3 + i).values = [i + 1, banner.title, `0${i + 1}/04/2018`, state];
  });
  const spending = wb.addWorksheet('Chi tiêu');
  spending.getRow(1).values = ['Ngày chi', 'Khoản chi', 'Thành tiền', 'Nguồn'];
  spending.getRow(2).values = ['14/03/2018', 'In pa-nô bảng tin CCHC', 1800000, 'Ngân sách xã'];
  spending.getRow(3).values = ['02/08/2018', null, 2200000, 'Ngân sách xã'];
  return readWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()));
}

const textOf = (cell: CellValue | undefined): string => (cell?.kind === 'text' ? cell.text : cell?.kind === 'date' ? cell.iso : '');

describe("adopting an ấp's own tracker in its own words (issue 13, ninth tester)", () => {
  test('given standing work headed "TT | Công việc | Ngày thực hiện | Tình hình | Ghi chú" on its own sheet, it is read as standing work, not news', async () => {
    const sheets = await book('Tình hình', ['Hoàn thành', 'Hoàn thành']);
    const proposal = proposeAdoption(plan, sheets, [], thanhDuc);
    expect(proposal.sheets.map((s) => s.sheet)).toEqual(['Tin loa']);
    expect(proposalToMappingFile(proposal).standing).toEqual({
      'Việc thường xuyên': { headerRow: 2, columns: { A: null, B: 'title', C: 'dateDone', D: 'state', E: 'note' } },
    });
    const result = applyAdoption(plan, sheets, acceptProposal(proposal), thanhDuc);
    expect(result.quarantined).toEqual([]);
    expect(result.standing.map((row) => [textOf(row[0]), textOf(row[3]), textOf(row[4])])).toEqual([
      [banner.id, 'Đã thực hiện', '2018-04-01'],
      [banner.id, 'Đã thực hiện', '2018-04-02'],
    ]);
  });

  test("given the state words an office types, adopt writes the template's word; a word still unread is kept and said with its rows", async () => {
    const sheets = await book('Tình trạng', ['Đã xong', 'Xong', 'Đã làm', 'Chưa xong', 'Chưa làm', 'Tạm dừng', 'tạm dừng']);
    const result = applyAdoption(plan, sheets, acceptProposal(proposeAdoption(plan, sheets, [], thanhDuc)), thanhDuc);
    expect(result.standing.map((row) => textOf(row[3]))).toEqual([
      'Đã thực hiện',
      'Đã thực hiện',
      'Đã thực hiện',
      'Đang thực hiện',
      'Chưa thực hiện',
      'Tạm dừng',
      'tạm dừng',
    ]);
    expect(result.unreadStates).toEqual([{ value: 'Tạm dừng', rows: 2, first: { sheet: 'Việc thường xuyên', row: 8 } }]);
  });

  test('given a spending table headed "Khoản chi", its content is taken; a row with no content is taken with its amount and said', async () => {
    const sheets = await book('Tình trạng', ['Đã xong']);
    const proposal = proposeAdoption(plan, sheets, [], thanhDuc);
    expect(proposalToMappingFile(proposal).spending).toEqual({
      'Chi tiêu': { headerRow: 1, columns: { A: 'date', B: 'content', C: 'amount', D: 'fundingSource' } },
    });
    const result = applyAdoption(plan, sheets, acceptProposal(proposal), thanhDuc);
    expect(result.spending.map((row) => [textOf(row[1]), row[2]?.kind === 'number' ? row[2].value : null])).toEqual([
      ['In pa-nô bảng tin CCHC', 1800000],
      ['', 2200000],
    ]);
    expect(result.blankContent).toEqual([{ sheet: 'Chi tiêu', row: 3 }]);
  });

  test('given a standing sheet the reader does not know as such, moving it to "standing" in the map reads its rows as standing work, not as news refused', async () => {
    // "Thời điểm" is no completion-date header: under "Ngày thực hiện" the table is standing work without a state column (standing13).
    const sheets = await book('Đánh giá', ['Đã xong', 'Đã xong'], 'Thời điểm');
    const proposal = proposeAdoption(plan, sheets, [], thanhDuc);
    expect(proposal.otherTables?.some((t) => t.kind === 'standing')).toBe(false);
    const { mapping, issues } = applyMappingFile(plan, proposal, {
      standing: { 'Việc thường xuyên': { headerRow: 2, columns: { A: null, B: 'title', C: 'dateDone', D: 'state', E: 'note' } } },
    });
    expect(issues).toEqual([]);
    expect(mapping.sheets.map((s) => s.sheet)).toEqual(['Tin loa']);
    const result = applyAdoption(plan, sheets, mapping, thanhDuc);
    expect(result.quarantined).toEqual([]);
    expect(result.standing.map((row) => [textOf(row[0]), textOf(row[3])])).toEqual([
      [banner.id, 'Đã thực hiện'],
      [banner.id, 'Đã thực hiện'],
    ]);
  });

  test('given a sheet the workbook does not have under "standing", the map is refused naming it', async () => {
    const sheets = await book('Tình hình', ['Đã xong']);
    const proposal = proposeAdoption(plan, sheets, [], thanhDuc);
    const { issues } = applyMappingFile(plan, proposal, { standing: { 'Không có': { headerRow: 2, columns: { B: 'title' } } } });
    expect(issues.map((i) => [i.code, i.params?.value])).toEqual([['adopt.map.unknownSheet', 'Không có']]);
  });
});
