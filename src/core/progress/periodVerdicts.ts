import { periodFor, planYearOf, yearToDate, type Period } from '../periods';
import { addDays } from '../periods/calendarMath';
import type { CountedTarget, IsoDate, Plan } from '../plan/types';
import { countedUpTo } from './countingWindow';
import type { OutputRecord, SpendingRecord } from '../records/types';
import {
  activeUnits,
  countedParts,
  fullPeriodOf,
  judgedSlices,
  responsibleFor,
  targetResultsFor,
  type CountedRecords,
  type DateRange,
  type Judged,
  type Tally,
  type TargetResult,
} from './targetProgress';

/**
 * One target as a period's report judges it: the one verdict the sheet report, the Word report,
 * TH Tiến độ, the pane and the CLI print (issue 13: "1/5 đơn vị đạt" in one and "0/5" in another).
 */
export interface PeriodVerdict {
  readonly target: CountedTarget;
  /**
   * Counted in the report's period, in the target's measure (outputs, minutes, things, đồng): every
   * row of the period, a running part's included, the one "Trong kỳ" of every table (sixth tester, D3);
   * with a `runningPart`, inPeriod = achieved + runningPart.achieved.
   */
  readonly inPeriod: number;
  /** Counted from the start of the plan year to the period's last day (lũy kế). */
  readonly yearToDate: number;
  /**
   * The minimum the verdict is taken against, as printed in "Tối thiểu": a yearly target's minimum
   * for the year; a cadence target's minimum summed over its months, quarters or halves judged
   * (monthly 8 → 24 in a quarter, 96 in the year); per unit, what each unit must reach (a unit's
   * own report: its minimum in proportion to its days in the plan).
   */
  readonly minimum: number;
  /**
   * What the judged range counted: the year to date for a yearly target, else the judged periods,
   * with `asOf` the ENDED ones only, like `minimum`: a year report of 30/11 of a quarterly target
   * compares Q1–Q3's rows with Q1–Q3's minimum; Q4's rows so far are in `runningPart`, and in
   * `inPeriod` (the total shown may include every row, the rate and verdict never do).
   */
  readonly achieved: number;
  /**
   * One formula for every target (sixth tester, D3: a plain ratio in one row, a capped mean in the
   * next, under one header): each judged period and unit credited up to its own minimum, summed, over
   * what the judged range asks for, so 0–1, reaching 1 exactly when every one is met (never "100%"
   * beside "Chưa đạt (1/3 kỳ đạt)"); a single period is capped too (9 of 6 is 1); 1 when nothing is asked.
   */
  readonly ratio: number;
  readonly met: boolean;
  /** The range judged: the year to date (yearly target), or the cadence periods the report's period reaches, up to its last day. */
  readonly judged: DateRange;
  /** A cadence target: the months, quarters or halves judged and how many were met. */
  readonly slices?: Tally;
  /**
   * Set when `asOf` was given and none of the target's months, quarters or halves in the period has
   * ended by it (see hasEnded), or, for a whole-year target, the plan year
   * has not ended by it and its minimum is not reached yet: the target is still running
   * ("Đang thực hiện"), `met` false and no "k/n" judged yet. When some have ended, only those are judged (slices, minimum, achieved), the rest left to later.
   */
  readonly running?: true;
  /**
   * Set when some of a cadence target's months, quarters or halves in the period have ended by
   * `asOf` and the next one has begun: the part not ended (from the day after the last one ended to the
   * period's last day) and what it counted so far, shown apart as running, in no "k/n" and no rate
   * (issue 13, fourth tester, finding 3: Q4's 3 posts are not set against Q1–Q3's minimum of 18).
   */
  readonly runningPart?: { readonly from: IsoDate; readonly to: IsoDate; readonly achieved: number };
  /**
   * A per-unit target judged over the plan: the units it concerns taking part on some day of the
   * period that reported, and how many met it; `notReported`, set when above 0, the units concerned
   * that sent no file (consolidation's notReported), judged on nothing and in neither `met` nor `of`
   * nor the minimum (sixth tester, D1: "1/3 đơn vị đạt; 1 đơn vị chưa báo cáo", not "1/4").
   */
  readonly units?: UnitsTally;
  /**
   * A per-unit target judged over the plan: the sum over the units judged of each one's minimum over
   * the periods judged (prorated to its days), what `ratio` divides by; `minimum` is then one unit's.
   */
  readonly summedMinimum?: number;
  /**
   * Every unit the target concerns (PHÂN CÔNG, active in the period) sent no file: it is not judged,
   * "Chưa báo cáo", neither met nor failed nor running (issue 13, tenth tester: CT2, given to the office
   * alone, read "Chưa đạt (0/1 kỳ đạt)" though the office had sent nothing), unless the rows that count
   * for it (see periodVerdicts) already reached a plan-wide minimum. Its figures are what those rows
   * counted: 0 when the plan brings no other unit in, never another unit's 100% (verdict13).
   */
  readonly unreported?: true;
  /**
   * Codes of the units the plan's responsibilities give the target to, active in the period, that sent
   * no file, in the plan's order: every one with `unreported`; for a target PHÂN CÔNG lists, or any
   * per-unit target, those silent while others reported (judged over what was sent, the silent named
   * apart; a per-unit target also counts them in `units.notReported`). Absent when none, and for a
   * plan-wide target given to everyone (no list of every silent unit on every row).
   */
  readonly notReportedBy?: readonly string[];
}

