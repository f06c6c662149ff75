import { absolute, columnLetters } from '../layout/a1';
import { blankSheet, date, empty, formula, num, text } from '../layout/cells';
import type { CellValue, RowSpec, SheetLayout, StyledRange, ValidationSpec } from '../layout/types';
import type { CountedTarget, IsoDate, Plan, StandingItem, Unit } from '../plan/types';
import { SPENDING_SHEET, STANDING_SHEET, STATE_WORDS, type RecordSheet } from '../records/recordSheets';
import type { FieldOf, RecordKind } from '../records/types';
import { periodFor, periodCount, periodLabel } from '../periods';
import { activeDuring, activeShare, contributesTo, givenToSome, responsibleFor } from '../progress/targetProgress';
import { recurrenceDue } from '../progress/standingDue';
import { occurrenceText } from '../periods/occurrence';
import type { Period } from '../periods';
import { columnOf, countIfsAnyOf, dateFormula, quoteText, sumIfsAnyOf, type CountCriterion } from './formulas';
import { outputSheetFor } from './outputColumns';
import { measureNumberFormat } from '../report/measureText';
import { t } from '../i18n/format';
import { PROGRESS_SHEET_NAME } from './sheetNames';

/**
 * "Tiến độ": live progress as plain Excel formulas over the entry sheets, so it stays right in
 * Excel without the add-in. The period is two editable cells (B3, D3); every count follows them.
 * The formulas count what the dropdowns write (the plan's channel and form names); text typed
 * another way is what validation reports, not something the progress sheet guesses at.
 */

export { PROGRESS_SHEET_NAME };
export const PERIOD_FROM_CELL = 'B3';
export const PERIOD_TO_CELL = 'D3';
/**
 * "Ngày đánh giá": the day the sheet judges on, =TODAY() unless the officer types a date. A month,
 * quarter or year is judged once it has ended by that day (progress/periodVerdicts hasEnded: on its
 * own last day), as the report of the same day judges it (issue 13, sixth tester, D8).
 */
export const AS_OF_CELL = 'B4';
const AS_OF = absolute(AS_OF_CELL);
/** Words of a period or item not judged yet: begun and not ended, or not begun (the report's "đang thực hiện"). */
export const RUNNING = t('excel.progress.running', {}, 'vi');
export const NOT_BEGUN = t('excel.progress.notBegun', {}, 'vi');
/** A judged period's, target's or item's verdict (the report's "Đạt" / "Chưa đạt"). */
const MET = t('excel.progress.met', {}, 'vi');
const NOT_MET = t('excel.progress.notMet', {}, 'vi');
const MET_WITH_LATE = t('excel.progress.metWithLate', {}, 'vi');
const MET_LATE = t('excel.progress.metLate', {}, 'vi');
const TARGET_HEADER_ROW = 5;
/**
 * The slice table's helper column: each month's or quarter's "in the range and ended by the as-of
 * day" flag (1/0), computed once so no formula repeats the test per month (Excel's 8,192-character
 * limit, "Excel specifications and limits"). Grey, headed so an officer leaves it alone.
 */
const SLICE_FLAG_COLUMN = 'H';
const HELPER_HEADER = t('excel.progress.helperHeader', {}, 'vi');
const HELPER_GREY = '#808080';
const CHART_ROWS = 18;

/** A unit's sheet when PHÂN CÔNG gives it no counted target (it may still have standing items). */
const NO_TARGETS = t('excel.progress.noTargets', {}, 'vi');

/** The word a unit's report uses for its share of a plan-wide target (report.contribution). */
const CONTRIBUTION = t('excel.progress.contribution', {}, 'vi');

/** A unit's sheet: a target given to others that its rows count for no part of (progress/countsFor, verdict13). */
const NOT_GIVEN = t('excel.progress.notGiven', {}, 'vi');

/** The district's unit table: a unit whose rows count for no part of a target given to others (TH Tiến độ's "-"). */
const NOT_COUNTED = '-';

export interface ProgressSheet {
  readonly layout: SheetLayout;
  /** Row of each counted target shown (a unit's sheet: those PHÂN CÔNG gives it), by target id (the achieved count is in column D). */
  readonly targetRows: ReadonlyMap<string, number>;
  /** Rows of each month, quarter or half of a cadence target, by target id, in the table under the targets (same columns). */
  readonly sliceRows: ReadonlyMap<string, readonly number[]>;
  /**
   * A unit's sheet: row of each target PHÂN CÔNG gives other units, by target id (the unit's own outputs for it in column D;
   * in F "Đóng góp" when they count for it and are not 0, "Không giao" when its rows count for no part of it: countsFor).
   */
  readonly otherRows: ReadonlyMap<string, number>;
  /** Row of each standing item (done in C, required in D). */
  readonly itemRows: ReadonlyMap<string, number>;
  /** Row of each funding source's total (column B). */
  readonly fundingRows: ReadonlyMap<string, number>;
  /**
   * District workbooks: row of each unit in the unit-by-target table; target columns from C, "-" where the unit's rows
   * count for no part of a target PHÂN CÔNG gives to some units (countsFor), left out of that target's total.
   */
  readonly unitRows: ReadonlyMap<string, number>;
}

export interface ProgressOptions {
  readonly plan: Plan;
  readonly subtitle: string;
  readonly period: { readonly from: IsoDate; readonly to: IsoDate };
  /** District workbooks also get a unit-by-target table. */
  readonly units: readonly Unit[] | null;
  /** The standing items to show: a commune's workbook leaves out items of the district only. */
  readonly standingItems?: readonly StandingItem[];
  /**
   * The plan sheet's cell of each target's minimum ("'Kế hoạch'!$E$40", by target id, from
   * planMinimumCells): the Tối thiểu column then refers to it, so editing the plan reaches progress.
   * A target absent from the map (or no map: a workbook without the plan sheet) keeps the number.
   */
  readonly minimumCells?: ReadonlyMap<string, string>;
  /** The outputs table the formulas count over (outputSheetFor: the measure columns it has); the plan's by default. */
  readonly outputs?: RecordSheet<'output'>;
  /**
   * A unit's own workbook: the unit, so a per-unit minimum is judged on the unit's share of the
   * year and only in the months or quarters it takes part in (Unit.activeFrom/activeTo), as its report does.
   */
  readonly unit?: Unit;
}

/** Row heights for wrapped text in column B (48 characters wide), so printed rows do not overlap. */
function wrappedHeight(text: string): number {
  const lines = Math.max(1, Math.ceil(text.length / 44));
  return lines * 15 + 3;
}

function col<K extends RecordKind>(sheet: RecordSheet<K>, field: FieldOf<K>): string {
  return columnOf(sheet.sheetName, columnLetters(sheet.columns.findIndex((c) => c.field === field) + 1));
}

/** The dates a formula counts between, as formula expressions: the sheet's period cells, or a slice of them. */
export interface Window {
  readonly from: string;
  readonly to: string;
}

/**
 * The last day counted (core/progress/countingWindow countedThrough): the as-of day when it falls
 * inside the period (a year judged on 30/11 counts nothing dated after 30/11, as its report), else the
 * period's last day.
 */
const COUNTED_TO = `IF(AND(${AS_OF}>=${absolute(PERIOD_FROM_CELL)},${AS_OF}<${absolute(PERIOD_TO_CELL)}),${AS_OF},${absolute(PERIOD_TO_CELL)})`;

const PERIOD_WINDOW: Window = { from: absolute(PERIOD_FROM_CELL), to: absolute(PERIOD_TO_CELL) };

/** A window's rows without the as-of cut: for completions and for a check over days outside the period (keepsKinhPhi). */
const withinUncut = (dateColumn: string, window: Window): CountCriterion[] => [
  { range: dateColumn, criterion: `">="&${window.from}` },
  // Before the day after the end, not "<=" the end: a date typed with a time of day (a serial with a
  // fraction) on the last day belongs to the period, as the core reads it.
  { range: dateColumn, criterion: `"<"&(${window.to}+1)` },
];

const within = (dateColumn: string, window: Window = PERIOD_WINDOW): CountCriterion[] => [
  ...withinUncut(dateColumn, window),
  // Nothing dated after the as-of day counts (countedThrough); who is judged and on what minimum stays the period's.
  { range: dateColumn, criterion: `"<"&(${COUNTED_TO}+1)` },
];

/** A target's channel and form criteria over the outputs table, by the names the dropdowns write (a code the plan lacks matches nothing). */
function targetCriteria(plan: Plan, target: CountedTarget, outputs: RecordSheet<'output'>): [CountCriterion[], CountCriterion[]] {
  const named = (codes: readonly string[], list: readonly { code: string; name: string }[], range: string): CountCriterion[] =>
    codes.flatMap((code) => {
      const entry = list.find((e) => e.code === code);
      return entry ? [{ range, criterion: quoteText(entry.name) }] : [];
    });
  return [named(target.channels, plan.channels, col(outputs, 'channel')), named(target.forms, plan.forms, col(outputs, 'form'))];
}

