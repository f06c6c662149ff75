import { t } from '../i18n/format';
import type { Language } from '../i18n/messages';
import { periodLabel, periodRangeLabel, yearToDate, type Period } from '../periods';
import type { CountedTarget, IsoDate, Plan, StandingItem, Unit } from '../plan/types';
import {
  activeDuring,
  activeUnits,
  contributesTo,
  countsTowards,
  inRange,
  measureOf,
  responsibleFor,
  targetResults,
  withinUnitDays,
  type DateRange,
  type Judged,
} from '../progress/targetProgress';
import { afterReportDate, countedThrough, countedUpTo } from '../progress/countingWindow';
import { fundingLines } from '../progress/fundingLines';
import { periodVerdicts } from '../progress/periodVerdicts';
import { knownBy, standingLateness, standingOccurrences, whyNotOwed } from '../progress/standingDue';
import type { OutputRecord, StandingRecord } from '../records/types';
import { outputKey, unitOwnChannels } from '../consolidate/outputKey';
import { judgedMinimums } from './judgedMinimum';
import { missedSlices } from './missedSlices';
import { reportSheetName } from './sheetName';
import type { ReportData, ReportInput, ReportItemState, ReportScope, ReportSpendingRow, ReportStandingRow, ReportTargetRow, ReportUnitRow } from './types';

/**
 * The numbers of a report, from the same functions the progress sheet is checked against
 * (targetResults, spendingByFunding), so the report, the pane and the CLI cannot disagree.
 *
 * Each target is judged by progress/periodVerdicts, the one verdict TH Tiến độ and the CLI print too:
 * a yearly minimum against the year to date (lũy kế), a monthly, quarterly or half-yearly one over
 * its periods in the report's period, per-unit targets over the units active in the period.
 * Outputs and Kinh phí rows dated after the report's date, when it falls inside the period, are
 * counted nowhere (progress/countingWindow), as the line "Số liệu tính từ … đến ngày …" says, and
 * a duplicate output once (countedOnce, the key consolidation uses).
 */
