import { parseDate } from '../dates/parseDate';
import type { MessageKey } from '../i18n/messages';
import { issue, type Issue, type IssueLocation, type IssueParams } from '../issues';
import type { PeriodConvention } from '../plan/types';
import { customPeriod, MIN_YEAR, periodCount, periodFor } from './standard';
import type { Period } from './types';

export type PeriodSpecResult = { readonly period: Period } | { readonly error: Issue };

/** "2018", "2018-H1", "2018-q3", "2026-M3" or "2026-T3" (tháng); spaces around the dash are forgiven. */
const STANDARD = /^(\d{4})(?:\s*-\s*([qhmt])\s*(\d+))?$/i;
/** "2026-03", "2026-3": a month, as ISO writes it. */
const ISO_MONTH = /^(\d{4})\s*-\s*(\d{1,2})$/;
const RANGE_SEPARATOR = '..';

/** Where a spec typed in the pane points; a spec read from a cell passes the cell instead. */
const NOWHERE: IssueLocation = { sheet: '' };

/**
 * Reads a period typed by a person: `2018` (the year), `2018-H1` / `2018-H2` (halves),
 * `2018-Q1` … `2018-Q4` (quarters), `2026-03` / `2026-M3` / `2026-T3` (months: under Nghị định
 * 09/2019 art. 12 cl. 1 the month runs from the 15th of the month before to the 14th), all in the given convention, or `FROM..TO` with each date in
 * any form parseDate reads (01/3/2018, 2018-03-01, …), which is a custom range in any convention.
 * Letters may be either case. Never throws: a malformed spec is an Issue saying what to type.
 */
export function parsePeriodSpec(spec: string, convention: PeriodConvention, where: IssueLocation = NOWHERE): PeriodSpecResult {
  const text = spec.trim();
  const fail = (code: MessageKey, params: IssueParams = {}): PeriodSpecResult => ({
    error: issue(code, 'error', where, { spec: text, ...params }),
  });
  if (text === '') return fail('period.spec.empty');
  if (text.includes(RANGE_SEPARATOR)) return parseRange(text, fail);

  const isoMonth = ISO_MONTH.exec(text);
  const match = isoMonth ? ([text, isoMonth[1], 'm', isoMonth[2]] as const) : STANDARD.exec(text);
  if (!match) return fail('period.spec.badSyntax');
  const [, yearText = '', letter, indexText] = match;
  const year = Number(yearText);
  if (year < MIN_YEAR) return fail('period.spec.badYear', { year: yearText });
  if (letter === undefined || indexText === undefined) return { period: periodFor('year', year, undefined, convention) };

  const lower = letter.toLowerCase();
  const kind = lower === 'q' ? 'quarter' : lower === 'h' ? 'half-year' : 'month';
  const index = Number(indexText);
  if (index < 1 || index > periodCount(kind)) {
    if (kind === 'month') return fail('period.spec.badMonth', { month: indexText });
    return kind === 'quarter' ? fail('period.spec.badQuarter', { quarter: indexText }) : fail('period.spec.badHalf', { half: indexText });
  }
  return { period: periodFor(kind, year, index, convention) };
}

function parseRange(text: string, fail: (code: MessageKey, params?: IssueParams) => PeriodSpecResult): PeriodSpecResult {
  const sides = text.split(RANGE_SEPARATOR).map((side) => side.trim());
  if (sides.length !== 2) return fail('period.spec.badSyntax');
  const [fromText = '', toText = ''] = sides;
  if (fromText === '' || toText === '') return fail('period.spec.incompleteRange');
  const from = parseDate(fromText);
  if (from === null) return fail('period.spec.badDate', { value: fromText });
  const to = parseDate(toText);
  if (to === null) return fail('period.spec.badDate', { value: toText });
  if (from > to) return fail('period.spec.fromAfterTo', { from: fromText, to: toText });
  return { period: customPeriod(from, to) };
}
