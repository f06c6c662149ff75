import ExcelJS from 'exceljs';
import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import type { Plan } from '../../../src/core/plan/types';
import type { RawCell, RawSheet } from '../../../src/core/ports/workbookPort';
import type { ValidationReport } from '../../../src/core/validation';
import { readWorkbook } from '../../../src/xlsx/readWorkbook';
import { d, templateWorkbook, validate } from './support';

/**
 * Two done rows of a quarterly item in one quarter's window, one without "Kỳ", and nothing for the
 * quarter before: the earlier row may be that quarter's late update (issue 13, closing note item 4).
 * 116/KH-UBND under Nghị định 09: Q1 runs to 14/03/2018, Q2 from 15/03 to 14/06.
 */
const quarterly: Plan = {
  ...GO_DAU_116,
  standingItems: GO_DAU_116.standingItems.map((s) => (s.id === 'III.1.f' ? { ...s, recurrence: 'quarter' as const } : s)),
};

const done = (on: string, period: string | null = null): RawCell[] => ['III.1.f', 'Băng rôn', 'Xã Thạnh Đức', 'Đã thực hiện', d(on), 'ảnh', null, period];

const sameWindow = (report: ValidationReport): [string | undefined, unknown, unknown, unknown, unknown][] =>
  report.issues
    .filter((i) => i.code === 'validation.standing.sameWindow')
    .map((i) => [i.where.cell, i.params['window'], i.params['dates'], i.params['previous'], i.params['count']]);

async function check(rows: RawCell[][]): Promise<ValidationReport> {
  return validate(await templateWorkbook({ standing: rows }, { plan: quarterly }), { today: '2018-07-01' }, quarterly);
}

/** A commune's own work log (exceljs) with no Kỳ column: III.1.f done 20/03 and 20/05. */
async function officeLog(): Promise<RawSheet[]> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Cong viec');
  ws.addRow(['CÔNG VIỆC THƯỜNG XUYÊN NĂM 2018']);
  ws.addRow([]);
  ws.addRow(['Mã', 'Nội dung', 'Tình trạng', 'Ngày hoàn thành', 'Minh chứng']);
  for (const day of [20, 5]) {
    const row = ws.addRow(['III.1.f', 'Thay băng rôn', 'Đã thực hiện', new Date(Date.UTC(2018, day === 20 ? 2 : 4, day)), 'ảnh']);
    row.getCell(4).numFmt = 'dd/mm/yyyy';
  }
  return readWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()));
}

describe('a recurring item done twice in one window without Kỳ (issue 13, closing note item 4)', () => {
  it('given III.1.f done 20/03 and 20/05 (both Q2) and nothing in Q1, points at the 20/03 row\'s Kỳ cell naming "Quý I năm 2018"', async () => {
    const report = await check([done('2018-05-20'), done('2018-03-20')]);
    expect(sameWindow(report)).toEqual([['H5', 'quý II năm 2018', '20/03/2018, 20/05/2018', 'Quý I năm 2018', 2]]);
    expect(report.issues.find((i) => i.code === 'validation.standing.sameWindow')?.severity).toBe('warning');
  });

  it('given Q1 done by its own row, or the 20/03 row naming "Quý I năm 2018", says nothing', async () => {
    expect(sameWindow(await check([done('2018-02-01'), done('2018-03-20'), done('2018-05-20')]))).toEqual([]);
    expect(sameWindow(await check([done('2018-03-20', 'Quý I năm 2018'), done('2018-05-20')]))).toEqual([]);
  });

  it('given one row naming Q2 and one without Kỳ dated in Q2, points at the one without Kỳ', async () => {
    expect(sameWindow(await check([done('2018-05-20', 'Quý II năm 2018'), done('2018-04-02')]))).toEqual([
      ['H5', 'quý II năm 2018', '02/04/2018, 20/05/2018', 'Quý I năm 2018', 2],
    ]);
  });

  it("given an office log without a Kỳ column, points at the 20/03 row's date cell", async () => {
    const report = validate(await officeLog(), { file: 'thanh-duc.xlsx', unit: 'XTD', today: '2018-07-01' }, quarterly);
    expect(sameWindow(report)).toEqual([['D4', 'quý II năm 2018', '20/03/2018, 05/05/2018', 'Quý I năm 2018', 2]]);
  });
  it("given rows 20/03, 20/05 and 10/08 without Kỳ (Thanh Hòa, try13i defect 2), says at the 20/03 row that it is Q1's, late, Q2 keeping 20/05, and nothing contradicts it", async () => {
    const report = await check([done('2018-03-20'), done('2018-05-20'), done('2018-08-10')]);
    const said = report.issues.filter((i) => i.code === 'validation.standing.sameWindow');
    expect(said.map((i) => [i.where.cell, i.params['done'], i.params['due'], i.params['own'], i.params['previous']])).toEqual([
      ['H4', '20/03/2018', '14/03/2018', '20/05/2018', 'Quý I năm 2018'],
    ]);
    // The row credited late is said once, by this rule; standing-late neither repeats it nor points at another row.
    expect(
      report.issues.filter((i) => i.code.startsWith('validation.standing.') && i.code !== 'validation.standing.sameWindow').map((i) => [i.code, i.where.cell]),
    ).toEqual([]);
  });
});

describe('three rows without Kỳ in one window and one earlier gap (issue 13, closing5)', () => {
  it('given Q1 empty and Q2 rows of 01/06, 20/03 and 20/05, points at the 20/03 row for Quý I and says Q2 keeps 20/05, as the report credits them', async () => {
    const report = await check([done('2018-06-01'), done('2018-03-20'), done('2018-05-20')]);
    const issues = report.issues.filter((i) => i.code === 'validation.standing.sameWindow');
    expect(issues.map((i) => [i.where.cell, i.params['done'], i.params['previous'], i.params['own'], i.params['count']])).toEqual([
      ['H5', '20/03/2018', 'Quý I năm 2018', '20/05/2018', 3],
    ]);
  });
});