/** How many units met a per-unit target, of those judged, and how many concerned sent no file. */
export interface UnitsTally extends Tally {
  readonly notReported?: number;
}

/**
 * Every target of the plan as the report of `period` judges it, for the whole plan or one unit
 * (see targetProgress's Judged).
 *
 * Who a target counts (issue 13, verdict13; one rule for TH Tiến độ, `consolidate` and its --json,
 * the report of the consolidated workbook and a unit's own report):
 * - a target PHÂN CÔNG ("Đơn vị thực hiện") gives to named units or levels counts the rows of those
 *   units, and of the units a PHÂN CÔNG row without items names (the plan's "every agency and
 *   commune carries the plan out in its own field", 116/KH-UBND IV.6), and no others
 *   (targetProgress countsFor): in a 2026 commune plan giving "3 phóng sự" to the Văn phòng alone, a
 *   hamlet's phóng sự on that station does not reach it; under 116, whose IV.6 names every level,
 *   every unit's rows count as before (the field cases); a target given to no unit in particular,
 *   or to every one, counts every row;
 * - it reads "Chưa báo cáo" (`unreported`) when none of the units it is given to, active in the
 *   period, sent a file and what counts for it does not reach a plan-wide minimum (0 when no other
 *   unit is brought in); a minimum the brought-in units' rows already reached stays "Đạt" (a missing
 *   file can only add), the silent named; when some owners sent a file, it is judged over what was
 *   sent and the silent are named (`notReportedBy`), a per-unit target's also counted in
 *   `units.notReported`;
 * - a unit's own report shows the targets given to it (or to everyone), and those it contributes
 *   to (contributesTo) with rows: report/reportData's `applies`.
 *
 * How each target is judged:
 * - a yearly target (116/KH-UBND's): the plan's minimum is the year's, so the year to date is
 *   judged against it, the period's own count shown beside it;
 * - a monthly, quarterly or half-yearly target: the periods of its cadence that the report's
 *   period reaches, from the first one's start to the report's last day (a March report judges
 *   March, a Q1 report January to March, a March report of a quarterly target the quarter so far);
 * - a per-unit target judged over the plan: the units it concerns that take part on some day of
 *   the period (Unit.activeFrom/activeTo), each on the months, quarters or halves it took part in
 *   (a hamlet ended on 30/04 is judged in Q2 on April alone, one founded on 01/06 on June alone),
 *   its minimum prorated to its days; all of them are in "k/n đơn vị" and in the percent. A hamlet
 *   merged away on 31/01 is in a Q1 or year "k/n" on its January, and not in a March one.
 * - with `asOf` (the report's date, "today"), a cadence target is judged only on its months,
 *   quarters or halves ended by then (see hasEnded: a year report of 30/11 judges Q1–Q3 of a
 *   quarterly target, January to November of a monthly one): the minimum, the count set against
 *   it, the rate and "k/n" are all over those ended periods alone, like with like; the rest of the
 *   period is `runningPart`, its count shown apart as running;
 *   with none ended, it is `running` (a November report of a quarterly target while Q4 runs);
 *   a whole-year target short of its minimum is `running` until its plan YEAR has ended by `asOf`,
 *   whatever the report's period (a year report of 30/11, a Q3 report of 05/10, a 6-month report of
 *   116/KH-UBND dated 14/6: "Đang thực hiện", not "Chưa đạt": an annual minimum cannot be failed
 *   before the year is out); a report dated after the year's end judges the year to date against
 *   it; one that has reached it is met at once (a minimum reached stays reached).
 * - `notReported` (codes of the units the consolidation found no file of): a per-unit target is
 *   judged over the units that reported, those left out counted apart (UnitsTally.notReported);
 *   a unit with a row in `outputs` is never left out; a target none of whose units reported is
 *   `unreported`, and one the plan assigns names its silent units (`notReportedBy`).
 * - rows dated after `asOf` when it falls inside the period count for nothing, in the period and the
 *   year to date alike (progress/countingWindow: the report's data line ends on its date).
 * - `judgedPeriod`, when the caller has them: the targets' results over the period itself, judged over
 *   the whole plan (targetResults) on the rows `counted` (a consolidation's targets and targetsCounted):
 *   taken as they are, rather than judged again (issue 11), when those are the very arrays counted here
 *   as of `asOf` and no unit is left out as silent; else judged here.
 * Pure; never throws for a period of the plan's years (periodFor's errors otherwise).
 */
