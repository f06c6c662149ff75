import { customPeriod } from '../../../src/core/periods';
import { memoryWorkbook } from '../../../src/core/ports/memoryWorkbook';
import { MARKS_SHEET_NAME, type WorkbookReader } from '../../../src/core/ports/workbookPort';
import { checkWorkbook } from '../../../src/core/usecases/checkWorkbook';
import { output } from '../../cli/workbooks';
import { plan, trackerSheets, unitOf } from './books';

describe('checking a workbook (Kiểm tra, cchc validate)', () => {
  it("given a commune's tracker with one correct row, checks every sheet and finds no error", async () => {
    const sheets = await trackerSheets(unitOf('XTD'), [output('2018-05-14', 'Trang TTĐT huyện', 'Tuyên truyền CCHC tại xã')]);
    const result = await checkWorkbook(memoryWorkbook(sheets), { plan, today: '2018-07-01' });
    expect(result.sheets).toBe(sheets.length);
    expect(result.report.counts.error).toBe(0);
  });

  it('given a row whose channel is not in the plan, reports an error on that cell of Tin bài', async () => {
    const sheets = await trackerSheets(unitOf('XTD'), [output('2018-05-14', 'Báo Không Có', 'Tin lạ')]);
    const { report } = await checkWorkbook(memoryWorkbook(sheets), { plan, today: '2018-07-01' });
    const errors = report.issues.filter((issue) => issue.severity === 'error');
    expect(errors.map((issue) => [issue.where.sheet, issue.where.cell])).toContainEqual(['Tin bài', 'B4']);
  });

  it('given a period, warns of a row dated outside it, and keeps the file name on the records', async () => {
    const sheets = await trackerSheets(unitOf('XTD'), [output('2018-09-14', 'Trang TTĐT huyện', 'Tin quý 3')]);
    const plain = await checkWorkbook(memoryWorkbook(sheets), { plan, today: '2018-10-01' });
    const inQ1 = await checkWorkbook(memoryWorkbook(sheets), { plan, today: '2018-10-01', period: customPeriod('2018-01-01', '2018-03-31'), file: 'xa.xlsx' });
    expect(inQ1.report.counts.warning).toBeGreaterThan(plain.report.counts.warning);
    expect(inQ1.report.records.outputs[0]?.source.file).toBe('xa.xlsx');
  });

  it('never reads the sheet where the pane keeps the fills it replaced', async () => {
    const sheets = await trackerSheets(unitOf('XTD'), []);
    const marks = { name: MARKS_SHEET_NAME, values: [['Tin bài', 'A4', 'FFFFFF']], origin: { row: 1, column: 1 } };
    const inner = memoryWorkbook([...sheets, marks]);
    const read: string[] = [];
    const spy: WorkbookReader = { listSheets: () => inner.listSheets(), readSheet: (name) => (read.push(name), inner.readSheet(name)) };
    const result = await checkWorkbook(spy, { plan, today: '2018-07-01' });
    expect(read).not.toContain(MARKS_SHEET_NAME);
    expect(result.sheets).toBe(sheets.length);
  });
});
