import ExcelJS from 'exceljs';
import { blankSheet, text } from '../../src/core/layout/cells';
import type { SheetLayout, WorkbookLayout } from '../../src/core/layout/types';
import { LayoutRenderError } from '../../src/xlsx/errors';
import { renderToBuffer, renderWorkbook } from '../../src/xlsx/renderWorkbook';
import { readText, readZip } from '../../src/xlsx/zip';
import { sampleLayout } from './sampleLayout';

async function roundTrip(layout: WorkbookLayout): Promise<ExcelJS.Workbook> {
  const bytes = await renderToBuffer(layout);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = workbook.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

describe('renderWorkbook → writeBuffer → exceljs', () => {
  let wb: ExcelJS.Workbook;
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    wb = await roundTrip(sampleLayout());
    ws = sheet(wb, 'Sổ theo dõi');
  });

  test('sheets keep their order, names and visibility', () => {
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['Sổ theo dõi', 'visible'],
      ['Danh mục', 'hidden'],
      ['Dấu', 'veryHidden'],
    ]);
  });

  test.each([
    ['E4', '- ghi chú'],
    ['E5', '=1+1'],
    ['E6', '@x'],
    ['E7', '+84 912'],
  ])('text %s stays text: %s', (addr, value) => {
    const cell = ws.getCell(addr);
    expect(cell.value).toBe(value);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.formula).toBeUndefined();
    // and carries the Text format, so editing it in Excel keeps it text
    expect(cell.numFmt).toBe('@');
  });

  test('ordinary text keeps the General format', () => {
    expect(ws.getCell('C4').numFmt).toBeUndefined();
  });

  test('dates are real dates with a dd/mm/yyyy format', () => {
    const cell = ws.getCell('B4');
    expect(cell.value).toEqual(new Date(Date.UTC(2018, 5, 6)));
    expect(cell.numFmt).toBe('dd/mm/yyyy');
  });

  test('formulas are stored without "="; numbers keep their format', () => {
    expect(ws.getCell('D7').formula).toBe('SUM(D4:D6)');
    expect(ws.getCell('D4').value).toBe(2);
    expect(ws.getCell('D5').numFmt).toBe('#,##0');
    // exceljs does not read calcPr back; the flag on the rendered workbook is what gets written
    expect(renderWorkbook(sampleLayout()).calcProperties.fullCalcOnLoad).toBe(true);
  });

  test('styles, merges, widths and heights', () => {
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, size: 14, name: 'Times New Roman' });
    expect(ws.getCell('A1').alignment).toMatchObject({ horizontal: 'center' });
    expect(ws.getCell('B3').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } });
    expect(ws.getCell('B3').border.left).toMatchObject({ style: 'thin' });
    expect(ws.getCell('B3').alignment).toMatchObject({ wrapText: true, vertical: 'middle' });
    expect(ws.model.merges).toEqual(['A1:E1']);
    expect(ws.getColumn('A').width).toBe(6);
    expect(ws.getColumn('B').width).toBe(12);
    expect(ws.getRow(1).height).toBe(30);
  });

  test('regression: styling one cell of a merge does not restyle the others (exceljs shares merge styles)', async () => {
    const layout: WorkbookLayout = {
      sheets: [{ ...blankSheet('S'), blocks: [{ at: 'A1', rows: [[text('x')]] }], merges: ['A1:C1'], styles: [{ range: 'C1', style: { fill: '#FF0000' } }] }],
      definedNames: [],
    };
    const s = sheet(await roundTrip(layout), 'S');
    expect(s.getCell('C1').fill).toMatchObject({ fgColor: { argb: 'FFFF0000' } });
    expect(s.getCell('A1').fill).toBeUndefined();
  });

  test('the table covers its range with the header cells as column names', () => {
    const table = ws.getTable('tblSo') as unknown as { table: { tableRef: string; columns: { name: string }[]; style: { theme: string } } };
    expect(table.table.tableRef).toBe('A3:E6');
    expect(table.table.columns.map((c) => c.name)).toEqual(['STT', 'Ngày', 'Kênh', 'Số tin', 'Ghi chú']);
    expect(table.table.style.theme).toBe('TableStyleLight9');
    // the cells under the table keep the layout's values
    expect(ws.getCell('E5').value).toBe('=1+1');
    expect(ws.getCell('B4').numFmt).toBe('dd/mm/yyyy');
  });

  test('data validations: list from a range, date between, whole number, text length, with messages', () => {
    expect(ws.getCell('C4').dataValidation).toMatchObject({
      type: 'list',
      allowBlank: true,
      formulae: ["'Danh mục'!$A$2:$A$4"],
      showInputMessage: true,
      promptTitle: 'Kênh',
      prompt: 'Chọn kênh trong danh sách',
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: 'Sai kênh',
    });
    expect(ws.getCell('C500').dataValidation).toMatchObject({ type: 'list' });
    expect(ws.getCell('C501').dataValidation).toBeUndefined();
    const dateRule = ws.getCell('B10').dataValidation;
    expect(dateRule).toMatchObject({ type: 'date', operator: 'between' });
    expect(dateRule.formulae).toEqual([new Date(Date.UTC(2018, 0, 1)), new Date(Date.UTC(2018, 11, 31))]);
    expect(ws.getCell('D9').dataValidation).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual', formulae: [0], errorStyle: 'warning' });
    expect(ws.getCell('E9').dataValidation).toMatchObject({ type: 'textLength', operator: 'lessThanOrEqual', formulae: [255] });
  });

  test('conditional format by expression', () => {
    // present at run time, missing from exceljs's typings
    const formats = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
    expect(formats).toHaveLength(1);
    expect(formats[0]?.ref).toBe('A4:E500');
    expect(formats[0]?.rules[0]).toMatchObject({ type: 'expression', formulae: ['$D4>=3'], style: { font: { bold: true, color: { argb: 'FF006100' } } } });
  });

  test('freeze panes, tab colour', () => {
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 3, topLeftCell: 'B4' });
    expect(ws.properties.tabColor).toEqual({ argb: 'FF1F4E78' });
  });

  test('print setup: A4, landscape, margins in inches, area, titles, one page wide', () => {
    const p = ws.pageSetup;
    expect(p).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true });
    expect(p.margins?.top).toBeCloseTo(20 / 25.4, 4);
    expect(p.margins?.left).toBeCloseTo(30 / 25.4, 4);
    expect(p.margins?.right).toBeCloseTo(15 / 25.4, 4);
    expect(p.printArea).toBe('A1:E7');
    expect(p.printTitlesRow).toBe('3:3');
  });

  test('defined names point at their range', () => {
    expect(wb.definedNames.getRanges('DanhSachKenh').ranges).toEqual(["'Danh mục'!$A$2:$A$4"]);
  });
});

