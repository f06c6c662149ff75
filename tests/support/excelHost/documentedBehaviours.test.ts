import { installStrictExcelHost, type StrictExcelHostHandle } from './index';

/**
 * Behaviours of real Excel that an adapter could get wrong against a lenient mock, each modelled
 * from Microsoft's Office.js documentation (the page is cited on each test).
 */

interface Ctx {
  readonly workbook: Excel.Workbook;
  sync<T>(passThroughValue?: T): Promise<T>;
}
type Run = <R>(batch: (context: Ctx) => Promise<R>) => Promise<R>;
type RunWith = <R>(options: { delayForCellEdit?: boolean }, batch: (context: Ctx) => Promise<R>) => Promise<R>;

function install(options?: Parameters<typeof installStrictExcelHost>[1]): { handle: StrictExcelHostHandle; run: Run; runWith: RunWith } {
  const target: { Excel?: { run: (a: unknown, b?: unknown) => Promise<unknown> } } = {};
  const handle = installStrictExcelHost(target, options);
  const excel = target.Excel;
  if (!excel) throw new Error('host not installed');
  return {
    handle,
    run: (batch) => excel.run(batch) as never,
    runWith: (runOptions, batch) => excel.run(runOptions, batch) as never,
  };
}

function sheet1(context: Ctx): Excel.Worksheet {
  return context.workbook.worksheets.getItem('Sheet1');
}

describe('error values (Range.valueTypes, https://learn.microsoft.com/javascript/api/excel/excel.rangevaluetype)', () => {
  test('an error value reads as its text in values and as Error in valueTypes; text "#N/A" in a Text cell stays text', async () => {
    const { run } = install({ initialSheets: [{ name: 'Sheet1', errors: { A1: '#N/A' } }], formulaValue: () => ({ error: '#DIV/0!' }) });
    await run(async (context) => {
      const ws = sheet1(context);
      ws.getRange('B1').formulas = [['=1/0']];
      ws.getRange('C1').values = [['#REF!']];
      ws.getRange('D1').numberFormat = [['@']];
      ws.getRange('D1').values = [['#N/A']];
      const range = ws.getRange('A1:E1').load('values,valueTypes');
      await context.sync();
      expect(range.values).toEqual([['#N/A', '#DIV/0!', '#REF!', '#N/A', '']]);
      expect(range.valueTypes).toEqual([['Error', 'Error', 'Error', 'String', 'Empty']]);
    });
  });
});

describe('text typed through values (Set and get date values, https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-dates)', () => {
  const year = new Date().getUTCFullYear();
  const jan2 = Math.round((Date.UTC(year, 0, 2) - Date.UTC(1899, 11, 30)) / 86400000);
  test.each([
    ['an ISO date', '2018-03-05', 43164],
    ['month/day, this year', '1/2', jan2],
    ['m/d/yy', '3/5/18', 43164],
    ['a number with leading zeros', '007', 7],
    ['an exponent', '1e5', 100000],
    ['a thousands separator', '1,000', 1000],
    ['a time', '10:30', 0.4375],
  ])('%s ("%s") becomes a number unless the cell is Text', async (_label, input, expected) => {
    const { run } = install();
    await run(async (context) => {
      const ws = sheet1(context);
      ws.getRange('A1').values = [[input]];
      ws.getRange('B1').numberFormat = [['@']];
      ws.getRange('B1').values = [[input]];
      const range = ws.getRange('A1:B1').load('values,valueTypes');
      await context.sync();
      expect(range.values).toEqual([[expected, input]]);
      expect(range.valueTypes).toEqual([['Double', 'String']]);
    });
  });
});

describe('Range.clear scopes (Excel.ClearApplyTo, https://learn.microsoft.com/javascript/api/excel/excel.clearapplyto)', () => {
  async function cleared(
    scope: 'All' | 'Formats' | 'Contents' | 'Hyperlinks',
  ): Promise<{ value: unknown; bold: boolean; numberFormat: string; hyperlink: string | null }> {
    const { run, handle } = install({ initialSheets: [{ name: 'Sheet1', links: { A1: 'https://tayninh.gov.vn/tin/1' } }] });
    await run(async (context) => {
      const range = sheet1(context).getRange('A1');
      range.numberFormat = [['@']];
      range.values = [['Tin 1']];
      range.format.font.bold = true;
      await context.sync();
      range.clear(scope);
      await context.sync();
    });
    const cell = handle.sheet('Sheet1')?.cell('A1');
    if (!cell) throw new Error('no cell');
    return { value: cell.value, bold: cell.bold, numberFormat: cell.numberFormat, hyperlink: cell.hyperlink };
  }

  test.each([
    ['All', { value: '', bold: false, numberFormat: 'General', hyperlink: null }],
    ['Formats', { value: 'Tin 1', bold: false, numberFormat: 'General', hyperlink: 'https://tayninh.gov.vn/tin/1' }],
    ['Contents', { value: '', bold: true, numberFormat: '@', hyperlink: 'https://tayninh.gov.vn/tin/1' }],
    ['Hyperlinks', { value: 'Tin 1', bold: true, numberFormat: '@', hyperlink: null }],
  ] as const)('clear(%s)', async (scope, expected) => {
    await expect(cleared(scope)).resolves.toEqual(expected);
  });
});

