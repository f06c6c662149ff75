import { periodCount, periodFor, planYearOf } from '../periods/standard';
import type { Period } from '../periods';
import { isOccurrence, type OccurrenceSpec } from '../periods/occurrence';
import type { IsoDate, PeriodConvention, StandingItem, Unit } from '../plan/types';

/**
 * Whether a unit owes an occurrence of a recurring item (or an item due on a deadline): it takes
 * part in the plan on the occurrence's last day (or the deadline). A hamlet ended on 30/04 owes no
 * Q2 panel; one founded on 01/06 owes the Q2 one (issue 13, third tester).
 */
export function owes(unit: Pick<Unit, 'activeFrom' | 'activeTo'>, day: IsoDate): boolean {
  return whyNotOwed(unit, day) === null;
}

/** Why a unit owes nothing on a day: it left the plan before it (its last day), or joined after it (its first day). */
export interface NotOwed {
  readonly reason: 'ended' | 'notStarted';
  /** The unit's last day in the plan (Unit.activeTo) when ended, its first (Unit.activeFrom) when not started. */
  readonly on: IsoDate;
}

/**
 * Why a unit does not owe what falls due on `day` (see owes), null when it owes it: Ấp Trà Võ,
 * in the plan to 31/05, owes no Q2 panel because it ended on 31/05 (issue 13, fourth tester).
 */
export function whyNotOwed(unit: Pick<Unit, 'activeFrom' | 'activeTo'>, day: IsoDate): NotOwed | null {
  if (unit.activeTo !== undefined && unit.activeTo < day) return { reason: 'ended', on: unit.activeTo };
  if (unit.activeFrom !== undefined && unit.activeFrom > day) return { reason: 'notStarted', on: unit.activeFrom };
  return null;
}

/**
 * Whether a completion is known to a report dated `asOf`: undated (taken as on time, see
 * standingLateness), or dated up to the report's date, whatever the period's last day. The one rule
 * for an item due on a deadline and for an occurrence of a recurring one (try13m D6): a Q2 report
 * dated 30/11 knows a pa-nô done on 10/07, and says "hoàn thành chậm" of it whether it was due on
 * 30/06 (a deadline) or at Q2's end (an occurrence); dated 05/07 it knows neither, and both are
 * "quá hạn". A completion after the deadline or the occurrence's end is done late, never overdue.
 */
export function knownBy(done: IsoDate | null, asOf: IsoDate): boolean {
  return done === null || done <= asOf;
}

/**
 * A done row of a standing item: the day done (null: not dated) and, when its "Kỳ" cell names one,
 * the occurrence it is for (records StandingRecord.period). A bare day is a row without "Kỳ".
 */
export interface Completion {
  readonly on: IsoDate | null;
  readonly for?: OccurrenceSpec;
}

/** A done row's day and occurrence, whichever way it was given. */
function completion(done: IsoDate | null | Completion): Completion {
  return done === null || typeof done === 'string' ? { on: done } : done;
}

/**
 * The completion credited to an occurrence: the earliest dated one whose "Kỳ" names it (done late
 * when after its last day), else the earliest dated inside it among those naming no occurrence (the
 * date rule): a row for Q1 done on 10/4 is Q1's, late, and not Q2's (issue 13, sixth tester, D4).
 * Rows naming an occurrence are known (asOf) only once done: a completion after `asOf` is not yet.
 */
function creditedTo(period: Period, completions: readonly Completion[], asOf: IsoDate): Credit | null {
  const year = period.year ?? 0;
  const earliest = (keep: (c: Completion) => boolean): { on: IsoDate; index: number } | undefined =>
    completions.flatMap((c, index) => (c.on !== null && keep(c) ? [{ on: c.on, index }] : [])).sort((a, b) => a.on.localeCompare(b.on) || a.index - b.index)[0];
  const named = earliest((c) => c.for !== undefined && knownBy(c.on, asOf) && isOccurrence(c.for, period, year));
  if (named !== undefined) return { ...named, late: named.on > period.to, named: true };
  const dated = earliest((c) => c.for === undefined && c.on !== null && c.on >= period.from && c.on <= period.to);
  return dated === undefined ? null : { ...dated, late: false, named: false };
}

/** The completion credited to an occurrence: its day, whether after the occurrence's last day, whether by a row naming it in "Kỳ". */
interface Credit {
  readonly on: IsoDate;
  /** The credited completion's place in the list given (a validation rule's row). */
  readonly index: number;
  readonly late: boolean;
  readonly named: boolean;
}

/** Whether a standing item is late for one unit, and the days it was due. */
export interface StandingLateness {
  readonly late: boolean;
  /** The first day missed (the deadline, or the last day of the first occurrence that ended without it); null when not late. */
  readonly due: IsoDate | null;
  /** Every day missed, in order: the deadline, then the last day of each occurrence ended without a completion (Q2 and Q3 both, not Q2 alone). */
  readonly missed: readonly IsoDate[];
}