describe('renderWorkbook refuses layouts Excel would repair', () => {
  test.each([
    ['a header cell is empty', [[text('A'), text('')]]],
    ['two headers are the same (case-insensitive)', [[text('Kênh'), text('kênh')]]],
  ])('%s', (_name, rows) => {
    const layout: WorkbookLayout = {
      sheets: [{ ...blankSheet('S'), blocks: [{ at: 'A1', rows }], tables: [{ name: 'tbl', range: 'A1:B2', style: 'TableStyleLight9' }] }],
      definedNames: [],
    };
    expect(() => renderWorkbook(layout)).toThrow(LayoutRenderError);
  });
});

describe('renderWorkbook refuses what Excel would repair, naming the sheet', () => {
  const sheetWith = (name: string, extra: Partial<SheetLayout> = {}): SheetLayout => ({
    ...blankSheet(name),
    blocks: [
      {
        at: 'A1',
        rows: [
          [text('Mã'), text('Tên')],
          [text('a'), text('b')],
        ],
      },
    ],
    ...extra,
  });
  test.each<[string, WorkbookLayout]>([
    ['a sheet name longer than 31 characters', { sheets: [sheetWith('Sổ theo dõi tin bài tuyên truyền CCHC')], definedNames: [] }],
    ['a sheet name with a slash', { sheets: [sheetWith('Tin/bài')], definedNames: [] }],
    ['a sheet name starting with an apostrophe', { sheets: [sheetWith("'Tin")], definedNames: [] }],
    ['two sheets named alike', { sheets: [sheetWith('Tin bài'), sheetWith('TIN BÀI')], definedNames: [] }],
    [
      'two tables with one name',
      {
        sheets: [
          sheetWith('A', { tables: [{ name: 'tbl', range: 'A1:B2', style: 'TableStyleLight9' }] }),
          sheetWith('B', { tables: [{ name: 'TBL', range: 'A1:B2', style: 'TableStyleLight9' }] }),
        ],
        definedNames: [],
      },
    ],
    [
      'a table named like a defined name',
      {
        sheets: [sheetWith('A', { tables: [{ name: 'DanhMuc', range: 'A1:B2', style: 'TableStyleLight9' }] })],
        definedNames: [{ name: 'danhmuc', ref: "='A'!$A$1" }],
      },
    ],
    [
      'a table over a merge',
      { sheets: [sheetWith('A', { tables: [{ name: 'tbl', range: 'A1:B2', style: 'TableStyleLight9' }], merges: ['A2:B2'] })], definedNames: [] },
    ],
  ])('%s', (_name, layout) => {
    expect(() => renderWorkbook(layout)).toThrow(LayoutRenderError);
  });

  test('a one-cell print area is written with both ends', async () => {
    const layout: WorkbookLayout = {
      sheets: [
        {
          ...blankSheet('S'),
          print: { orientation: 'portrait', paperSize: 'A4', margins: { top: 20, bottom: 20, left: 30, right: 15 }, printArea: 'B2', fitToWidth: false },
        },
      ],
      definedNames: [],
    };
    const s = sheet(await roundTrip(layout), 'S');
    expect(s.pageSetup.printArea).toBe('B2:B2');
    expect(s.pageSetup.orientation).toBe('portrait');
    expect(s.pageSetup.fitToPage).toBeFalsy();
  });
});

