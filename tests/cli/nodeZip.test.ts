/**
 * The CLI reads parts with Node's zlib (src/cli/nodeZip.ts) where the pane uses fflate: the same
 * workbook must read the same, and a damaged or lying file must fail with the same error and
 * figures either way (anything zlib refuses is inflated again the portable way).
 */
import fs from 'node:fs';
import path from 'node:path';
import { useNodeZip } from '../../src/cli/nodeZip';
import { useZipCodec } from '../../src/xlsx/read/inflatePart';
import { readXlsx } from '../../src/xlsx/read/readXlsx';
import { indexOfAscii, oneSheet, thrown } from '../xlsx/read/xlsxParts';

function bothWays<T>(work: () => T): { portable: T; node: T } {
  useZipCodec(null);
  const portable = work();
  useNodeZip();
  try {
    return { portable, node: work() };
  } finally {
    useZipCodec(null);
  }
}

/** Sets the inflated size (offset 24) or the CRC-32 (offset 16) the central directory declares for `part`. */
function patchDirectory(bytes: Uint8Array, part: string, offset: 16 | 24, value: number): Uint8Array {
  const copy = bytes.slice();
  for (let at = indexOfAscii(copy, 'PK\u0001\u0002'); at >= 0; at = indexOfAscii(copy, 'PK\u0001\u0002', at + 4)) {
    const nameLength = (copy[at + 28] ?? 0) | ((copy[at + 29] ?? 0) << 8);
    if (new TextDecoder().decode(copy.subarray(at + 46, at + 46 + nameLength)) === part) {
      new DataView(copy.buffer, copy.byteOffset).setUint32(at + offset, value >>> 0, true);
      return copy;
    }
  }
  throw new Error(`no ${part} in the directory`);
}

/** An error as its class, message and own fields (limit, actual, max, part, truncated). */
const shape = (error: unknown): unknown => (error instanceof Error ? { ...error, type: error.constructor.name, message: error.message } : error);

const SHEET = 'xl/worksheets/sheet1.xml';
const row = (count: number): string => `<row r="1">${Array.from({ length: count }, (_, i) => `<c><v>${i}</v></c>`).join('')}</row>`;

describe("reading with Node's zlib", () => {
  test('given the field and fixture workbooks, every one reads the same as with fflate', () => {
    const dir = path.join(__dirname, '..', 'fixtures', 'trackers', 'corpus');
    const files: string[] = [];
    const walk = (folder: string): void => {
      for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name.endsWith('.xlsx')) files.push(full);
      }
    };
    walk(dir);
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const bytes = new Uint8Array(fs.readFileSync(file));
      const { portable, node } = bothWays(() => {
        try {
          return readXlsx(bytes);
        } catch (error) {
          return shape(error);
        }
      });
      expect(node).toEqual(portable);
    }
  });

  test.each([
    ['a part that inflates past its declared size', patchDirectory(oneSheet(row(500)), SHEET, 24, 100)],
    ['a part that inflates to less than declared', patchDirectory(oneSheet(row(5)), SHEET, 24, 100_000)],
    ['a CRC-32 that does not match', patchDirectory(oneSheet(row(5)), SHEET, 16, 12345)],
    [
      'deflate data cut short',
      (() => {
        const bytes = oneSheet(row(400));
        const at = indexOfAscii(bytes, SHEET) + SHEET.length;
        const broken = bytes.slice();
        broken.fill(0, at + 20, at + 60);
        return broken;
      })(),
    ],
  ])('given %s, the error and its figures are the same as with fflate', (_name, bytes) => {
    const { portable, node } = bothWays(() => shape(thrown(() => readXlsx(bytes))));
    expect(portable).toHaveProperty('type');
    expect(node).toEqual(portable);
  });
});
