import type { CountedTarget, IsoDate, Plan } from '../plan/types';
import type { OutputRecord, SpendingRecord, StandingRecord } from '../records/types';

/**
 * Progress against a plan, computed from records. The same numbers are what the progress sheet's
 * formulas give over the same rows (tests evaluate both), so the pane, the CLI and plain Excel agree.
 */

export interface DateRange {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

export interface TargetResult {
  readonly target: CountedTarget;
  readonly achieved: number;
  /** achieved / minimum; 1 when the minimum is 0. */
  readonly ratio: number;
  readonly met: boolean;
}

export interface StandingResult {
  readonly itemId: string;
  readonly done: number;
  readonly required: number;
}

export function inRange(date: IsoDate | null, range: DateRange): boolean {
  return date !== null && date >= range.from && date <= range.to;
}

export function countsTowards(target: CountedTarget, record: OutputRecord): boolean {
  if (record.channel === null || !target.channels.includes(record.channel)) return false;
  return target.forms.length === 0 || (record.form !== null && target.forms.includes(record.form));
}

export function targetResults(plan: Plan, outputs: readonly OutputRecord[], range: DateRange, unit?: string): TargetResult[] {
  const inScope = outputs.filter((r) => inRange(r.date, range) && (unit === undefined || r.unit === unit));
  return plan.targets.map((target) => {
    const achieved = inScope.reduce((sum, r) => (countsTowards(target, r) ? sum + (r.quantity ?? 1) : sum), 0);
    return { target, achieved, ratio: target.minimum === 0 ? 1 : achieved / target.minimum, met: achieved >= target.minimum };
  });
}

export function standingResults(plan: Plan, standing: readonly StandingRecord[]): StandingResult[] {
  return plan.standingItems.map((item) => {
    const rows = standing.filter((r) => r.item === item.id);
    return { itemId: item.id, done: rows.filter((r) => r.state === 'done').length, required: rows.length };
  });
}

export function spendingByFunding(plan: Plan, spending: readonly SpendingRecord[], range: DateRange): { code: string; amount: number }[] {
  return plan.fundingSources.map((fund) => ({
    code: fund.code,
    amount: spending.filter((r) => r.fundingSource === fund.code && inRange(r.date, range)).reduce((sum, r) => sum + (r.amount ?? 0), 0),
  }));
}
