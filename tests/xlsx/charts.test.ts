import ExcelJS from 'exceljs';
import { blankSheet, num, text } from '../../src/core/layout/cells';
import type { SheetLayout, WorkbookLayout } from '../../src/core/layout/types';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { renderToBuffer, writeBuffer } from '../../src/xlsx/renderWorkbook';
import { crc32, readText, readZip, storedEntry, writeZip } from '../../src/xlsx/zip';

function progressLayout(): WorkbookLayout {
  const progress: SheetLayout = {
    ...blankSheet("Tiến độ & K'H"),
    blocks: [
      {
        at: 'B5',
        rows: [
          [text('Chỉ tiêu'), text('Tối thiểu'), text('Đã làm')],
          [text('III.1.a'), num(10), num(4)],
          [text('III.1.b'), num(3), num(3)],
          [text('III.1.e'), num(20), num(25)],
        ],
      },
    ],
    tables: [{ name: 'tblTienDo', range: 'B5:D8', style: 'TableStyleLight9' }],
    charts: [
      {
        kind: 'clusteredBar',
        title: 'Tiến độ <chỉ tiêu>',
        categories: 'B6:B8',
        series: [
          { name: 'Tối thiểu', values: 'C6:C8' },
          { name: 'Đã làm', values: 'D6:D8' },
        ],
        from: 'F5',
        to: 'M20',
      },
      { kind: 'clusteredColumn', title: 'Cột', categories: 'B6:B8', series: [{ name: 'Đã làm', values: 'D6:D8' }], from: 'F22', to: 'M36' },
    ],
  };
  return { sheets: [blankSheet('Đầu'), progress], definedNames: [] };
}

describe('native charts', () => {
  test('adds drawing and chart parts wired to the right sheet', async () => {
    const entries = readZip(await renderToBuffer(progressLayout()));
    const names = entries.map((e) => e.name);
    expect(names).toEqual(
      expect.arrayContaining(['xl/drawings/drawing1.xml', 'xl/drawings/_rels/drawing1.xml.rels', 'xl/charts/chart1.xml', 'xl/charts/chart2.xml']),
    );
    const sheet2 = await readText(entries, 'xl/worksheets/sheet2.xml');
    // <drawing> sits before <tableParts>, as the schema orders them
    expect(sheet2).toMatch(/<drawing r:id="rId2"\/><tableParts/);
    expect(await readText(entries, 'xl/worksheets/sheet1.xml')).not.toContain('<drawing');
    const rels = await readText(entries, 'xl/worksheets/_rels/sheet2.xml.rels');
    expect(rels).toContain('Id="rId1"'); // the table keeps its relationship
    expect(rels).toContain('Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"');
    const types = await readText(entries, '[Content_Types].xml');
    expect(types).toContain('PartName="/xl/charts/chart2.xml"');
    expect(types).toContain('PartName="/xl/drawings/drawing1.xml"');
    const chart = await readText(entries, 'xl/charts/chart1.xml');
    expect(chart).toContain('<c:barDir val="bar"/>');
    expect(chart).toContain('<c:f>&apos;Tiến độ &amp; K&apos;&apos;H&apos;!$B$6:$B$8</c:f>');
    expect(chart).toContain('<a:t>Tiến độ &lt;chỉ tiêu&gt;</a:t>');
    expect(await readText(entries, 'xl/charts/chart2.xml')).toContain('<c:barDir val="col"/>');
    const drawing = await readText(entries, 'xl/drawings/drawing1.xml');
    expect(drawing).toContain('<xdr:from><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>4</xdr:row>');
  });

  test('a workbook with charts still reads back, with exceljs and with readWorkbook', async () => {
    const bytes = await renderToBuffer(progressLayout());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Đầu', "Tiến độ & K'H"]);
    const sheets = await readWorkbook(bytes);
    expect(sheets[1]?.values[3]).toEqual(['III.1.e', 20, 25]);
  });

  test('a layout without charts is written exactly as exceljs wrote it', async () => {
    const layout: WorkbookLayout = { sheets: [blankSheet('S')], definedNames: [] };
    const bytes = await renderToBuffer(layout);
    expect(readZip(bytes).some((e) => e.name.startsWith('xl/charts/'))).toBe(false);
  });
});

describe('zip', () => {
  test('crc32 of "123456789" is the standard check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  test('an exceljs package rewritten entry by entry still loads', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('A').getCell('B2').value = 'xin chào';
    const entries = readZip(await writeBuffer(wb));
    const rewritten = writeZip([...entries, storedEntry('docProps/extra.xml', '<x/>')]);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(rewritten as unknown as ExcelJS.Buffer);
    expect(back.getWorksheet('A')?.getCell('B2').value).toBe('xin chào');
    expect(await readText(readZip(rewritten), 'docProps/extra.xml')).toBe('<x/>');
  });
});
