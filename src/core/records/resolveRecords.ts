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
    link: text(c.link),
    unit: unitOf(c.unit, context),
    note: text(c.note),
    ...quantityOf(c.count),
    ...measuresOf(c),
  };
}

export function resolveStanding(record: RawRecord<'standing'>, context: ResolveContext): StandingRecord {
  const c = record.cells;
  return {
    source: record.source,
    // A table of the office's own may have no code column, or a code the plan does not know: its title, folded, names the item (issue 13, D2).
    item: context.lookup.standingItem.find(text(c.item)) ?? (text(c.title) === '' ? null : context.lookup.standingItem.find(text(c.title))),
    unit: unitOf(c.unit, context),
    state: stateOf(c.state),
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
