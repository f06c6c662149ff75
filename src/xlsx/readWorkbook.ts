import type { RawSheet } from '../core/ports/workbookPort';
import { CorruptXlsxError, NotXlsxError } from './errors';
import { checkLeadingBytes } from './read/detectFormat';
import { readXlsx, readXlsxAsync, type XlsxContents, type XlsxReadOptions } from './read/readXlsx';
import { findEndRecord } from './read/zipDirectory';

/**
 * Reads .xlsx bytes into RawSheets, the same shape src/excel hands back from Office.js, so every
 * reader in the core works on units' files and on the open workbook alike. Runs in Node and in the
 * browser: it takes bytes, never a path.
 *
 * Values follow the RawSheet contract: jagged rows from the first used cell; dates as 1900-system
 * serials (1904 workbooks and ISO `t="d"` cells converted); formulas their cached result (null when
 * the file has none); errors their text ("#N/A") unless `errors: 'null'`; rich text its plain text;
 * only a merge's top-left cell holds its value; visibility, merges, hidden rows and hyperlinks
 * beside. Bounded by `limits` (src/xlsx/read/limits.ts); throws only XlsxError subclasses for a
 * file that cannot be read (see readXlsx).
 */
export type ReadOptions = XlsxReadOptions;

export async function readWorkbook(bytes: ArrayBuffer | Uint8Array, options: ReadOptions = {}): Promise<RawSheet[]> {
  return Promise.resolve(readXlsx(bytes, options).sheets);
}

/**
 * readXlsx's whole result (sheets, date system, modification time, cell count), for callers that need more than sheets;
 * readXlsxAsync is the same reading with the larger parts inflated natively where the platform can (the pane's worker).
 */
export { readXlsx, readXlsxAsync, type XlsxContents };

/** Fails fast, with the right error, on bytes that cannot be an .xlsx, without inflating anything. */
export function checkSignature(data: Uint8Array): void {
  if (checkLeadingBytes(data) === 'empty-zip') throw new CorruptXlsxError(false);
  if (findEndRecord(data) < 0) throw new CorruptXlsxError(true);
  if (!containsAscii(data, 'xl/workbook.xml')) throw new NotXlsxError(containsAscii(data, 'xl/workbook.bin') ? 'xlsb' : 'zip');
}

function containsAscii(data: Uint8Array, needle: string): boolean {
  const bytes = Array.from(needle, (ch) => ch.charCodeAt(0));
  const first = bytes[0] ?? 0;
  outer: for (let i = data.indexOf(first); i >= 0 && i <= data.length - bytes.length; i = data.indexOf(first, i + 1)) {
    for (let j = 1; j < bytes.length; j++) if (data[i + j] !== bytes[j]) continue outer;
    return true;
  }
  return false;
}
