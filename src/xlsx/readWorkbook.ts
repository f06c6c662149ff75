import ExcelJS from 'exceljs';
import type { RawCell, RawSheet } from '../core/ports/workbookPort';
import { CorruptXlsxError, EmptyFileError, EncryptedXlsxError, NotXlsxError, type DetectedFormat } from './errors';

/**
 * Reads .xlsx bytes into RawSheets, the same shape src/excel hands back from Office.js, so every
 * reader in the core works on units' files and on the open workbook alike. Runs in Node and in the
 * browser: it takes bytes, never a path.
 *
 * Values follow Office.js: dates become 1900-system serial numbers, rich text and hyperlinks their
 * plain text, formulas their cached result (null when the file has none; exceljs's cell.value
 * loses a cached 0, FALSE or "", so we read cell.result), and cells covered by a
 * merge (other than its top-left) read as null. exceljs itself returns the merge's value in every
 * covered cell, which would count one typed value many times.
 */

export interface ReadOptions {
  /** How error values (#N/A, #REF!...) read: null (default) or their text. */
  readonly errors?: 'null' | 'text';
}

const MS_PER_DAY = 86_400_000;

export async function readWorkbook(bytes: ArrayBuffer | Uint8Array, options: ReadOptions = {}): Promise<RawSheet[]> {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  checkSignature(data);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch (cause) {
    throw new CorruptXlsxError(false, cause);
  }
  const sheets: RawSheet[] = [];
  workbook.eachSheet((ws) => sheets.push(readSheet(ws, options)));
  return sheets;
}

/** Fails fast, with the right error, on bytes that cannot be an .xlsx. */
export function checkSignature(data: Uint8Array): void {
  if (data.length === 0) throw new EmptyFileError();
  if (startsWith(data, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    // An OLE compound file: a legacy .xls, or an .xlsx that Excel encrypted with a password
    // (the package then sits in an "EncryptedPackage" stream next to "EncryptionInfo").
    if (containsUtf16(data, 'EncryptionInfo') || containsUtf16(data, 'EncryptedPackage')) throw new EncryptedXlsxError();
    throw new NotXlsxError('xls');
  }
  if (startsWith(data, [0x50, 0x4b, 0x05, 0x06])) throw new CorruptXlsxError(false); // an empty zip
  if (!startsWith(data, [0x50, 0x4b, 0x03, 0x04])) throw new NotXlsxError(sniff(data));
  if (!hasEndOfCentralDirectory(data)) throw new CorruptXlsxError(true);
  if (!containsAscii(data, 'xl/workbook.xml')) throw new NotXlsxError('zip');
}

function startsWith(data: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => data[i] === byte);
}

/** The zip's end record sits in the last 22 bytes plus at most a 64 KiB comment. */
function hasEndOfCentralDirectory(data: Uint8Array): boolean {
  const stop = Math.max(0, data.length - 22 - 0xffff);
  for (let i = data.length - 22; i >= stop; i--) {
    if (data[i] === 0x50 && data[i + 1] === 0x4b && data[i + 2] === 0x05 && data[i + 3] === 0x06) return true;
  }
  return false;
}

function containsAscii(data: Uint8Array, needle: string): boolean {
  return indexOf(data, Array.from(needle, (ch) => ch.charCodeAt(0))) >= 0;
}

function containsUtf16(data: Uint8Array, needle: string): boolean {
  return indexOf(data, Array.from(needle).flatMap((ch) => [ch.charCodeAt(0), 0])) >= 0;
}

function indexOf(data: Uint8Array, needle: readonly number[]): number {
  const first = needle[0];
  outer: for (let i = data.indexOf(first ?? 0); i >= 0 && i <= data.length - needle.length; i = data.indexOf(first ?? 0, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (data[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

function sniff(data: Uint8Array): DetectedFormat {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(data.subarray(0, 512)).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<?xml')) return 'html';
  const sample = data.subarray(0, 512);
  const binary = sample.some((byte) => byte === 0 || (byte < 0x09) || (byte > 0x0d && byte < 0x20 && byte !== 0x1b));
  return binary ? 'unknown' : 'text';
}

function readSheet(ws: ExcelJS.Worksheet, options: ReadOptions): RawSheet {
  const cells: { row: number; column: number; value: RawCell }[] = [];
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      // exceljs drops a falsy cached result (0, FALSE, "") from cell.value; cell.result keeps it
      const value = cell.type === ExcelJS.ValueType.Formula ? toRaw(cell.result ?? null, options) : toRaw(cell.value, options);
      if (value === null || value === '') return;
      cells.push({ row: rowNumber, column, value });
      top = Math.min(top, rowNumber);
      bottom = Math.max(bottom, rowNumber);
      left = Math.min(left, column);
      right = Math.max(right, column);
    });
  });
  if (cells.length === 0) return { name: ws.name, values: [], origin: { row: 1, column: 1 } };
  const values: RawCell[][] = Array.from({ length: bottom - top + 1 }, () => new Array<RawCell>(right - left + 1).fill(null));
  for (const cell of cells) {
    const row = values[cell.row - top];
    if (row) row[cell.column - left] = cell.value;
  }
  return { name: ws.name, values, origin: { row: top, column: left } };
}

/** One exceljs cell value as Office.js would hand it back. */
export function toRaw(value: ExcelJS.CellValue, options: ReadOptions = {}): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return dateToSerial(value);
  if ('error' in value) return options.errors === 'text' ? value.error : null;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) {
    const text: unknown = value.text;
    if (typeof text === 'string') return text;
    if (isRichText(text)) return text.richText.map((run) => run.text).join('');
    return value.hyperlink;
  }
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result;
    return result === undefined ? null : toRaw(result, options);
  }
  return null;
}

function isRichText(value: unknown): value is ExcelJS.CellRichTextValue {
  return typeof value === 'object' && value !== null && Array.isArray((value as { richText?: unknown }).richText);
}

/**
 * exceljs turns date-formatted serials into Dates at UTC (honouring a 1904 workbook); this turns
 * them back into 1900-system serials, rounded to the millisecond to drop float noise.
 */
export function dateToSerial(date: Date): number {
  const serial = date.getTime() / MS_PER_DAY + 25569;
  return Math.round(serial * MS_PER_DAY) / MS_PER_DAY;
}
