import ExcelJS from 'exceljs';
import { consolidate } from '../../../src/core/consolidate/consolidate';
import { periodFor } from '../../../src/core/periods';
import type { RawSheet } from '../../../src/core/ports/workbookPort';
import { readWorkbook } from '../../../src/xlsx/readWorkbook';
import { d, plan, templateWorkbook, validate } from './support';

/**
 * Hidden Hạng mục and Kinh phí rows follow Tin bài's rule (reader/admit, README): set aside from
 * reports and the consolidation, and said, with the live Tiến độ sheet's caveat in a workbook the
 * add-in made (COUNTIFS/SUMIFS count hidden rows).
 */

/** Xã Thạnh Đức's tracker with two standing rows (4, 5) and two spending rows (4, 5); Excel rows 5 of both sheets hidden. */
const unitTracker = (): Promise<RawSheet[]> =>
  templateWorkbook(
    {
      standing: [
        ['III.2.a', 'Niêm yết', 'Xã Thạnh Đức', 'Đã thực hiện', d('2018-03-01'), 'ảnh', null],
        ['III.2.a', 'Niêm yết (nháp)', 'Xã Thạnh Đức', 'Đã thực hiện', d('2018-03-02'), 'nháp', null],
      ],
      spending: [
        [d('2018-03-10'), 'In tờ rơi', 1_500_000, 'Ngân sách UBND xã, thị trấn', null, null],
        [d('2018-03-11'), 'In pa-nô (nháp)', 9_000_000, 'Ngân sách UBND xã, thị trấn', null, null],
      ],
    },
    {},
    (book) => {
      for (const name of ['Hạng mục', 'Kinh phí']) {
        const sheet = book.getWorksheet(name);
        if (sheet === undefined) throw new Error(`no sheet ${name}`);
        sheet.getRow(5).hidden = true;
      }
    },
  );

/** An office's own spending book (exceljs, as Excel saves it) with its second row hidden: 2.000.000 hidden of 3.000.000. */
async function officeSpending(): Promise<RawSheet[]> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Kinh phi');
  ws.addRow(['KINH PHÍ TUYÊN TRUYỀN CCHC NĂM 2018']);
  ws.addRow([]);
  ws.addRow(['Ngày', 'Nội dung chi', 'Số tiền', 'Nguồn']);
  for (const [day, content, amount] of [
    [5, 'In tờ rơi', 1_000_000],
    [9, 'Thuê xe loa (trùng, đã hủy)', 2_000_000],
  ] as const) {
    const row = ws.addRow([new Date(Date.UTC(2018, 2, day)), content, amount, 'Ngân sách UBND xã, thị trấn']);
    row.getCell(1).numFmt = 'dd/mm/yyyy';
  }
  ws.getRow(5).hidden = true;
  return readWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()));
}

describe('hidden rows in Hạng mục and Kinh phí (issue 13, closing note item 7)', () => {
  it('given a unit tracker with row 5 of Hạng mục and Kinh phí hidden, warns once per sheet that Tiến độ still counts them and sets them aside', async () => {
    const report = validate(await unitTracker());
    const hidden = report.issues.filter((i) => i.code.startsWith('validation.hidden.'));
    expect(hidden.map((i) => [i.code, i.severity, i.where.sheet, i.params['count'], i.params['rows']])).toEqual([
      ['validation.hidden.standingLive', 'warning', 'Hạng mục', 1, '5'],
      ['validation.hidden.spendingLive', 'warning', 'Kinh phí', 1, '5'],
    ]);
    expect(report.records.standing.filter((r) => r.item === 'III.2.a').map((r) => r.dateDone)).toEqual(['2018-03-01']);
    expect(report.records.spending.map((r) => r.amount)).toEqual([1_500_000]);
  });

  it('given an office spending book with a hidden row, warns and the consolidation counts 1.000.000 đồng, not 3.000.000', async () => {
    const sheets = await officeSpending();
    const report = validate(sheets, { file: 'thanh-duc.xlsx', unit: 'XTD' });
    expect(report.issues.filter((i) => i.code.startsWith('validation.hidden.')).map((i) => [i.code, i.where.sheet, i.params['rows']])).toEqual([
      ['validation.hidden.spending', 'Kinh phi', '5'],
    ]);
    const result = consolidate(plan, [{ file: 'thanh-duc.xlsx', lastModified: 0, sheets }], {
      period: periodFor('year', 2018, undefined, plan.periodConvention),
      today: '2018-12-31',
      unitOfFile: new Map([['thanh-duc.xlsx', 'XTD']]),
    });
    expect(result.spending.map((r) => [r.unit, r.amount])).toEqual([['XTD', 1_000_000]]);
  });
});
