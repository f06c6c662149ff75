/** Period arithmetic for reports: Nghị định 09 cut-off and calendar periods, custom ranges, labels. */
export { PeriodArgumentError, type Period, type PeriodKind, type StandardPeriodKind } from './types';
export { customPeriod, MAX_YEAR, MIN_YEAR, monthsOfYear, periodContaining, periodCount, periodFor, periodsOfYear, planYearOf } from './standard';
export { contains, yearToDate } from './range';
export { parsePeriodSpec, type PeriodSpecResult } from './spec';
export { formatReportDate, periodLabel, periodRangeLabel } from './label';
export { defaultReportPeriod, MONTH_REPORT_LEAD_DAYS, planReportFrequency, REPORT_LEAD_MONTHS, unitReportFrequency } from './defaultPeriod';
export type { FrequencySource, ReportFrequencyChoice } from './defaultPeriod';
export { isOccurrence, occurrencePeriod, occurrenceText, parseOccurrence, type OccurrenceSpec } from './occurrence';
