import { blankSheet, date, empty, formula, num, text } from '../../src/core/layout/cells';
import type { SheetLayout, WorkbookLayout } from '../../src/core/layout/types';
import { DuplicateSheetError, InvalidSheetNameError, TableNameConflictError } from '../../src/excel/errors';
import { portOnHost, removeHost } from './hostPort';

afterEach(removeHost);

const tracker: SheetLayout = {
  ...blankSheet('Theo dõi'),
  blocks: [
    {
      at: 'A1',
      rows: [
        [text('Sổ theo dõi tuyên truyền CCHC')],
        [],
        [text('STT'), text('Ngày'), text('Hình thức'), text('Số lượt'), text('Ghi chú')],
        [num(1), date('2018-03-15'), text('Hội nghị'), num(120), text('- ghi chú đầu dòng')],
        [num(2), date('2018-04-02'), text('Pa nô'), num(3), text('=SUM(A1)')],
        [empty, empty, text('Tổng'), formula('=SUM(D4:D5)'), text('0123')],
      ],
    },
  ],
  styles: [
    { range: 'A1:E1', style: { bold: true, fontSize: 14, horizontal: 'center' } },
    { range: 'A3:E3', style: { bold: true, fill: '#DDEBF7', border: true, wrap: true, vertical: 'center' } },
    { range: 'D4:D6', style: { numberFormat: '#,##0' } },
  ],
  merges: ['A1:E1'],
  columns: [
    { column: 'A', width: 6 },
    { column: 'E', width: 40 },
    { column: 'F', width: 10, hidden: true },
  ],
  rows: [{ row: 1, height: 30 }],
  tables: [],
  validations: [
    {
      range: 'C4:C200',
      rule: { kind: 'list', source: '=DanhMuc!$A$2:$A$4' },
      allowBlank: true,
      prompt: { title: 'Hình thức', message: 'Chọn trong danh sách' },
    },
    {
      range: 'B4:B200',
      rule: { kind: 'date', from: '2018-01-01', to: '2018-12-31' },
      allowBlank: false,
      error: { title: 'Ngày', message: 'Ngày trong năm 2018', style: 'stop' },
    },
    { range: 'D4:D200', rule: { kind: 'wholeNumber', min: 0 }, allowBlank: true },
    { range: 'E4:E200', rule: { kind: 'textLength', max: 500 }, allowBlank: true, error: { title: 'Quá dài', message: 'Tối đa 500 ký tự', style: 'warning' } },
  ],
  conditionalFormats: [{ range: 'D4:D200', formula: '=D4<0', style: { fontColor: '#C00000', bold: true } }],
  freeze: { rows: 3, columns: 1 },
  print: {
    orientation: 'landscape',
    paperSize: 'A4',
    margins: { top: 20, bottom: 20, left: 15, right: 15 },
    printArea: 'A1:E200',
    titleRows: '$3:$3',
    fitToWidth: true,
    centerHorizontally: true,
  },
  tabColor: '#2F75B5',
  charts: [
    {
      kind: 'clusteredBar',
      title: 'Tiến độ',
      categories: 'C4:C5',
      series: [
        { name: 'Số lượt', values: 'D4:D5' },
        { name: 'STT', values: 'A4:A5' },
      ],
      from: 'G3',
      to: 'N20',
    },
  ],
};

const lists: SheetLayout = {
  ...blankSheet('DanhMuc'),
  blocks: [{ at: 'A1', rows: [[text('Hình thức')], [text('Hội nghị')], [text('Pa nô')], [text('Loa')]] }],
  tables: [{ name: 'HinhThuc', range: 'A1:A4', style: 'TableStyleLight1' }],
  visibility: 'hidden',
};

const layout: WorkbookLayout = { sheets: [tracker, lists], definedNames: [{ name: 'DsHinhThuc', ref: '=DanhMuc!$A$2:$A$4' }] };