/**
 * Whether a unit's standing item is late on `asOf`, from the days it was done (null: marked done
 * without a date, taken as on time, since the rule standing-done-without-date already asks for it):
 * - a deadline ("hoàn thành trước 30/6") is missed when it has passed and nothing was done by it;
 * - a recurrence ("thay pa-nô mỗi quý") is missed in each occurrence of the plan year that
 *   standingOccurrences finds late (ended without a completion dated in it, owed by the unit):
 *   the validation warning and the report's "quá hạn" come from the same occurrences.
 * An item with neither is never late.
 * `judged`, when given, narrows what is judged: only occurrences ending by `through` (a report's
 * last day: its completions after it are not known), and only the deadlines and occurrences the
 * unit owes (active on their last day, see owes): a hamlet merged away on 31/01 is not late on a
 * deadline of 31/03, nor for a quarter it did not see to its end (issue 13).
 */
export function standingLateness(
  item: StandingItem,
  doneOn: readonly (IsoDate | null | Completion)[],
  asOf: IsoDate,
  convention: PeriodConvention,
  judged: { readonly through?: IsoDate; readonly unit?: Pick<Unit, 'activeFrom' | 'activeTo'> } = {},
): StandingLateness {
  const missed: IsoDate[] = [];
  const deadline = item.deadline;
  if (deadline !== undefined && deadline < asOf && owes(judged.unit ?? {}, deadline)) {
    const onTime = doneOn.map(completion).some((c) => c.on === null || c.on <= deadline);
    if (!onTime) missed.push(deadline);
  }
  if (item.recurrence !== undefined) {
    const through = judged.through !== undefined && judged.through < asOf ? judged.through : asOf;
    const year = periodFor('year', planYearOf(through, convention), undefined, convention);
    const dated = doneOn.map(completion).filter((c) => c.on !== null);
    const range = { from: year.from, to: judged.through ?? year.to };
    for (const occurrence of standingOccurrences(item, dated, range, asOf, convention, judged.unit)) if (occurrence.late) missed.push(occurrence.period.to);
  }
  return { late: missed.length > 0, due: missed[0] ?? null, missed };
}

/** One due occurrence of a recurring standing item: its month, quarter, half or year, and whether it was done in it. */
export interface StandingOccurrence {
  readonly period: Period;
  /** The completion credited to the occurrence (see creditedTo): the earliest dated inside it, or one whose "Kỳ" names it; null when none. */
  readonly doneOn: IsoDate | null;
  /** The credited completion's place in `doneOn` as given (validation points at its row); absent when not done. */
  readonly doneIndex?: number;
  /** Set when the completion credited is dated after the occurrence's last day (its "Kỳ" names it): done, late ("hoàn thành chậm"). */
  readonly doneLate?: true;
  /** Ended by `asOf` and by `through`, owed by the unit, and not done in it. */
  readonly late: boolean;
  /** Listed with `listNotOwed` and not owed by the unit (not active on its last day), nor done: why (see whyNotOwed). */
  readonly notOwed?: NotOwed;
}

/**
 * The occurrences of a recurring item ("thay pa-nô mỗi quý") that fall in `range` (a report's
 * period: a Q3 report has the Q3 one, a year report four), each judged on its own: done when a
 * completion is dated inside it, late once it ended (by `asOf` and `through`) without one. Only
 * occurrences the unit owes (taking part on their last day, see owes) are listed, or done in all
 * the same (issue 13, third tester: a hamlet ended on 30/04 owes nothing for Q2); with
 * `listNotOwed`, the others too, each with why it is not owed (a report says "không phải thực hiện").
 * A completion dated inside the occurrence counts, even after `range.to` (a July report made on 30/11 of a Q3 occurrence
 * done on 18/09: done); the occurrence is late only when its own last day (the deadline) is in `range` and passed. Empty for an item without recurrence.
 */
export function standingOccurrences(
  item: StandingItem,
  doneOn: readonly (IsoDate | Completion)[],
  range: { readonly from: IsoDate; readonly to: IsoDate },
  asOf: IsoDate,
  convention: PeriodConvention,
  unit: Pick<Unit, 'activeFrom' | 'activeTo'> = {},
  listNotOwed = false,
): StandingOccurrence[] {
  const recurrence = item.recurrence;
  if (recurrence === undefined) return [];
  const out: StandingOccurrence[] = [];
  const completions = doneOn.map(completion);
  for (let year = planYearOf(range.from, convention); year <= planYearOf(range.to, convention); year += 1) {
    // The whole plan year is credited at once, then the range kept: a surplus row of Q2 may complete Q1 in a Q1 report.
    const periods = Array.from({ length: periodCount(recurrence) }, (_, i) =>
      periodFor(recurrence, year, recurrence === 'year' ? undefined : i + 1, convention),
    );
    const credits = creditedInYear(periods, completions, asOf, unit);
    periods.forEach((period, i) => {
      if (period.to < range.from || period.from > range.to) return;
      // A completion dated by the occurrence's own deadline is done whatever the report's period: a July report made on 30/11 knows Q3's pa-nô of 18/09 (fifth tester, finding 12).
      const credited = credits[i] ?? null;
      const done = credited?.on ?? null;
      const owed = owes(unit, period.to);
      const notOwed = whyNotOwed(unit, period.to);
      // Not owed (the unit left before the occurrence's end, or joined after it): listed when it was done all the same, or asked for with why.
      if (!owed && done === null) {
        if (listNotOwed && notOwed !== null) out.push({ period, doneOn: null, late: false, notOwed });
        return;
      }
      out.push({
        period,
        doneOn: done,
        ...(credited === null ? {} : { doneIndex: credited.index }),
        late: done === null && owed && period.to < asOf && period.to <= range.to,
        ...(credited?.late === true ? { doneLate: true as const } : {}),
      });
    });
  }
  return out;
}

