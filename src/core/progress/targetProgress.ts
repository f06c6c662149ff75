import { daysBetweenInclusive } from '../periods/calendarMath';
import { isOccurrence } from '../periods/occurrence';
import { periodFor, periodCount, planYearOf } from '../periods/standard';
import type { Period } from '../periods/types';
import type { CountedTarget, IsoDate, Plan, TargetCadence, Unit } from '../plan/types';
import { recurrenceDue } from './standingDue';
import type { OutputRecord, SpendingRecord, StandingRecord } from '../records/types';

/**
 * Progress against a plan, computed from records. The same numbers are what the progress sheet's
 * formulas give over the same rows (tests evaluate both), so the pane, the CLI and plain Excel agree.
 *
 * How a target is judged (issue 13):
 * - scope 'plan': the outputs of every unit together against the minimum;
 * - scope 'per-unit': each unit on its own outputs against its own minimum; judged over the whole
 *   plan, the target is met when every unit it concerns met it, and `units` says how many did
 *   (hamlets with 11 and 3 items against "12 each" are 1 of 2, not "117%");
 * - the units a target concerns are the ones the plan's responsibilities (PHÂN CÔNG) name for it,
 *   by code or level, and that take part in the plan during the range (Unit.activeFrom/activeTo);
 * - cadence ('per'): a monthly, quarterly or half-yearly minimum is judged in each such period of
 *   the plan year that the range reaches, counted within the range; met when every one is met;
 * - a unit that takes part in only part of a judged period is judged on its part: its minimum
 *   for that period is the plan's, in proportion to its days in it, rounded up;
 * - a money target (measure 'amount') counts the đồng of the Kinh phí rows, as section III's
 *   "Tổng kinh phí đã chi" does, and a unit's Tin bài "Kinh phí (đồng)" cells only when that unit
 *   keeps no Kinh phí row in the plan year (see moneyRows); it needs no channel.
 */

