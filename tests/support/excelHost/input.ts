import type { CellState } from './model';
import { invalidArgument } from './errors';

/**
 * How Excel takes a value written through `values` or `formulas`: like typing it into the cell.
 * That is the trap the adapter must avoid, so the host reproduces it:
 *  - a string starting with "=" becomes a formula; so does one starting with "+", "-" or "@" that
 *    is not a plain number (Office.js documents: "If the value starts with a plus, minus, or equal
 *    sign, Excel interprets this value as a formula");
 *  - numeric text becomes a number ("0123" -> 123, "12%" -> 0.12), "TRUE"/"FALSE" become booleans,
 *    and m/d/yyyy text becomes a date serial (en-US parsing);
 *  - a leading apostrophe is consumed and keeps the rest as text (quote prefix);
 *  - in a cell whose number format is Text ("@") a string is stored exactly as given.
 * The host does not calculate: a formula cell's value reads back as null.
 */
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?(%?)$/i;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

function usDateSerial(text: string): number | null {
  const match = US_DATE.exec(text);
  if (!match) return null;
  const month = Number(match[1]);
  const day = Number(match[2]);
  const year = Number(match[3]);
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || year < 1900) return null;
  return Math.round((time - Date.UTC(1899, 11, 30)) / 86400000);
}

export function writeInput(cell: CellState, input: unknown): void {
  if (input === null || input === undefined) return; // null leaves the cell as it is
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw invalidArgument(`${input} is not a value a cell can hold.`);
    cell.value = input;
    cell.formula = null;
    return;
  }
  if (typeof input === 'boolean') {
    cell.value = input;
    cell.formula = null;
    return;
  }
  if (typeof input !== 'string') throw invalidArgument(`A cell cannot hold a ${typeof input}.`);
  cell.formula = null;
  if (cell.numberFormat === '@') {
    cell.value = input;
    return;
  }
  if (input.startsWith("'")) {
    cell.value = input.slice(1);
    return;
  }
  const trimmed = input.trim();
  const numeric = NUMBER.exec(trimmed);
  if (numeric && trimmed !== '') {
    const percent = numeric[4] === '%';
    cell.value = Number(trimmed.replace('%', '')) / (percent ? 100 : 1);
    if (percent && cell.numberFormat === 'General') cell.numberFormat = '0%';
    return;
  }
  if (input.startsWith('=') && input.length > 1) {
    cell.formula = input;
    cell.value = null;
    return;
  }
  if (/^[+\-@]/.test(input) && input.length > 1) {
    cell.formula = `=${input}`;
    cell.value = null;
    return;
  }
  if (/^(true|false)$/i.test(trimmed)) {
    cell.value = trimmed.toLowerCase() === 'true';
    return;
  }
  const serial = usDateSerial(trimmed);
  if (serial !== null) {
    cell.value = serial;
    if (cell.numberFormat === 'General') cell.numberFormat = 'm/d/yyyy';
    return;
  }
  cell.value = input;
}
