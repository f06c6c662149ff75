/** A1 address arithmetic shared by layouts, readers and both renderers. Rows and columns are 1-based. */

export function columnLetters(column: number): string {
  if (!Number.isInteger(column) || column < 1) throw new RangeError(`column must be a positive integer, got ${column}`);
  let n = column;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnNumber(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) throw new RangeError(`not a column: ${letters}`);
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function address(row: number, column: number): string {
  if (!Number.isInteger(row) || row < 1) throw new RangeError(`row must be a positive integer, got ${row}`);
  return `${columnLetters(column)}${row}`;
}

export interface CellRef {
  readonly row: number;
  readonly column: number;
}

export interface RangeRef {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export function parseAddress(a1: string): CellRef {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  if (!match?.[1] || !match[2]) throw new RangeError(`not an A1 address: ${a1}`);
  return { row: Number(match[2]), column: columnNumber(match[1]) };
}

export function parseRange(a1: string): RangeRef {
  const [first, second] = a1.split(':');
  if (first === undefined) throw new RangeError(`not an A1 range: ${a1}`);
  const start = parseAddress(first);
  const end = second === undefined ? start : parseAddress(second);
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.column, end.column),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.column, end.column),
  };
}

export function rangeAddress(range: RangeRef): string {
  const start = address(range.top, range.left);
  const end = address(range.bottom, range.right);
  return start === end ? start : `${start}:${end}`;
}

/** Quotes a sheet name for use in a reference: 'Kế hoạch'!A1. */
export function sheetRef(sheetName: string, a1: string): string {
  return `'${sheetName.replace(/'/g, "''")}'!${a1}`;
}

/** Turns "B3" into "$B$3" and "A2:A9" into "$A$2:$A$9". */
export function absolute(a1: string): string {
  return a1
    .split(':')
    .map((part) => {
      const ref = parseAddress(part);
      return `$${columnLetters(ref.column)}$${ref.row}`;
    })
    .join(':');
}