describe('renderWorkbook', () => {
  test('a layout renders with values, formulas, styles, validations and print setup as specified', async () => {
    const { port, host } = portOnHost();
    const stats = await port.writeSheets(layout);
    expect(stats).toMatchObject({ sheets: 2 });
    const sheet = host.sheet('Theo dõi');
    if (!sheet) throw new Error('sheet missing');
    expect(sheet.values('A4:D5')).toEqual([
      [1, 43174, 'Hội nghị', 120],
      [2, 43192, 'Pa nô', 3],
    ]);
    expect(sheet.cell('B4').numberFormat).toBe('dd/mm/yyyy');
    expect(sheet.cell('D6').formula).toBe('=SUM(D4:D5)');
    expect(sheet.cell('D6').numberFormat).toBe('#,##0');
    expect(sheet.cell('A1')).toMatchObject({ bold: true, fontSize: 14, horizontalAlignment: 'Center', value: 'Sổ theo dõi tuyên truyền CCHC' });
    expect(sheet.cell('C3')).toMatchObject({ bold: true, fill: '#DDEBF7', wrapText: true, verticalAlignment: 'Center' });
    expect(sheet.cell('C3').borders).toMatchObject({
      EdgeTop: { style: 'Continuous', weight: 'Thin' },
      EdgeLeft: { style: 'Continuous' },
      EdgeRight: { style: 'Continuous' },
    });
    expect(sheet.merges).toEqual(['A1:E1']);
    expect(sheet.columnWidth('A')).toBe(35.25); // 6 characters = 47 px = 35.25 pt
    expect(sheet.columnHidden('F')).toBe(true);
    expect(sheet.rowHeight(1)).toBe(30);
    expect(sheet.validationAt('C10')).toMatchObject({
      rule: { list: { inCellDropDown: true, source: '=DanhMuc!$A$2:$A$4' } },
      prompt: { showPrompt: true, title: 'Hình thức', message: 'Chọn trong danh sách' },
      ignoreBlanks: true,
    });
    expect(sheet.validationAt('B4')).toMatchObject({
      rule: { date: { formula1: '=DATE(2018,1,1)', formula2: '=DATE(2018,12,31)', operator: 'Between' } },
      errorAlert: { showAlert: true, style: 'Stop', title: 'Ngày' },
      ignoreBlanks: false,
    });
    expect(sheet.validationAt('D4')?.rule).toEqual({ wholeNumber: { formula1: 0, operator: 'GreaterThanOrEqualTo' } });
    expect(sheet.validationAt('E4')).toMatchObject({
      rule: { textLength: { formula1: 500, operator: 'LessThanOrEqualTo' } },
      errorAlert: { style: 'Warning' },
    });
    expect(sheet.conditionalFormats).toEqual([{ range: 'D4:D200', type: 'Custom', formula: '=D4<0', format: { fontColor: '#C00000', bold: true } }]);
    expect(sheet.freeze).toEqual({ rows: 3, columns: 1 });
    expect(sheet.pageLayout).toMatchObject({
      orientation: 'Landscape',
      paperSize: 'A4',
      topMargin: 56.69,
      leftMargin: 42.52,
      centerHorizontally: true,
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printArea: 'A1:E200',
      printTitleRows: '$3:$3',
    });
    expect(sheet.tabColor).toBe('#2F75B5');
    expect(sheet.charts).toEqual([
      {
        type: 'BarClustered',
        title: 'Tiến độ',
        from: 'G3',
        to: 'N20',
        series: [
          { name: 'Số lượt', values: 'D4:D5', categories: 'C4:C5' },
          { name: 'STT', values: 'A4:A5', categories: 'C4:C5' },
        ],
      },
    ]);
    expect(host.sheet('DanhMuc')).toMatchObject({ visibility: 'Hidden', tables: [{ name: 'HinhThuc', range: 'A1:A4', style: 'TableStyleLight1' }] });
    expect(host.names()).toEqual([{ name: 'DsHinhThuc', formula: '=DanhMuc!$A$2:$A$4' }]);
  });

  test('text that Excel would read as a formula, number or boolean stays text', async () => {
    const { port, host } = portOnHost();
    const texts = [
      '=SUM(A1)',
      '- ghi chú',
      '+84 912 345 678',
      '@mention',
      '0123',
      '12/03/2018',
      '3/4/2019',
      'TRUE',
      '15%',
      '1e5',
      ' 42 ',
      "'trích dẫn",
      'Hội nghị',
    ];
    await port.writeSheets({ sheets: [{ ...blankSheet('T'), blocks: [{ at: 'A1', rows: texts.map((t) => [text(t)]) }] }], definedNames: [] });
    const sheet = host.sheet('T');
    expect(sheet?.values(`A1:A${texts.length}`)).toEqual(texts.map((t) => [t]));
    expect(texts.map((_, i) => sheet?.cell(`A${i + 1}`).formula)).toEqual(texts.map(() => null));
    // Only the cells at risk carry the Text format; ordinary words keep General.
    expect(sheet?.cell(`A${texts.length}`).numberFormat).toBe('General');
  });

  test('a whole small workbook renders in at most 3 syncs', async () => {
    const { port, host } = portOnHost();
    const stats = await port.writeSheets(layout);
    expect(host.counters.syncCount).toBeLessThanOrEqual(3);
    expect(stats.syncs).toBe(host.counters.syncCount);
  });

  test('re-rendering replaces only the layout sheets, in place, and leaves other sheets untouched', async () => {
    const { port, host } = portOnHost({
      initialSheets: [{ name: 'Ghi chép riêng', values: [['của tôi', 42]] }, { name: 'Theo dõi', values: [['cũ'], ['sẽ mất']] }, { name: 'Cuối' }],
    });
    await port.writeSheets(layout);
    await port.writeSheets(layout);
    expect(host.sheetNames()).toEqual(['Ghi chép riêng', 'Theo dõi', 'Cuối', 'DanhMuc']);
    expect(host.sheet('Ghi chép riêng')?.values('A1:B1')).toEqual([['của tôi', 42]]);
    expect(host.sheet('Theo dõi')?.values('A2:A2')).toEqual([['']]);
    expect(host.sheet('Theo dõi')?.validations).toHaveLength(4);
    expect(host.names()).toEqual([{ name: 'DsHinhThuc', formula: '=DanhMuc!$A$2:$A$4' }]);
  });

  test('replacing the only sheet of a workbook works: the new sheet is added before the old one goes', async () => {
    const { port, host } = portOnHost({ initialSheets: [{ name: 'Theo dõi' }] });
    await port.writeSheets({ sheets: [tracker], definedNames: [] });
    expect(host.sheetNames()).toEqual(['Theo dõi']);
  });

  test('progress is reported after every sync, ending at the total', async () => {
    const { port } = portOnHost();
    const calls: [number, number][] = [];
    await port.writeSheets(layout, (done, total) => calls.push([done, total]));
    expect(calls.length).toBeGreaterThanOrEqual(2);
    expect(calls.at(-1)?.[0]).toBe(calls.at(-1)?.[1]);
  });

  test.each([
    ['a name longer than 31 characters', 'Báo cáo tuyên truyền CCHC quý I năm 2018', InvalidSheetNameError],
    ['a name with a slash', 'Quý 1/2018', InvalidSheetNameError],
  ])('a layout with %s is refused before anything is sent', async (_label, name, error) => {
    const { port, host } = portOnHost();
    await expect(port.writeSheets({ sheets: [blankSheet(name)], definedNames: [] })).rejects.toBeInstanceOf(error);
    expect(host.counters.syncCount).toBe(0);
  });

  test('a layout naming the same sheet twice is refused', async () => {
    const { port } = portOnHost();
    await expect(port.writeSheets({ sheets: [blankSheet('A'), blankSheet('a')], definedNames: [] })).rejects.toBeInstanceOf(DuplicateSheetError);
  });

  test('re-rendering a workbook whose tables already exist stays within 3 syncs', async () => {
    const { port, host } = portOnHost();
    await port.writeSheets(layout);
    host.resetCounters();
    const stats = await port.writeSheets(layout);
    expect(host.counters.syncCount).toBeLessThanOrEqual(3);
    expect(stats.syncs).toBe(host.counters.syncCount);
    expect(host.sheet('DanhMuc')?.tables).toEqual([{ name: 'HinhThuc', range: 'A1:A4', style: 'TableStyleLight1' }]);
  });

  test('a table name already used on a sheet the layout keeps is refused before anything changes', async () => {
    const { port, host } = portOnHost();
    await port.writeSheets(layout);
    // The officer renamed the old lists sheet to keep it; its table still holds the name.
    await globalThis.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('DanhMuc').name = 'DanhMuc cũ';
      await context.sync();
    });
    const before = host.sheetNames();
    await expect(port.writeSheets(layout)).rejects.toEqual(new TableNameConflictError('HinhThuc', 'DanhMuc cũ'));
    expect(host.sheetNames()).toEqual(before);
  });

  test('an officer on a sheet that gets replaced lands on its successor', async () => {
    const { port, host } = portOnHost({ initialSheets: [{ name: 'Khác' }, { name: 'Theo dõi' }] });
    await port.selectCell('Theo dõi', 'A1');
    await port.writeSheets(layout);
    expect(host.activeSheet()).toBe('Theo dõi');
  });
});