/**
 * What the outputs that meet a target add up to in the period (or `window`), optionally for one
 * unit only, in the target's measure (core/progress/targetProgress.ts measureOf): a count of rows,
 * each row counting its "Số lượng" when the table has that column (blank counts 1); the minutes or
 * đồng of the matching rows (SUMIFS). '=0' when the table lacks the column the measure needs.
 */
export function achievedFormula(
  plan: Plan,
  target: CountedTarget,
  unit?: Unit,
  outputs: RecordSheet<'output'> = outputSheetFor(plan),
  window: Window = PERIOD_WINDOW,
  unitFallbacks?: string,
): string {
  const has = (field: FieldOf<'output'>): boolean => outputs.columns.some((c) => c.field === field);
  const [channels, forms] = targetCriteria(plan, target, outputs);
  const fixed = [...within(col(outputs, 'date'), window), ...(unit ? [{ range: col(outputs, 'unit'), criterion: quoteText(unit.name) }] : [])];
  if (target.measure === 'amount') {
    const amounts = (who: readonly CountCriterion[]): string =>
      channels.length === 0 ? '0' : outputAmounts(outputs, [channels, forms], [...within(col(outputs, 'date'), window), ...who]);
    const named = (u: Unit): CountCriterion[] => [{ range: col(outputs, 'unit'), criterion: quoteText(u.name) }];
    if (unit !== undefined) return `=${moneyFormula(plan, amounts(named(unit)), unit.name, window)}`;
    if (unitFallbacks === undefined) return `=${moneyFormula(plan, amounts([]), null, window)}`;
    return `=${districtMoneyFormula(plan, unitFallbacks, amounts([{ range: col(outputs, 'unit'), criterion: '""' }]), window)}`;
  }
  if (channels.length === 0) return '=0';
  const alternatives = [channels, forms];
  const measure = target.measure ?? 'count';
  if (measure === 'count' || measure === 'quantity') {
    if (!has('count')) return `=${countIfsAnyOf(alternatives, fixed)}`;
    // Rows with a "Số lượng" count it; blank ones count 1 each.
    const blank = [...fixed, { range: col(outputs, 'count'), criterion: '""' }];
    return `=${sumIfsAnyOf(col(outputs, 'count'), alternatives, fixed)}+${countIfsAnyOf(alternatives, blank)}`;
  }
  return has('minutes') ? `=${sumIfsAnyOf(col(outputs, 'minutes'), alternatives, fixed)}` : '=0';
}

/** The outputs' "Kinh phí (đồng)" over the matching rows, or 0 when the table has no such column. */
function outputAmounts(outputs: RecordSheet<'output'>, alternatives: readonly (readonly CountCriterion[])[], fixed: readonly CountCriterion[]): string {
  return outputs.columns.some((c) => c.field === 'amount') ? sumIfsAnyOf(col(outputs, 'amount'), alternatives, fixed) : '0';
}

const spendingAmount = (): string => col(SPENDING_SHEET, 'amount');
const spendingUnit = (name: string): CountCriterion => ({ range: col(SPENDING_SHEET, 'unit'), criterion: quoteText(name) });
const sumSpending = (criteria: readonly CountCriterion[]): string =>
  `SUMIFS(${[spendingAmount(), ...criteria.map((c) => `${c.range},${c.criterion}`)].join(',')})`;

/** Whether a unit (its name in the Đơn vị cell; '' for rows without one; null: every row) keeps a Kinh phí row dated in the plan year. */
function keepsKinhPhi(plan: Plan, name: string | null): string {
  const year = annualOf(plan);
  const who = name === null ? [] : [spendingUnit(name)];
  const count = (criteria: readonly CountCriterion[]): string => `COUNTIFS(${criteria.map((c) => `${c.range},${c.criterion}`).join(',')})`;
  // The plan year's rows as the core keeps them (countedUpTo): up to the as-of day, and those after the period.
  const upToAsOf = count([...within(col(SPENDING_SHEET, 'date'), { from: dateFormula(year.from), to: dateFormula(year.to) }), ...who]);
  const afterPeriod = count([...withinUncut(col(SPENDING_SHEET, 'date'), { from: `(${absolute(PERIOD_TO_CELL)}+1)`, to: dateFormula(year.to) }), ...who]);
  return `(${upToAsOf}+${afterPeriod})>0`;
}

/**
 * A money target ("Số tiền") for one group of rows (a unit's, by its name; `name` null: the whole
 * workbook, a unit's own, whose rows are its own): the Kinh phí amounts dated in the window, whatever
 * their funding source, plus the outputs' "Kinh phí (đồng)" (`outputAmounts`) only when the group keeps
 * no Kinh phí row dated in the plan year, as progress/targetProgress moneyRows (issue 13, sixth tester,
 * D2). The plan year is the sheet's (Plan.identity.year): a period typed into another year keeps it.
 */
function moneyFormula(plan: Plan, outputAmounts: string, name: string | null, window: Window): string {
  const spent = sumSpending([...within(col(SPENDING_SHEET, 'date'), window), ...(name === null ? [] : [spendingUnit(name)])]);
  return `${spent}+IF(${keepsKinhPhi(plan, name)},0,${outputAmounts})`;
}

/**
 * A unit's outputs' "Kinh phí (đồng)" for a money target in the period, counted only when the unit
 * keeps no Kinh phí row dated in the plan year (moneyRows), else 0: the unit table's helper cell, so
 * the district's total sums one range instead of one term a unit (Excel's 8,192-character limit).
 */
export function unitMoneyFallbackFormula(plan: Plan, target: CountedTarget, unit: Unit, outputs: RecordSheet<'output'> = outputSheetFor(plan)): string {
  const [channels, forms] = targetCriteria(plan, target, outputs);
  const amounts =
    channels.length === 0
      ? '0'
      : outputAmounts(outputs, [channels, forms], [...within(col(outputs, 'date')), { range: col(outputs, 'unit'), criterion: quoteText(unit.name) }]);
  return `=IF(${keepsKinhPhi(plan, unit.name)},0,${amounts})`;
}

/**
 * A money target's total on the district's sheet, each unit's outputs counted only when that unit keeps
 * no Kinh phí row in the plan year (moneyRows): every Kinh phí row in the window once, plus the unit
 * table's helper cells (`unitFallbacks`: their SUM, each a unit's outputs' fallback, unitMoneyFallbackFormula), plus
 * the rows with no unit as a group of their own (`blankOutputs`: their outputs' amounts). Its length
 * does not grow with the units. A unit named on no plan unit counts its Kinh phí row but never its
 * outputs (validation says so at the cell).
 */
function districtMoneyFormula(plan: Plan, unitFallbacks: string, blankOutputs: string, window: Window): string {
  const dated = within(col(SPENDING_SHEET, 'date'), window);
  return `${sumSpending(dated)}+${unitFallbacks}+IF(${keepsKinhPhi(plan, '')},0,${blankOutputs})`;
}

/**
 * The unit table's helper column of a money target: right of the target columns, outside the print
 * area, one per money target in plan order (as the slice table's SLICE_FLAG_COLUMN).
 */
function fallbackColumn(plan: Plan, target: CountedTarget): string {
  return columnLetters(3 + plan.targets.length + plan.targets.filter((t) => t.measure === 'amount').indexOf(target));
}

/** The SUM of a money target's helper cells over the unit table's rows (`unitTable`, by unit code); '0' when it has none. */
function fallbackSum(plan: Plan, target: CountedTarget, units: readonly Unit[], unitTable: ReadonlyMap<string, number>): string {
  const at = units.flatMap((u) => unitTable.get(u.code) ?? []);
  if (at.length === 0) return '0';
  const column = fallbackColumn(plan, target);
  return `SUM(${absolute(`${column}${Math.min(...at)}`)}:${absolute(`${column}${Math.max(...at)}`)})`;
}

/** A cadence target's slices: the months, quarters or halves of the plan year, each with its label. */
function slicesOf(plan: Plan, target: CountedTarget): { readonly from: IsoDate; readonly to: IsoDate; readonly label: string }[] {
  const per = target.per;
  if (per === undefined || per === 'year') return [];
  const slices = [];
  for (let index = 1; index <= periodCount(per); index += 1) {
    const period = periodFor(per, plan.identity.year, index, plan.periodConvention);
    const label = periodLabel(period, 'vi');
    slices.push({ from: period.from, to: period.to, label: label.charAt(0).toLocaleUpperCase('vi') + label.slice(1) });
  }
  return slices;
}

