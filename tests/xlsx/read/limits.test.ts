import { CorruptXlsxError, TooLargeError } from '../../../src/xlsx/errors';
import { DEFAULT_LIMITS } from '../../../src/xlsx/read/limits';
import { readXlsx } from '../../../src/xlsx/read/readXlsx';
import { indexOfAscii, oneSheet, thrown, workbookParts, worksheet, zipParts } from './xlsxParts';

/** Sets the inflated size the zip's central directory declares for `part` (a lying or inflated directory). */
function declareSize(bytes: Uint8Array, part: string, size: number): Uint8Array {
  const copy = bytes.slice();
  for (let at = indexOfAscii(copy, 'PK\u0001\u0002'); at >= 0; at = indexOfAscii(copy, 'PK\u0001\u0002', at + 4)) {
    const nameLength = (copy[at + 28] ?? 0) | ((copy[at + 29] ?? 0) << 8);
    const name = new TextDecoder().decode(copy.subarray(at + 46, at + 46 + nameLength));
    if (name === part) {
      new DataView(copy.buffer, copy.byteOffset).setUint32(at + 24, size, true);
      return copy;
    }
  }
  throw new Error(`no ${part} in the directory`);
}

const cellsRow = (row: number, count: number): string => `<row r="${row}">${Array.from({ length: count }, (_, i) => `<c><v>${i}</v></c>`).join('')}</row>`;

describe('zip bombs are refused from the directory, before anything is inflated', () => {
  test('given a part declared at 4 GB, the file is refused by the part size limit with the figures', () => {
    const bytes = declareSize(oneSheet('<row r="1"><c r="A1"><v>1</v></c></row>'), 'xl/worksheets/sheet1.xml', 0xf000_0000);
    expect(thrown(() => readXlsx(bytes))).toMatchObject({
      constructor: TooLargeError,
      limit: 'partSize',
      actual: 0xf000_0000,
      max: DEFAULT_LIMITS.maxPartBytes,
      part: 'xl/worksheets/sheet1.xml',
    });
  });

  test('given parts that add up past the total, the file is refused by the inflated size limit', () => {
    const parts = {
      ...workbookParts({ sheets: [{ name: 'S', data: '' }] }),
      'xl/media/a.bin': new Uint8Array(10),
      'xl/media/b.bin': new Uint8Array(10),
      'xl/media/c.bin': new Uint8Array(10),
    };
    let bytes = zipParts(parts);
    for (const name of ['xl/media/a.bin', 'xl/media/b.bin', 'xl/media/c.bin']) bytes = declareSize(bytes, name, 150 * 1024 * 1024);
    expect(thrown(() => readXlsx(bytes))).toMatchObject({ constructor: TooLargeError, limit: 'inflatedSize', max: DEFAULT_LIMITS.maxInflatedBytes });
    expect((thrown(() => readXlsx(bytes)) as TooLargeError).actual).toBeGreaterThanOrEqual(450 * 1024 * 1024);
  });

  test('given a real 12 MB part of zeros (12 KB zipped) over a 4 MB limit, it is refused without being inflated', () => {
    const bytes = zipParts({ ...workbookParts({ sheets: [{ name: 'S', data: '' }] }), 'xl/media/zeros.bin': new Uint8Array(12 * 1024 * 1024) });
    expect(bytes.length).toBeLessThan(100 * 1024);
    expect(thrown(() => readXlsx(bytes, { limits: { maxInflatedBytes: 4 * 1024 * 1024 } }))).toMatchObject({ limit: 'inflatedSize', max: 4 * 1024 * 1024 });
    expect(thrown(() => readXlsx(bytes, { limits: { maxPartBytes: 4 * 1024 * 1024 } }))).toMatchObject({
      limit: 'partSize',
      actual: 12 * 1024 * 1024,
      part: 'xl/media/zeros.bin',
    });
  });

  test('given more parts than the default 20,000, the file is refused by the part count', () => {
    const parts: Record<string, string | Uint8Array> = workbookParts({ sheets: [{ name: 'S', data: '' }] });
    for (let i = 0; i < DEFAULT_LIMITS.maxParts; i++) parts[`x/${i}`] = new Uint8Array(0);
    const bytes = zipParts(parts);
    expect(thrown(() => readXlsx(bytes))).toMatchObject({
      constructor: TooLargeError,
      limit: 'parts',
      actual: DEFAULT_LIMITS.maxParts + 4,
      max: DEFAULT_LIMITS.maxParts,
    });
  });
});