export function reportData(input: ReportInput): ReportData {
  const { plan, period, scope } = input;
  // Rows dated after the report's date, when it falls inside the period, count for nothing anywhere in it (try13m D2).
  // A row validation calls a duplicate of another counts once, as consolidation counts it (try13m D3).
  const records = countedUpTo(countedOnce(plan, input.records), period, input.reportDate);
  const language: Language = input.language ?? 'vi';
  const ytd = yearToDate(period, plan.periodConvention);
  // A unit's own workbook: every row is its own, and a per-unit minimum is judged on its days in the plan.
  const judged: Judged = scope.kind === 'unit' ? { kind: 'unit', unit: scope.unit, filter: false } : { kind: 'plan' };
  const absent = scope.kind === 'unit' ? absence(scope.unit, period) : undefined;
  const verdicts = periodVerdicts(plan, records, period, judged, input.reportDate, scope.kind === 'district' ? (input.notReported ?? []) : []);
  const minimums = judgedMinimums(verdicts);
  const targets: ReportTargetRow[] = verdicts.map((verdict, i) => {
    const per = verdict.target.per;
    const judgedMinimum = minimums[i] ?? { minimum: verdict.minimum };
    return {
      id: verdict.target.id,
      title: verdict.target.title,
      minimum: judgedMinimum.minimum,
      ...(judgedMinimum.perUnit === undefined ? {} : { perUnitMinimum: judgedMinimum.perUnit }),
      ...(judgedMinimum.perUnitPartial === true ? { perUnitPartial: true as const } : {}),
      scope: verdict.target.scope,
      // One "Trong kỳ" for every row, the running part included; the ended part, what the rate is over, beside it (sixth tester, D3).
      inPeriod: verdict.inPeriod,
      ...(verdict.runningPart === undefined ? {} : { endedAchieved: verdict.achieved }),
      yearToDate: verdict.yearToDate,
      percent: Math.round(verdict.ratio * 100),
      met: verdict.met,
      ...(verdict.met && verdict.units === undefined && verdict.achieved > verdict.minimum ? { exceeded: true as const } : {}),
      ...(per === undefined || per === 'year' || verdict.slices === undefined ? {} : { per, slices: verdict.slices }),
      ...(verdict.target.measure === undefined || verdict.target.measure === 'count' ? {} : { measure: verdict.target.measure }),
      ...(verdict.units === undefined ? {} : { unitsMet: verdict.units }),
      ...(verdict.unreported === true ? { unreported: true as const } : {}),
      ...(verdict.notReportedBy === undefined ? {} : { notReportedBy: verdict.notReportedBy }),
      graded: scope.kind === 'district' || verdict.target.scope === 'per-unit',
      // A unit's own report shows what PHÂN CÔNG gives it (or everyone), and what its rows count for otherwise (contributesTo):
      // never a target given to others its rows do not count for (a hamlet and the Văn phòng's phóng sự, periodVerdicts, verdict13).
      applies:
        scope.kind === 'district' ||
        responsibleFor(plan, scope.unit, verdict.target.id) ||
        (verdict.yearToDate > 0 && contributesTo(plan, scope.unit, verdict.target.id)),
      ...(absent !== undefined && verdict.target.scope === 'per-unit' ? { notJudged: true as const } : {}),
      ...(verdict.running === true ? { running: true as const } : {}),
      ...(verdict.runningPart === undefined ? {} : { runningPart: verdict.runningPart }),
      ...(scope.kind === 'unit' && verdict.target.scope === 'per-unit' ? outsideUnitDays(verdict.target, records.outputs, period, scope.unit) : {}),
      ...usedOn('channelsUsed', verdict.target, records.outputs, ytd, scope.kind === 'unit' ? scope.unit : undefined),
      ...missedOf(
        missedSlices(plan, verdict.target, records.outputs, verdict.judged, verdict.slices, scope.kind === 'unit' ? scope.unit : undefined, language),
      ),
      ...usedOn('channelsInPeriod', verdict.target, records.outputs, period, scope.kind === 'unit' ? scope.unit : undefined),
    };
  });
  return {
    sheetName: reportSheetName(period, scope),
    scope: scope.kind === 'unit' ? { kind: 'unit', unitCode: scope.unit.code, unitName: scope.unit.name } : { kind: 'district' },
    period: { kind: period.kind, from: period.from, to: period.to, label: periodLabel(period, language) },
    yearToDate: { from: ytd.from, to: ytd.to },
    reportDate: input.reportDate,
    ...(absent === undefined ? {} : { absent }),
    targets,
    units: scope.kind === 'district' ? unitRows({ ...input, records }, language) : [],
    standing: standingRows(plan, period, scope, records.standing, input.reportDate, language),
    spending: spendingRows({ ...input, records }, ytd, language),
  };
}

/**
 * The records with each output counted once: a later row with the same identity as an earlier one
 * (consolidate/outputKey: channel, date and title; on a channel each unit has for itself, also the
 * unit) is left out, the first kept, as consolidation lists the later one under "Trùng" and counts
 * the first. A unit's own report then counts what its consolidation counts (try13m D3: 23 broadcasts
 * against 22). Rows without a channel, date or title are kept, as consolidation keeps them. The same
 * records when nothing is left out.
 */
