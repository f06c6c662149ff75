import type { IsoDate } from '../plan/types';
import type { OutputRecord, SpendingRecord } from '../records/types';
import type { DateRange } from './targetProgress';

/**
 * The last day a report counts: its date when that falls inside the period (a year report dated
 * 30/11 counts nothing dated after 30/11), else the period's last day (an old period reported
 * later counts all of it). The same day the report's line "(Số liệu tính từ ngày … đến ngày …)"
 * names (report/reportData dataRangeLine), so the figures and the line agree (issue 13, try13m D2).
 * `asOf` absent: the period's last day.
 */
export function countedThrough(period: DateRange, asOf: IsoDate | undefined): IsoDate {
  return asOf !== undefined && asOf >= period.from && asOf < period.to ? asOf : period.to;
}

/**
 * Whether a dated row lies after the report's last counted day (countedThrough) and inside the
 * period: listed where rows are listed (TH Tin bài, TH Kinh phí), counted for nothing. A row dated
 * after the period is outside it anyway, and undated rows are no one's to judge here.
 */
export function afterReportDate(date: IsoDate | null, period: DateRange, asOf: IsoDate | undefined): boolean {
  return afterReportDateTest(period, asOf)(date);
}

/**
 * afterReportDate for one period and report's date, its last counted day worked out once: the test
 * asked of every row a consolidation takes (issue 11).
 */
export function afterReportDateTest(period: DateRange, asOf: IsoDate | undefined): (date: IsoDate | null) => boolean {
  const last = countedThrough(period, asOf);
  const end = period.to;
  return (date) => date !== null && date > last && date <= end;
}

/**
 * The outputs and Kinh phí rows a report of `period` dated `asOf` counts: every row but those dated
 * after `asOf` when it falls inside the period (afterReportDate). Rows of earlier periods stay (the
 * year to date needs them), undated rows stay (they are in no range). The same records when nothing
 * is left out, so callers may compare by identity.
 */
export function countedUpTo<R extends { readonly outputs: readonly OutputRecord[]; readonly spending: readonly SpendingRecord[] }>(
  records: R,
  period: DateRange,
  asOf: IsoDate | undefined,
): R {
  const last = countedThrough(period, asOf);
  if (last === period.to) return records;
  const after = afterReportDateTest(period, asOf);
  const keep = (r: { readonly date: IsoDate | null }): boolean => !after(r.date);
  const outputs = records.outputs.filter(keep);
  const spending = records.spending.filter(keep);
  return outputs.length === records.outputs.length && spending.length === records.spending.length ? records : { ...records, outputs, spending };
}
