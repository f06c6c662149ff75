import { blankSheet, text } from '../../src/core/layout/cells';
import type { WorkbookLayout } from '../../src/core/layout/types';
import { describeExcelError } from '../../src/excel/describeError';
import { SheetProtectedError } from '../../src/excel/errors';
import { portOnHost, removeHost } from './hostPort';

afterEach(removeHost);

const oneSheet = (name: string, value: string): WorkbookLayout => ({
  sheets: [{ ...blankSheet(name), blocks: [{ at: 'A1', rows: [[text(value)]] }] }],
  definedNames: [],
});

// Worksheet.protection.protected (ExcelApi 1.2) and AccessDenied on protected sheets:
// https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotection
describe('a protected sheet', () => {
  test('given a layout replacing a protected sheet, writeSheets refuses before changing anything and says which sheet', async () => {
    const { port, host } = portOnHost({ initialSheets: [{ name: 'Tin bài', values: [['giữ nguyên']], protected: true }, { name: 'Khác' }] });
    host.resetCounters();
    const failure = port.writeSheets(oneSheet('Tin bài', 'mới'));
    await expect(failure).rejects.toBeInstanceOf(SheetProtectedError);
    const error: unknown = await failure.catch((e: unknown) => e);
    expect(describeExcelError(error)).toEqual({ key: 'excel.error.sheetProtected', params: { sheet: 'Tin bài' } });
    expect(host.sheetNames()).toEqual(['Tin bài', 'Khác']);
    expect(host.sheet('Tin bài')?.cell('A1').value).toBe('giữ nguyên');
    expect(host.counters.syncCount).toBe(1);
  });

  test('a protected sheet the layout does not touch does not stop the render', async () => {
    const { port, host } = portOnHost({ initialSheets: [{ name: 'Khóa', protected: true }] });
    await port.writeSheets(oneSheet('Mới', 'x'));
    expect(host.sheet('Mới')?.cell('A1').value).toBe('x');
  });

  test('given marks on a protected sheet, markCells refuses before filling any cell', async () => {
    const { port, host } = portOnHost({
      initialSheets: [
        { name: 'Mở', values: [['a']] },
        { name: 'Khóa', values: [['b']], protected: true },
      ],
    });
    await expect(
      port.markCells([
        { sheet: 'Mở', cell: 'A1', severity: 'error' },
        { sheet: 'Khóa', cell: 'A1', severity: 'error' },
      ]),
    ).rejects.toEqual(new SheetProtectedError('Khóa'));
    expect(host.sheet('Mở')?.cell('A1').fill).toBeNull();
    expect(host.sheetNames()).toEqual(['Mở', 'Khóa']);
  });

  test('given marks left on a sheet protected since, clearMarks refuses and keeps the marks to clear later', async () => {
    const { port, host } = portOnHost({ initialSheets: [{ name: 'Sổ', values: [['a']] }] });
    await port.markCells([{ sheet: 'Sổ', cell: 'A1', severity: 'warning' }]);
    host.setProtected('Sổ', true);
    await expect(port.clearMarks()).rejects.toBeInstanceOf(SheetProtectedError);
    host.setProtected('Sổ', false);
    await expect(port.clearMarks()).resolves.toBe(1);
    expect(host.sheet('Sổ')?.cell('A1').fill).toBeNull();
  });
});

// Excel.RunOptions.delayForCellEdit: https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-delay-in-cell-edit
describe('the officer typing in a cell', () => {
  test('a port call waits until the officer leaves the cell, then completes', async () => {
    const { port, host } = portOnHost({ initialSheets: [{ name: 'Sổ', values: [['a']] }] });
    host.setCellEditing(true);
    let done = false;
    const reading = port.readSheet('Sổ').then((sheet) => {
      done = true;
      return sheet;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).toBe(false);
    host.setCellEditing(false);
    await expect(reading).resolves.toMatchObject({ values: [['a']] });
  });

  test('without the option Excel fails the batch, and the message asks to finish the cell', async () => {
    const { host } = portOnHost();
    host.setCellEditing(true);
    const failure: unknown = await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['x']];
      await context.sync();
    }).catch((e: unknown) => e);
    expect(describeExcelError(failure)).toEqual({ key: 'excel.error.cellEditMode', params: {} });
    expect(host.sheet('Sheet1')?.cell('A1').value).toBe('');
  });
});

// Text Excel would turn into a date, number or error when written through `values`
// ("Set and get date values", https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-dates;
// Range.valueTypes, https://learn.microsoft.com/javascript/api/excel/excel.rangevaluetype).
describe("the officer's text stays text", () => {
  test.each(['2018-03-05', '1/2', '007', '1e5', '1,000', '10:30', '#N/A', '#div/0!'])(
    'given "%s" as text, it is written and read back as that text',
    async (value) => {
      const { port, host } = portOnHost();
      await port.writeSheets(oneSheet('T', value));
      const cell = host.sheet('T')?.cell('A1');
      expect(cell?.value).toBe(value);
      expect(cell?.error).toBe(false);
      expect(cell?.numberFormat).toBe('@');
      expect((await port.readSheet('T'))?.values).toEqual([[value]]);
    },
  );
});
