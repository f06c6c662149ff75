import type { PeriodConvention, Plan, ReportFrequency } from '../../core/plan/types';
import { parseDate } from '../../core/dates/parseDate';
import { customPeriod, defaultReportPeriod, periodFor, unitReportFrequency, type Period } from '../../core/periods';
import type { SectionId } from './sections';
import type { TrackerChoice } from './trackerJob';
import { localIsoDate } from '../plan/localIsoDate';
import type { PaneMessage } from './trackerJob';
import type { ReportRefusal, ReportSource } from '../../core/usecases/writeReport';

type MonthNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12;

/** Which standard period of the plan year: "month-3", "quarter-2", "half-year-1", "year". */
export type StandardPeriodChoice = `month-${MonthNumber}` | `quarter-${1 | 2 | 3 | 4}` | `half-year-${1 | 2}` | 'year';

export const MONTH_CHOICES: readonly StandardPeriodChoice[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => `month-${m as MonthNumber}` as const);

export const STANDARD_PERIOD_CHOICES: readonly StandardPeriodChoice[] = [
  'half-year-1',
  'year',
  'quarter-1',
  'quarter-2',
  'quarter-3',
  'quarter-4',
  'half-year-2',
  ...MONTH_CHOICES,
];

/**
 * The period the officer picked for Báo cáo and Tổng hợp (one choice for both: an office reports
 * and consolidates the same period). A standard period is in the plan's convention, or in plain
 * calendar periods; a custom range keeps the dates as typed until they are checked.
 */
export type PickedPeriodChoice =
  | { readonly kind: 'standard'; readonly calendar: boolean; readonly choice: StandardPeriodChoice }
  | { readonly kind: 'custom'; readonly from: string; readonly to: string };

/** Until the officer picks one, the period the plan's reporting frequency suggests today ('planDefault'). */
export type ReportPeriodChoice = PickedPeriodChoice | { readonly kind: 'planDefault' };

export const DEFAULT_REPORT_PERIOD: ReportPeriodChoice = { kind: 'planDefault' };

/**
 * The standard period the reporter's own duty, else the plan's, suggests on `today` (core
 * unitReportFrequency and defaultReportPeriod: a month for a monthly duty, the first half for 116/KH-UBND in June). Outside the plan's year (a
 * 2018 plan opened in 2026) it is the plan's first duty: the first period of its frequency, the
 * first half for 116/KH-UBND, as the pane always offered first.
 */
export function defaultPeriodChoice(plan: Plan, today: string, reporter?: string): PickedPeriodChoice {
  const { frequency } = unitReportFrequency(plan, reporter);
  const period = defaultReportPeriod(today, plan.periodConvention, frequency);
  const standard = (choice: string): PickedPeriodChoice => ({ kind: 'standard', calendar: false, choice: isStandardPeriodChoice(choice) ? choice : 'year' });
  if (period.year !== plan.identity.year) return standard(frequency === 'year' ? 'year' : `${frequency}-1`);
  return standard(period.kind === 'year' || period.index === undefined ? 'year' : `${period.kind}-${period.index}`);
}

/** The choice as picked, the plan's default resolved on `today`. */
export function pickedPeriod(choice: ReportPeriodChoice, plan: Plan, today: string = localIsoDate(new Date()), reporter?: string): PickedPeriodChoice {
  return choice.kind === 'planDefault' ? defaultPeriodChoice(plan, today, reporter) : choice;
}

/**
 * Whose reporting duty sets the default period (core unitReportFrequency, as `cchc report` does):
 * in Tổng hợp, or for a district tracker, the plan's reporting body; in the other sections the unit
 * the officer chose for the tracker; undefined (the plan's frequency) while none is chosen.
 */
export function periodReporter(state: { readonly section: SectionId; readonly trackerChoice: TrackerChoice }, plan: Plan): string | undefined {
  if (state.section === 'tong-hop' || state.trackerChoice.kind === 'district') return plan.reportingBody;
  return state.trackerChoice.unitCode === '' ? undefined : state.trackerChoice.unitCode;
}

export function isStandardPeriodChoice(value: string): value is StandardPeriodChoice {
  return (STANDARD_PERIOD_CHOICES as readonly string[]).includes(value);
}

