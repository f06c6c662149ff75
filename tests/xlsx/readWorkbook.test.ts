import ExcelJS from 'exceljs';
import { date, formula, num, text, blankSheet } from '../../src/core/layout/cells';
import type { WorkbookLayout } from '../../src/core/layout/types';
import { CorruptXlsxError, EmptyFileError, EncryptedXlsxError, NotXlsxError } from '../../src/xlsx/errors';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { isoToSerial } from '../../src/core/dates/serial';
import { renderToBuffer, writeBuffer } from '../../src/xlsx/renderWorkbook';
import { sampleLayout } from './sampleLayout';

const encoder = new TextEncoder();

describe('readWorkbook on files we wrote', () => {
  test('values come back row by row with their origin; dates as 1900 serials', async () => {
    const sheets = await readWorkbook(await renderToBuffer(sampleLayout()));
    expect(sheets.map((s) => s.name)).toEqual(['Sổ theo dõi', 'Danh mục', 'Dấu']);
    const records = sheets[0];
    expect(records?.origin).toEqual({ row: 1, column: 1 });
    // jagged rows: trailing blanks are left out, a row with no value is empty
    expect(records?.values[0]).toEqual(['SỔ THEO DÕI TUYÊN TRUYỀN CCHC NĂM 2018']);
    expect(records?.values[1]).toEqual([]);
    expect(records?.values[3]).toEqual([1, isoToSerial('2018-06-06'), 'Báo Tây Ninh', 2, '- ghi chú']);
    expect(records?.values[4]?.[4]).toBe('=1+1');
    expect(records?.values[5]?.[4]).toBe('@x');
    // a formula written without a cached result reads as null, as Office.js would before a recalc
    expect(records?.values[6]).toEqual([null, null, 'Cộng', null, '+84 912']);
    expect(isoToSerial('2018-06-06')).toBe(43257);
  });

  test.each(['1900-03-01', '2018-02-28', '2020-02-29', '2025-07-01', '2099-12-31'])('date %s round-trips to the same serial', async (iso) => {
    const layout: WorkbookLayout = { sheets: [{ ...blankSheet('S'), blocks: [{ at: 'C5', rows: [[date(iso)]] }] }], definedNames: [] };
    const [sheet] = await readWorkbook(await renderToBuffer(layout));
    expect(sheet?.origin).toEqual({ row: 5, column: 3 });
    expect(sheet?.values).toEqual([[isoToSerial(iso)]]);
  });

  test('cached formula results, rich text, hyperlinks, errors and merged cells read as Office.js hands them back', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Raw');
    ws.getCell('B2').value = { formula: 'SUM(1,2)', result: 3 };
    ws.getCell('C2').value = { richText: [{ text: 'Xã ', font: { bold: true } }, { text: 'Thạnh Đức' }] };
    ws.getCell('D2').value = { text: 'Cổng TTĐT', hyperlink: 'https://tayninh.gov.vn' };
    ws.getCell('E2').value = { error: '#N/A' };
    ws.getCell('F2').value = 'gộp';
    ws.mergeCells('F2:G3');
    ws.getCell('B3').value = { formula: 'DATE(2018,6,14)', result: new Date(Date.UTC(2018, 5, 14)) };
    ws.getCell('C3').value = true;
    const bytes = await writeBuffer(wb);
    const [sheet] = await readWorkbook(bytes);
    // the used range is the values' bounding box: G2:G3 only hold the merge, so they fall outside
    expect(sheet?.origin).toEqual({ row: 2, column: 2 });
    // errors read as their text (the RawCell contract), rows are jagged
    expect(sheet?.values).toEqual([
      [3, 'Xã Thạnh Đức', 'Cổng TTĐT', '#N/A', 'gộp'],
      [isoToSerial('2018-06-14'), true],
    ]);
    expect(sheet?.merges).toEqual([{ top: 2, left: 6, bottom: 3, right: 7 }]);
    expect(sheet?.links).toEqual([{ row: 2, column: 4, target: 'https://tayninh.gov.vn' }]);
    const [withoutErrors] = await readWorkbook(bytes, { errors: 'null' });
    expect(withoutErrors?.values[0]?.[3]).toBeNull();
  });

  test('an empty sheet reads as no values at A1', async () => {
    const layout: WorkbookLayout = { sheets: [blankSheet('Trống')], definedNames: [] };
    expect(await readWorkbook(await renderToBuffer(layout))).toEqual([
      { name: 'Trống', values: [], origin: { row: 1, column: 1 }, visibility: 'visible', merges: [], hiddenRows: [], links: [] },
    ]);
  });

  test('accepts an ArrayBuffer as well as a Uint8Array', async () => {
    const bytes = await renderToBuffer({
      sheets: [{ ...blankSheet('S'), blocks: [{ at: 'A1', rows: [[num(1), text('a'), formula('=1')]] }] }],
      definedNames: [],
    });
    const copy = bytes.slice().buffer;
    const [sheet] = await readWorkbook(copy);
    expect(sheet?.values).toEqual([[1, 'a']]);
  });
});