/** A target's minimum as a formula expression: its plan sheet cell when known, else the number. */
function minimumRef(target: CountedTarget, cells: ReadonlyMap<string, string> | undefined): string {
  return cells?.get(target.id) ?? String(target.minimum);
}

/**
 * A minimum for a unit that takes part in `share` (0–1) of the period: the plan's, in proportion,
 * rounded up, as core/progress/targetProgress.ts judges it (Math.ceil(minimum × share − 1e-9)).
 */
function proratedMinimum(ref: string, share: number): string {
  return share >= 1 ? ref : `MAX(0,ROUNDUP(${ref}*${share}-0.000000001,0))`;
}

function minimumCell(ref: string, share: number): CellValue {
  const expression = proratedMinimum(ref, share);
  return /^\d+$/.test(expression) ? num(Number(expression)) : formula(`=${expression}`);
}

/** The part of a slice inside the sheet's period (B3–D3): empty when the period does not reach it. */
function sliceWindow(slice: { readonly from: IsoDate; readonly to: IsoDate }): Window {
  return { from: `MAX(${dateFormula(slice.from)},${absolute(PERIOD_FROM_CELL)})`, to: `MIN(${dateFormula(slice.to)},${absolute(PERIOD_TO_CELL)})` };
}

/**
 * A window narrowed to the days the unit takes part (core: targetProgress withinUnitDays): a row
 * dated before a hamlet was founded counts for none of its per-unit targets (issue 13).
 */
function unitDays(window: Window, unit: Unit | undefined): Window {
  if (unit === undefined) return window;
  return {
    from: unit.activeFrom === undefined ? window.from : `MAX(${window.from},${dateFormula(unit.activeFrom)})`,
    to: unit.activeTo === undefined ? window.to : `MIN(${window.to},${dateFormula(unit.activeTo)})`,
  };
}

/**
 * A per-unit target's total on the district's sheet in the period or `window` (core: targetResultsFor
 * keeps a row for a per-unit target only inside its unit's active days): every row in it, less each
 * dated unit's rows in it and outside its days. For a target every row counts for (not given to some
 * units only: countsFor); a row of no plan unit is kept, as the core keeps it. A formula without the leading "=".
 */
function perUnitTotalFormula(plan: Plan, target: CountedTarget, outputs: RecordSheet<'output'>, window: Window = PERIOD_WINDOW): string {
  const all = achievedFormula(plan, target, undefined, outputs, window).slice(1);
  const dated = plan.units.filter((u) => u.activeFrom !== undefined || u.activeTo !== undefined);
  const outside = dated.map(
    (unit) =>
      `(${achievedFormula(plan, target, unit, outputs, window).slice(1)})-(${achievedFormula(plan, target, unit, outputs, unitDays(window, unit)).slice(1)})`,
  );
  return outside.length === 0 ? all : `${all}-(${outside.join('+')})`;
}

/**
 * Whether a window holds days on which the unit takes part (core: activeDuring over the judged
 * part of a period), and days at all: a formula condition.
 */
function judgedIn(window: Window, unit: Unit | undefined): string {
  const conditions = [`${window.from}<=${window.to}`];
  if (unit?.activeFrom !== undefined) conditions.push(`${dateFormula(unit.activeFrom)}<=${window.to}`);
  if (unit?.activeTo !== undefined) conditions.push(`${dateFormula(unit.activeTo)}>=${window.from}`);
  return conditions.length === 1 ? (conditions[0] ?? 'TRUE') : `AND(${conditions.join(',')})`;
}

/**
 * A formula condition: none of the cadence target's months, quarters or halves that the sheet's
 * period reaches has ended by the as-of day (periodVerdicts: the target is running, judged on the
 * whole period's minimum and count, with no "k/n" yet). Over the plan's slices, not a unit's: a
 * hamlet founded in July is still "not judged yet" in a sheet of 14/01 whose January has ended.
 * `flags`: by target id, the condition over the slice table's helper column (SLICE_FLAG_COLUMN) when
 * its rows are all the plan's slices; repeating the whole test inside each month's term made formulas
 * quadratic in the months, past Excel's 8,192 characters (issue 13).
 */
function noneEnded(plan: Plan, target: CountedTarget, flags?: ReadonlyMap<string, string>): string {
  const flagged = flags?.get(target.id);
  if (flagged !== undefined) return flagged;
  const ended = slicesOf(plan, target).map(
    (slice) =>
      `AND(${dateFormula(slice.to)}>=${absolute(PERIOD_FROM_CELL)},${dateFormula(slice.from)}<=${absolute(PERIOD_TO_CELL)},${dateFormula(slice.to)}<=${AS_OF})*1`,
  );
  return `(${ended.join('+') || '0'})=0`;
}

function annualOf(plan: Plan): { from: IsoDate; to: IsoDate } {
  return periodFor('year', plan.identity.year, undefined, plan.periodConvention);
}

interface BlockSink {
  readonly rows: { at: string; rows: CellValue[][] }[];
  readonly styles: StyledRange[];
  readonly header: (row: number, labels: string[]) => void;
  readonly outputs: RecordSheet<'output'>;
  readonly minimumCells: ReadonlyMap<string, string> | undefined;
  /** noneEnded's condition over the helper column, by target id. */
  readonly runningFlags: ReadonlyMap<string, string>;
}

/**
 * A target on the district's sheet whose figures come from a table of units under the unit table:
 * a per-unit target (perUnitBlock), or a plan-wide cadence target PHÂN CÔNG gives to some units
 * (countingBlock). `row` is the target's row; `sliceRows` its month, quarter or half rows whose
 * "Đã thực hiện" the block writes (the sum of its column), when PHÂN CÔNG gives it to some units.
 */
interface PendingBlock {
  readonly target: CountedTarget;
  readonly row: number;
  /** A per-unit target: the units it concerns, judged each on its own count. */
  readonly units: readonly Unit[];
  /**
   * The units whose rows count towards the target though PHÂN CÔNG does not give it them (a general
   * row brings them in, progress/contributesTo), taking part in the plan year; a plan-wide target's
   * counting block: every unit whose rows count (progress/countsFor).
   */
  readonly brought: readonly Unit[];
  /** The target's month, quarter or half rows, in order (none for a yearly target). */
  readonly sliceRows: readonly number[];
  /** The target counts its units' rows alone (PHÂN CÔNG gives it to some units): the block's columns are the slice rows' and the total's counts. */
  readonly apart: boolean;
}

/**
 * A formula condition: the slice's window (its days inside the sheet's period) holds days at all,
 * as the slice table's own rows test it (judgedIn with no unit).
 */
function sliceReached(slice: { readonly from: IsoDate; readonly to: IsoDate }): string {
  return judgedIn(sliceWindow(slice), undefined);
}

/**
 * The "Đã thực hiện" of the target's month, quarter or half rows when PHÂN CÔNG gives it to some
 * units (core: targetResultsFor counts those units' rows alone, countsFor): the sum of the block's
 * column of that slice, over the units it lists, blank when the sheet's period does not reach it.
 */
function sliceSums(plan: Plan, pending: PendingBlock, top: number, last: number, sink: BlockSink): void {
  const slices = slicesOf(plan, pending.target);
  pending.sliceRows.forEach((at, index) => {
    const slice = slices[index];
    if (slice === undefined) return;
    const column = columnLetters(3 + index);
    sink.rows.push({ at: `D${at}`, rows: [[formula(`=IF(${sliceReached(slice)},SUM(${column}${top + 1}:${column}${last}),"")`)]] });
  });
}

/**
 * A plan-wide monthly, quarterly or half-yearly target PHÂN CÔNG gives to some units, on the
 * district's sheet (issue 13, verdict13): it counts the rows of those units and of the units a
 * general PHÂN CÔNG row brings in, no other (core: targetProgress countsFor; a row of no unit or of
 * a name the plan lacks counts for none). One row per such unit, its count in each month, quarter
 * or half within the sheet's period; each slice row's "Đã thực hiện" is its column's sum, so every
 * formula stays one unit's long however many units count (Excel's 8,192 characters). Returns the next free row.
 */
