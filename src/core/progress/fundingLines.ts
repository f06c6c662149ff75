import { t } from '../i18n/format';
import type { Language } from '../i18n/messages';
import type { Plan } from '../plan/types';
import type { SpendingRecord } from '../records/types';
import { inRange, spendingByFunding, type DateRange } from './targetProgress';

/** Spending of one funding source of the plan, or of none the plan knows (code null). */
export interface FundingLine {
  /** The plan's code of the source; null for the "Chưa rõ nguồn" line: spending whose source is blank or not one of the plan's. */
  readonly code: string | null;
  readonly name: string;
  /** Whole đồng spent in the period. */
  readonly inPeriod: number;
  /** Whole đồng spent from the start of the plan year to the period's end. */
  readonly yearToDate: number;
  /** The plan year's budget (FundingSource.budget), in whole đồng; absent when the plan sets none, and on the unknown line. */
  readonly budget?: number;
}

/**
 * Spending by funding source, one line per source of the plan in its order, then a "Chưa rõ nguồn"
 * line when any spending of the year to date names no source or one the plan does not know (a unit's
 * tracker without the source column, a typo): the one computation behind the report's funding table
 * (core/report/reportData), TH Tiến độ and `cchc consolidate` (its table and --json `funding`), so
 * the three show the same sum (tester, issue 15: the CLI left out the 1.200.000 đ the report showed).
 * @param period the period's days; ytd the plan year's start to the period's end (periods yearToDate)
 * @param language the unknown line's name ('report.row.unknownFunding')
 */
export function fundingLines(plan: Plan, spending: readonly SpendingRecord[], period: DateRange, ytd: DateRange, language: Language): FundingLine[] {
  const inPeriod = spendingByFunding(plan, spending, period);
  const cumulative = spendingByFunding(plan, spending, ytd);
  const lines: FundingLine[] = plan.fundingSources.map((fund, i) => ({
    code: fund.code,
    name: fund.name,
    inPeriod: inPeriod[i]?.amount ?? 0,
    yearToDate: cumulative[i]?.amount ?? 0,
    ...(fund.budget === undefined ? {} : { budget: fund.budget }),
  }));
  const known = new Set(plan.fundingSources.map((f) => f.code));
  const unknown = spending.filter((r) => r.fundingSource === null || !known.has(r.fundingSource));
  const sum = (range: DateRange): number => unknown.filter((r) => inRange(r.date, range)).reduce((total, r) => total + (r.amount ?? 0), 0);
  const unknownYtd = sum(ytd);
  if (unknownYtd !== 0) lines.push({ code: null, name: t('report.row.unknownFunding', {}, language), inPeriod: sum(period), yearToDate: unknownYtd });
  return lines;
}