function countedOnce<R extends ReportInput['records']>(plan: Plan, records: R): R {
  const own = unitOwnChannels(plan);
  const seen = new Set<string>();
  const outputs = records.outputs.filter((record) => {
    const key = outputKey(record, own);
    if (key === null) return true;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return outputs.length === records.outputs.length ? records : { ...records, outputs };
}

/**
 * A unit's outputs for a per-unit target dated in the period on days it was not in the plan (they
 * count for nothing, targetProgress/withinUnitDays), in the target's measure, with their dates; {} when none.
 * Money targets are left out: a Kinh phí row is no output the sentence names.
 */
function outsideUnitDays(target: CountedTarget, outputs: readonly OutputRecord[], period: DateRange, unit: Unit): Pick<ReportTargetRow, 'outsideUnitDays'> {
  if (target.measure === 'amount') return {};
  const rows = outputs.filter((r) => inRange(r.date, period) && !withinUnitDays(r, unit) && countsTowards(target, r));
  const count = rows.reduce((total, r) => total + measureOf(target, r), 0);
  const dates = [...new Set(rows.flatMap((r) => (r.date === null ? [] : [r.date])))].sort();
  return count === 0 ? {} : { outsideUnitDays: { count, dates } };
}

/**
 * The channels a target's counted rows of a range (the year to date, the period) are on (a unit's own, on its days in the
 * plan), in the target's order; {} for đồng, whose sentence names no channel, and when none counted.
 */
function usedOn(
  key: 'channelsUsed' | 'channelsInPeriod',
  target: CountedTarget,
  outputs: readonly OutputRecord[],
  range: DateRange,
  unit: Unit | undefined,
): Partial<Pick<ReportTargetRow, 'channelsUsed' | 'channelsInPeriod'>> {
  if (target.measure === 'amount') return {};
  const used = new Set(
    outputs
      .filter((r) => inRange(r.date, range) && countsTowards(target, r) && (unit === undefined || withinUnitDays(r, unit)) && measureOf(target, r) > 0)
      .map((r) => r.channel),
  );
  const codes = target.channels.filter((code, i) => used.has(code) && target.channels.indexOf(code) === i);
  return codes.length === 0 ? {} : { [key]: codes };
}

function missedOf(labels: readonly string[] | undefined): Pick<ReportTargetRow, 'slicesMissed'> {
  return labels === undefined ? {} : { slicesMissed: labels };
}

/** The day a unit joined after the period or left before it; undefined when it took part on some day of it. */
function absence(unit: Unit, period: DateRange): ReportData['absent'] {
  if (activeDuring(unit, period)) return undefined;
  if (unit.activeFrom !== undefined && unit.activeFrom > period.to) return { from: unit.activeFrom };
  return unit.activeTo === undefined ? undefined : { to: unit.activeTo };
}

// Kept here for callers of the report module; the rules live with the progress they decide.
export { activeUnits, responsibleFor };

function unitRows(input: ReportInput, language: Language): ReportUnitRow[] {
  const { plan, period, records } = input;
  const units = activeUnits(plan, period);
  const silent = new Set(input.notReported ?? []);
  const rows: ReportUnitRow[] = units.map((unit) => {
    const counts = Object.fromEntries(targetResults(plan, records, period, unit.code).map((r) => [r.target.id, r.achieved]));
    // A unit that sent no file has no figures to show as zeros (issue 13, fifth tester, finding 7).
    const none = silent.has(unit.code) && !records.outputs.some((r) => r.unit === unit.code);
    // Nothing asked of it and nothing counted: "-", not a 0 that reads as a shortfall (sixth tester, D7).
    // A unit whose rows count for no part of a target given to others is "-" there too, whatever it recorded (verdict13).
    const notAssigned = plan.targets
      .filter((g) => !responsibleFor(plan, unit, g.id) && ((counts[g.id] ?? 0) === 0 || !contributesTo(plan, unit, g.id)))
      .map((g) => g.id);
    const unassignedDone = plan.targets
      .filter((g) => !responsibleFor(plan, unit, g.id) && (counts[g.id] ?? 0) > 0 && contributesTo(plan, unit, g.id))
      .map((g) => g.id);
    return {
      code: unit.code,
      name: unit.name,
      counts,
      ...(none ? { notReported: true as const } : {}),
      ...(notAssigned.length === 0 ? {} : { notAssigned }),
      ...(unassignedDone.length === 0 ? {} : { unassignedDone }),
    };
  });
  const known = new Set(units.map((u) => u.code));
  const unknown = records.outputs.filter((r) => r.unit === null || !known.has(r.unit));
  const unknownSpending = records.spending.filter((r) => r.unit === null || !known.has(r.unit));
  const unknownCounts = targetResults(plan, { outputs: unknown, spending: unknownSpending }, period).map((r) => [r.target.id, r.achieved] as const);
  if (unknownCounts.some(([, n]) => n > 0)) {
    rows.push({ code: null, name: t('report.row.unknownUnit', {}, language), counts: Object.fromEntries(unknownCounts) });
  }
  return rows;
}

/** Units whose standing items the report lists, and which items for each. */
function standingRows(
  plan: Plan,
  period: Period,
  scope: ReportScope,
  standing: readonly StandingRecord[],
  reportDate: IsoDate,
  language: Language,
): ReportStandingRow[] {
  const units = scope.kind === 'unit' ? [scope.unit] : activeUnits(plan, period);
  const mine = (record: StandingRecord, unit: Unit): boolean => record.unit === unit.code || (scope.kind === 'unit' && record.unit === null);
  return units.flatMap((unit) => {
    const own = standing.filter((r) => mine(r, unit));
    return plan.standingItems
      .filter((item) => item.appliesTo.includes(unit.level) || own.some((r) => r.item === item.id))
      .flatMap((item): ReportStandingRow[] => {
        const rows = own.filter((r) => r.item === item.id);
        if (item.recurrence !== undefined) return occurrenceRows(item, rows, unit, period, reportDate, plan, language);
        // The completions known are those dated up to the report's date, as for a recurring item's occurrence (standingDue knownBy,
        // try13m D6): one done after its deadline is "hoàn thành chậm", not "quá hạn"; one dated after the report's date is not known yet.
        const doneOn = rows.filter((r) => r.state === 'done' && knownBy(r.dateDone, reportDate)).map((r) => r.dateDone);
        // Late once the deadline has passed by the report's date without a completion by it.
        const lateness = standingLateness(item, doneOn, reportDate, plan.periodConvention, { through: period.to, unit });
        const state = stateAt(rows, reportDate);
        // A deadline the unit is not in the plan on is not its to meet: the report says why (issue 13, fourth tester).
        const notOwed = item.deadline === undefined || state.state === 'done' ? null : whyNotOwed(unit, item.deadline);
        const dueInPeriod = item.deadline !== undefined && item.deadline >= period.from && item.deadline <= period.to && state.state !== 'done';
        return [
          {
            itemId: item.id,
            unitCode: unit.code,
            unitName: unit.name,
            ...state,
            ...(notOwed !== null
              ? { notOwed }
              : lateness.late && lateness.due !== null
                ? { late: true as const, due: lateness.due }
                : dueInPeriod
                  ? { due: item.deadline }
                  : {}),
          },
        ];
      });
  });
}

/**
 * A recurring item ("mỗi quý") as one row per occurrence in the period (progress/standingOccurrences):
 * the Q3 report has the Q3 one, the year report four, each with its own completion date, late only
 * when that occurrence ended without one, so "Đã thực hiện" never stands beside "quá hạn" of the
 * same occurrence (issue 13). Without a completion in it, the unit's undated rows say its state;
 * with none, and rows for other occurrences, it is not done.
 */
function occurrenceRows(
  item: StandingItem,
  rows: readonly StandingRecord[],
  unit: Unit,
  period: Period,
  reportDate: IsoDate,
  plan: Plan,
  language: Language,
): ReportStandingRow[] {
  // A row whose "Kỳ" names an occurrence is that occurrence's, done late when after it (progress/standingDue, sixth tester, D4).
  const dated = rows.flatMap((r) => (r.state === 'done' && r.dateDone !== null ? [{ on: r.dateDone, ...(r.period ? { for: r.period } : {}) }] : []));
  const undated = rows.filter((r) => r.state !== 'done' || r.dateDone === null);
  return standingOccurrences(item, dated, period, reportDate, plan.periodConvention, unit, true).map((occurrence): ReportStandingRow => {
    // Not owed (the unit not in the plan on its last day): listed with why, never "Chưa thực hiện" (issue 13, fourth tester).
    if (occurrence.notOwed !== undefined) {
      return {
        itemId: item.id,
        unitCode: unit.code,
        unitName: unit.name,
        state: 'missing',
        dateDone: null,
        occurrence: periodLabel(occurrence.period, language),
        notOwed: occurrence.notOwed,
      };
    }
    const found = stateAt(undated, period.to);
    // Owed in this report only if its deadline falls in the period (a July report owes nothing of Q3, due 30/09: fifth tester, finding 12);
    // not ended by the report's date either: its unit still has time. Running, never "Chưa thực hiện", in no "k/n lần" (issue 13, third tester).
    const running = occurrence.period.to > period.to || (occurrence.doneOn === null && found.state !== 'done' && occurrence.period.to > reportDate);
    const state: ReportItemState =
      occurrence.doneOn !== null ? 'done' : running ? 'in-progress' : found.state === 'missing' && rows.length > 0 ? 'not-done' : found.state;
    return {
      itemId: item.id,
      unitCode: unit.code,
      unitName: unit.name,
      state,
      dateDone: occurrence.doneOn ?? (state === 'done' ? found.dateDone : null),
      occurrence: periodLabel(occurrence.period, language),
      ...(occurrence.late || occurrence.doneLate === true ? { late: true as const, due: occurrence.period.to } : {}),
      ...(running ? { running: true as const, due: occurrence.period.to } : {}),
    };
  });
}

const RANK: Record<ReportItemState, number> = { done: 3, 'in-progress': 2, 'not-done': 1, missing: 0 };

/**
 * An item's state on `lastDay` (the report's date for an item due on a deadline; the period's last
 * day for a recurring item's undated rows), from the rows about it: done wins, with the earliest
 * completion date; a completion dated after that day counts as in progress then, so regenerating
 * the report on the same date gives the same report.
 */
function stateAt(rows: readonly StandingRecord[], lastDay: string): { state: ReportItemState; dateDone: string | null } {
  let best: { state: ReportItemState; dateDone: string | null } = { state: 'missing', dateDone: null };
  for (const row of rows) {
    if (row.state === null) continue;
    const late = row.state === 'done' && row.dateDone !== null && row.dateDone > lastDay;
    const candidate = late ? { state: 'in-progress' as const, dateDone: null } : { state: row.state, dateDone: row.state === 'done' ? row.dateDone : null };
    const better =
      RANK[candidate.state] > RANK[best.state] ||
      (candidate.state === 'done' && best.state === 'done' && candidate.dateDone !== null && (best.dateDone === null || candidate.dateDone < best.dateDone));
    if (better) best = candidate;
  }
  return best;
}

function spendingRows(input: ReportInput, ytd: DateRange, language: Language): ReportSpendingRow[] {
  const { plan, period, scope, records } = input;
  const levels = new Map(plan.fundingSources.map((f) => [f.code, f.levels]));
  // The lines are those of TH Tiến độ and `cchc consolidate` (fundingLines); a unit's report leaves out the sources not of its level it did not spend from.
  return fundingLines(plan, records.spending, period, ytd, language)
    .filter((line) => line.code === null || scope.kind === 'district' || (levels.get(line.code) ?? []).includes(scope.unit.level) || line.yearToDate !== 0)
    .map(({ budget, ...line }) =>
      // The budget is the whole plan's: a unit's report shows its own spending only.
      budget !== undefined && scope.kind === 'district' ? { ...line, budget } : line,
    );
}

/**
 * The line under the report's title, "(Số liệu tính từ ngày 01/01/2026 đến ngày 30/11/2026)": the
 * figures run to the report's date when it falls inside the period (a year report dated 30/11 counts
 * nothing after it), else to the period's last day (issue 13, fifth tester, finding 8).
 */
export function dataRangeLine(period: Period, reportDate: IsoDate, language: Language, records?: Pick<ReportInput['records'], 'outputs' | 'spending'>): string {
  const to = countedThrough(period, reportDate);
  const range = periodRangeLabel({ ...period, to }, language);
  // Rows the workbook holds dated after the report's date, inside the period: said, so the officer knows they wait for the next report (try13m D2).
  const after = records === undefined ? 0 : [...records.outputs, ...records.spending].filter((r) => afterReportDate(r.date, period, reportDate)).length;
  return after === 0 ? t('report.dataRange', { range }, language) : t('report.dataRangeLeftOut', { range, n: after }, language);
}
