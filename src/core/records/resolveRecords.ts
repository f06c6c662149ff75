import { parseDate } from '../dates/parseDate';
import { parseOccurrence } from '../periods/occurrence';
import type { PlanLookup } from '../plan/planLookup';
import type { RawCell } from '../ports/workbookPort';
import { cellText } from '../text/cellText';
import { foldForMatch } from '../text/fold';
import { parseAmount } from './amount';
import { measuresOf } from './measure';
import { STATE_WORDS } from './recordSheets';
import type { OutputRecord, RawRecord, SpendingRecord, StandingRecord, StandingState } from './types';

/**
 * Turns raw rows into typed records against the plan. Unknown names resolve to null and are left
 * for validation to report with their cell; nothing here rejects a row.
 */

export interface ResolveContext {
  readonly lookup: PlanLookup;
  /** The unit a blank unit cell means: the workbook's own unit, from its stamp or the officer. */
  readonly defaultUnit: string | null;
}

const STATES = new Map<string, StandingState>(
  (Object.entries(STATE_WORDS) as [StandingState, readonly string[]][]).flatMap(([state, words]) => words.map((w) => [foldForMatch(w), state] as const)),
);

export function stateOf(raw: RawCell | undefined): StandingState | null {
  if (raw === true) return 'done';
  if (raw === false) return 'not-done';
  return STATES.get(foldForMatch(cellText(raw ?? null))) ?? null;
}

const text = (raw: RawCell | undefined): string => cellText(raw ?? null);

function unitOf(raw: RawCell | undefined, context: ResolveContext): string | null {
  const written = text(raw);
  return written === '' ? context.defaultUnit : context.lookup.unit.find(written);
}

/**
 * Amounts in Vietnamese notation ("1.500.000", "1.500.000 ₫", "2 triệu", 1500000): whole đồng, or
 * null when the cell is refused (negative, fractional, unreadable: see parseAmount). A refused
 * amount is never added to a total; the amount rule says why, at its cell.
 */
export function amountOf(raw: RawCell | undefined): number | null {
  if (raw === undefined || raw === null) return null;
  const reading = parseAmount(raw);
  return 'amount' in reading ? reading.amount : null;
}

/**
 * The template's "Số lượng" cell: a whole number ≥ 0 is how many outputs (or things) the row stands
 * for; blank or anything else leaves the row counting 1, as the Tiến độ formulas count it.
 */
function quantityOf(raw: RawCell | undefined): { quantity?: number } {
  return typeof raw === 'number' && Number.isInteger(raw) && raw >= 0 && raw !== 1 ? { quantity: raw } : {};
}

export function resolveOutput(record: RawRecord<'output'>, context: ResolveContext): OutputRecord {
  const c = record.cells;
  return {
    source: record.source,
    date: parseDate(c.date ?? null),
    channel: context.lookup.channel.find(text(c.channel)),
    form: context.lookup.form.find(text(c.form)),
    title: text(c.title),
    // The hyperlink under a shorter text ("Xem bài", "baotayninh.vn/…") is the address that works, as trackers read it.
    link: record.hyperlink ?? text(c.link),
    unit: unitOf(c.unit, context),
    note: text(c.note),
    ...quantityOf(c.count),
    ...measuresOf(c),
  };
}

/**
 * A standing row's state in a table with no state column, whose header names the day the work was done
 * (records/findHeader IDENTIFYING_BY_COMPLETION: "Hạng mục | Số lượng | Ngày hoàn thành | Ghi chú").
 * That day is the table's only word on the work:
 * - a date there: done, on that day (a day after a report's period is in progress then, reportData stateAt);
 * - a state word there ("Chưa", "Đang làm", "Đã treo"): that state;
 * - blank: not done. The office lists the work and has not dated it, the one way its table says it was
 *   done; null would read as a row that says nothing (stateAt passes null rows over, so the report would
 *   say the unit never reported the item — "Chưa cập nhật" — when it listed it undone: "Chưa thực hiện");
 * - any other text (a date not read): null, and the date rule shows the cell (validation.date.notADate).
 */
export function stateByCompletion(dateDone: RawCell | undefined): StandingState | null {
  if (parseDate(dateDone ?? null) !== null) return 'done';
  if (text(dateDone) === '') return 'not-done';
  return stateOf(dateDone);
}

/**
 * Whether a standing row's completion-date cell says its state in a word ("Chưa", "Đang làm") rather
 * than a date: its table has no state column (stateByCompletion). That cell is then no date to fix
 * (validation.date.notADate) and adopt leaves the template's "Ngày hoàn thành" blank for it.
 */
export function dateCellIsState(record: RawRecord<'standing'>): boolean {
  return (
    record.columns.state === undefined &&
    record.columns.dateDone !== undefined &&
    parseDate(record.cells.dateDone ?? null) === null &&
    stateOf(record.cells.dateDone) !== null
  );
}

/**
 * A standing row against the plan. The item is the code's, else the title's (folded, whole: the
 * reader's assignUnit also tries the title's words among the items of the row's unit's level). The
 * state is the state column's word (STATE_WORDS); a table with no state column says it by the day
 * the work was done (stateByCompletion: dated is done on that day, blank is not done).
 */
export function resolveStanding(record: RawRecord<'standing'>, context: ResolveContext): StandingRecord {
  const c = record.cells;
  const byCompletion = record.columns.state === undefined && record.columns.dateDone !== undefined;
  return {
    source: record.source,
    // A table of the office's own may have no code column, or a code the plan does not know: its title, folded, names the item (issue 13, D2).
    item: context.lookup.standingItem.find(text(c.item)) ?? (text(c.title) === '' ? null : context.lookup.standingItem.find(text(c.title))),
    unit: unitOf(c.unit, context),
    state: byCompletion ? stateByCompletion(c.dateDone) : stateOf(c.state),
    dateDone: parseDate(c.dateDone ?? null),
    ...(text(c.period) === '' ? {} : { period: parseOccurrence(text(c.period), record.periodBare) }),
    evidence: text(c.evidence),
    note: text(c.note),
  };
}

export function resolveSpending(record: RawRecord<'spending'>, context: ResolveContext): SpendingRecord {
  const c = record.cells;
  const typedSource = text(c.fundingSource);
  const fundingSource = context.lookup.fundingSource.find(typedSource);
  return {
    source: record.source,
    date: parseDate(c.date ?? null),
    content: text(c.content),
    amount: amountOf(c.amount),
    fundingSource,
    // A source the plan does not list is kept as typed (fund13 defect 1), for the sheets that show it.
    ...(fundingSource === null && typedSource !== '' ? { fundingSourceText: typedSource } : {}),
    unit: unitOf(c.unit, context),
    note: text(c.note),
  };
}
