import { installStrictExcelHost, type StrictExcelHostHandle } from './index';

/**
 * The host is only useful if it is as strict as Excel, so its strictness is tested here: every
 * behaviour an adapter could get wrong without noticing against a lenient mock.
 */

interface Ctx {
  readonly workbook: Excel.Workbook;
  sync<T>(passThroughValue?: T): Promise<T>;
}

function install(options?: Parameters<typeof installStrictExcelHost>[1]): {
  handle: StrictExcelHostHandle;
  run: <R>(batch: (context: Ctx) => Promise<R>) => Promise<R>;
} {
  const target: { Excel?: { run: <R>(batch: (context: Ctx) => Promise<R>) => Promise<R> } } = {};
  const handle = installStrictExcelHost(target, options);
  const excel = target.Excel;
  if (!excel) throw new Error('host not installed');
  return { handle, run: (batch) => excel.run(batch) };
}

describe('strict Excel host', () => {
  test('reading a property that was not loaded throws PropertyNotLoaded', async () => {
    const { run } = install();
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      expect(() => range.values).toThrow(/not available/);
      range.load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }) as Error);
      await context.sync();
      expect(range.values).toEqual([['']]);
      expect(() => range.numberFormat).toThrow(/not available/);
    });
  });

  test('queued writes apply only at sync', async () => {
    const { run, handle } = install();
    await run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1:B1').values = [[1, 'x']];
      expect(handle.sheet('Sheet1')?.values('A1:B1')).toEqual([['', '']]);
      await context.sync();
      expect(handle.sheet('Sheet1')?.values('A1:B1')).toEqual([[1, 'x']]);
    });
    expect(handle.counters.syncCount).toBe(1);
  });

  test('getItem of a missing sheet fails at sync, not when called', async () => {
    const { run } = install();
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Nope');
      sheet.getRange('A1').values = [[1]];
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
  });

  test('getItemOrNullObject reports isNullObject after load and sync', async () => {
    const { run } = install();
    await run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Nope');
      const present = context.workbook.worksheets.getItemOrNullObject('Sheet1');
      missing.load('name');
      present.load('name');
      expect(() => missing.isNullObject).toThrow(/not available/);
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      expect(present.name).toBe('Sheet1');
    });
  });

  test.each([['a'.repeat(32)], ['a/b'], ['a?'], ['x*'], ['[x]'], ['a:b'], ['a\\b']])('sheet name %s is rejected', async (name) => {
    const { run, handle } = install();
    await run(async (context) => {
      context.workbook.worksheets.add(name);
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    });
    expect(handle.sheetNames()).toEqual(['Sheet1']);
  });

  test('a values array whose shape does not match the range is rejected', async () => {
    const { run } = install();
    await run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1:B2').values = [[1, 2]];
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    });
  });

  test.each([
    ['=SUM(A2)', null, '=SUM(A2)'],
    ['- ghi chú', null, '=- ghi chú'],
    ['+84 912', null, '=+84 912'],
    ['0123', 123, null],
    ['TRUE', true, null],
    ["'=kept", '=kept', null],
    ['plain', 'plain', null],
  ])('writing %j to values behaves like typing it', async (input, value, formula) => {
    const { run, handle } = install();
    await run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[input]];
      await context.sync();
    });
    expect(handle.sheet('Sheet1')?.cell('A1')).toMatchObject({ value, formula });
  });

  test('a cell formatted as Text keeps a string exactly', async () => {
    const { run, handle } = install();
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B1');
      range.numberFormat = [['@', '@']];
      range.values = [['=SUM(A1)', '- ghi chú']];
      await context.sync();
    });
    expect(handle.sheet('Sheet1')?.values('A1:B1')).toEqual([['=SUM(A1)', '- ghi chú']]);
  });

  test('a request above the limit is refused and nothing of it applies', async () => {
    const { run, handle } = install({ maxRequestBytes: 1000 });
    await run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1:A100').values = Array.from({ length: 100 }, () => ['0123456789']);
      await expect(context.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    });
    expect(handle.sheet('Sheet1')?.usedRange()).toBeNull();
    expect(handle.counters.largestRequestBytes).toBeGreaterThan(1000);
  });

  test('a response above the limit is refused', async () => {
    const { run } = install({ maxRequestBytes: 2000, initialSheets: [{ name: 'S', values: Array.from({ length: 200 }, () => ['0123456789']) }] });
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem('S').getRange('A1:A200').load('values');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
      expect(() => range.values).toThrow(/not available/);
    });
  });

  test('the last visible sheet cannot be deleted or hidden', async () => {
    const { run } = install({ initialSheets: [{ name: 'A' }, { name: 'B', visibility: 'Hidden' }] });
    await run(async (context) => {
      context.workbook.worksheets.getItem('A').delete();
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
      context.workbook.worksheets.getItem('A').visibility = 'Hidden';
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
    });
  });

  test('objects resolve in queue order, so a sheet renamed earlier in the batch is found by its new name', async () => {
    const { run, handle } = install();
    await run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').name = 'Renamed';
      context.workbook.worksheets.getItem('Renamed').getRange('A1').values = [['ok']];
      const added = context.workbook.worksheets.add('New');
      added.position = 0;
      await context.sync();
    });
    expect(handle.sheetNames()).toEqual(['New', 'Renamed']);
    expect(handle.sheet('Renamed')?.cell('A1').value).toBe('ok');
  });

  test('collections load their items with the requested properties only', async () => {
    const { run } = install({ initialSheets: [{ name: 'A' }, { name: 'B' }] });
    await run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name');
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(['A', 'B']);
      expect(() => sheets.items[0]?.visibility).toThrow(/not available/);
    });
  });

  test('an API beyond the supported requirement set is not there', async () => {
    const { run } = install({ supportedSets: { ExcelApi: '1.7' } });
    await run(async (context) => {
      expect(() => context.workbook.worksheets.getItem('Sheet1').pageLayout).toThrow(expect.objectContaining({ code: 'ApiNotFound' }) as Error);
      await context.sync();
    });
  });

  test('formatting, validation, conditional formats, tables, names, freeze and print land in the model', async () => {
    const { run, handle } = install();
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      const range = sheet.getRange('A1:B3');
      range.values = [
        ['H1', 'H2'],
        [1, 2],
        [3, 4],
      ];
      range.format.font.bold = true;
      range.format.fill.color = '#FFEE00';
      range.format.borders.getItem('InsideHorizontal').style = 'Continuous';
      range.format.columnWidth = 60;
      sheet.getRange('A2:A3').dataValidation.rule = { wholeNumber: { formula1: 0, operator: 'GreaterThanOrEqualTo' } };
      const cf = sheet.getRange('B2:B3').conditionalFormats.add('Custom');
      cf.custom.rule.formula = '=B2>1';
      cf.custom.format.fill.color = '#FF0000';
      const table = sheet.tables.add('A1:B3', true);
      table.name = 'Bang';
      context.workbook.names.add('Vung', '=Sheet1!$A$2:$A$3');
      sheet.freezePanes.freezeRows(1);
      sheet.pageLayout.orientation = 'Landscape';
      sheet.pageLayout.setPrintTitleRows('$1:$1');
      sheet.getRange('B2').select();
      await context.sync();
    });
    const view = handle.sheet('Sheet1');
    expect(view?.cell('B3')).toMatchObject({ bold: true, fill: '#FFEE00' });
    expect(view?.cell('A1').borders.EdgeBottom?.style).toBe('Continuous');
    expect(view?.cell('A3').borders.EdgeBottom).toBeUndefined();
    expect(view?.columnWidth('B')).toBe(60);
    expect(view?.validationAt('A3')?.rule).toEqual({ wholeNumber: { formula1: 0, operator: 'GreaterThanOrEqualTo' } });
    expect(view?.conditionalFormats).toEqual([{ range: 'B2:B3', type: 'Custom', formula: '=B2>1', format: { fill: '#FF0000' } }]);
    expect(view?.tables).toEqual([{ name: 'Bang', range: 'A1:B3', style: 'TableStyleMedium2' }]);
    expect(handle.names()).toEqual([{ name: 'Vung', formula: '=Sheet1!$A$2:$A$3' }]);
    expect(view?.freeze).toEqual({ rows: 1, columns: 0 });
    expect(view?.pageLayout).toMatchObject({ orientation: 'Landscape', printTitleRows: '$1:$1' });
    expect(handle.selection()).toEqual({ sheet: 'Sheet1', address: 'B2' });
  });

  test('Office globals: onReady resolves with Excel and isSetSupported compares versions', async () => {
    const target: { Office?: { onReady(): Promise<{ host: string }>; context: { requirements: { isSetSupported(name: string, v?: string): boolean } } } } = {};
    installStrictExcelHost(target, { supportedSets: { ExcelApi: '1.9' } });
    await expect(target.Office?.onReady()).resolves.toMatchObject({ host: 'Excel' });
    expect(target.Office?.context.requirements.isSetSupported('ExcelApi', '1.8')).toBe(true);
    expect(target.Office?.context.requirements.isSetSupported('ExcelApi', '1.10')).toBe(false);
    expect(target.Office?.context.requirements.isSetSupported('WordApi', '1.1')).toBe(false);
  });
});

