import { EmptyFileError, EncryptedXlsxError, NotXlsxError, type DetectedFormat } from '../errors';

/**
 * What a file is, from its first bytes, before any reading: offices send .xls, .ods, Excel 2003
 * XML, CSV and web pages renamed .xlsx, and each needs its own words (issue 9). Zip-based formats
 * (.xlsb, .ods) are told apart later, from the zip directory (see openPackage).
 */

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];

/**
 * 'zip' when the bytes start like a zip (the caller reads on), 'empty-zip' for an empty archive;
 * throws EmptyFileError, EncryptedXlsxError (an OLE container holding EncryptionInfo and
 * EncryptedPackage) or NotXlsxError with what the bytes look like.
 */
export function checkLeadingBytes(data: Uint8Array): 'zip' | 'empty-zip' {
  if (data.length === 0) throw new EmptyFileError();
  if (startsWith(data, OLE)) {
    if (containsUtf16(data, 'EncryptionInfo') || containsUtf16(data, 'EncryptedPackage')) throw new EncryptedXlsxError();
    throw new NotXlsxError('xls');
  }
  if (startsWith(data, ZIP_EMPTY)) return 'empty-zip';
  if (!startsWith(data, ZIP_LOCAL)) throw new NotXlsxError(sniffText(data));
  return 'zip';
}

/** A file that is not a zip nor an OLE file: SpreadsheetML 2003, HTML, CSV, other text, or binary. */
export function sniffText(data: Uint8Array): DetectedFormat {
  const sample = data.subarray(0, 4096);
  let head: string;
  if (sample[0] === 0xff && sample[1] === 0xfe) head = new TextDecoder('utf-16le').decode(sample.subarray(2));
  else if (sample[0] === 0xfe && sample[1] === 0xff) head = new TextDecoder('utf-16be').decode(sample.subarray(2));
  else {
    const binary = sample.some((byte) => byte === 0 || byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b));
    if (binary) return 'unknown';
    head = new TextDecoder('utf-8', { fatal: false }).decode(sample);
  }
  const text = head.replace(/^\uFEFF/, '').trimStart();
  const lower = text.toLowerCase();
  if (lower.includes('progid="excel.sheet"') || lower.includes('urn:schemas-microsoft-com:office:spreadsheet')) return 'xml2003';
  if (lower.startsWith('<!doctype html') || lower.startsWith('<html') || /<(html|table|body)[\s>]/.test(lower.slice(0, 1024))) return 'html';
  if (lower.startsWith('<?xml') || lower.startsWith('<')) return 'text';
  return looksLikeCsv(text) ? 'csv' : 'text';
}

/** Two or more lines that split into the same number (≥ 2) of fields on one of , ; or tab. */
function looksLikeCsv(text: string): boolean {
  const lines = text
    .split(/\r\n|\n|\r/)
    .filter((line) => line.trim() !== '')
    .slice(0, 10);
  if (lines.length < 2) return false;
  return [',', ';', '\t'].some((separator) => {
    const counts = lines.slice(0, lines.length > 2 ? -1 : undefined).map((line) => line.split(separator).length);
    const first = counts[0] ?? 1;
    return first >= 2 && counts.every((count) => count === first);
  });
}

function startsWith(data: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => data[i] === byte);
}

function containsUtf16(data: Uint8Array, needle: string): boolean {
  const bytes = Array.from(needle).flatMap((ch) => [ch.charCodeAt(0), 0]);
  const first = bytes[0] ?? 0;
  outer: for (let i = data.indexOf(first); i >= 0 && i <= data.length - bytes.length; i = data.indexOf(first, i + 1)) {
    for (let j = 1; j < bytes.length; j++) if (data[i + j] !== bytes[j]) continue outer;
    return true;
  }
  return false;
}