describe('readWorkbook rejects what is not a readable .xlsx', () => {
  test('an empty file', async () => {
    await expect(readWorkbook(new Uint8Array())).rejects.toThrow(EmptyFileError);
  });

  test('a CSV renamed to .xlsx (now told apart from other text)', async () => {
    const csv = encoder.encode('\uFEFFSTT;Ngày;Kênh\n1;06/06/2018;Báo Tây Ninh\n');
    await expect(readWorkbook(csv)).rejects.toMatchObject({ constructor: NotXlsxError, detected: 'csv' });
  });

  test('an HTML page saved as .xls/.xlsx', async () => {
    await expect(readWorkbook(encoder.encode('<html><body><table></table></body></html>'))).rejects.toMatchObject({ detected: 'html' });
  });

  test('a legacy .xls (OLE compound file)', async () => {
    const xls = oleFile('Workbook');
    await expect(readWorkbook(xls)).rejects.toMatchObject({ constructor: NotXlsxError, detected: 'xls' });
  });

  test('a password-protected workbook (encrypted OLE container)', async () => {
    await expect(readWorkbook(oleFile('EncryptionInfo', 'EncryptedPackage'))).rejects.toThrow(EncryptedXlsxError);
  });

  test('a truncated download', async () => {
    const bytes = await renderToBuffer(sampleLayout());
    await expect(readWorkbook(bytes.subarray(0, Math.floor(bytes.length / 2)))).rejects.toMatchObject({ constructor: CorruptXlsxError, truncated: true });
  });

  test('a zip whose parts are damaged', async () => {
    const bytes = (await renderToBuffer(sampleLayout())).slice();
    for (let i = 200; i < bytes.length - 2000; i++) bytes[i] = 0x41;
    await expect(readWorkbook(bytes)).rejects.toThrow(CorruptXlsxError);
  });

  test('another zip (a .docx renamed) is not a workbook', async () => {
    const bytes = (await renderToBuffer(sampleLayout())).slice();
    replaceAll(bytes, 'xl/workbook.xml', 'xl/notebook.xml');
    await expect(readWorkbook(bytes)).rejects.toMatchObject({ constructor: NotXlsxError, detected: 'zip' });
  });
});

/** A minimal stand-in for an OLE compound file: the signature and the directory's UTF-16 names. */
function oleFile(...streams: string[]): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  let at = 1024;
  for (const name of ['Root Entry', ...streams]) {
    for (const ch of name) {
      bytes[at] = ch.charCodeAt(0);
      at += 2;
    }
    at = Math.ceil((at + 1) / 128) * 128;
  }
  return bytes;
}

function replaceAll(bytes: Uint8Array, from: string, to: string): void {
  const needle = encoder.encode(from);
  const replacement = encoder.encode(to);
  for (let i = 0; i <= bytes.length - needle.length; i++) {
    if (needle.every((b, j) => bytes[i + j] === b)) bytes.set(replacement, i);
  }
}