describe('protected sheets (Excel.WorksheetProtection, https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotection)', () => {
  test('writing cells or formats fails with AccessDenied; protection.protected must be loaded; rename and unprotect work', async () => {
    const { run, handle } = install({ initialSheets: [{ name: 'Sheet1', values: [['giữ']], protected: true }] });
    await run(async (context) => {
      const ws = sheet1(context);
      const protection = ws.protection;
      expect(() => protection.protected).toThrow(/not available/);
      protection.load('protected');
      await context.sync();
      expect(protection.protected).toBe(true);
      ws.getRange('A1').values = [['đổi']];
      await expect(context.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
      ws.getRange('A1').format.fill.color = '#FF0000';
      await expect(context.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
      ws.name = 'Đổi tên';
      ws.protection.unprotect();
      ws.getRange('A1').values = [['đổi']];
      await context.sync();
    });
    expect(handle.sheet('Đổi tên')?.cell('A1').value).toBe('đổi');
  });
});

describe('cell-edit mode (Excel.RunOptions.delayForCellEdit, https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-delay-in-cell-edit)', () => {
  test('without delayForCellEdit the batch fails; with it, the batch waits until the officer leaves the cell', async () => {
    const { run, runWith, handle } = install();
    handle.setCellEditing(true);
    await expect(
      run(async (context) => {
        sheet1(context).getRange('A1').values = [['x']];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
    let finished = false;
    const waiting = runWith({ delayForCellEdit: true }, async (context) => {
      sheet1(context).getRange('A1').values = [['y']];
      await context.sync();
      finished = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(finished).toBe(false);
    expect(handle.sheet('Sheet1')?.cell('A1').value).toBe('');
    handle.setCellEditing(false);
    await waiting;
    expect(handle.sheet('Sheet1')?.cell('A1').value).toBe('y');
  });
});

describe('special cells and used ranges of a range (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-special-cells)', () => {
  test('getSpecialCells gives RangeAreas; none found is ItemNotFound, or a null object with the OrNullObject form', async () => {
    const { run } = install({
      initialSheets: [
        {
          name: 'Sheet1',
          values: [
            ['a', 'b'],
            ['', 'c'],
          ],
          hiddenRows: [3, 4],
        },
      ],
    });
    await run(async (context) => {
      const ws = sheet1(context);
      const constants = ws.getRange('A1:D10').getSpecialCells('Constants').load('address,areaCount');
      const visible = ws.getRange('1:6').getSpecialCellsOrNullObject('Visible').load('address');
      const formulas = ws.getRange('A1:D10').getSpecialCellsOrNullObject('Formulas').load('address');
      await context.sync();
      expect(constants.address).toBe('Sheet1!A1:B1, Sheet1!B2');
      expect(constants.areaCount).toBe(2);
      expect(visible.address).toBe('Sheet1!A1:XFD2, Sheet1!A5:XFD6');
      expect(formulas.isNullObject).toBe(true);
      ws.getRange('A1:D10').getSpecialCells('Formulas');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
  });

  test('getMergedAreasOrNullObject needs ExcelApi 1.13', async () => {
    const { run } = install();
    await run(async (context) => {
      expect(() => sheet1(context).getRange('A1:B2').getMergedAreasOrNullObject()).toThrow(expect.objectContaining({ code: 'ApiNotFound' }) as Error);
      await context.sync();
    });
  });

  test('Range.getUsedRangeOrNullObject gives the used part of the range only', async () => {
    const { run, handle } = install({ initialSheets: [{ name: 'Sheet1', values: [['a', 'b']] }] });
    handle.seed('Sheet1', 'Z500', [['xa']]);
    await run(async (context) => {
      const ws = sheet1(context);
      const top = ws.getRange('A1:Z100').getUsedRangeOrNullObject(true).load('address');
      const empty = ws.getRange('C200:D300').getUsedRangeOrNullObject(true).load('address');
      await context.sync();
      expect(top.address).toBe('Sheet1!A1:B1');
      expect(empty.isNullObject).toBe(true);
    });
  });
});
