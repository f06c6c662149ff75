import { isoToSerial } from '../core/dates/serial';
import type { CellValue } from '../core/layout/types';

/**
 * Turns a layout cell into what Office.js `formulas` takes, and decides which text cells must be
 * protected from Excel's typing rules.
 *
 * Why protect with the Text number format ("@") rather than a leading apostrophe: Excel stores a
 * string written into a Text-formatted cell exactly as given, on every platform, and Office.js
 * reads it back unchanged. The apostrophe (quote prefix) depends on Excel consuming it like typed
 * input, and Office.js round trips drop it (OfficeDev/office-js#6687), so a later rewrite of the
 * same value would turn it into a formula. "@" costs a number format on the protected cells only.
 */

export type FormulaInput = string | number | boolean;

export const DATE_FORMAT = 'dd/mm/yyyy';
export const TEXT_FORMAT = '@';

/** Formula starts, and the apostrophe Excel consumes as a quote prefix ("'abc" would store abc). */
const FORMULA_START = /^[=+\-@']/;
/** Text Excel would turn into a number (1e5 too), percent, time or date: digits, signs, separators. */
const NUMBER_LIKE = /^\s*[(+$€₫-]?\s*[\d.,]+(e[+-]?\d+)?([\s/:.-][\d.,]+)*\s*(%|[)]|[ap]m)?\s*$/i;
const BOOLEAN_LIKE = /^\s*(true|false)\s*$/i;
const MONTHS = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*';
const ENGLISH_DATE_LIKE = new RegExp(`^\\s*(${MONTHS}[\\s\\-/.,]*\\d|\\d{1,2}[\\s\\-/.]*${MONTHS}\\b)`, 'i');

/** True when Excel would not keep the text as typed: a formula, a number, a date, a boolean. */
export function needsTextProtection(text: string): boolean {
  return FORMULA_START.test(text) || NUMBER_LIKE.test(text) || BOOLEAN_LIKE.test(text) || ENGLISH_DATE_LIKE.test(text);
}

export interface CellWrite {
  readonly input: FormulaInput;
  /** Set "@" on the cell before writing. */
  readonly protect: boolean;
  /** Give the cell a date format after writing. */
  readonly date: boolean;
}

const EMPTY: CellWrite = { input: '', protect: false, date: false };

export function cellWrite(value: CellValue | undefined): CellWrite {
  if (value === undefined) return EMPTY;
  switch (value.kind) {
    case 'empty':
      return EMPTY;
    case 'text':
      return { input: value.text, protect: needsTextProtection(value.text), date: false };
    case 'number':
      return { input: value.value, protect: false, date: false };
    case 'boolean':
      return { input: value.value, protect: false, date: false };
    case 'date':
      return { input: isoToSerial(value.iso), protect: false, date: true };
    case 'formula':
      return { input: value.formula.startsWith('=') ? value.formula : `=${value.formula}`, protect: false, date: false };
  }
}
