import { CorruptXlsxError, TooLargeError } from '../../../src/xlsx/errors';
import { useNativeInflate } from '../../../src/xlsx/read/inflatePart';
import { readXlsx, readXlsxAsync } from '../../../src/xlsx/read/readXlsx';
import { indexOfAscii, oneSheet, thrown, workbookParts, xlsx, zipParts } from './xlsxParts';

/**
 * readXlsxAsync inflates the larger parts with the platform's DecompressionStream (Node 20 has it, as the
 * pane's browsers do): as gzip members whose trailer carries the zip's CRC-32 where the stream checks it
 * (Node's zlib does), else as 'deflate-raw'. It must read exactly what readXlsx reads, with the same
 * errors for damaged and lying files. A counting stream shows the native path was really taken.
 */

const NativeStream = (globalThis as { DecompressionStream?: new (format: string) => object }).DecompressionStream;
let streams = 0;

beforeAll(async () => {
  if (NativeStream === undefined) throw new Error('this Node has no DecompressionStream');
  class Counting extends NativeStream {
    constructor(format: string) {
      super(format);
      streams++;
    }
  }
  (globalThis as { DecompressionStream?: unknown }).DecompressionStream = Counting;
  await useNativeInflate('auto');
});

afterAll(async () => {
  (globalThis as { DecompressionStream?: unknown }).DecompressionStream = NativeStream;
  await useNativeInflate('auto');
});

beforeEach(async () => {
  // the detection's probe streams are made here, before the count starts
  expect(await useNativeInflate('auto')).toBe('gzip');
  streams = 0;
});

/** Letters that deflate poorly, so a sheet of them is a part of tens of KB zipped. */
function noise(length: number, seed: number): string {
  let text = '';
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    text += String.fromCharCode(97 + (seed % 26));
  }
  return text;
}

