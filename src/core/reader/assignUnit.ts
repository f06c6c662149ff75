import type { Plan } from '../plan/types';
import { itemByTitle } from '../records/itemByTitle';
import type { EntryOf } from '../validation/types';
import type { BookReading, OutputEntry } from './readBook';

/**
 * Gives the rows whose unit cell is blank to the unit that sent the workbook (its stamp, its file
 * name or title rows, or the officer's choice). A unit cell that names something the plan does
 * not know stays unknown: such a row is never silently credited to the file's unit.
 *
 * A standing row named by its title alone ("Treo băng rôn tuyên truyền CCHC", no code), whose title is
 * not the plan's wording, then takes the plan item its title's words name among the items of its
 * unit's level (records/itemByTitle, the rule adopt takes it by; every item when its unit is not
 * known), so Kiểm tra, the report and Tổng hợp count what adopt would bring in (standing13).
 */
export function assignUnit(plan: Plan, reading: BookReading, unit: string | null): BookReading {
  const read = unit === null ? reading : withUnit(reading, unit);
  const standing = read.entries.standing.map((e) => (e.record.item === null ? withItem(plan, e) : e));
  if (standing.every((e, i) => e === read.entries.standing[i])) return read;
  return { ...read, entries: { ...read.entries, standing } };
}

const blank = (text: string | undefined): boolean => text === undefined || text === '';

function withUnit(reading: BookReading, unit: string): BookReading {
  const outputs: OutputEntry[] = reading.outputs.map((e) => (e.record.unit === null && blank(e.text.unit) ? { ...e, record: { ...e.record, unit } } : e));
  const fill = <K extends 'standing' | 'spending'>(entries: readonly EntryOf<K>[]): EntryOf<K>[] =>
    entries.map((e) => (e.record.unit === null && blank((e.text as { unit?: string }).unit) ? { ...e, record: { ...e.record, unit } } : e));
  return { ...reading, outputs, entries: { output: outputs, standing: fill(reading.entries.standing), spending: fill(reading.entries.spending) } };
}

/** The entry with the item its title's words name (itemByTitle among its unit's level's items), or itself. */
function withItem(plan: Plan, entry: EntryOf<'standing'>): EntryOf<'standing'> {
  const title = entry.text.title ?? '';
  if (title === '' || !blank(entry.text.item)) return entry;
  const level = plan.units.find((u) => u.code === entry.record.unit)?.level;
  const candidates = level === undefined ? plan.standingItems : plan.standingItems.filter((item) => item.appliesTo.includes(level));
  const item = itemByTitle(candidates, title);
  return item === null ? entry : { ...entry, record: { ...entry.record, item: item.id } };
}
