import type { RawCell } from '../ports/workbookPort';
import { cellText } from '../text/cellText';
import { parseAmount } from './amount';

// Per-cell patterns as constants: a literal in a function body is a new RegExp each time it runs (issue 11).
const MINUTES_NUMBER = /^\d{1,6}([.,]\d{1,3})?$/;

/**
 * The measure cells of an output row (issue 13): minutes of airtime ("Thời lượng (phút)") and
 * what the output cost ("Kinh phí (đồng)"), read as offices type them. Only a value read is kept:
 * a blank or unreadable cell adds nothing to a sum (the row still counts as an output), and the
 * measure rule of validation says which cell it skipped.
 */

/** Words officers put after a number of minutes: "120 phút", "15p", "30'". */
export const MINUTE_WORDS = /\s*(phút|phut|ph|p|'|min|minutes?)\.?$/iu;

/**
 * Minutes in a cell: a number ≥ 0, or text such as "120", "120 phút", "1,5" (Vietnamese decimal
 * comma), "2.5". Null when blank, negative or not a number. Minutes are not money, so "1.500" is
 * one and a half, not fifteen hundred: no plan counts airtime in thousands of minutes a row.
 */
export function parseMinutes(raw: RawCell | undefined): number | null {
  if (raw === undefined || raw === null || typeof raw === 'boolean') return null;
  if (typeof raw === 'number') return Number.isFinite(raw) && raw >= 0 ? raw : null;
  const text = cellText(raw).trim().replace(MINUTE_WORDS, '').trim();
  if (!MINUTES_NUMBER.test(text)) return null;
  return Number(text.replace(',', '.'));
}

/** Whole đồng in a cell (records/amount.ts: Vietnamese notation, "2 triệu"), or null when blank or refused. */
export function parseCost(raw: RawCell | undefined): number | null {
  if (raw === undefined || raw === null) return null;
  const reading = parseAmount(raw);
  return 'amount' in reading ? reading.amount : null;
}

/** `{ minutes, amount }` of a row's cells, each present only when its cell holds a value read. */
export function measuresOf(cells: { readonly minutes?: RawCell; readonly amount?: RawCell }): { minutes?: number; amount?: number } {
  const minutes = parseMinutes(cells.minutes);
  const amount = parseCost(cells.amount);
  return { ...(minutes === null ? {} : { minutes }), ...(amount === null ? {} : { amount }) };
}
