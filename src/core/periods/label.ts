import { t } from '../i18n/format';
import type { Language, MessageKey } from '../i18n/messages';
import type { IsoDate } from '../plan/types';
import { isoParts } from './calendarMath';
import { PeriodArgumentError, type Period } from './types';

const QUARTER_KEYS: readonly MessageKey[] = ['period.quarter.1', 'period.quarter.2', 'period.quarter.3', 'period.quarter.4'];
const HALF_KEYS: readonly MessageKey[] = ['period.half.1', 'period.half.2'];
// One key a month, as quarters have: English names the month, Vietnamese numbers it.
const MONTH_KEYS: readonly MessageKey[] = Array.from({ length: 12 }, (_, i) => `period.month.${i + 1}` as MessageKey);

/**
 * The period as a report names it, lower-case so it reads inside a title ("Báo cáo kết quả …
 * 6 tháng đầu năm 2018"): "tháng 3 năm 2026", "quý III năm 2018", "6 tháng đầu năm 2018", "năm 2018", and for a custom
 * range "từ ngày 01/3/2018 đến ngày 31/5/2018". English: "Q3 2018", "first half of 2018",
 * "full year 2018", "March 2026", "from 1 March 2018 to 31 May 2018". A month is named by its
 * number even under the Nghị định 09 cut-off, where "tháng 3" runs from 15 February to 14 March.
 */
export function periodLabel(period: Period, language: Language): string {
  if (period.kind === 'custom') return periodRangeLabel(period, language);
  const year = String(standardYear(period));
  if (period.kind === 'year') return t('period.year', { year }, language);
  const keys = period.kind === 'quarter' ? QUARTER_KEYS : period.kind === 'month' ? MONTH_KEYS : HALF_KEYS;
  const key = period.index === undefined ? undefined : keys[period.index - 1];
  if (key === undefined) throw new PeriodArgumentError(`${period.kind} has no index ${String(period.index)}`);
  return t(key, { year }, language);
}

/**
 * The days a period covers, for the line under a report title that states the data cut-off
 * ("từ ngày 15/12/2017 đến ngày 14/6/2018"). The label of a custom range is this.
 */
export function periodRangeLabel(period: Period, language: Language): string {
  return t('period.range', { from: formatReportDate(period.from, language), to: formatReportDate(period.to, language) }, language);
}

let englishDate: Intl.DateTimeFormat | undefined;

/**
 * A date as reports print it in figures: Vietnamese dd/mm/yyyy, day and month always two digits
 * (01/03/2018, 15/09/2026, 15/12/2017), one form wherever a report, a sheet or a reminder prints a
 * date ("15/9" beside "15/09" was seen: issue 13, province tester). The place-and-date line keeps
 * Nghị định 30/2020's words form ("ngày 15 tháng 9 năm 2026", report/sentences placeDate). English
 * spells the month out, since 01/03 reads as 3 January to some readers.
 */
export function formatReportDate(iso: IsoDate, language: Language): string {
  const { year, month, day } = isoParts(iso);
  if (language === 'en') {
    // Made once: an Intl formatter is an ICU object freed by a collector callback (i18n/format.ts numberFormats).
    englishDate ??= new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    return englishDate.format(new Date(Date.UTC(year, month - 1, day)));
  }
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

function standardYear(period: Period): number {
  if (period.year === undefined) throw new PeriodArgumentError(`a ${period.kind} period needs a year`);
  return period.year;
}
