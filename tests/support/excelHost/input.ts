import type { CellState } from './model';
import { invalidArgument } from './errors';

/**
 * How Excel takes a value written through `values` or `formulas`: like typing it into the cell
 * (en-US). That is the trap the adapter must avoid, so the host reproduces it:
 *  - a string starting with "=" becomes a formula; so does one starting with "+", "-" or "@" that
 *    is not a plain number ("If the value starts with a plus, minus, or equal sign, Excel interprets
 *    this value as a formula": Range.values, https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member);
 *  - numeric text becomes a number ("007" -> 7, "1e5" -> 100000, "1,000" -> 1000, "12%" -> 0.12),
 *    "TRUE"/"FALSE" become booleans;
 *  - date and time text becomes a serial, as typing it would ("Set and get date values",
 *    https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-dates): ISO
 *    "2018-03-05", m/d/yyyy, m/d/yy, "1/2" (2 January of the current year), "10:30";
 *  - an error literal ("#N/A", "#DIV/0!") becomes that error value, read back with valueTypes
 *    'Error' (Range.valueTypes, https://learn.microsoft.com/javascript/api/excel/excel.rangevaluetype);
 *  - a leading apostrophe is consumed and keeps the rest as text (quote prefix);
 *  - in a cell whose number format is Text ("@") a string is stored exactly as given.
 * The host does not calculate: a formula cell's value reads back as null.
 */
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?(%?)$/i;
const THOUSANDS = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/** The error values Excel knows; typed or written, each becomes the error, not text. */
export const ERROR_LITERALS: readonly string[] = [
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
];

function serial(year: number, month: number, day: number): number | null {
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || year < 1900 || year > 9999) return null;
  return Math.round((time - Date.UTC(1899, 11, 30)) / 86400000);
}

/** Date or time text as Excel en-US reads it, with the number format Excel gives the cell. */
function dateOrTime(text: string): { value: number; format: string } | null {
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const value = serial(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return value === null ? null : { value, format: 'yyyy-mm-dd' };
  }
  const us = US_DATE.exec(text);
  if (us) {
    const yearText = us[3];
    // Two-digit years: 00-29 are 20xx, 30-99 are 19xx (Excel's default cut-off).
    let year = yearText === undefined ? new Date().getUTCFullYear() : Number(yearText);
    if (yearText !== undefined && yearText.length === 2) year += year < 30 ? 2000 : 1900;
    const value = serial(year, Number(us[1]), Number(us[2]));
    return value === null ? null : { value, format: yearText === undefined ? 'd-mmm' : 'm/d/yyyy' };
  }
  const time = TIME.exec(text);
  if (time) {
    const [hours, minutes, seconds] = [Number(time[1]), Number(time[2]), Number(time[3] ?? 0)];
    if (hours > 23 || minutes > 59 || seconds > 59) return null;
    return { value: (hours * 3600 + minutes * 60 + seconds) / 86400, format: 'h:mm' };
  }
  return null;
}

function setValue(cell: CellState, value: string | number | boolean | null, error = false): void {
  cell.value = value;
  cell.error = error;
}

export function writeInput(cell: CellState, input: unknown): void {
  if (input === null || input === undefined) return; // null leaves the cell as it is
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw invalidArgument(`${input} is not a value a cell can hold.`);
    setValue(cell, input);
    cell.formula = null;
    return;
  }
  if (typeof input === 'boolean') {
    setValue(cell, input);
    cell.formula = null;
    return;
  }
  if (typeof input !== 'string') throw invalidArgument(`A cell cannot hold a ${typeof input}.`);
  cell.formula = null;
  if (cell.numberFormat === '@') {
    setValue(cell, input);
    return;
  }
  if (input.startsWith("'")) {
    setValue(cell, input.slice(1));
    return;
  }
  const trimmed = input.trim();
  const numeric = NUMBER.exec(trimmed);
  if (numeric && trimmed !== '') {
    const percent = numeric[4] === '%';
    setValue(cell, Number(trimmed.replace('%', '')) / (percent ? 100 : 1));
    if (percent && cell.numberFormat === 'General') cell.numberFormat = '0%';
    return;
  }
  if (THOUSANDS.test(trimmed)) {
    setValue(cell, Number(trimmed.replace(/,/g, '')));
    if (cell.numberFormat === 'General') cell.numberFormat = '#,##0';
    return;
  }
  if (input.startsWith('=') && input.length > 1) {
    cell.formula = input;
    setValue(cell, null);
    return;
  }
  if (/^[+\-@]/.test(input) && input.length > 1) {
    cell.formula = `=${input}`;
    setValue(cell, null);
    return;
  }
  if (/^(true|false)$/i.test(trimmed)) {
    setValue(cell, trimmed.toLowerCase() === 'true');
    return;
  }
  const upper = trimmed.toUpperCase();
  if (ERROR_LITERALS.includes(upper)) {
    setValue(cell, upper, true);
    return;
  }
  const date = dateOrTime(trimmed);
  if (date) {
    setValue(cell, date.value);
    if (cell.numberFormat === 'General') cell.numberFormat = date.format;
    return;
  }
  setValue(cell, input);
}