export function periodVerdicts(
  fullPlan: Plan,
  records: CountedRecords,
  period: Period,
  judged: Judged,
  asOf?: IsoDate,
  notReported: readonly string[] = [],
  judgedPeriod?: {
    readonly counted: { readonly outputs: readonly OutputRecord[]; readonly spending: readonly SpendingRecord[] };
    readonly results: readonly TargetResult[];
  },
): PeriodVerdict[] {
  // Nothing dated after the report's date counts, when that date falls inside the period (countingWindow, try13m D2).
  const outputs = countedUpTo(countedParts(records), period, asOf);
  const rows = outputs.outputs;
  // The units some row is of, gathered once (issue 11: a province's silent communes each scanned every row).
  const withRows = judged.kind === 'plan' && notReported.length > 0 ? new Set(rows.map((r) => r.unit)) : new Set<string | null>();
  const silent = new Set(judged.kind === 'plan' ? notReported.filter((code) => !withRows.has(code)) : []);
  // Units without a file are not judged at all: the plan's units less them, for every target (a plan-wide one counts no unit).
  const plan: Plan = silent.size === 0 ? fullPlan : { ...fullPlan, units: fullPlan.units.filter((u) => !silent.has(u.code)) };
  const silentUnits = activeUnits(fullPlan, period).filter((u) => silent.has(u.code));
  const ytd = yearToDate(period, plan.periodConvention);
  const yearEnd = periodFor('year', planYearOf(ytd.from, plan.periodConvention), undefined, plan.periodConvention).to;
  // Every unit taking part on some day of the period is judged, on the cadence periods it took part in (issue 13, third tester).
  const among: DateRange = { from: period.from, to: period.to };
  // Each distinct range is judged once: a year report's period is its year to date, and a cadence range often one of them (issue 11).
  const judgedOver = new Map<string, readonly TargetResult[]>();
  // The period's results the caller passed are these, judged over the whole plan: target by target the plan's own.
  const passed =
    judgedPeriod !== undefined &&
    judged.kind === 'plan' &&
    silent.size === 0 &&
    judgedPeriod.counted.outputs === outputs.outputs &&
    judgedPeriod.counted.spending === outputs.spending &&
    judgedPeriod.results.length === plan.targets.length &&
    judgedPeriod.results.every((r, i) => r.target === plan.targets[i]);
  if (passed) judgedOver.set(`${period.from}|${period.to}`, judgedPeriod.results);
  const resultsOver = (range: DateRange): readonly TargetResult[] => {
    const key = `${range.from}|${range.to}`;
    const known = judgedOver.get(key);
    if (known !== undefined) return known;
    const results = targetResultsFor(plan, outputs, { from: range.from, to: range.to }, judged, among);
    judgedOver.set(key, results);
    return results;
  };
  const inPeriod = resultsOver(period);
  const cumulative = resultsOver(ytd);
  const cadenceRanges = new Map<string, DateRange>();
  // Cadence targets none of whose periods in the report's period has ended by asOf: judged later, shown as running.
  const running = new Set<string>();
  // Cadence targets some of whose periods have ended and some not: the part not ended, counted apart.
  const unended = new Map<string, DateRange>();
  for (const target of plan.targets) {
    if (target.per === undefined || target.per === 'year') {
      // A whole-year minimum is judged once its YEAR has ended, whatever the report's period: a Q3 report of 05/10 or 30/11 is still running (fourth tester, finding 1; fifth, finding 2).
      if (asOf !== undefined && !hasEnded(yearEnd, asOf)) running.add(target.id);
      continue;
    }
    const first = fullPeriodOf(target, { from: period.from, to: period.from }, plan);
    const whole: DateRange = { from: first.from < period.from ? first.from : period.from, to: period.to };
    const ended = asOf === undefined ? undefined : endedPart(target, whole, asOf, plan);
    if (ended === null) running.add(target.id);
    // Only a part already begun runs: on 30/11 a monthly target's December has not, and the months judged are all there are so far.
    else if (asOf !== undefined && ended !== undefined && ended.to < period.to && addDays(ended.to, 1) <= asOf)
      unended.set(target.id, { from: addDays(ended.to, 1), to: period.to });
    cadenceRanges.set(target.id, ended ?? whole);
  }
  const cadence = [...new Set([...cadenceRanges.values(), ...unended.values()].map((r) => `${r.from}|${r.to}`))];
  const byRange = new Map(
    cadence.map((key) => {
      const [from = period.from, to = period.to] = key.split('|');
      return [key, resultsOver({ from, to })] as const;
    }),
  );
  return plan.targets.map((target, i) => {
    const own = inPeriod[i];
    const total = cumulative[i];
    const range = cadenceRanges.get(target.id);
    const verdict = range === undefined ? total : byRange.get(`${range.from}|${range.to}`)?.[i];
    if (own === undefined || total === undefined || verdict === undefined) throw new Error('periodVerdicts: a target without a result');
    // A whole-year minimum already reached stays reached: "Đạt" at once; only a shortfall waits for the period's end.
    // A cadence target none of whose ended periods concerns the unit(s) judged (Bà Nhả, from 01/03, in a Q1 report of 15/02): nothing owed yet, running, never "Đạt (0/0)".
    const owners = activeUnits(fullPlan, period).filter((u) => responsibleFor(fullPlan, u, target.id));
    const silentOwners = owners.filter((u) => silent.has(u.code)).map((u) => u.code);
    // Nobody it is given to reported: there is nothing of theirs to judge (tenth tester). Only the rows of the units it is given
    // to, and of those a general PHÂN CÔNG row brings in, count (countsFor, verdict13): a plan-wide minimum such rows already
    // reached stays reached (a missing file can only add), the silent named beside "Đạt"; without such units it is "Chưa báo cáo".
    const unreported = owners.length > 0 && silentOwners.length === owners.length && (target.scope === 'per-unit' || !verdict.met);
    const assigned = fullPlan.responsibilities.some((r) => r.items.includes(target.id));
    const namedSilent = silentOwners.length > 0 && (unreported || assigned || target.scope === 'per-unit');
    const isRunning = !unreported && ((running.has(target.id) && (range !== undefined || !verdict.met)) || (range !== undefined && verdict.slices.of === 0));
    const rest = unended.get(target.id);
    const restCount = rest === undefined ? undefined : byRange.get(`${rest.from}|${rest.to}`)?.[i]?.achieved;
    const each = judged.kind === 'plan' && target.scope === 'per-unit';
    const minimum = each ? target.minimum * (range === undefined ? 1 : judgedSlices(target, range, plan).length) : verdict.required;
    return {
      target,
      inPeriod: own.achieved,
      yearToDate: total.achieved,
      minimum,
      achieved: verdict.achieved,
      ratio: verdict.required === 0 ? 1 : verdict.credited / verdict.required,
      met: verdict.met && !isRunning && !unreported,
      ...(unreported ? { unreported: true as const } : {}),
      ...(namedSilent ? { notReportedBy: silentOwners } : {}),
      ...(isRunning ? { running: true as const } : {}),
      judged: range ?? { from: ytd.from, to: ytd.to },
      ...(range === undefined ? {} : { slices: verdict.slices }),
      ...(rest === undefined || restCount === undefined ? {} : { runningPart: { from: rest.from, to: rest.to, achieved: restCount } }),
      ...(verdict.units === undefined ? {} : { units: unitsTally(verdict.units, silentUnits.filter((u) => responsibleFor(fullPlan, u, target.id)).length) }),
      ...(each && verdict.units !== undefined ? { summedMinimum: verdict.required } : {}),
    };
  });
}

