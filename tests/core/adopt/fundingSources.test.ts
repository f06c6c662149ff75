import ExcelJS from 'exceljs';
import { applyAdoption } from '../../../src/core/adopt/applyAdoption';
import { applyMappingFile, proposalToMappingFile } from '../../../src/core/adopt/mappingFile';
import { acceptProposal, proposeAdoption } from '../../../src/core/adopt/proposeAdoption';
import { fundingRenameLines } from '../../../src/core/adopt/titleMatches';
import { t } from '../../../src/core/i18n/format';
import type { CellValue } from '../../../src/core/layout/types';
import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import type { RawSheet } from '../../../src/core/ports/workbookPort';
import { readWorkbook } from '../../../src/xlsx/readWorkbook';

const plan = GO_DAU_116;
const thanhDuc = plan.units.find((u) => u.code === 'XTD') ?? plan.units[0]!;

/** An office's tracker: a news sheet and a spending sheet whose funding source is the plan's in other words. */
async function officeBook(source: string): Promise<RawSheet[]> {
  const book = new ExcelJS.Workbook();
  const news = book.addWorksheet('Tin bài');
  news.getRow(1).values = ['STT', 'Ngày đăng', 'Tên tin bài', 'Nơi đăng'];
  news.getRow(2).values = [1, '05/03/2018', 'Hội nghị triển khai CCHC', 'TTĐT'];
  const spending = book.addWorksheet('Chi tiêu');
  spending.getRow(1).values = ['Ngày', 'Nội dung chi', 'Số tiền', 'Nguồn kinh phí'];
  spending.getRow(2).values = ['10/03/2018', 'In tờ rơi', 1500000, source];
  spending.getRow(3).values = ['20/03/2018', 'Pa nô', 1000000, source];
  return readWorkbook(new Uint8Array(await book.xlsx.writeBuffer()));
}

const textOf = (cell: CellValue | undefined): string => (cell?.kind === 'text' ? cell.text : '');

describe('adopting spending whose funding source is typed otherwise than the plan names it (try13j defect 3)', () => {
  it('given "Ngân sách xã", proposes the one plan source validate suggests, writes its name and says so', async () => {
    const sheets = await officeBook('Ngân sách xã');
    const proposal = proposeAdoption(plan, sheets, [], thanhDuc);
    expect(proposal.fundingSources).toEqual([{ label: 'Ngân sách xã', rows: 2, code: 'NS-XA' }]);
    const result = applyAdoption(plan, sheets, acceptProposal(proposal), thanhDuc);
    expect(result.spending.map((row) => textOf(row[3]))).toEqual(['Ngân sách UBND xã, thị trấn', 'Ngân sách UBND xã, thị trấn']);
    expect(result.fundingRenamed).toEqual([{ typed: 'Ngân sách xã', name: 'Ngân sách UBND xã, thị trấn', rows: 2, how: 'near' }]);
    const [line] = fundingRenameLines(result.fundingRenamed, 'vi');
    expect(line === undefined ? '' : t(line.key, line.params, 'vi')).toContain('«Ngân sách xã» → «Ngân sách UBND xã, thị trấn» (2 dòng)');
  });

  it("given the plan's own name, writes it and says nothing", async () => {
    const sheets = await officeBook('Ngân sách UBND xã, thị trấn');
    const result = applyAdoption(plan, sheets, acceptProposal(proposeAdoption(plan, sheets, [], thanhDuc)), thanhDuc);
    expect(result.spending.map((row) => textOf(row[3]))).toEqual(['Ngân sách UBND xã, thị trấn', 'Ngân sách UBND xã, thị trấn']);
    expect(result.fundingRenamed).toEqual([]);
  });

  it('writes the proposal to the mapping file\'s "fundingSources", and the officer\'s null there keeps the text as typed', async () => {
    const sheets = await officeBook('Ngân sách xã');
    const proposal = proposeAdoption(plan, sheets, [], thanhDuc);
    expect(proposalToMappingFile(proposal).fundingSources).toEqual({ 'Ngân sách xã': 'NS-XA' });
    const { mapping, issues } = applyMappingFile(plan, proposal, { fundingSources: { 'Ngân sách xã': null } });
    expect(issues).toEqual([]);
    const result = applyAdoption(plan, sheets, mapping, thanhDuc);
    expect(result.spending.map((row) => textOf(row[3]))).toEqual(['Ngân sách xã', 'Ngân sách xã']);
    expect(result.fundingRenamed).toEqual([]);
  });

  it('given a source no plan name is near, the mapping file names the plan source by its code or name, and refuses one the plan lacks', async () => {
    const sheets = await officeBook('Quỹ vận động');
    const proposal = proposeAdoption(plan, sheets, [], thanhDuc);
    expect(proposal.fundingSources).toEqual([{ label: 'Quỹ vận động', rows: 2, code: null }]);
    const byName = applyMappingFile(plan, proposal, { fundingSources: { 'quỹ vận động': 'Kinh phí CCHC cấp huyện' } });
    expect(applyAdoption(plan, sheets, byName.mapping, thanhDuc).spending.map((row) => textOf(row[3]))).toEqual([
      'Kinh phí CCHC cấp huyện',
      'Kinh phí CCHC cấp huyện',
    ]);
    const renamed = applyAdoption(plan, sheets, byName.mapping, thanhDuc).fundingRenamed;
    expect(renamed).toEqual([{ typed: 'Quỹ vận động', name: 'Kinh phí CCHC cấp huyện', rows: 2, how: 'map' }]);
    // The mapping file chose it: said as the file's choice, not as the add-in's nearest name (try13l defect 8).
    const said = fundingRenameLines(renamed, 'vi').map((line) => t(line.key, line.params, 'vi'));
    expect(said).toEqual(['Nguồn kinh phí ghi khác tên trong kế hoạch, đã ghi theo tệp ghép: «Quỹ vận động» → «Kinh phí CCHC cấp huyện» (2 dòng)']);
    const unknown = applyMappingFile(plan, proposal, { fundingSources: { 'Quỹ vận động': 'QUY' } });
    expect(unknown.issues.map((i) => [i.code, i.params])).toEqual([['adopt.map.unknownFundingSource', { value: 'QUY' }]]);
  });
});
