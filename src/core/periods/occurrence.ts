import type { PeriodConvention } from '../plan/types';
import { periodLabel } from './label';
import { foldForMatch } from '../text/fold';
import { MAX_YEAR, MIN_YEAR, periodFor } from './standard';
import type { Period, StandardPeriodKind } from './types';

/**
 * The occurrence a Hạng mục row names in its "Kỳ" cell: a month, quarter, half or the year, with
 * the year when written ("Quý I/2026"), else left to the plan year.
 */
export interface OccurrenceSpec {
  readonly kind: StandardPeriodKind;
  /** Month 1–12, quarter 1–4 or half 1–2; absent for the year. */
  readonly index?: number;
  readonly year?: number;
}

const ROMAN = new Map([
  ['i', 1],
  ['ii', 2],
  ['iii', 3],
  ['iv', 4],
]);

// On folded text (foldForMatch: lower case, no diacritics, punctuation as spaces): "Quý I/2026" is "quy i 2026".
const YEAR = String.raw`(?:\s*(?:nam\s*)?(\d{4}))?`;
const QUARTER = new RegExp(String.raw`^(?:quy|q)\s*(iv|i{1,3}|[1-4])${YEAR}$`);
const MONTH = new RegExp(String.raw`^(?:thang|t)\s*(\d{1,2})${YEAR}$`);
const FIRST_HALF = new RegExp(String.raw`^(?:6 thang dau|sau thang dau|nua dau|h1)(?:\s*nam)?${YEAR}$`);
const SECOND_HALF = new RegExp(String.raw`^(?:6 thang cuoi|sau thang cuoi|nua cuoi|h2)(?:\s*nam)?${YEAR}$`);
// "1", "01/2026" under a "Tháng" or "Quý" header: the header says which.
const BARE = /^(\d{1,2})(?:\s+(\d{4}))?$/;
const WHOLE_YEAR = /^(?:ca nam|nam)\s*(\d{4})?$/;

function yearOf(text: string | undefined): { year?: number } | null {
  if (text === undefined) return {};
  const year = Number(text);
  return year >= MIN_YEAR && year <= MAX_YEAR ? { year } : null;
}

/**
 * Reads the occurrence an officer writes in a Hạng mục row's "Kỳ" cell (issue 13, sixth tester, D4:
 * which quarter a late update was for): "Quý I", "quý 1", "Q1", "Quý I/2026", "Quý IV năm 2026",
 * "Tháng 3", "T3", "6 tháng đầu năm", "6 tháng cuối năm 2026", "Năm 2026", "Cả năm". Case,
 * diacritics and punctuation do not matter. Null when the text names none of these, or a month
 * past 12 (validation.standing.badPeriod says so at the cell). `bare`: what a bare number ("1",
 * "01/2026") is, from the column's header ("Tháng" → month, "Quý" → quarter; issue 13, eighth tester,
 * D1); without it a bare number names nothing. Pure.
 */
export function parseOccurrence(text: string, bare?: 'month' | 'quarter'): OccurrenceSpec | null {
  const folded = foldForMatch(text);
  if (folded === '') return null;
  const number = bare === undefined ? null : BARE.exec(folded);
  if (number !== null) {
    const index = Number(number[1]);
    const year = yearOf(number[2]);
    return index < 1 || index > (bare === 'month' ? 12 : 4) || year === null ? null : { kind: bare === 'month' ? 'month' : 'quarter', index, ...year };
  }
  const quarter = QUARTER.exec(folded);
  if (quarter !== null) {
    const index = ROMAN.get(quarter[1] ?? '') ?? Number(quarter[1]);
    const year = yearOf(quarter[2]);
    return year === null ? null : { kind: 'quarter', index, ...year };
  }
  const month = MONTH.exec(folded);
  if (month !== null) {
    const index = Number(month[1]);
    const year = yearOf(month[2]);
    return index < 1 || index > 12 || year === null ? null : { kind: 'month', index, ...year };
  }
  for (const [pattern, index] of [
    [FIRST_HALF, 1],
    [SECOND_HALF, 2],
  ] as const) {
    const half = pattern.exec(folded);
    if (half !== null) {
      const year = yearOf(half[1]);
      return year === null ? null : { kind: 'half-year', index, ...year };
    }
  }
  const whole = WHOLE_YEAR.exec(folded);
  if (whole !== null) {
    const year = yearOf(whole[1]);
    return year === null ? null : { kind: 'year', ...year };
  }
  return null;
}

/** The days of an occurrence read by parseOccurrence, in `planYear` when it names no year, under the plan's convention. */
export function occurrencePeriod(spec: OccurrenceSpec, planYear: number, convention: PeriodConvention): Period {
  return periodFor(spec.kind, spec.year ?? planYear, spec.kind === 'year' ? undefined : spec.index, convention);
}

/** Whether an occurrence read from a "Kỳ" cell is the period `period` (the same kind, index and year; the year the plan's when not written). */
export function isOccurrence(spec: OccurrenceSpec, period: Period, planYear: number): boolean {
  return spec.kind === period.kind && (spec.year ?? planYear) === period.year && (spec.kind === 'year' || spec.index === period.index);
}

/**
 * An occurrence as the template's "Kỳ" dropdown writes it ("Quý I năm 2026"), in `planYear` when it
 * names no year; parseOccurrence reads it back. Vietnamese, as the entry sheets are.
 */
export function occurrenceText(spec: OccurrenceSpec, planYear: number, convention: PeriodConvention): string {
  const label = periodLabel(occurrencePeriod(spec, planYear, convention), 'vi');
  return label.charAt(0).toUpperCase() + label.slice(1);
}