export interface DateRange {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

export interface Tally {
  readonly met: number;
  readonly of: number;
}

export interface TargetResult {
  readonly target: CountedTarget;
  readonly achieved: number;
  /** What the range asks for: the minimum, times the periods judged, summed over the units judged (prorated). */
  readonly required: number;
  /** achieved / required; 1 when nothing is required. */
  readonly ratio: number;
  /**
   * What counts towards `required` when each judged period and unit is credited up to its own
   * minimum: a surplus in January does not make up for an empty February (the report's percent of
   * a cadence or per-unit target, issue 13: never "100%" beside "1/3 kỳ đạt").
   */
  readonly credited: number;
  readonly met: boolean;
  /** The months, quarters or halves judged and how many were met; { met: 0|1, of: 1 } for a yearly target. */
  readonly slices: Tally;
  /** A per-unit target judged over the whole plan: the units it concerns and how many met it. */
  readonly units?: Tally;
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

/**
 * Whether the plan's responsibilities (PHÂN CÔNG, section IV of 116/KH-UBND) give the target or
 * item to this unit: a responsibility that lists the id names the units or levels that carry it
 * out (naming neither: everyone, names()); an id no responsibility lists is everyone's.
 */
export function responsibleFor(plan: Pick<Plan, 'responsibilities'>, unit: Unit, id: string): boolean {
  const listing = plan.responsibilities.filter((r) => r.items.includes(id));
  return listing.length === 0 || listing.some((r) => names(r, unit));
}

/**
 * Whether a target is given to some units only: a responsibility of PHÂN CÔNG lists it and names no
 * level or unit beyond some of the plan's units (a target no responsibility lists is everyone's).
 */
export function givenToSome(plan: Pick<Plan, 'responsibilities' | 'units'>, id: string): boolean {
  return plan.units.some((u) => !responsibleFor(plan, u, id));
}

/**
 * Whether the unit's rows count towards the target judged over the plan, though PHÂN CÔNG may not give
 * it the target: it is given it (responsibleFor), or a PHÂN CÔNG row without items names it or its
 * level (or names neither: every unit), the plan's general duty of every agency and commune to carry the plan out in its own field
 * (116/KH-UBND, IV.6: "căn cứ chức năng, nhiệm vụ … chủ động thực hiện kế hoạch"), which makes its
 * work part of every target's total.
 */
export function contributesTo(plan: Pick<Plan, 'responsibilities'>, unit: Unit, id: string): boolean {
  if (responsibleFor(plan, unit, id)) return true;
  return plan.responsibilities.some((r) => r.items.length === 0 && names(r, unit));
}

/**
 * Whether a PHÂN CÔNG row names the unit, by its code or its level; a row that names neither a unit
 * nor a level ("Các cơ quan, đơn vị chủ động đăng tin, bài…") is every unit's: read as naming nobody,
 * a general row left 92% of a commune's posts out of its targets without a word (issue 11's second
 * tester, F1), and a row listing a target gave it to no one.
 */
function names(responsibility: Pick<Plan['responsibilities'][number], 'units' | 'levels'>, unit: Unit): boolean {
  if (responsibility.units.length === 0 && responsibility.levels.length === 0) return true;
  return responsibility.units.includes(unit.code) || responsibility.levels.includes(unit.level);
}

/**
 * Whether a row of `unit` counts towards the target judged over the plan (issue 13, verdict13): a
 * target PHÂN CÔNG gives to named units or levels counts the rows of those units and of the units
 * a general PHÂN CÔNG row brings in (contributesTo) alone: in a 2026 commune plan that gives "3 phóng
 * sự" to the Văn phòng, a hamlet's phóng sự does not reach it; under 116/KH-UBND, whose IV.6 names
 * every agency and commune, a commune's post on the district site counts for III.1.e as before. A
 * target given to every unit, or listed by no PHÂN CÔNG row, counts every row, a row of no known
 * unit included; such a row (unit undefined) counts for no target given to some units only.
 */
export function countsFor(plan: Pick<Plan, 'responsibilities' | 'units'>, target: Pick<CountedTarget, 'id'>, unit: Unit | undefined): boolean {
  if (!givenToSome(plan, target.id)) return true;
  return unit !== undefined && contributesTo(plan, unit, target.id);
}

/** Whether the unit takes part in the plan on some day of the range. */
export function activeDuring(unit: Unit, range: DateRange): boolean {
  return (unit.activeFrom ?? range.from) <= range.to && (unit.activeTo ?? range.to) >= range.from;
}

/**
 * Whether an output is dated on a day its unit takes part in the plan (Unit.activeFrom/activeTo).
 * A hamlet founded on 01/07 could not have done a row dated 20/03, nor one merged away on 30/06 a
 * row of 15/08: such a row is counted for no per-unit target (neither that unit's own minimum nor
 * the units' tally), and stays in plan-wide targets, whose total is the whole area's work whoever
 * recorded it (issue 13). A row without a date or a known unit is left alone.
 */
export function withinUnitDays(record: Pick<OutputRecord, 'date'>, unit: Pick<Unit, 'activeFrom' | 'activeTo'> | undefined): boolean {
  if (unit === undefined || record.date === null) return true;
  return (unit.activeFrom === undefined || record.date >= unit.activeFrom) && (unit.activeTo === undefined || record.date <= unit.activeTo);
}

/** Units taking part at some point of the range. */
export function activeUnits(plan: Pick<Plan, 'units'>, range: DateRange): Unit[] {
  return plan.units.filter((u) => activeDuring(u, range));
}

/** The share (0–1) of a period's days on which the unit takes part. */
export function activeShare(unit: Unit, period: DateRange): number {
  const from = unit.activeFrom !== undefined && unit.activeFrom > period.from ? unit.activeFrom : period.from;
  const to = unit.activeTo !== undefined && unit.activeTo < period.to ? unit.activeTo : period.to;
  if (from > to) return 0;
  return daysBetweenInclusive(from, to) / daysBetweenInclusive(period.from, period.to);
}

/**
 * Who a result is for: the whole plan (every unit's outputs), or one unit. `filter` false is a
 * unit's own workbook, whose rows are all its own even when the unit cell is blank.
 */
export type Judged = { readonly kind: 'plan' } | { readonly kind: 'unit'; readonly unit: Unit; readonly filter: boolean };

/**
 * Every target of the plan over `range`, for the whole plan or, when `unit` is a unit code, for
 * that unit's outputs alone (judged as that unit: its share of the year, its per-unit minimum).
 */
export function targetResults(plan: Plan, records: CountedRecords, range: DateRange, unit?: string): TargetResult[] {
  const found = unit === undefined ? undefined : plan.units.find((u) => u.code === unit);
  if (unit !== undefined && found === undefined) {
    // A code the plan does not know (a unit removed from the plan): its rows, judged plan-wide.
    const { outputs, spending } = countedParts(records);
    return targetResultsFor(plan, { outputs: outputs.filter((r) => r.unit === unit), spending: spending.filter((r) => r.unit === unit) }, range, {
      kind: 'plan',
    });
  }
  return targetResultsFor(plan, records, range, found === undefined ? { kind: 'plan' } : { kind: 'unit', unit: found, filter: true });
}

/**
 * targetResults of every unit of the plan, by unit code: each unit's outputs and Kinh phí rows judged
 * as that unit. The rows are split by unit once, in their order, and each unit judged on its own
 * (issue 11: judging 30 units each filtered the district's 60,000 rows again); the same results as
 * targetResults(plan, records, range, code) for each code.
 */
export function targetResultsByUnit(plan: Plan, records: CountedRecords, range: DateRange): Map<string, readonly TargetResult[]> {
  const { outputs, spending } = countedParts(records);
  const outputsOf = groupByUnit(outputs);
  const spendingOf = groupByUnit(spending);
  return new Map(
    plan.units.map((u) => [u.code, targetResults(plan, { outputs: outputsOf.get(u.code) ?? [], spending: spendingOf.get(u.code) ?? [] }, range, u.code)]),
  );
}

/** Rows by their unit code (null: no unit), each group in the rows' order. */
function groupByUnit<R extends { readonly unit: string | null }>(rows: readonly R[]): Map<string | null, R[]> {
  return groupBy(rows, (row) => row.unit);
}

/** Rows by a key of theirs, each group in the rows' order. */
function groupBy<R, K>(rows: readonly R[], keyOf: (row: R) => K): Map<K, R[]> {
  const groups = new Map<K, R[]>();
  // Indexed: a for-of's iterator results were garbage for every row of the district (issue 11).
  for (let i = 0; i < rows.length; i += 1) {
    const row = rows[i] as R;
    const key = keyOf(row);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [row]);
    else group.push(row);
  }
  return groups;
}

/**
 * What targets are counted on: the Tin bài rows and, for a money target, the Kinh phí rows. A bare
 * list of outputs is a workbook without Kinh phí rows (a money target then counts the Tin bài
 * "Kinh phí (đồng)" cells, see moneyRows).
 */
export type CountedRecords = readonly OutputRecord[] | { readonly outputs: readonly OutputRecord[]; readonly spending: readonly SpendingRecord[] };

/** The outputs and Kinh phí rows of either shape of CountedRecords (a plain list: outputs only). */
export function countedParts(records: CountedRecords): { outputs: readonly OutputRecord[]; spending: readonly SpendingRecord[] } {
  return 'outputs' in records ? records : { outputs: records, spending: [] };
}

/**
 * The rows a money target ("Đo bằng: Số tiền", measure 'amount') counts, as output-shaped rows whose
 * `amount` is the đồng spent (issue 13, sixth tester, D2: the report said "Chưa chi kinh phí" beside
 * "Tổng kinh phí đã chi 9.000.000 đồng"):
 * - every Kinh phí row (SpendingRecord) given, whatever its funding source: the same rows, and so
 *   the same sum, as section III's "Tổng kinh phí đã chi" (progress/fundingLines); a Kinh phí row
 *   has no channel, so the target's channels and forms do not narrow it;
 * - a Tin bài row's "Kinh phí (đồng)" cell is per-item cost detail: it counts (narrowed by the
 *   target's channels and forms, like any output) only for a unit with no Kinh phí row at all dated
 *   in the plan year of `range` (an old tracker that keeps cost per item), never both, so nothing
 *   is counted twice. Rows without a unit are one group of their own.
 * The plan has no funding sources on a target, so a money target is every source's spending.
 */
export function moneyRows(plan: Pick<Plan, 'periodConvention'>, target: CountedTarget, records: CountedRecords, range: DateRange): OutputRecord[] {
  const { outputs, spending } = countedParts(records);
  const year = periodFor('year', planYearOf(range.from, plan.periodConvention), undefined, plan.periodConvention);
  const keepsKinhPhi = new Set(spending.filter((r) => inRange(r.date, year)).map((r) => r.unit));
  const fromOutputs = outputs.filter((r) => !keepsKinhPhi.has(r.unit) && countsTowards(target, r));
  const fromSpending = spending.map((r): OutputRecord => ({
    source: r.source,
    date: r.date,
    channel: null,
    form: null,
    title: r.content,
    link: '',
    unit: r.unit,
    note: r.note,
    amount: r.amount ?? 0,
  }));
  return [...fromOutputs, ...fromSpending];
}

/**
 * As targetResults, with who is judged stated (see Judged). `among`, when given, is the range whose
 * active units a per-unit target is judged over (a report's own period: a hamlet merged away before
 * it is neither credited nor counted, issue 13), the counts still taken over `range`.
 */
export function targetResultsFor(plan: Plan, records: CountedRecords, range: DateRange, judged: Judged, among: DateRange = range): TargetResult[] {
  const { outputs } = countedParts(records);
  const ownUnit = judged.kind === 'unit' ? judged.unit : undefined;
  const byCode = new Map(plan.units.map((u) => [u.code, u]));
  const mine = (rows: readonly OutputRecord[]): OutputRecord[] =>
    (judged.kind === 'unit' && judged.filter ? rows.filter((r) => r.unit === judged.unit.code) : rows).filter((r) => inRange(r.date, range));
  // A row dated when its unit took no part in the plan counts for no per-unit target (validation.date.outsideUnitActive says so at its date).
  const inUnitDays = (rows: readonly OutputRecord[]): OutputRecord[] =>
    rows.filter((r) => withinUnitDays(r, r.unit === null ? ownUnit : (byCode.get(r.unit) ?? ownUnit)));
  const inScope = mine(outputs);
  // Only a per-unit target needs the rows within their units' days: found once, when one asks (issue 11).
  let outputsInUnitDays: OutputRecord[] | undefined;
  const withinDays = (): OutputRecord[] => (outputsInUnitDays ??= inUnitDays(inScope));
  // Judged over the plan, a target PHÂN CÔNG gives to some units counts those units' rows alone (see countsFor).
  // countsFor is asked once per target and unit code, not once per row (issue 11: it reads PHÂN CÔNG for every unit of the plan).
  const givenRows = (target: CountedTarget, rows: OutputRecord[]): OutputRecord[] => {
    if (judged.kind !== 'plan' || !givenToSome(plan, target.id)) return rows;
    const counts = new Map<string | null, boolean>();
    return rows.filter((r) => {
      let counted = counts.get(r.unit);
      if (counted === undefined) {
        counted = countsFor(plan, target, r.unit === null ? undefined : byCode.get(r.unit));
        counts.set(r.unit, counted);
      }
      return counted;
    });
  };
  // Each counted target's rows (countsTowards), in their order, found in one pass over the rows in scope and one over
  // those within their units' days, for every target at once, when a target first asks (issue 11: each target went over
  // every row, and a consolidation judges the plan three times: plan-wide, by unit and by period).
  let towardsAll: Map<CountedTarget, OutputRecord[]> | undefined;
  const towards = (target: CountedTarget): OutputRecord[] => (towardsAll ??= rowsTowards(plan.targets, inScope, withinDays)).get(target) ?? [];
  const countedFor = (target: CountedTarget): OutputRecord[] => {
    if (target.measure !== 'amount') return givenRows(target, towards(target));
    const money = givenRows(target, mine(moneyRows(plan, target, records, range)));
    return target.scope === 'per-unit' ? inUnitDays(money) : money;
  };
  return plan.targets.map((target) => {
    const counted = countedFor(target);
    if (judged.kind === 'unit') return judgeUnit(plan, target, counted, range, judged.unit);
    if (target.scope === 'plan') return judgeWhole(plan, target, counted, range);
    return judgeEachUnit(plan, target, counted, range, among);
  });
}

/**
 * Each counted target's rows (not the money ones, see moneyRows): the rows in `inScope` that count
 * towards it (countsTowards), or for a per-unit target those of `withinDays()` (asked only when such a
 * target is there), each list in the rows' order: the same lists as filtering the rows target by
 * target, in two passes whatever the number of targets.
 */
function rowsTowards(
  targets: readonly CountedTarget[],
  inScope: readonly OutputRecord[],
  withinDays: () => readonly OutputRecord[],
): Map<CountedTarget, OutputRecord[]> {
  const lists = new Map<CountedTarget, OutputRecord[]>();
  // The targets each channel counts for, each once (a target naming a channel twice still counts a row once).
  const plainOn = new Map<string, CountedTarget[]>();
  const perUnitOn = new Map<string, CountedTarget[]>();
  for (const target of targets) {
    if (target.measure === 'amount') continue;
    lists.set(target, []);
    const on = target.scope === 'per-unit' ? perUnitOn : plainOn;
    for (const channel of target.channels) {
      const list = on.get(channel);
      if (list === undefined) on.set(channel, [target]);
      else if (!list.includes(target)) list.push(target);
    }
  }
  const collect = (rows: readonly OutputRecord[], on: ReadonlyMap<string, readonly CountedTarget[]>): void => {
    // Indexed: a for-of's iterator results are garbage for every row of the district.
    for (let i = 0; i < rows.length; i += 1) {
      const row = rows[i] as OutputRecord;
      if (row.channel === null) continue;
      const concerned = on.get(row.channel);
      if (concerned === undefined) continue;
      // The channel is the target's already; countsTowards still decides, so the rule stays written once.
      for (let t = 0; t < concerned.length; t += 1) {
        const target = concerned[t] as CountedTarget;
        if (countsTowards(target, row)) lists.get(target)?.push(row);
      }
    }
  };
  if (plainOn.size > 0) collect(inScope, plainOn);
  if (perUnitOn.size > 0) collect(withinDays(), perUnitOn);
  return lists;
}

/**
 * What one output row adds to a target, in the target's measure: outputs (its "Số lượng", else 1),
 * things (the same), minutes of airtime or đồng (its own cell, 0 when it has none).
 */
export function measureOf(target: Pick<CountedTarget, 'measure'>, record: OutputRecord): number {
  switch (target.measure ?? 'count') {
    case 'count':
    case 'quantity':
      return record.quantity ?? 1;
    case 'minutes':
      return record.minutes ?? 0;
    case 'amount':
      return record.amount ?? 0;
  }
}

function sum(target: CountedTarget, records: readonly OutputRecord[]): number {
  return records.reduce((total, r) => total + measureOf(target, r), 0);
}

/** The periods a target is judged in within the range: the range itself for a yearly target. */
export function judgedSlices(target: CountedTarget, range: DateRange, plan: Pick<Plan, 'periodConvention'>): DateRange[] {
  const per: TargetCadence = target.per ?? 'year';
  if (per === 'year') return [range];
  const slices: DateRange[] = [];
  const first = planYearOf(range.from, plan.periodConvention);
  const last = planYearOf(range.to, plan.periodConvention);
  for (let year = first; year <= last; year += 1) {
    for (let index = 1; index <= periodCount(per); index += 1) {
      const period = periodFor(per, year, index, plan.periodConvention);
      if (period.to < range.from || period.from > range.to) continue;
      slices.push({ from: period.from > range.from ? period.from : range.from, to: period.to < range.to ? period.to : range.to });
    }
  }
  return slices;
}

/**
 * The whole period a slice belongs to, for proration: the plan year for a yearly target (its
 * minimum is the year's), else the month, quarter or half itself.
 */
export function fullPeriodOf(target: CountedTarget, slice: DateRange, plan: Pick<Plan, 'periodConvention'>): DateRange {
  const per: TargetCadence = target.per ?? 'year';
  const year = planYearOf(slice.from, plan.periodConvention);
  if (per === 'year') return periodFor('year', year, undefined, plan.periodConvention);
  for (let index = 1; index <= periodCount(per); index += 1) {
    const period = periodFor(per, year, index, plan.periodConvention);
    if (slice.from >= period.from && slice.from <= period.to) return period;
  }
  return slice;
}

function result(target: CountedTarget, achieved: number, required: number, credited: number, slices: Tally, units?: Tally): TargetResult {
  const met = units === undefined ? slices.met === slices.of : units.met === units.of;
  return { target, achieved, required, ratio: required === 0 ? 1 : achieved / required, credited, met, slices, ...(units === undefined ? {} : { units }) };
}

/**
 * The rows of `counted` dated in a slice of the range. `counted` holds rows dated in the range alone
 * (targetResultsFor keeps no other), so a slice that is the whole range (a yearly target's) holds them
 * all, as they are (issue 11: not copied per target).
 */
function inSlice(counted: readonly OutputRecord[], slice: DateRange, range: DateRange): readonly OutputRecord[] {
  return slice.from <= range.from && slice.to >= range.to ? counted : counted.filter((r) => inRange(r.date, slice));
}

function judgeWhole(plan: Plan, target: CountedTarget, counted: readonly OutputRecord[], range: DateRange): TargetResult {
  const slices = judgedSlices(target, range, plan);
  const sums = slices.map((slice) => sum(target, inSlice(counted, slice, range)));
  const met = sums.filter((n) => n >= target.minimum).length;
  const credited = sums.reduce((total, n) => total + Math.min(n, target.minimum), 0);
  return result(target, sum(target, counted), target.minimum * slices.length, credited, { met, of: slices.length });
}

function judgeUnit(plan: Plan, target: CountedTarget, counted: readonly OutputRecord[], range: DateRange, unit: Unit): TargetResult {
  const slices = judgedSlices(target, range, plan);
  // A plan-wide minimum is not the unit's to meet: its count is a contribution, judged against the whole minimum.
  const minimumFor = (slice: DateRange): number =>
    target.scope === 'plan' ? target.minimum : Math.ceil(target.minimum * activeShare(unit, fullPeriodOf(target, slice, plan)) - 1e-9);
  let required = 0;
  let credited = 0;
  let met = 0;
  let of = 0;
  for (const slice of slices) {
    if (target.scope === 'per-unit' && !activeDuring(unit, slice)) continue;
    const minimum = minimumFor(slice);
    const done = sum(target, inSlice(counted, slice, range));
    required += minimum;
    credited += Math.min(done, minimum);
    of += 1;
    if (done >= minimum) met += 1;
  }
  return result(target, sum(target, counted), required, credited, { met, of });
}

function judgeEachUnit(plan: Plan, target: CountedTarget, counted: readonly OutputRecord[], range: DateRange, among: DateRange): TargetResult {
  const concerned = activeUnits(plan, among).filter((u) => responsibleFor(plan, u, target.id));
  // Each unit's rows, split once rather than filtered per unit (issue 11).
  const rowsOf = groupByUnit(counted);
  const each = concerned.map((unit) => judgeUnit(plan, target, rowsOf.get(unit.code) ?? [], range, unit));
  const slices = each.reduce((total, r) => ({ met: total.met + r.slices.met, of: total.of + r.slices.of }), { met: 0, of: 0 });
  // A unit judged on none of the range's periods (it joined after the ones ended) owes nothing yet: not "met", not in "k/n đơn vị".
  const owing = each.filter((r) => r.slices.of > 0);
  const units = { met: owing.filter((r) => r.met).length, of: owing.length };
  return result(
    target,
    sum(target, counted),
    each.reduce((total, r) => total + r.required, 0),
    each.reduce((total, r) => total + r.credited, 0),
    slices,
    units,
  );
}

/**
 * Done and required per standing item, as TH Tiến độ counts them: rows entered and rows done; for a
 * recurring item ("mỗi quý"), its occurrences in the plan year for each unit concerned taking part
 * (`who`: a unit's own workbook's unit, or a district workbook's units; default one unit always taking part), done once per occurrence
 * with a completion dated in it, up to the units due (progress/standingDue recurrenceDue, issue 13).
 */
export function standingResults(
  plan: Plan,
  standing: readonly StandingRecord[],
  who: { readonly unit: Unit } | { readonly units: readonly Unit[] } | undefined = undefined,
): StandingResult[] {
  return plan.standingItems.map((item) => {
    const rows = standing.filter((r) => r.item === item.id);
    if (item.recurrence === undefined) return { itemId: item.id, done: rows.filter((r) => r.state === 'done').length, required: rows.length };
    const concerned = who === undefined ? [{}] : 'unit' in who ? [who.unit] : who.units.filter((u) => item.appliesTo.includes(u.level));
    const due = recurrenceDue(item, plan.identity.year, plan.periodConvention, concerned);
    const year = plan.identity.year;
    // A row whose "Kỳ" names an occurrence is that one's, whatever its date; one without, the occurrence its date falls in (standingDue).
    const isFor = (r: StandingRecord, period: Period): boolean =>
      r.period ? r.dateDone !== null && isOccurrence(r.period, period, year) : inRange(r.dateDone, period);
    const done = due.reduce((n, d) => n + Math.min(d.units, rows.filter((r) => r.state === 'done' && isFor(r, d.period)).length), 0);
    return { itemId: item.id, done, required: due.reduce((n, d) => n + d.units, 0) };
  });
}

export function spendingByFunding(plan: Plan, spending: readonly SpendingRecord[], range: DateRange): { code: string; amount: number }[] {
  return plan.fundingSources.map((fund) => ({
    code: fund.code,
    amount: spending.filter((r) => r.fundingSource === fund.code && inRange(r.date, range)).reduce((sum, r) => sum + (r.amount ?? 0), 0),
  }));
}