function countingBlock(plan: Plan, pending: PendingBlock, top: number, sink: BlockSink): number {
  const { target, brought } = pending;
  const slices = slicesOf(plan, target);
  sink.header(top, ['Mã', t('excel.progress.countedUnits', { id: target.id }, 'vi'), ...slices.map((s) => s.label)]);
  let row = top + 1;
  for (const unit of brought) {
    sink.rows.push({
      at: `A${row}`,
      rows: [[text(unit.code), text(unit.name), ...slices.map((slice) => formula(achievedFormula(plan, target, unit, sink.outputs, sliceWindow(slice))))]],
    });
    row += 1;
  }
  const last = Math.max(top + 1, row - 1);
  sink.styles.push(
    { range: `A${top + 1}:${columnLetters(2 + slices.length)}${last}`, style: { border: true } },
    {
      range: `C${top + 1}:${columnLetters(2 + slices.length)}${last}`,
      style: { numberFormat: measureNumberFormat(target.measure, 'vi'), horizontal: 'center' },
    },
  );
  sliceSums(plan, pending, top, last, sink);
  return row;
}

/**
 * A per-unit target on the district's sheet (issue 13: each unit judged on its own count, the
 * table saying how many units met it): one row per unit the target concerns, its count in each
 * month, quarter or half the period reaches (or in the period, for a yearly target), its minimum
 * over them (prorated for a unit that joins or leaves mid-year) and 1 when it met every one. The
 * target's row then says "Đạt" when every unit did, and "k/n" units beside it. Under them, the
 * units whose rows count though the target is not theirs (`brought`: a general PHÂN CÔNG row), their
 * counts alone, "Đóng góp" where the others' 1/0 is, in no minimum and no "k/n". When PHÂN CÔNG gives
 * the target to some units, the total and each slice row are the sums of the table's columns: the
 * rows of those units alone (countsFor), not every row. Returns the next free row.
 */
function perUnitBlock(plan: Plan, pending: PendingBlock, top: number, sink: BlockSink): number {
  const { target, units } = pending;
  const ref = minimumRef(target, sink.minimumCells);
  const slices = slicesOf(plan, target);
  const columns = slices.length === 0 ? [{ ...annualOf(plan), label: 'Cả kỳ', window: PERIOD_WINDOW }] : slices.map((s) => ({ ...s, window: sliceWindow(s) }));
  const sliced = slices.length > 0;
  const running = sliced ? noneEnded(plan, target, sink.runningFlags) : 'FALSE';
  sink.header(top, ['Mã', `${target.id}: từng đơn vị`, ...columns.map((c) => c.label), 'Tối thiểu', 'Đạt (1/0)']);
  const minimumColumn = columnLetters(3 + columns.length);
  const metColumn = columnLetters(4 + columns.length);
  let row = top + 1;
  for (const unit of units) {
    const cells: CellValue[] = [text(unit.code), text(unit.name)];
    const minimums: string[] = [];
    const checks: string[] = [];
    const endedActive: string[] = [];
    columns.forEach((column, index) => {
      const letter = columnLetters(3 + index);
      if (!activeDuring(unit, column)) {
        cells.push(empty);
        return;
      }
      const reached = judgedIn(column.window, unit);
      const minimum = proratedMinimum(ref, activeShare(unit, column));
      cells.push(formula(`=IF(${reached},${achievedFormula(plan, target, unit, sink.outputs, unitDays(column.window, unit)).slice(1)},"")`));
      // A month or quarter not ended by the as-of day is not judged yet (periodVerdicts); a yearly column is judged by the target's row.
      const ended = sliced ? `${dateFormula(column.to)}<=${AS_OF}` : 'TRUE';
      minimums.push(sliced ? `IF(AND(${reached},OR(${ended},${running})),${minimum},0)` : `IF(${reached},${minimum},0)`);
      endedActive.push(`AND(${reached},${ended})`);
      checks.push(sliced ? `OR(NOT(${ended}),${letter}${row}="",${letter}${row}>=${minimum})` : `OR(${letter}${row}="",${letter}${row}>=${minimum})`);
    });
    // A unit taking no part in the period, or in none of its months or quarters ended yet, is not among the units judged (blank, left out of the count).
    const judged = sliced && endedActive.length > 0 ? `AND(${judgedIn(PERIOD_WINDOW, unit)},OR(${endedActive.join(',')}))` : judgedIn(PERIOD_WINDOW, unit);
    const met = checks.length === 0 ? '1' : `IF(AND(${checks.join(',')}),1,0)`;
    cells.push(formula(minimums.length === 0 ? '=0' : `=${minimums.join('+')}`), formula(`=IF(${judged},${met},"")`));
    sink.rows.push({ at: `A${row}`, rows: [cells] });
    row += 1;
  }
  // Counted, not judged: their rows in each column (in their days, as a per-unit target counts them), no minimum, no 1/0.
  for (const unit of pending.brought) {
    const cells: CellValue[] = [text(unit.code), text(unit.name)];
    for (const column of columns) {
      cells.push(
        activeDuring(unit, column)
          ? formula(`=IF(${judgedIn(column.window, unit)},${achievedFormula(plan, target, unit, sink.outputs, unitDays(column.window, unit)).slice(1)},"")`)
          : empty,
      );
    }
    cells.push(empty, text(CONTRIBUTION));
    sink.rows.push({ at: `A${row}`, rows: [cells] });
    row += 1;
  }
  const last = Math.max(top + 1, row - 1);
  sink.styles.push(
    { range: `A${top + 1}:${metColumn}${last}`, style: { border: true } },
    { range: `C${top + 1}:${minimumColumn}${last}`, style: { numberFormat: measureNumberFormat(target.measure, 'vi'), horizontal: 'center' } },
  );
  const metRange = `${metColumn}${top + 1}:${metColumn}${last}`;
  const minimumRange = `${minimumColumn}${top + 1}:${minimumColumn}${last}`;
  const main = pending.row;
  const none = units.length === 0;
  const listed = units.length + pending.brought.length > 0;
  const { apart } = pending;
  // Counted like the minimum: over the months or quarters ended by the as-of day; a yearly target over the period
  // (every row, or, given to some units, the sum of the column: their rows alone).
  const columnSum = (index: number): string => `SUM(${columnLetters(3 + index)}${top + 1}:${columnLetters(3 + index)}${last})`;
  // A cadence target: its slice rows' counts (N: blank where the period does not reach), each the rows that count in its month or quarter.
  const sliceCount = (index: number): string => {
    const at = pending.sliceRows[index];
    return at === undefined ? (listed ? columnSum(index) : '0') : `N(D${at})`;
  };
  const endedCount = sliced
    ? columns.map((column, index) => `IF(OR(${dateFormula(column.to)}<=${AS_OF},${running}),${sliceCount(index)},0)`).join('+')
    : apart
      ? columnSum(0)
      : perUnitTotalFormula(plan, target, sink.outputs);
  if (apart) sliceSums(plan, pending, top, last, sink);
  // No month or quarter the period reaches has ended yet: running (or not begun), as periodVerdicts says.
  const begun = `${dateFormula(columns[0]?.from ?? annualOf(plan).from)}<=${AS_OF}`;
  const notYet = `IF(${begun},"${RUNNING}","${NOT_BEGUN}")`;
  const allMet = none ? 'TRUE' : `SUM(${metRange})=COUNT(${metRange})`;
  // No unit judged in a month or quarter ended yet (those given it join later): nothing owed, running (periodVerdicts), never "Đạt (0/0)".
  const verdict = sliced
    ? `IF(OR(${running},COUNT(${metRange})=0),${notYet},IF(${allMet},"${MET}","${NOT_MET}"))`
    : `IF(${allMet},"${MET}",IF(${dateFormula(annualOf(plan).to)}<=${AS_OF},"${NOT_MET}",${notYet}))`;
  sink.rows.push({ at: `C${main}`, rows: [[formula(none ? '=0' : `=SUM(${minimumRange})`), formula(`=${endedCount}`)]] });
  sink.rows.push({ at: `F${main}`, rows: [[formula(`=${verdict}`), formula(none ? '="0/0"' : `=SUM(${metRange})&"/"&COUNT(${metRange})`)]] });
  return row;
}

export function progressSheet(options: ProgressOptions): ProgressSheet {
  // Twice: a district's money total refers to the unit table below it, whose rows the first build finds (the rows do not depend on formulas).
  const first = buildProgressSheet(options, null);
  return options.units === null || !options.plan.targets.some((t) => t.measure === 'amount') ? first : buildProgressSheet(options, first.unitRows);
}

