/**
 * Which text Excel would not keep as typed: a formula start, a number, a percent, a date or a
 * boolean. Both renderers give such cells the Text number format ("@") before writing them, so a
 * title like "=HYPERLINK(...)", a note starting with "- " or an issue number like "0123" stays text.
 *
 * Why the Text format rather than a leading apostrophe: Excel stores a string written into a
 * Text-formatted cell exactly as given, on every platform, and Office.js reads it back unchanged.
 * The apostrophe (quote prefix) depends on Excel consuming it like typed input, and Office.js round
 * trips drop it (OfficeDev/office-js#6687), so a later rewrite of the same value would turn it into
 * a formula.
 */

export const TEXT_FORMAT = '@';

/** Formula starts, and the apostrophe Excel consumes as a quote prefix ("'abc" would store abc). */
const FORMULA_START = /^[=+\-@']/;
/** Text Excel would turn into a number (1e5 too), percent, time or date: digits, signs, separators. */
const NUMBER_LIKE = /^\s*[(+$€₫-]?\s*[\d.,]+(e[+-]?\d+)?([\s/:.-][\d.,]+)*\s*(%|[)]|[ap]m)?\s*$/i;
const BOOLEAN_LIKE = /^\s*(true|false)\s*$/i;
const MONTHS = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*';
const ENGLISH_DATE_LIKE = new RegExp(`^\\s*(${MONTHS}[\\s\\-/.,]*\\d|\\d{1,2}[\\s\\-/.]*${MONTHS}\\b)`, 'i');

export function needsTextProtection(text: string): boolean {
  return FORMULA_START.test(text) || NUMBER_LIKE.test(text) || BOOLEAN_LIKE.test(text) || ENGLISH_DATE_LIKE.test(text);
}