/**
 * The part of a cadence target's judged range whose months, quarters or halves have ended by `asOf`
 * (the report's date): the range itself when all have, up to the last one ended when some have,
 * null when none has (issue 13, third tester: Q4 is not "Chưa đạt" on 30/11).
 */
function endedPart(target: CountedTarget, range: DateRange, asOf: IsoDate, plan: Plan): DateRange | null {
  let to: IsoDate | null = null;
  for (const slice of judgedSlices(target, range, plan)) {
    const whole = fullPeriodOf(target, slice, plan);
    if (!hasEnded(whole.to, asOf)) break;
    to = slice.to;
  }
  return to === null ? null : { from: range.from, to };
}

/**
 * Whether a period ending on `last` has ended by the report's date `asOf`: a report dated on its
 * period's last day judges it, the convention of Nghị định 09/2019/NĐ-CP on reporting (the figures of a
 * report run to its closing day, and 116/KH-UBND's 6-month report counts "đến ngày 14/6" and is dated 14/6),
 * so a year report of 30/11 judges November on that day, its last (issue 13, fifth tester, finding 13:
 * kept on purpose), and leaves Q4 running.
 */
export function hasEnded(last: IsoDate, asOf: IsoDate): boolean {
  return last <= asOf;
}

function unitsTally(units: Tally, notReported: number): UnitsTally {
  return notReported === 0 ? units : { ...units, notReported };
}