describe('defined names', () => {
  const layoutWith = (refs: Record<string, string>): WorkbookLayout => ({
    sheets: [
      {
        ...blankSheet('Danh mục'),
        blocks: [{ at: 'A1', rows: [[text('Kênh')], [text('Báo Tây Ninh')]] }],
        print: { orientation: 'portrait', paperSize: 'A4', margins: { top: 20, bottom: 20, left: 30, right: 15 }, printArea: 'A1:B9', fitToWidth: true },
      },
    ],
    definedNames: Object.entries(refs).map(([name, ref]) => ({ name, ref })),
  });

  test('regression: whole-column references and formulas are written (exceljs drops or rejects them), next to the print area', async () => {
    const wb = await roundTrip(
      layoutWith({ CotKenh: "='Danh mục'!$A:$A", DsKenh: "=OFFSET('Danh mục'!$A$2,0,0,COUNTA('Danh mục'!$A:$A)-1,1)", O: "='Danh mục'!$A$2" }),
    );
    const xml = await readText(
      readZip(await renderToBuffer(layoutWith({ CotKenh: "='Danh mục'!$A:$A", DsKenh: "=OFFSET('Danh mục'!$A$2,0,0,COUNTA('Danh mục'!$A:$A)-1,1)" }))),
      'xl/workbook.xml',
    );
    expect(xml).toContain('<definedName name="CotKenh">&apos;Danh mục&apos;!$A:$A</definedName>');
    expect(xml).toContain('<definedName name="DsKenh">OFFSET(&apos;Danh mục&apos;!$A$2,0,0,COUNTA(&apos;Danh mục&apos;!$A:$A)-1,1)</definedName>');
    expect(xml).toContain('_xlnm.Print_Area');
    expect(wb.definedNames.getRanges('O').ranges).toEqual(["'Danh mục'!$A$2"]);
    expect(sheet(wb, 'Danh mục').pageSetup.printArea).toBe('A1:B9');
  });

  test.each([['A1'], ['R'], ['tên có dấu cách'], ['1abc'], ['a-b']])('refuses the name %s', (name) => {
    return expect(renderToBuffer(layoutWith({ [name]: "='Danh mục'!$A$2" }))).rejects.toThrow(LayoutRenderError);
  });
});