export function periodKindOf(choice: StandardPeriodChoice): { readonly kind: ReportFrequency; readonly index: number | undefined } {
  if (choice === 'year') return { kind: 'year', index: undefined };
  const dash = choice.lastIndexOf('-');
  return { kind: choice.slice(0, dash) as ReportFrequency, index: Number(choice.slice(dash + 1)) };
}

export function standardPeriod(choice: StandardPeriodChoice, year: number, convention: PeriodConvention): Period {
  const { kind, index } = periodKindOf(choice);
  return periodFor(kind, year, index, convention);
}

/** The value of the period <select>: "half-year-1" (the plan's convention), "calendar:quarter-3" or "custom". */
export function periodOptionValue(choice: PickedPeriodChoice): string {
  if (choice.kind === 'custom') return 'custom';
  return choice.calendar ? `calendar:${choice.choice}` : choice.choice;
}

const CALENDAR = 'calendar:';

/** Reads a <select> value back; a switch to "custom" keeps the dates typed before. */
export function periodChoiceFromOption(value: string, previous: ReportPeriodChoice): PickedPeriodChoice | null {
  if (value === 'custom') return previous.kind === 'custom' ? previous : { kind: 'custom', from: '', to: '' };
  const calendar = value.startsWith(CALENDAR);
  const choice = calendar ? value.slice(CALENDAR.length) : value;
  return isStandardPeriodChoice(choice) ? { kind: 'standard', calendar, choice } : null;
}

export type ResolvedPeriod = { readonly ok: true; readonly period: Period } | { readonly ok: false; readonly message: PaneMessage };

/**
 * The period to report on, or why the typed range cannot be used (empty, not a date, backwards).
 * The plan's default is resolved on `today` (the local date unless a test gives one).
 */
export function resolvePeriod(picked: ReportPeriodChoice, plan: Plan, today?: string, reporter?: string): ResolvedPeriod {
  const choice = pickedPeriod(picked, plan, today, reporter);
  if (choice.kind === 'standard') {
    return { ok: true, period: standardPeriod(choice.choice, plan.identity.year, choice.calendar ? 'calendar' : plan.periodConvention) };
  }
  const fromText = choice.from.trim();
  const toText = choice.to.trim();
  if (fromText === '' || toText === '') return { ok: false, message: { key: 'pane.period.incomplete', params: {} } };
  const from = parseDate(fromText);
  if (from === null) return { ok: false, message: { key: 'pane.period.badFrom', params: { value: fromText } } };
  const to = parseDate(toText);
  if (to === null) return { ok: false, message: { key: 'pane.period.badTo', params: { value: toText } } };
  if (from > to) return { ok: false, message: { key: 'pane.period.backwards', params: { from: fromText, to: toText } } };
  return { ok: true, period: customPeriod(from, to) };
}

export type ReportJob =
  | { readonly status: 'idle' }
  | { readonly status: 'working' }
  | {
      readonly status: 'done';
      readonly sheet: string;
      readonly period: string;
      readonly owner: string;
      readonly errors: number;
      /** Something the officer should know about what the report counts. */
      readonly note?: PaneMessage;
    }
  | { readonly status: 'failed'; readonly message: PaneMessage };

/** "Tải báo cáo Word": kept in the panel, since nothing of it lives in the workbook. */
export type WordJob =
  | { readonly status: 'idle' }
  | { readonly status: 'working' }
  | { readonly status: 'done'; readonly file: string }
  | { readonly status: 'failed'; readonly message: PaneMessage };

/** Why the use case made no report, in the pane's words (the CLI says the same refusals with its options). */
export function reportRefusalMessage(refusal: ReportRefusal): PaneMessage {
  switch (refusal.reason) {
    case 'otherPlan':
      return { key: 'pane.report.otherPlan', params: { planId: refusal.planId, id: refusal.id } };
    case 'unknownUnit':
      return { key: 'pane.report.unknownUnit', params: { unit: refusal.unit } };
    case 'noOwner':
      return { key: 'pane.report.noStamp', params: {} };
  }
}

/** Whose report it is, as the pane's outcome line names it: the unit, or nothing for the district. */
export function reportOwner(source: ReportSource): string {
  return source.input.scope.kind === 'unit' ? source.input.scope.unit.name : '';
}
