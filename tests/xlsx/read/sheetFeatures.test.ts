import { readFileSync } from 'node:fs';
import { isoToSerial } from '../../../src/core/dates/serial';
import { readXlsx } from '../../../src/xlsx/read/readXlsx';
import { REL_NS, oneSheet, xlsx } from './xlsxParts';

const FIELD_CASES = '/work/shared/field-cases';

describe('what the officer sees besides values', () => {
  test('sheet visibility comes from the workbook: visible, hidden, very hidden', () => {
    const bytes = xlsx({
      sheets: [
        { name: 'T1', data: '' },
        { name: 'Cũ', data: '', state: 'hidden' },
        { name: '_cchc', data: '', state: 'veryHidden' },
      ],
    });
    expect(readXlsx(bytes).sheets.map((s) => [s.name, s.visibility])).toEqual([
      ['T1', 'visible'],
      ['Cũ', 'hidden'],
      ['_cchc', 'veryHidden'],
    ]);
  });

  test('merges are kept as blocks and only their top-left cell holds a value', () => {
    const bytes = oneSheet(
      '<row r="4"><c r="B4"><v>43164</v></c><c r="C4" t="inlineStr"><is><t>Trang TTĐT huyện</t></is></c></row>' +
        '<row r="5"><c r="B5"><v>99</v></c><c r="C5" s="2"/></row>',
      { after: '<mergeCells count="2"><mergeCell ref="B4:B6"/><mergeCell ref="C4:C8"/></mergeCells>' },
    );
    const sheet = readXlsx(bytes).sheets[0];
    expect(sheet?.merges).toEqual([
      { top: 4, left: 2, bottom: 6, right: 2 },
      { top: 4, left: 3, bottom: 8, right: 3 },
    ]);
    // a value a writer left in a covered cell (B5) is not what Excel shows
    expect(sheet?.values).toEqual([[43164, 'Trang TTĐT huyện'], []]);
  });

  test('hidden rows are listed by their sheet row number', () => {
    const bytes = oneSheet(
      '<row r="1"><c r="A1"><v>1</v></c></row><row r="2" hidden="1"><c r="A2"><v>2</v></c></row><row r="9" hidden="true" s="1"/><row r="10" hidden="0"/>',
    );
    expect(readXlsx(bytes).sheets[0]?.hiddenRows).toEqual([2, 9]);
  });

  test('hyperlinks keep their URL from the sheet rels, and a link inside the workbook keeps "#Sheet!A1"', () => {
    const bytes = oneSheet(
      '<row r="3"><c r="E3" t="inlineStr"><is><t>Xem</t></is></c><c r="F3" t="inlineStr"><is><t>Link bài</t></is></c><c r="G3" t="inlineStr"><is><t>T2</t></is></c></row>',
      {
        after:
          '<hyperlinks><hyperlink ref="E3" r:id="rId1" display="Xem"/><hyperlink ref="F3:F4" r:id="rId2"/><hyperlink ref="G3" location="\'Tháng 2\'!A1" display="T2"/></hyperlinks>',
        rels:
          `<Relationship Id="rId1" Type="${REL_NS}/hyperlink" Target="https://baotayninh.vn/tin-1.html?a=1&amp;b=2" TargetMode="External"/>` +
          `<Relationship Id="rId2" Type="${REL_NS}/hyperlink" Target="https://godau.tayninh.gov.vn/tin/2" TargetMode="External"/>`,
      },
    );
    const sheet = readXlsx(bytes).sheets[0];
    expect(sheet?.values).toEqual([['Xem', 'Link bài', 'T2']]);
    expect(sheet?.links).toEqual([
      { row: 3, column: 5, target: 'https://baotayninh.vn/tin-1.html?a=1&b=2' },
      { row: 3, column: 6, target: 'https://godau.tayninh.gov.vn/tin/2' },
      { row: 3, column: 7, target: "#'Tháng 2'!A1" },
    ]);
  });

  test('the modification time comes from docProps/core.xml', () => {
    expect(readXlsx(oneSheet('', { modified: '2018-06-14T08:30:00Z' })).modified).toBe('2018-06-14T08:30:00Z');
  });
});

describe('field cases', () => {
  test('10-iso-date-cells: ISO 8601 date cells read as the serials of 2018-02-15, 2018-03-15 and 2018-07-20', () => {
    const [sheet] = readXlsx(readFileSync(`${FIELD_CASES}/10-iso-date-cells/xa-thanh-duc-iso-dates.xlsx`)).sheets;
    const header = sheet?.values.findIndex((row) => row.includes('Ngày đăng')) ?? -1;
    const column = sheet?.values[header]?.indexOf('Ngày đăng') ?? -1;
    const dates = sheet?.values.slice(header + 1).map((row) => row[column] ?? null);
    expect(dates).toEqual([isoToSerial('2018-02-15'), isoToSerial('2018-03-15'), isoToSerial('2018-07-20')]);
  });

  test('01-merged-rows: merges B4:B6 and C4:C8, the date and channel only in their top-left cells', () => {
    const [sheet] = readXlsx(readFileSync(`${FIELD_CASES}/01-merged-rows/xa-thanh-duc-merged.xlsx`)).sheets;
    expect(sheet?.merges).toEqual(
      expect.arrayContaining([
        { top: 4, left: 2, bottom: 6, right: 2 },
        { top: 4, left: 3, bottom: 8, right: 3 },
      ]),
    );
    const at = (row: number, column: number) => sheet?.values[row - sheet.origin.row]?.[column - sheet.origin.column] ?? null;
    expect(at(4, 3)).toBe('Trang TTĐT huyện');
    expect([at(5, 2), at(6, 2), at(5, 3), at(8, 3)]).toEqual([null, null, null, null]);
    expect(typeof at(4, 2)).toBe('number');
  });
});
