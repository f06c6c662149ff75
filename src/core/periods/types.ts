import type { IsoDate, PeriodConvention, ReportFrequency } from '../plan/types';

/** The periods a plan reports on; the same words as a reporting duty's frequency. */
export type StandardPeriodKind = ReportFrequency;

export type PeriodKind = StandardPeriodKind | 'custom';

/**
 * A reporting period: a standard month, quarter, half-year or year under a convention, or a custom range.
 * `from` and `to` are both inclusive, so a record dated on `to` belongs to the period.
 */
export interface Period {
  readonly kind: PeriodKind;
  /** The plan year; absent for custom ranges. Under the cut-off convention Q1 2018 starts in 2017. */
  readonly year?: number;
  /** Month 1–12, quarter 1–4 or half 1–2; absent for years and custom ranges. */
  readonly index?: number;
  readonly convention: PeriodConvention | 'custom';
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/**
 * Thrown only for misuse of the API (a quarter 5 built in code, a date that is not ISO). Anything
 * a person typed goes through parsePeriodSpec, which returns an Issue instead.
 */
export class PeriodArgumentError extends RangeError {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}