describe('a directory that lies is caught while inflating', () => {
  test('given a sheet that inflates past its declared size, inflating stops and names the part', () => {
    const bytes = declareSize(oneSheet(cellsRow(1, 500)), 'xl/worksheets/sheet1.xml', 100);
    expect(thrown(() => readXlsx(bytes))).toMatchObject({ constructor: TooLargeError, limit: 'partSize', max: 100, part: 'xl/worksheets/sheet1.xml' });
  });

  test('given a large part (inflated slice by slice) that lies, it stops too', () => {
    let noise = '';
    let seed = 7;
    for (let i = 0; i < 600_000; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      noise += String.fromCharCode(97 + (seed % 26));
    }
    const bytes = declareSize(oneSheet(`<row r="1"><c r="A1" t="inlineStr"><is><t>${noise}</t></is></c></row>`), 'xl/worksheets/sheet1.xml', 1000);
    expect(thrown(() => readXlsx(bytes))).toMatchObject({ constructor: TooLargeError, limit: 'partSize', part: 'xl/worksheets/sheet1.xml' });
  });

  test('given a sheet that inflates to less than declared, it is damaged', () => {
    const bytes = declareSize(oneSheet(cellsRow(1, 5)), 'xl/worksheets/sheet1.xml', 100_000);
    expect(thrown(() => readXlsx(bytes))).toMatchObject({ constructor: CorruptXlsxError, part: 'xl/worksheets/sheet1.xml' });
  });
});

describe('damaged and hostile parts', () => {
  test('given a bit-rotted part (CRC-32 mismatch), the file is damaged and the part named', () => {
    const parts: Record<string, string | readonly [string, 0]> = workbookParts({ sheets: [{ name: 'S', data: '' }] });
    parts['xl/worksheets/sheet1.xml'] = [worksheet('<row r="1"><c r="A1"><v>1234</v></c></row>'), 0];
    const bytes = zipParts(parts);
    expect(readXlsx(bytes).sheets[0]?.values).toEqual([[1234]]);
    const rotten = bytes.slice();
    const at = indexOfAscii(rotten, '<v>1234</v>');
    rotten[at + 4] = '9'.charCodeAt(0);
    expect(thrown(() => readXlsx(rotten))).toMatchObject({ constructor: CorruptXlsxError, truncated: false, part: 'xl/worksheets/sheet1.xml' });
  });

  test('given a DOCTYPE with entity declarations (billion laughs, XXE), the part is refused as damaged', () => {
    const laughs = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>';
    const parts = workbookParts({ sheets: [{ name: 'S', data: '' }] });
    parts['xl/worksheets/sheet1.xml'] =
      `${laughs}<worksheet xmlns="x"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>`;
    expect(thrown(() => readXlsx(zipParts(parts)))).toMatchObject({ constructor: CorruptXlsxError, part: 'xl/worksheets/sheet1.xml' });
    const xxe = workbookParts({ sheets: [{ name: 'S', data: '' }] });
    xxe['xl/workbook.xml'] =
      `<?xml version="1.0"?><!-- a comment --><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>${xxe['xl/workbook.xml']?.replace(/^<\?xml[^>]*>/, '') ?? ''}`;
    expect(thrown(() => readXlsx(zipParts(xxe)))).toMatchObject({ constructor: CorruptXlsxError, part: 'xl/workbook.xml' });
  });
});