describe('strict Excel host: request contexts', () => {
  test('objects from a finished Excel.run cannot be used again', async () => {
    const { run } = install();
    const leaked = await run((context) => Promise.resolve(context.workbook.worksheets.getItem('Sheet1')));
    expect(() => leaked.getRange('A1')).toThrow(expect.objectContaining({ code: 'InvalidObjectPath' }) as Error);
  });

  test('commands still queued when the batch returns are sent in a final request', async () => {
    const { run, handle } = install();
    await run((context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['late']];
      return Promise.resolve();
    });
    expect(handle.sheet('Sheet1')?.cell('A1').value).toBe('late');
    expect(handle.counters.syncCount).toBe(1);
  });

  test('sync passes its argument through', async () => {
    const { run } = install();
    await expect(run((context) => context.sync(42))).resolves.toBe(42);
  });

  test('cell-level work on a whole column is refused rather than hanging', async () => {
    const { run } = install();
    await run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A:A').format.font.bold = true;
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
    });
  });
});

describe('strict Excel host: names', () => {
  test('names load with the requested properties only, and a duplicate name is refused', async () => {
    const { run } = install();
    await run(async (context) => {
      context.workbook.names.add('Vung', '=Sheet1!$A$1');
      const names = context.workbook.names.load('items/name');
      await context.sync();
      expect(names.items.map((n) => n.name)).toEqual(['Vung']);
      expect(() => {
        void names.items[0]?.formula;
      }).toThrow(/not available/);
      context.workbook.names.add('vung', '=Sheet1!$A$2');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    });
  });
});

describe('strict Excel host: formulas', () => {
  test('a formula reads back as null unless the test supplies a value', async () => {
    for (const [formulaValue, expected] of [
      [undefined, null],
      [(f: string, sheet: string, a1: string) => `${sheet}!${a1} ${f}`, 'Sheet1!B2 =1+1'],
    ] as const) {
      const { run } = install(formulaValue ? { formulaValue } : {});
      await run(async (context) => {
        const range = context.workbook.worksheets.getItem('Sheet1').getRange('B2');
        range.formulas = [['=1+1']];
        range.load('values,formulas');
        await context.sync();
        expect(range.values).toEqual([[expected]]);
        expect(range.formulas).toEqual([['=1+1']]);
      });
    }
  });
});
