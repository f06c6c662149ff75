import { isoToSerial } from '../../../src/core/dates/serial';
import { readXlsx } from '../../../src/xlsx/read/readXlsx';
import { readWorkbook } from '../../../src/xlsx/readWorkbook';
import { MAIN_NS, oneSheet, REL_NS, workbookParts, xlsx, zipParts } from './xlsxParts';

const only = (bytes: Uint8Array) => {
  const sheet = readXlsx(bytes).sheets[0];
  if (sheet === undefined) throw new Error('no sheet read');
  return sheet;
};

describe('cell values as the officer sees them', () => {
  test('shared strings, rich text runs without their phonetic runs, inline strings and formula strings', () => {
    const strings =
      '<si><t>Báo Tây Ninh</t></si>' +
      '<si><r><rPr><b/></rPr><t xml:space="preserve">Xã </t></r><r><t>Thạnh Đức</t></r></si>' +
      '<si><r><t>東京</t></r><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>' +
      '<si><t/></si>';
    const bytes = oneSheet(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>' +
        '<row r="2"><c r="A2" t="inlineStr"><is><t>Trang TTĐT huyện</t></is></c><c r="B2" t="str"><f>A1&amp;"!"</f><v>Báo Tây Ninh!</v></c></row>',
      { sharedStrings: strings },
    );
    expect(only(bytes).values).toEqual([
      ['Báo Tây Ninh', 'Xã Thạnh Đức', '東京'],
      ['Trang TTĐT huyện', 'Báo Tây Ninh!'],
    ]);
  });

  test('numbers, booleans, cached formula results and error texts', () => {
    const bytes = oneSheet(
      '<row r="1"><c r="A1"><v>43257</v></c><c r="B1" t="n"><v>1.5E-3</v></c><c r="C1" t="b"><v>1</v></c><c r="D1" t="b"><v>0</v></c>' +
        '<c r="E1"><f>SUM(1,2)</f><v>3</v></c><c r="F1"><f>1/0</f></c><c r="G1" t="e"><f>NA()</f><v>#N/A</v></c><c r="H1" t="e"><v>#REF!</v></c></row>',
    );
    expect(only(bytes).values).toEqual([[43257, 0.0015, true, false, 3, null, '#N/A', '#REF!']]);
    expect(readXlsx(bytes, { errors: 'null' }).sheets[0]?.values).toEqual([[43257, 0.0015, true, false, 3]]);
  });

  test('XML entities and Excel escapes in text: &amp; &#x1EA1; &#7841; _x000D_', () => {
    const bytes = oneSheet('<row r="1"><c r="A1" t="inlineStr"><is><t>P.VH&amp;TT &lt;x&gt; H&#x1EA1;nh h&#7841;nh&#10;dòng_x000D_</t></is></c></row>');
    expect(only(bytes).values).toEqual([['P.VH&TT <x> Hạnh hạnh\ndòng\r']]);
  });

  test('given rows and cells without r attributes, they are placed one after the other', () => {
    const bytes = oneSheet(
      '<row><c t="inlineStr"><is><t>a</t></is></c><c><v>2</v></c></row><row/><row><c/><c><v>3</v></c></row><row r="7"><c><v>7</v></c></row>',
    );
    const sheet = only(bytes);
    expect(sheet.origin).toEqual({ row: 1, column: 1 });
    expect(sheet.values).toEqual([['a', 2], [], [null, 3], [], [], [], [7]]);
  });

  test('rows are jagged: trailing blanks left out, a formatted blank costs nothing, empty rows share one array', () => {
    const bytes = oneSheet(
      '<row r="2"><c r="B2"><v>1</v></c><c r="C2" s="3"/><c r="D2" s="3"/></row>' +
        '<row r="3" s="4" customFormat="1"><c r="B3" s="3"/></row><row r="4"/><row r="5"><c r="D5"><v>5</v></c></row>',
    );
    const sheet = only(bytes);
    expect(sheet.origin).toEqual({ row: 2, column: 2 });
    expect(sheet.values).toEqual([[1], [], [], [null, null, 5]]);
    expect(sheet.values[1]).toBe(sheet.values[2]);
  });

  test('given a namespace prefix on every element (x:c), the sheet reads the same', () => {
    const parts = workbookParts({ sheets: [{ name: 'S', data: '' }], sharedStrings: ['Báo'] });
    parts['xl/worksheets/sheet1.xml'] =
      `<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="${MAIN_NS}"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c>` +
      `<x:c r="B1" t="inlineStr"><x:is><x:t>Đài</x:t></x:is></x:c><x:c r="C1"><x:v>2</x:v></x:c></x:row></x:sheetData>` +
      `<x:mergeCells count="1"><x:mergeCell ref="A1:A2"/></x:mergeCells></x:worksheet>`;
    parts['xl/sharedStrings.xml'] = `<x:sst xmlns:x="${MAIN_NS}"><x:si><x:t>Báo</x:t></x:si></x:sst>`;
    const sheet = only(zipParts(parts));
    expect(sheet.values).toEqual([['Báo', 'Đài', 2]]);
    expect(sheet.merges).toEqual([{ top: 1, left: 1, bottom: 2, right: 1 }]);
  });

  test("given a cell's attributes in any order, single quotes, new lines and look-alike names (xr, ts), its place and type read the same", () => {
    const bytes = oneSheet(
      `<row r="2"><c t="s" s="1" r="B2"><v>0</v></c><c s='2' t='str' r='C2'><v>x</v></c><c\nxr="Z9"\nr="D2"\tt="b"><v>1</v></c>` +
        `<c ts="s" r="F2"><v>7</v></c><c r="G2" t="n"><v>8</v></c></row>`,
      { sharedStrings: ['Báo'] },
    );
    expect(only(bytes).values).toEqual([['Báo', 'x', true, null, 7, 8]]);
    expect(only(bytes).origin).toEqual({ row: 2, column: 2 });
  });

  test("given `r` first (every writer's order) and `t` late, absent, look-alike or in a formula's text, each cell keeps its own type", () => {
    const bytes = oneSheet(
      `<row r="3"><c r="A3" s="1" t="s"><v>0</v></c><c r="B3"><f>IF(t=1,2,3)</f><v>4</v></c><c r='C3' ts="s" t='b'><v>1</v></c>` +
        `<c r="D3" xt="s"><v>5</v></c><c r="E3" s="2"/><c r="F3" x="a t=" t="str"><v>6</v></c><c r="G3" x='b t="s"'><v>0</v></c>` +
        `<c r="H3"><v>9</v></c></row><row r="4"><c r="A4"><f>"t="&amp;1</f><v>t=1</v></c><c r="B4" t="s"><v>0</v></c></row>`,
      { sharedStrings: ['Báo'] },
    );
    // G3: a ` t="` inside another attribute's value is read as its type, as every reading of the tag did
    expect(only(bytes).values).toEqual([
      ['Báo', 4, true, 5, null, '6', 'Báo', 9],
      ['t=1', 'Báo'],
    ]);
  });

  test('given Strict Open XML namespaces (purl.oclc.org) and ISO date cells, values and dates read', () => {
    const strictMain = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
    const strictRel = 'http://purl.oclc.org/ooxml/officeDocument/relationships';
    const bytes = zipParts({
      '_rels/.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${strictRel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      'xl/workbook.xml': `<workbook xmlns="${strictMain}" xmlns:r="${strictRel}"><workbookPr dateCompatibility="false"/><sheets><sheet name="Tin bài" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      'xl/_rels/workbook.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${strictRel}/worksheet" Target="/xl/worksheets/sheet1.xml"/></Relationships>`,
      'xl/worksheets/sheet1.xml': `<worksheet xmlns="${strictMain}"><sheetData><row r="1"><c r="A1" t="d"><v>2018-02-15T00:00:00Z</v></c><c r="B1" t="d"><v>2018-03-15</v></c><c r="C1" t="d"><v>1900-02-28</v></c><c r="D1" t="d"><v>2018-07-20T12:00:00</v></c><c r="E1" t="d"><v>không phải ngày</v></c></row></sheetData></worksheet>`,
    });
    expect(only(bytes).values).toEqual([[isoToSerial('2018-02-15'), isoToSerial('2018-03-15'), 59, isoToSerial('2018-07-20') + 0.5, 'không phải ngày']]);
  });

  test('given no _rels/.rels, no docProps and no styles, the workbook still reads', () => {
    const bytes = xlsx({ sheets: [{ name: 'S', data: '<row r="1"><c r="A1"><v>1</v></c></row>' }], noRootRels: true });
    const contents = readXlsx(bytes);
    expect(contents.sheets.map((s) => [s.name, s.values])).toEqual([['S', [[1]]]]);
    expect(contents.modified).toBeNull();
  });

  test("given no workbook rels, sheets are found by Excel's own part names", () => {
    const parts = workbookParts({
      sheets: [
        { name: 'A', data: '<row r="1"><c r="A1"><v>1</v></c></row>' },
        { name: 'B', data: '<row r="1"><c r="A1"><v>2</v></c></row>' },
      ],
    });
    delete parts['xl/_rels/workbook.xml.rels'];
    expect(readXlsx(zipParts(parts)).sheets.map((s) => [s.name, s.values])).toEqual([
      ['A', [[1]]],
      ['B', [[2]]],
    ]);
  });

  test('a 1904-based workbook: date-formatted serials move to the 1900 system, plain numbers do not', () => {
    const styles =
      `<styleSheet xmlns="${MAIN_NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/></numFmts>` +
      `<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>` +
      `<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="3"/></cellXfs></styleSheet>`;
    // 2018-06-06 is 43257 in the 1900 system and 41795 in the 1904 system
    const bytes = oneSheet(
      '<row r="1"><c r="A1" s="1"><v>41795</v></c><c r="B1" s="2"><v>41795</v></c><c r="C1" s="3"><v>41795</v></c><c r="D1"><v>7</v></c><c r="E1" t="d"><v>2018-06-06</v></c></row>',
      {
        date1904: true,
        styles,
      },
    );
    const contents = readXlsx(bytes);
    expect(contents.date1904).toBe(true);
    expect(contents.sheets[0]?.values).toEqual([[43257, 43257, 41795, 7, 43257]]);
  });

  test('chart sheets are not sheets of cells; readWorkbook keeps the same sheets as readXlsx', async () => {
    const parts = workbookParts({ sheets: [{ name: 'Data', data: '<row r="1"><c r="A1"><v>1</v></c></row>' }] });
    parts['xl/workbook.xml'] = parts['xl/workbook.xml']?.replace('</sheets>', '<sheet name="Biểu đồ" sheetId="2" r:id="rId9"/></sheets>') ?? '';
    parts['xl/_rels/workbook.xml.rels'] =
      parts['xl/_rels/workbook.xml.rels']?.replace(
        '</Relationships>',
        `<Relationship Id="rId9" Type="${REL_NS}/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>`,
      ) ?? '';
    parts['xl/chartsheets/sheet1.xml'] = '<chartsheet/>';
    const bytes = zipParts(parts);
    expect((await readWorkbook(bytes)).map((s) => s.name)).toEqual(['Data']);
  });
});