/** The sheet, with the unit table's rows (by unit code) when known, so a district's money total can refer to them. */
function buildProgressSheet(options: ProgressOptions, unitTable: ReadonlyMap<string, number> | null): ProgressSheet {
  const { plan } = options;
  const rows: { at: string; rows: CellValue[][] }[] = [];
  const styles: StyledRange[] = [];
  const targetRows = new Map<string, number>();
  const sliceRows = new Map<string, number[]>();
  const otherRows = new Map<string, number>();
  const itemRows = new Map<string, number>();
  const fundingRows = new Map<string, number>();
  const unitRows = new Map<string, number>();
  const heights: RowSpec[] = [];
  const merges: string[] = [];
  const done = quoteText(STATE_WORDS.done[0] ?? '');

  rows.push({
    at: 'A1',
    rows: [
      [text(`TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH ${plan.identity.number}`)],
      [text(options.subtitle)],
      [text('Từ ngày'), date(options.period.from), text('Đến ngày'), date(options.period.to), text('(sửa hai ô ngày để xem tiến độ của kỳ khác)')],
      [
        text('Ngày đánh giá'),
        formula('=TODAY()'),
        text('(mặc định là hôm nay; tháng, quý, năm chưa kết thúc vào ngày này thì chưa đánh giá đạt hay chưa đạt)'),
      ],
    ],
  });
  const validations: ValidationSpec[] = [
    {
      range: AS_OF_CELL,
      rule: { kind: 'date', from: `${plan.identity.year - 1}-01-01`, to: `${plan.identity.year + 5}-12-31` },
      allowBlank: false,
      prompt: {
        title: 'Ngày đánh giá',
        message:
          'Mặc định là hôm nay (=TODAY()). Có thể gõ một ngày (ví dụ ngày báo cáo) để xem tiến độ tại ngày đó; xóa ngày đã gõ và nhập =TODAY() để trở lại hôm nay.',
      },
    },
  ];
  styles.push(
    { range: 'A1:F1', style: { bold: true, fontSize: 14, horizontal: 'center' } },
    { range: 'A2:F2', style: { italic: true, horizontal: 'center' } },
    { range: 'B3', style: { numberFormat: 'dd/mm/yyyy', bold: true, fill: '#FFF2CC', border: true } },
    { range: 'D3', style: { numberFormat: 'dd/mm/yyyy', bold: true, fill: '#FFF2CC', border: true } },
    { range: 'E3', style: { italic: true, fontColor: '#595959' } },
    { range: AS_OF_CELL, style: { numberFormat: 'dd/mm/yyyy', bold: true, fill: '#FFF2CC', border: true } },
    { range: 'C4', style: { italic: true, fontColor: '#595959' } },
  );

  const header = (row: number, labels: string[]): void => {
    rows.push({ at: `A${row}`, rows: [labels.map(text)] });
    styles.push({
      range: `A${row}:${columnLetters(labels.length)}${row}`,
      style: { bold: true, fill: '#DDEBF7', border: true, wrap: true, vertical: 'center' },
    });
  };

  const outputs = options.outputs ?? outputSheetFor(plan);
  let widest = 6;
  const ownUnit = options.units === null ? options.unit : undefined;
  const concernedUnits = (target: CountedTarget): Unit[] =>
    (options.units ?? []).filter((u) => responsibleFor(plan, u, target.id) && activeDuring(u, annualOf(plan)));
  // The district's sheet, a target PHÂN CÔNG gives to some units: the units whose rows count towards it (progress/countsFor:
  // those it is given to and those a general PHÂN CÔNG row brings in); null, every row counts (given to all or to no one).
  const countingUnits = (target: CountedTarget): readonly Unit[] | null =>
    options.units === null || !givenToSome(plan, target.id) ? null : options.units.filter((u) => contributesTo(plan, u, target.id));
  const perUnitDistrict = options.units !== null && plan.targets.some((t) => t.scope === 'per-unit');
  header(TARGET_HEADER_ROW, ['Mã', 'Chỉ tiêu', 'Tối thiểu', 'Đã thực hiện', 'Tỷ lệ', 'Đánh giá', ...(perUnitDistrict ? ['Đơn vị đạt'] : [])]);
  // A unit's sheet lists the targets PHÂN CÔNG gives it (or gives no one in particular), by the rule
  // its report uses (responsibleFor); the district's lists them all. One row each, so the chart reads the table as it is.
  const targets = ownUnit === undefined ? plan.targets : plan.targets.filter((target) => responsibleFor(plan, ownUnit, target.id));
  const firstTargetRow = TARGET_HEADER_ROW + 1;
  const lastTargetRow = firstTargetRow + Math.max(1, targets.length) - 1;
  if (targets.length === 0) rows.push({ at: `B${firstTargetRow}`, rows: [[text(NO_TARGETS)]] });
  // A monthly, quarterly or half-yearly target is judged in each of its periods: they get a table of
  // their own right under the targets, one row a period, so an officer sees at a glance which month
  // fell short and the target's row still says the year's verdict.
  const sliceHeaderRow = lastTargetRow + 2;
  let sliceRow = sliceHeaderRow + 1;
  const anySlices = targets.some((t) => slicesOf(plan, t).length > 0);
  if (anySlices) {
    header(sliceHeaderRow, ['Mã', 'Từng tháng, quý, 6 tháng', 'Tối thiểu', 'Đã thực hiện', 'Tỷ lệ', 'Đánh giá', 'Kết thúc kỳ', HELPER_HEADER]);
    styles.push({ range: `${SLICE_FLAG_COLUMN}${sliceHeaderRow}`, style: { italic: true, fontColor: HELPER_GREY } });
  }
  /** By cadence target id: "none of its months or quarters in the range has ended" over the helper column. */
  const runningFlags = new Map<string, string>();
  /**
   * District per-unit targets (their main row, slices and units, judged in a block under the unit table) and
   * plan-wide cadence targets given to some units (their units' counts, each slice row the sum), in plan order.
   */
  const pendingBlocks: PendingBlock[] = [];
  /** District plan-wide yearly targets given to some units: their row, whose count is the sum of the unit table's column. */
  const unitTableTotals = new Map<string, number>();
  targets.forEach((target, index) => {
    const main = firstTargetRow + index;
    targetRows.set(target.id, main);
    heights.push({ row: main, height: wrappedHeight(target.title) });
    const ref = minimumRef(target, options.minimumCells);
    const contribution = options.units === null && target.scope === 'plan';
    const district = options.units !== null && target.scope === 'per-unit';
    const units = district ? concernedUnits(target) : [];
    const counting = countingUnits(target);
    // Given to some units, the district counts theirs alone: the slice rows' and the total's counts are sums over them, written with their tables.
    const apart = counting !== null;
    // A per-unit minimum on a unit's own sheet is the unit's, prorated to its days and judged only when it takes part.
    const own = ownUnit !== undefined && target.scope === 'per-unit' ? ownUnit : undefined;
    const shareOf = (period: { from: IsoDate; to: IsoDate }): number => (own === undefined ? 1 : activeShare(own, period));
    const format = measureNumberFormat(target.measure, 'vi');
    const slices = slicesOf(plan, target).filter((slice) => own === undefined || activeDuring(own, slice));
    const firstSlice = sliceRow;
    for (const slice of slices) {
      const at = sliceRow;
      const window = sliceWindow(slice);
      const reached = judgedIn(window, own);
      // A district's per-unit target counts each row in its unit's days alone, as its total does (perUnitTotalFormula).
      const achieved = district
        ? perUnitTotalFormula(plan, target, outputs, window)
        : achievedFormula(plan, target, undefined, outputs, unitDays(window, own)).slice(1);
      // Judged once the month or quarter has ended by the as-of day (G holds its last day), else running or not begun.
      const judgedSlice = `IF(G${at}<=${AS_OF},IF(D${at}>=C${at},"${MET}","${NOT_MET}"),IF(${dateFormula(slice.from)}<=${AS_OF},"${RUNNING}","${NOT_BEGUN}"))`;
      const minimumAt = formula(`=IF(${reached},${proratedMinimum(ref, shareOf(slice))},"")`);
      rows.push({
        at: `A${at}`,
        rows: [[text(target.id), text(slice.label), minimumAt, ...(apart ? [] : [formula(`=IF(${reached},${achieved},"")`)])]],
      });
      rows.push({
        at: `E${at}`,
        rows: [
          [
            formula(`=IF(D${at}="","",IF(C${at}=0,1,MIN(1,D${at}/C${at})))`),
            contribution ? formula(`=IF(D${at}="","","${CONTRIBUTION}")`) : district ? empty : formula(`=IF(D${at}="","",${judgedSlice})`),
            date(slice.to),
            // 1 when the month or quarter is in the range (B3–D3) and has ended by the as-of day: noneEnded sums these once.
            formula(
              `=AND(${dateFormula(slice.to)}>=${absolute(PERIOD_FROM_CELL)},${dateFormula(slice.from)}<=${absolute(PERIOD_TO_CELL)},${dateFormula(slice.to)}<=${AS_OF})*1`,
            ),
          ],
        ],
      });
      styles.push(
        { range: `C${at}:D${at}`, style: { numberFormat: format } },
        { range: `G${at}`, style: { numberFormat: 'dd/mm/yyyy', horizontal: 'center' } },
        { range: `${SLICE_FLAG_COLUMN}${at}`, style: { numberFormat: '0', horizontal: 'center', fontColor: HELPER_GREY } },
      );
      sliceRows.set(target.id, [...(sliceRows.get(target.id) ?? []), at]);
      sliceRow += 1;
    }
    const lastSlice = sliceRow - 1;
    const sliced = slices.length > 0;
    // Only when the rows are all the plan's slices: a unit joining mid-year has fewer, and noneEnded is over the plan's.
    if (sliced && slices.length === slicesOf(plan, target).length)
      runningFlags.set(target.id, `SUM(${absolute(`${SLICE_FLAG_COLUMN}${firstSlice}`)}:${absolute(`${SLICE_FLAG_COLUMN}${lastSlice}`)})=0`);
    // A district's money total: each unit's outputs count only when it keeps no Kinh phí row, as in its unit table cell (moneyRows).
    const unitFallbacks =
      options.units === null || unitTable === null || target.measure !== 'amount' ? undefined : fallbackSum(plan, target, options.units, unitTable);
    const total = achievedFormula(plan, target, undefined, outputs, unitDays(PERIOD_WINDOW, own), unitFallbacks);
    // A whole-year target's rate is capped at 100% as periodVerdicts' (the surplus is "vượt chỉ tiêu"); a district's per-unit one stays count over minimum.
    // A unit's contribution too: its report's percent is credited up to the minimum (periodVerdicts ratio), never "100,00005%".
    const achieved = [formula(total), formula(district ? `=IF(C${main}=0,1,D${main}/C${main})` : `=IF(C${main}=0,1,MIN(1,D${main}/C${main}))`)];
    if (district) {
      // The minimum (C) and the verdict (F, G) come from the units' block under the unit table (perUnitBlock).
      rows.push({ at: `A${main}`, rows: [[text(target.id), text(target.title)]] }, { at: `E${main}`, rows: [[achieved[1] ?? empty]] });
    } else {
      const yearly = (): CellValue => {
        const share = shareOf(annualOf(plan));
        if (own === undefined || (own.activeFrom === undefined && own.activeTo === undefined)) return minimumCell(ref, share);
        // A unit that takes no part in the period is not judged in it, as the core skips it.
        return formula(`=IF(${judgedIn(PERIOD_WINDOW, own)},${proratedMinimum(ref, share)},0)`);
      };
      // A cadence target is judged over its months or quarters ENDED by the as-of day, minimum and count
      // alike (periodVerdicts: like with like); the one running is shown apart, in its own row below.
      const endedSum = (column: string): string => `SUMIFS(${column}${firstSlice}:${column}${lastSlice},G${firstSlice}:G${lastSlice},"<="&${AS_OF})`;
      // Nothing ended yet: the whole period's minimum and count, as periodVerdicts shows a running target.
      const judgedSum = (column: string): string =>
        `IF(${noneEnded(plan, target, runningFlags)},SUM(${column}${firstSlice}:${column}${lastSlice}),${endedSum(column)})`;
      const minimum: CellValue = sliced ? formula(`=${judgedSum('C')}`) : yearly();
      const slicesF = `F${firstSlice}:F${lastSlice}`;
      const verdict: CellValue = contribution
        ? text(CONTRIBUTION)
        : sliced
          ? formula(
              `=IF(COUNTIF(${slicesF},"${NOT_MET}")>0,"${NOT_MET}",IF(COUNTIF(${slicesF},"${MET}")>0,"${MET}",IF(COUNTIF(${slicesF},"${RUNNING}")>0,"${RUNNING}","${NOT_BEGUN}")))`,
            )
          : // A whole-year minimum not reached is running until the plan year has ended (periodVerdicts).
            formula(`=IF(D${main}>=C${main},"${MET}",IF(${dateFormula(annualOf(plan).to)}<=${AS_OF},"${NOT_MET}","${RUNNING}"))`);
      // The rate credits each month or quarter judged up to its own minimum (periodVerdicts' ratio), so a
      // surplus in one never hides a shortfall in another: 100% only beside "Đạt".
      const credit = (ended: boolean): string =>
        Array.from({ length: lastSlice - firstSlice + 1 }, (_, i) => firstSlice + i)
          .map((r) => `IF(AND(${ended ? `G${r}<=${AS_OF},` : ''}ISNUMBER(D${r}),ISNUMBER(C${r})),MIN(C${r},D${r}),0)`)
          .join('+');
      // One month or quarter judged is capped too (periodVerdicts ratio: 9 of 6 is 100%, the surplus is "vượt chỉ tiêu").
      const rate = formula(`=IF(C${main}=0,1,IF(${noneEnded(plan, target, runningFlags)},${credit(false)},${credit(true)})/C${main})`);
      const counted = sliced ? (contribution ? [achieved[0] ?? formula(`=${judgedSum('D')}`), rate] : [formula(`=${judgedSum('D')}`), rate]) : achieved;
      if (apart && !sliced) {
        // A yearly target given to some units: its count (D) is the unit table's column summed over them, written with the table.
        rows.push({ at: `A${main}`, rows: [[text(target.id), text(target.title), minimum]] }, { at: `E${main}`, rows: [[counted[1] ?? empty, verdict]] });
        unitTableTotals.set(target.id, main);
      } else rows.push({ at: `A${main}`, rows: [[text(target.id), text(target.title), minimum, ...counted, verdict]] });
    }
    styles.push({ range: `C${main}:D${main}`, style: { numberFormat: format } });
    const brought = (counting ?? []).filter((u) => !responsibleFor(plan, u, target.id) && activeDuring(u, annualOf(plan)));
    const sliceSumsAt = { sliceRows: sliceRows.get(target.id) ?? [], apart };
    if (district) pendingBlocks.push({ target, row: main, units, brought, ...sliceSumsAt });
    else if (apart && slices.length > 0) pendingBlocks.push({ target, row: main, units: [], brought: counting, ...sliceSumsAt });
  });
  const lastSliceRow = Math.max(sliceHeaderRow + 1, sliceRow - 1);
  let row = anySlices ? lastSliceRow + 1 : lastTargetRow + 1;
  const tableStyles = (top: number, bottom: number, right: string): StyledRange[] => [
    { range: `A${top}:F${bottom}`, style: { border: true, vertical: 'top' } },
    { range: `B${top}:B${bottom}`, style: { wrap: true } },
    { range: `C${top}:D${bottom}`, style: { horizontal: 'center' } },
    { range: `E${top}:E${bottom}`, style: { numberFormat: '0%', horizontal: 'center' } },
    { range: `F${top}:${right}${bottom}`, style: { horizontal: 'center', bold: true } },
  ];
  styles.push(...tableStyles(firstTargetRow, lastTargetRow, perUnitDistrict ? 'G' : 'F'));
  if (anySlices)
    styles.push(...tableStyles(sliceHeaderRow + 1, lastSliceRow, 'F'), { range: `G${sliceHeaderRow + 1}:G${lastSliceRow}`, style: { border: true } });
  const stateRange = `F${firstTargetRow}:F${lastTargetRow}`;

  // Targets PHÂN CÔNG gives other units: not the unit's to meet. What it did for one still counts when a
  // general PHÂN CÔNG row brings the unit in (progress/contributesTo), and its report lists such a target
  // when it did something (report/reportData), so the officer sees those outputs here, with no minimum
  // and no verdict ("Đóng góp"). Without such a row its rows count for no part of it (countsFor, verdict13)
  // and its report leaves the target out: "Không giao", its outputs on the target's channels shown, never judged.
  const others = ownUnit === undefined ? [] : plan.targets.filter((target) => !targets.includes(target));
  if (others.length > 0) {
    row += 1;
    header(row, [
      'Mã',
      'Chỉ tiêu giao cho đơn vị khác (Đóng góp: được tính, báo cáo có nêu; Không giao: không tính cho chỉ tiêu)',
      '',
      'Đã thực hiện',
      '',
      'Ghi nhận',
    ]);
    const firstOther = row + 1;
    for (const target of others) {
      row += 1;
      otherRows.set(target.id, row);
      heights.push({ row, height: wrappedHeight(target.title) });
      rows.push({
        at: `A${row}`,
        rows: [
          [
            text(target.id),
            text(target.title),
            empty,
            // A per-unit target counts the unit's rows on the days it takes part (withinUnitDays), as its report does.
            formula(achievedFormula(plan, target, undefined, outputs, target.scope === 'per-unit' ? unitDays(PERIOD_WINDOW, ownUnit) : PERIOD_WINDOW)),
            empty,
            ownUnit !== undefined && !contributesTo(plan, ownUnit, target.id) ? text(NOT_GIVEN) : formula(`=IF(D${row}>0,"${CONTRIBUTION}","")`),
          ],
        ],
      });
      styles.push({ range: `D${row}`, style: { numberFormat: measureNumberFormat(target.measure, 'vi') } });
    }
    styles.push(...tableStyles(firstOther, row, 'F'));
    row += 1;
  }

  row += 1;
  header(row, ['Mã', 'Hạng mục thường xuyên', 'Đã thực hiện', 'Phải thực hiện', 'Tỷ lệ', 'Đánh giá']);
  if (ownUnit !== undefined) {
    rows.push({ at: `${columnLetters(8)}${row}`, rows: [[text(HELPER_HEADER)]] });
    styles.push({ range: `${columnLetters(8)}${row}`, style: { italic: true, fontColor: HELPER_GREY } });
  }
  row += 1;
  const firstItemRow = row;
  const itemColumn = col(STANDING_SHEET, 'item');
  const stateColumn = col(STANDING_SHEET, 'state');
  const periodColumn = col(STANDING_SHEET, 'period');
  const dateDoneColumn = col(STANDING_SHEET, 'dateDone');
  // The "Kỳ" dropdown's label of an occurrence (template/listsSheet occurrenceLabels), read back by parseOccurrence.
  const occurrenceLabel = (period: Period): string =>
    occurrenceText(
      { kind: period.kind === 'custom' ? 'year' : period.kind, ...(period.index === undefined ? {} : { index: period.index }) },
      period.year ?? plan.identity.year,
      plan.periodConvention,
    );
  const itemUnits = (item: StandingItem): Unit[] => (options.units ?? []).filter((u) => item.appliesTo.includes(u.level));
  for (const item of options.standingItems ?? plan.standingItems) {
    itemRows.set(item.id, row);
    heights.push({ row, height: wrappedHeight(item.title) });
    const id = quoteText(item.id);
    // A recurring item ("mỗi quý") is due once per occurrence for each unit taking part, done once per occurrence
    // (capped at the units due), as progress/standingDue (issue 13): by a done row whose "Kỳ" is the occurrence's
    // label in the Danh mục list, whatever its date up to the as-of day (done late after the occurrence, D4), or
    // by one with a blank "Kỳ" dated in it. A "Kỳ" typed another way ("Q1") is not matched here: the core reads it.
    const due = recurrenceDue(item, plan.identity.year, plan.periodConvention, ownUnit !== undefined ? [ownUnit] : itemUnits(item));
    const counts = due.map((d) => {
      const criteria = (window: Window, period: string): string =>
        [
          { range: itemColumn, criterion: id },
          { range: stateColumn, criterion: done },
          { range: periodColumn, criterion: period },
          ...withinUncut(dateDoneColumn, window),
        ]
          .map((c) => `${c.range},${c.criterion}`)
          .join(',');
      const dated = criteria({ from: dateFormula(d.period.from), to: dateFormula(d.period.to) }, '""');
      // Named rows count once done, by the as-of day (creditedTo: a completion after asOf is not known yet); a blank date is none.
      const named = criteria({ from: 'DATE(1900,1,1)', to: AS_OF }, quoteText(occurrenceLabel(d.period)));
      // Rows without "Kỳ" in the window known by the as-of day: beyond the occurrence's own, surplus (standingDue creditedInYear).
      const known = criteria({ from: dateFormula(d.period.from), to: `MIN(${dateFormula(d.period.to)},${AS_OF})` }, '""');
      // The earliest row naming it credits it (standingDue creditedTo): late when none is dated by its last day.
      const namedOnTime = criteria({ from: 'DATE(1900,1,1)', to: `MIN(${dateFormula(d.period.to)},${AS_OF})` }, quoteText(occurrenceLabel(d.period)));
      const doneOnce = `MIN(${String(d.units)},COUNTIFS(${dated})+COUNTIFS(${named}))`;
      return {
        done: doneOnce,
        surplus: `MAX(0,COUNTIFS(${known})-1+MIN(1,COUNTIFS(${named})))`,
        onTime: `${doneOnce}*(1-AND(COUNTIFS(${named})>0,COUNTIFS(${namedOnTime})=0))`,
      };
    });
    const doneIn = counts.map((c) => c.done);
    // A unit's own sheet credits surplus rows as its report does (standingDue creditedInYear): each helper cell is the
    // running sum P(k) of surplus less missing over the occurrences so far, and the occurrences done are
    // due + P(last) − max(0, P(1)…P(last)) (the surplus rows no earlier missing occurrence takes). The district's
    // counts are over all units' rows, which cannot be told apart by unit here: it keeps the occurrence's own rows.
    const surplusCells = ownUnit !== undefined && item.recurrence !== undefined && due.length > 0;
    const firstHelper = 8;
    const helperRef = (j: number): string => `${columnLetters(firstHelper + j)}${row}`;
    // Then one cell per occurrence done on time (by its own row, or by a row naming it dated by its last day): the
    // occurrences done less these are the ones done late, and "Đạt" says so as the report's "trong đó hoàn thành chậm".
    const helpers = surplusCells
      ? [...counts.map((c, j) => formula(`=${j === 0 ? '' : `${helperRef(j - 1)}+`}${c.surplus}-(1-${c.done})`)), ...counts.map((c) => formula(`=${c.onTime}`))]
      : [];
    const lastHelper = helperRef(due.length - 1);
    const onTimeRange = `${helperRef(due.length)}:${helperRef(2 * due.length - 1)}`;
    const met = surplusCells ? `IF(C${row}>SUM(${onTimeRange}),"${MET_WITH_LATE}","${MET}")` : `"${MET}"`;
    const doneCount = surplusCells ? `=${String(due.length)}+${lastHelper}-MAX(0,${helperRef(0)}:${lastHelper})` : `=${doneIn.join('+') || '0'}`;
    // An occurrence is owed once its last day has come by the as-of day; one not ended counts only when done
    // (the report's "đã thực hiện 2/3 lần" on 30/11 of a quarterly item: Q4 running, in no "k/n").
    const owedIn = due.map((d, i) => `IF(${dateFormula(d.period.to)}<=${AS_OF},${String(d.units)},${doneIn[i] ?? '0'})`);
    const notYet = `IF(${dateFormula(due[0]?.period.from ?? annualOf(plan).from)}<=${AS_OF},"${RUNNING}","${NOT_BEGUN}")`;
    const recurring = item.recurrence !== undefined && due.length > 0;
    // A deadline met only after it, on a unit's own sheet (standingDue standingLateness: no done row blank-dated or dated by
    // the deadline, once it has passed): "Đạt (hoàn thành chậm)" as the report's "Hoàn thành chậm" (try13i defect 6). The
    // district's rows of all units cannot be told apart by unit here: it keeps "Đạt".
    const deadline = item.recurrence === undefined && ownUnit !== undefined ? item.deadline : undefined;
    const doneBy = (window: Window | null): string =>
      `COUNTIFS(${[
        { range: itemColumn, criterion: id },
        { range: stateColumn, criterion: done },
        ...(window === null ? [{ range: dateDoneColumn, criterion: '""' }] : withinUncut(dateDoneColumn, window)),
      ]
        .map((c) => `${c.range},${c.criterion}`)
        .join(',')})`;
    const deadlineMet =
      deadline === undefined
        ? `"${MET}"`
        : `IF(AND(C${row}>0,${dateFormula(deadline)}<${AS_OF},${doneBy({ from: 'DATE(1900,1,1)', to: dateFormula(deadline) })}+${doneBy(null)}=0),"${MET_LATE}","${MET}")`;
    rows.push({
      at: `A${row}`,
      rows: [
        [
          text(item.id),
          text(item.title),
          formula(item.recurrence === undefined ? `=COUNTIFS(${itemColumn},${id},${stateColumn},${done})` : doneCount),
          item.recurrence === undefined ? formula(`=COUNTIFS(${itemColumn},${id})`) : due.length === 0 ? num(0) : formula(`=${owedIn.join('+')}`),
          formula(`=IF(D${row}=0,1,C${row}/D${row})`),
          formula(recurring ? `=IF(C${row}<D${row},"${NOT_MET}",IF(D${row}=0,${notYet},${met}))` : `=IF(C${row}>=D${row},${deadlineMet},"${NOT_MET}")`),
        ],
      ],
    });
    if (helpers.length > 0) {
      rows.push({ at: helperRef(0), rows: [helpers] });
      styles.push({ range: `${helperRef(0)}:${helperRef(helpers.length - 1)}`, style: { numberFormat: '0', horizontal: 'center', fontColor: HELPER_GREY } });
    }
    row += 1;
  }
  const lastItemRow = Math.max(firstItemRow, row - 1);
  styles.push(
    { range: `A${firstItemRow}:F${lastItemRow}`, style: { border: true, vertical: 'top' } },
    { range: `B${firstItemRow}:B${lastItemRow}`, style: { wrap: true } },
    { range: `C${firstItemRow}:D${lastItemRow}`, style: { numberFormat: '0', horizontal: 'center' } },
    { range: `E${firstItemRow}:E${lastItemRow}`, style: { numberFormat: '0%', horizontal: 'center' } },
    { range: `F${firstItemRow}:F${lastItemRow}`, style: { horizontal: 'center', bold: true } },
  );
  const districtNote = options.units !== null && (options.standingItems ?? plan.standingItems).length > 0 ? `A${lastItemRow + 1}` : undefined;
  if (districtNote !== undefined) {
    // The district's counts are all units' rows together (a unit's surplus row, a late one, cannot be told apart here): a
    // per-unit count needs 8 helper cells a unit and quarterly item (7.3 KB of formulas), 24 for a monthly one, so the sheet
    // says where they are judged (the report, each unit's Tiến độ) in the blank row under the table, moving no row.
    const note = t('report.progressSheet.districtStandingNote', {}, 'vi');
    rows.push({ at: districtNote, rows: [[text(note)]] });
    merges.push(`${districtNote}:F${lastItemRow + 1}`);
    heights.push({ row: lastItemRow + 1, height: Math.max(1, Math.ceil(note.length / 100)) * 15 + 3 });
    styles.push({ range: `${districtNote}:F${lastItemRow + 1}`, style: { italic: true, wrap: true, vertical: 'top', fontColor: HELPER_GREY } });
  }

  row += 1;
  header(row, ['Mã', 'Nguồn kinh phí', 'Số tiền (đồng)']);
  row += 1;
  const amount = col(SPENDING_SHEET, 'amount');
  const source = col(SPENDING_SHEET, 'fundingSource');
  const spendDate = within(col(SPENDING_SHEET, 'date'));
  const firstFundingRow = row;
  for (const fund of plan.fundingSources) {
    fundingRows.set(fund.code, row);
    const criteria = [{ range: source, criterion: quoteText(fund.name) }, ...spendDate].map((c) => `${c.range},${c.criterion}`).join(',');
    rows.push({ at: `A${row}`, rows: [[text(fund.code), text(fund.name), formula(`=SUMIFS(${amount},${criteria})`)]] });
    row += 1;
  }
  const lastFundingRow = Math.max(firstFundingRow, row - 1);
  styles.push(
    { range: `A${firstFundingRow}:C${lastFundingRow}`, style: { border: true } },
    { range: `C${firstFundingRow}:C${lastFundingRow}`, style: { numberFormat: '#,##0' } },
  );

  if (options.units) {
    row += 1;
    // Each money target's helper column (fallbackColumn): the unit's outputs' fallback alone, summed by the district's total.
    const moneyTargets = plan.targets.filter((t) => t.measure === 'amount');
    const unitHeaderRow = row;
    header(row, ['Mã', 'Đơn vị', ...plan.targets.map((t) => t.id), ...moneyTargets.map((t) => `${HELPER_HEADER} ${t.id}`)]);
    row += 1;
    const firstUnitRow = row;
    for (const unit of options.units) {
      unitRows.set(unit.code, row);
      rows.push({
        at: `A${row}`,
        rows: [
          [
            text(unit.code),
            text(unit.name),
            // A unit whose rows count for no part of a target given to others: "-", as TH Tiến độ prints it, left out of the sums.
            ...plan.targets.map((t) => (countingUnits(t)?.includes(unit) === false ? text(NOT_COUNTED) : formula(achievedFormula(plan, t, unit, outputs)))),
            ...moneyTargets.map((t) => formula(unitMoneyFallbackFormula(plan, t, unit, outputs))),
          ],
        ],
      });
      row += 1;
    }
    const right = columnLetters(2 + plan.targets.length);
    if (moneyTargets.length > 0) {
      const first = columnLetters(3 + plan.targets.length);
      const last = columnLetters(2 + plan.targets.length + moneyTargets.length);
      styles.push(
        { range: `${first}${unitHeaderRow}:${last}${unitHeaderRow}`, style: { italic: true, fontColor: HELPER_GREY } },
        { range: `${first}${firstUnitRow}:${last}${Math.max(firstUnitRow, row - 1)}`, style: { numberFormat: '#,##0', fontColor: HELPER_GREY } },
      );
    }
    styles.push(
      { range: `A${firstUnitRow}:${right}${Math.max(firstUnitRow, row - 1)}`, style: { border: true } },
      { range: `C${firstUnitRow}:${right}${Math.max(firstUnitRow, row - 1)}`, style: { numberFormat: '#,##0', horizontal: 'center' } },
    );
    const lastUnitRow = Math.max(firstUnitRow, row - 1);
    for (const [id, at] of unitTableTotals) {
      const column = columnLetters(3 + plan.targets.findIndex((t) => t.id === id));
      rows.push({ at: `D${at}`, rows: [[formula(`=SUM(${column}${firstUnitRow}:${column}${lastUnitRow})`)]] });
    }
    for (const pending of pendingBlocks) widest = Math.max(widest, 4 + Math.max(1, slicesOf(plan, pending.target).length));
    const sink: BlockSink = { rows, styles, header, outputs, minimumCells: options.minimumCells, runningFlags };
    for (const pending of pendingBlocks)
      row = pending.target.scope === 'per-unit' ? perUnitBlock(plan, pending, row + 1, sink) : countingBlock(plan, pending, row + 1, sink);
  }

  const layout: SheetLayout = {
    ...blankSheet(PROGRESS_SHEET_NAME),
    blocks: rows,
    styles,
    merges: ['A1:F1', 'A2:F2', ...merges],
    validations,
    rows: heights,
    columns: [
      { column: 'A', width: 10 },
      { column: 'B', width: 48 },
      { column: 'C', width: 14 },
      { column: 'D', width: 14 },
      { column: 'E', width: 10 },
      { column: 'F', width: 12 },
      ...plan.targets.slice(4).map((_, i) => ({ column: columnLetters(7 + i), width: 10 })),
    ],
    conditionalFormats: [
      { range: stateRange, formula: `=$F${firstTargetRow}="${MET}"`, style: { fill: '#C6EFCE', fontColor: '#006100' } },
      { range: stateRange, formula: `=$F${firstTargetRow}="${NOT_MET}"`, style: { fill: '#FFC7CE', fontColor: '#9C0006' } },
      // "Đạt (có lượt hoàn thành chậm)" is met too: green as "Đạt".
      {
        range: `F${firstItemRow}:F${lastItemRow}`,
        formula: `=LEFT($F${firstItemRow},${String(MET.length)})="${MET}"`,
        style: { fill: '#C6EFCE', fontColor: '#006100' },
      },
      { range: `F${firstItemRow}:F${lastItemRow}`, formula: `=$F${firstItemRow}="${NOT_MET}"`, style: { fill: '#FFC7CE', fontColor: '#9C0006' } },
      ...(anySlices
        ? [
            {
              range: `F${sliceHeaderRow + 1}:F${lastSliceRow}`,
              formula: `=$F${sliceHeaderRow + 1}="${MET}"`,
              style: { fill: '#C6EFCE', fontColor: '#006100' },
            },
            {
              range: `F${sliceHeaderRow + 1}:F${lastSliceRow}`,
              formula: `=$F${sliceHeaderRow + 1}="${NOT_MET}"`,
              style: { fill: '#FFC7CE', fontColor: '#9C0006' },
            },
          ]
        : []),
    ],
    charts:
      targets.length > 0
        ? [
            {
              kind: 'clusteredBar',
              title: 'Chỉ tiêu và kết quả',
              categories: `A${firstTargetRow}:A${lastTargetRow}`,
              series: [
                { name: 'Tối thiểu', values: `C${firstTargetRow}:C${lastTargetRow}` },
                { name: 'Đã thực hiện', values: `D${firstTargetRow}:D${lastTargetRow}` },
              ],
              // Below the tables and inside the print area, so the chart prints with the figures.
              from: `A${row + 1}`,
              to: `F${row + CHART_ROWS}`,
            },
          ]
        : [],
    freeze: { rows: 4, columns: 0 },
    tabColor: '#548235',
    print: {
      orientation: 'portrait',
      paperSize: 'A4',
      margins: { top: 20, bottom: 20, left: 30, right: 15 },
      printArea: `A1:${columnLetters(Math.max(widest, perUnitDistrict ? 7 : 6, options.units ? 2 + plan.targets.length : 6))}${row + CHART_ROWS}`,
      fitToWidth: true,
    },
  };
  return { layout, targetRows, sliceRows, otherRows, itemRows, fundingRows, unitRows };
}
