import { invalidArgument } from './errors';

/**
 * A1 parsing for the host. Kept separate from src/core so the host stays a self-contained test
 * double (it is bundled into the browser as is) and handles what Excel accepts but layouts never
 * write: whole columns ("A:C"), whole rows ("3:5") and sheet-qualified addresses.
 */
export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export function columnLetters(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

interface Part {
  readonly row?: number;
  readonly column?: number;
}

function parsePart(text: string, original: string): Part {
  const match = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(text.trim());
  if (!match || (match[1] === '' && match[2] === '')) throw invalidArgument(`The address '${original}' is not valid.`);
  const part: { row?: number; column?: number } = {};
  if (match[1]) part.column = columnNumber(match[1]);
  if (match[2]) part.row = Number(match[2]);
  if ((part.row !== undefined && (part.row < 1 || part.row > MAX_ROWS)) || (part.column !== undefined && part.column > MAX_COLUMNS)) {
    throw invalidArgument(`The address '${original}' is outside the sheet.`);
  }
  return part;
}

/** Splits "'My sheet'!A1:B2" into the sheet name (unquoted) and the address. */
export function splitSheet(address: string): { sheet?: string; a1: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { a1: address };
  let sheet = address.slice(0, bang).replace(/^=/, '');
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, a1: address.slice(bang + 1) };
}

export function parseRect(a1: string): Rect {
  const [first, second, extra] = a1.split(':');
  if (first === undefined || extra !== undefined) throw invalidArgument(`The address '${a1}' is not valid.`);
  const start = parsePart(first, a1);
  const end = second === undefined ? start : parsePart(second, a1);
  const wholeColumns = start.row === undefined && end.row === undefined;
  const wholeRows = start.column === undefined && end.column === undefined;
  if (!wholeColumns && !wholeRows && (start.row === undefined || end.row === undefined || start.column === undefined || end.column === undefined)) {
    throw invalidArgument(`The address '${a1}' is not valid.`);
  }
  const r1 = start.row ?? 1;
  const r2 = end.row ?? MAX_ROWS;
  const c1 = start.column ?? 1;
  const c2 = end.column ?? MAX_COLUMNS;
  return {
    top: Math.min(r1, r2),
    left: Math.min(c1, c2),
    bottom: wholeColumns ? MAX_ROWS : Math.max(r1, r2),
    right: wholeRows ? MAX_COLUMNS : Math.max(c1, c2),
  };
}

export function rectAddress(rect: Rect): string {
  const start = `${columnLetters(rect.left)}${rect.top}`;
  const end = `${columnLetters(rect.right)}${rect.bottom}`;
  return start === end ? start : `${start}:${end}`;
}

export function rectRows(rect: Rect): number {
  return rect.bottom - rect.top + 1;
}

export function rectColumns(rect: Rect): number {
  return rect.right - rect.left + 1;
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function contains(outer: Rect, row: number, column: number): boolean {
  return row >= outer.top && row <= outer.bottom && column >= outer.left && column <= outer.right;
}

/** Quotes a sheet name the way Excel writes it in an address. */
export function qualify(sheet: string, rect: Rect): string {
  const name = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${rectAddress(rect)}`;
}
