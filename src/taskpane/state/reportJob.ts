import type { ReportFrequency } from '../../core/plan/types';
import type { PaneMessage } from './trackerJob';

/** Which standard period of the plan year to report on: "quarter-2", "half-year-1", "year". */
export type ReportPeriodChoice = `quarter-${1 | 2 | 3 | 4}` | `half-year-${1 | 2}` | 'year';

export const REPORT_PERIOD_CHOICES: readonly ReportPeriodChoice[] = ['half-year-1', 'year', 'quarter-1', 'quarter-2', 'quarter-3', 'quarter-4', 'half-year-2'];

export function isReportPeriodChoice(value: string): value is ReportPeriodChoice {
  return (REPORT_PERIOD_CHOICES as readonly string[]).includes(value);
}

export function periodKindOf(choice: ReportPeriodChoice): { readonly kind: ReportFrequency; readonly index: number | undefined } {
  if (choice === 'year') return { kind: 'year', index: undefined };
  const dash = choice.lastIndexOf('-');
  return { kind: choice.slice(0, dash) as ReportFrequency, index: Number(choice.slice(dash + 1)) };
}

export type ReportJob =
  | { readonly status: 'idle' }
  | { readonly status: 'working' }
  | { readonly status: 'done'; readonly sheet: string; readonly period: string; readonly owner: string; readonly errors: number }
  | { readonly status: 'failed'; readonly message: PaneMessage };