const rows = (count: number, seed = 1): string =>
  Array.from(
    { length: count },
    (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>${noise(200, i + seed)}</t></is></c><c r="B${i + 1}"><v>${i * 3}</v></c></row>`,
  ).join('');

/** Sets a uint32 field of `part`'s central directory record (16: CRC-32, 24: inflated size). */
function setDirectoryField(bytes: Uint8Array, part: string, field: 16 | 24, value: number): Uint8Array {
  const copy = bytes.slice();
  for (let at = indexOfAscii(copy, 'PK\u0001\u0002'); at >= 0; at = indexOfAscii(copy, 'PK\u0001\u0002', at + 4)) {
    const nameLength = (copy[at + 28] ?? 0) | ((copy[at + 29] ?? 0) << 8);
    if (new TextDecoder().decode(copy.subarray(at + 46, at + 46 + nameLength)) === part) {
      new DataView(copy.buffer, copy.byteOffset).setUint32(at + field, value >>> 0, true);
      return copy;
    }
  }
  throw new Error(`no ${part} in the directory`);
}

async function rejection(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

const SHEET = 'xl/worksheets/sheet1.xml';

describe('readXlsxAsync reads what readXlsx reads', () => {
  test('given a sheet of 400 rows (tens of KB zipped), the native inflater reads it and the result is identical', async () => {
    const bytes = oneSheet(rows(400), { sharedStrings: ['một', 'hai'], modified: '2026-03-01T08:00:00Z' });
    const expected = readXlsx(bytes);
    expect(expected.sheets[0]?.values[399]?.[1]).toBe(1197);
    expect(await readXlsxAsync(bytes)).toEqual(expected);
    expect(streams).toBe(1);
  });

  test('given only small parts, nothing goes through the native inflater (a stream per small part costs more than fflate)', async () => {
    const bytes = oneSheet('<row r="1"><c r="A1"><v>7</v></c></row>');
    expect(await readXlsxAsync(bytes)).toEqual(readXlsx(bytes));
    expect(streams).toBe(0);
  });

  test('given no native inflater (an older browser), it reads with fflate alone, the same', async () => {
    const bytes = oneSheet(rows(400));
    expect(await useNativeInflate('off')).toBeNull();
    expect(await readXlsxAsync(bytes)).toEqual(readXlsx(bytes));
    expect(streams).toBe(0);
  });

  test('given a large sheet after a larger one, and two files read at once, each part is read whole and alone (one buffer per read, reused)', async () => {
    const twoSheets = xlsx({
      sheets: [
        { name: 'Lớn', data: rows(600) },
        { name: 'Nhỏ', data: rows(150) },
      ],
      sharedStrings: ['một'],
    });
    const expected = readXlsx(twoSheets);
    expect(expected.sheets[1]?.values).toHaveLength(150);
    expect(await readXlsxAsync(twoSheets)).toEqual(expected);
    // after it, the same sizes at once: were the buffer shared, their streams' chunks would overwrite each other
    const files = [oneSheet(rows(400, 7)), oneSheet(rows(400, 1000))];
    expect(await Promise.all(files.map((file) => readXlsxAsync(file)))).toEqual(files.map((file) => readXlsx(file)));
    expect(streams).toBe(4);
  });

  test('given a sheet stored without compression, it is read as stored', async () => {
    const parts: Record<string, string | readonly [string, 0]> = workbookParts({ sheets: [{ name: 'S', data: '' }] });
    parts[SHEET] = [`<worksheet xmlns="x"><sheetData>${rows(100)}</sheetData></worksheet>`, 0];
    const bytes = zipParts(parts);
    expect(await readXlsxAsync(bytes)).toEqual(readXlsx(bytes));
    expect(streams).toBe(0);
  });
});

describe('readXlsxAsync keeps every limit and check, with the same errors', () => {
  const big = oneSheet(rows(400));

  test('given a large sheet that inflates past its declared size, the part size limit names it, as readXlsx does', async () => {
    const lying = setDirectoryField(big, SHEET, 24, 5000);
    const expected = thrown(() => readXlsx(lying));
    expect(expected).toMatchObject({ constructor: TooLargeError, limit: 'partSize', part: SHEET });
    expect(await rejection(() => readXlsxAsync(lying))).toEqual(expected);
    expect(streams).toBe(1);
  });

  test('given a large sheet that inflates to less than declared, it is damaged, as readXlsx says', async () => {
    const lying = setDirectoryField(big, SHEET, 24, 10_000_000);
    const expected = thrown(() => readXlsx(lying));
    expect(expected).toMatchObject({ constructor: CorruptXlsxError, part: SHEET });
    expect(await rejection(() => readXlsxAsync(lying))).toEqual(expected);
  });

  test('given a large sheet whose CRC-32 does not match, it is damaged and named', async () => {
    const original = readXlsx(big);
    expect(original.sheets).toHaveLength(1);
    const rotten = setDirectoryField(big, SHEET, 16, 0x1234_5678);
    const expected = thrown(() => readXlsx(rotten));
    expect(expected).toMatchObject({ constructor: CorruptXlsxError, truncated: false, part: SHEET });
    expect(await rejection(() => readXlsxAsync(rotten))).toEqual(expected);
    expect(streams).toBe(1);
  });

  test('given bad deflate data in a large sheet, the same damaged-part error', async () => {
    const broken = big.slice();
    const local = indexOfAscii(broken, `PK\u0003\u0004`, indexOfAscii(broken, SHEET) - 30);
    const data = local + 30 + SHEET.length + 2000;
    for (let i = 0; i < 64; i++) broken[data + i] = 0xff;
    const expected = thrown(() => readXlsx(broken));
    expect(expected).toBeInstanceOf(CorruptXlsxError);
    expect(await rejection(() => readXlsxAsync(broken))).toEqual(expected);
    expect(streams).toBe(1);
  });

  test('given a file over the time budget, the native read stops with the time limit', async () => {
    const error = await rejection(() => readXlsxAsync(big, { limits: { maxMilliseconds: -1 } }));
    expect(error).toMatchObject({ constructor: TooLargeError, limit: 'time' });
  });
});

describe('where the stream takes no gzip, parts go through deflate-raw and the CRC-32 is computed here', () => {
  const big = oneSheet(rows(400));
  let Counting: (new (format: string) => object) | undefined;

  beforeEach(async () => {
    Counting = (globalThis as { DecompressionStream?: new (format: string) => object }).DecompressionStream;
    if (Counting === undefined) throw new Error('no DecompressionStream');
    class RawOnly extends Counting {
      constructor(format: string) {
        if (format === 'gzip') throw new TypeError('gzip is not supported here');
        super(format);
      }
    }
    (globalThis as { DecompressionStream?: unknown }).DecompressionStream = RawOnly;
    expect(await useNativeInflate('auto')).toBe('deflate-raw');
    streams = 0;
  });

  afterEach(() => {
    (globalThis as { DecompressionStream?: unknown }).DecompressionStream = Counting;
  });

  test('given a large sheet, it is read by the stream, the same as readXlsx', async () => {
    expect(await readXlsxAsync(big)).toEqual(readXlsx(big));
    expect(streams).toBe(1);
  });

  test('given a large sheet whose CRC-32 does not match, it is damaged and named, as readXlsx says', async () => {
    const rotten = setDirectoryField(big, SHEET, 16, 0x1234_5678);
    const expected = thrown(() => readXlsx(rotten));
    expect(expected).toMatchObject({ constructor: CorruptXlsxError, part: SHEET });
    expect(await rejection(() => readXlsxAsync(rotten))).toEqual(expected);
    expect(streams).toBe(1);
  });
});