describe('sheets cost the cells that are there, within a budget', () => {
  test('given one stray "x" at XFD1048576, the sheet is one row reference per row, not a rectangle', () => {
    const bytes = oneSheet(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row><row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>',
    );
    const sheet = readXlsx(bytes).sheets[0];
    expect(sheet?.values).toHaveLength(1_048_576);
    expect(sheet?.values[0]).toEqual(['a']);
    expect(sheet?.values[1]).toBe(sheet?.values[700_000]);
    expect(sheet?.values[1_048_575]?.[16_383]).toBe('x');
    const alone = readXlsx(oneSheet('<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>')).sheets[0];
    expect(alone?.origin).toEqual({ row: 1_048_576, column: 16_384 });
    expect(alone?.values).toEqual([['x']]);
  });

  test('given a whole-sheet merge and a whole-sheet data validation, no rectangle is built', () => {
    const bytes = oneSheet('<row r="1"><c r="A1" t="inlineStr"><is><t>Sổ theo dõi</t></is></c></row>', {
      after:
        '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>' +
        '<dataValidations count="1"><dataValidation type="list" sqref="A1:XFD1048576"><formula1>"Tin,Bài"</formula1></dataValidation></dataValidations>',
    });
    const sheet = readXlsx(bytes).sheets[0];
    expect(sheet?.values).toEqual([['Sổ theo dõi']]);
    expect(sheet?.merges).toEqual([{ top: 1, left: 1, bottom: 1_048_576, right: 16_384 }]);
  });

  test('given more cells than the budget, the file is refused with the count', () => {
    const bytes = oneSheet(cellsRow(1, 60) + cellsRow(2, 60));
    expect(readXlsx(bytes).cells).toBe(120);
    expect(thrown(() => readXlsx(bytes, { limits: { maxCells: 100 } }))).toMatchObject({ constructor: TooLargeError, limit: 'cells', actual: 120, max: 100 });
  });

  test('given more rows holding values than the budget, the file is refused with the count', () => {
    const rows = Array.from({ length: 12 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join('');
    expect(thrown(() => readXlsx(oneSheet(rows), { limits: { maxRows: 10 } }))).toMatchObject({
      constructor: TooLargeError,
      limit: 'rows',
      actual: 11,
      max: 10,
    });
  });

  test('given a short table formatted down to the sheet end (empty rows, empty styled cells), it is read: only rows holding values count (issue 11, tester D3)', () => {
    const filled = Array.from({ length: 5 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i + 1}</v></c></row>`).join('');
    const formatted = Array.from({ length: 40 }, (_, i) =>
      i % 2 === 0
        ? `<row r="${i + 6}" s="1" customFormat="1"/>`
        : `<row r="${i + 6}" s="1" customFormat="1"><c r="A${i + 6}" s="1"/><c r="B${i + 6}" s="1"/></row>`,
    ).join('');
    const sheet = readXlsx(oneSheet(filled + formatted), { limits: { maxRows: 10 } }).sheets[0];
    expect(sheet?.values).toEqual([[1], [2], [3], [4], [5]]);
  });

  test('given rows whose blanks between cells would take far more slots than cells, the file is refused', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c><c r="XFD${i + 1}"><v>2</v></c></row>`).join('');
    expect(thrown(() => readXlsx(oneSheet(rows), { limits: { maxCells: 100_000 } }))).toMatchObject({ constructor: TooLargeError, limit: 'cells' });
  });

  test('given a time budget already spent, reading stops at the next check with the time limit', () => {
    const bytes = oneSheet(Array.from({ length: 10 }, (_, i) => cellsRow(i + 1, 1000)).join(''));
    expect(thrown(() => readXlsx(bytes, { limits: { maxMilliseconds: -1 } }))).toMatchObject({ constructor: TooLargeError, limit: 'time' });
  });
});