/**
 * The completion credited to each occurrence of one plan year (`periods`, in order), by creditedTo,
 * then by the surplus rule (issue 13, closing4 item 4: an update for Q1 done on 05/04 without "Kỳ"
 * sits in Q2's window behind Q2's own row, and Q1 stayed "quá hạn"): in an occurrence's window, the
 * dated rows without "Kỳ" beyond the one it is credited with (all of them when a row naming it is
 * credited instead), known by `asOf`, are surplus and complete as many of the nearest EARLIER occurrences of
 * the year still missing, late ("hoàn thành chậm"): the window's EARLIEST rows are the late ones, the earliest
 * row to the earliest occurrence taken, and the occurrence keeps the first row left after them (try13i defect 2:
 * 05/04 and 20/05 in Q2's window, Q1 empty: Q1 is done late on 05/04, Q2 on 20/05). Only occurrences the unit
 * owes give or take a surplus (see owes), and never across plan years. The live Tiến độ sheet counts the
 * same total (progressSheet: occurrences done = owed + P(last) − max(0, P(1)…P(last)), P the running
 * sum of surplus less missing), so a unit's sheet and its report agree on "k/n lượt".
 */
function creditedInYear(
  periods: readonly Period[],
  completions: readonly Completion[],
  asOf: IsoDate,
  unit: Pick<Unit, 'activeFrom' | 'activeTo'>,
): (Credit | null)[] {
  const credits = periods.map((period) => creditedTo(period, completions, asOf));
  const missing: number[] = [];
  periods.forEach((period, i) => {
    if (!owes(unit, period.to)) return;
    const own = credits[i];
    if (own === null || own === undefined) {
      missing.push(i);
      return;
    }
    const inWindow = completions
      .flatMap((c, index) =>
        c.on !== null && c.for === undefined && c.on >= period.from && c.on <= period.to && knownBy(c.on, asOf) ? [{ on: c.on, index }] : [],
      )
      .sort((a, b) => a.on.localeCompare(b.on) || a.index - b.index);
    // Without a row naming it, one row without "Kỳ" is the occurrence's own; the others are surplus.
    const surplusCount = own.named ? inWindow.length : Math.max(0, inWindow.length - 1);
    const taken = missing.splice(Math.max(0, missing.length - surplusCount));
    if (taken.length === 0) return;
    // The earliest rows are the late ones (the officer's 05/04 is Q1's, 20/05 Q2's: try13i defect 2), the earliest
    // to the earliest occurrence taken; the occurrence keeps the first row left after them.
    taken.forEach((occurrence, k) => {
      const row = inWindow[k];
      if (row !== undefined) credits[occurrence] = { ...row, late: true, named: false };
    });
    const keep = inWindow[taken.length];
    if (!own.named && keep !== undefined) credits[i] = { ...keep, late: false, named: false };
  });
  return credits;
}

/**
 * How many times a recurring item is due in the plan year, and in which periods: per occurrence,
 * the units it concerns (`units`: a unit's own workbook passes its unit) that take part in the plan
 * on its last day (see owes; issue 13: TH Tiến độ's "Phải thực hiện" counts occurrences, not rows
 * entered, and a hamlet ended on 30/04 owes nothing for Q2).
 * Empty for an item without recurrence.
 */
export function recurrenceDue(
  item: StandingItem,
  year: number,
  convention: PeriodConvention,
  units: readonly Pick<Unit, 'activeFrom' | 'activeTo'>[],
): { readonly period: Period; readonly units: number }[] {
  const recurrence = item.recurrence;
  if (recurrence === undefined) return [];
  const out: { period: Period; units: number }[] = [];
  for (let index = 1; index <= periodCount(recurrence); index += 1) {
    const period = periodFor(recurrence, year, recurrence === 'year' ? undefined : index, convention);
    const active = units.filter((u) => owes(u, period.to)).length;
    if (active > 0) out.push({ period, units: active });
  }
  return out;
}
