import type { EntryOf } from '../validation/types';
import type { BookReading, OutputEntry } from './readBook';

/**
 * Gives the rows whose unit cell is blank to the unit that sent the workbook (its stamp, its file
 * name or title rows, or the officer's choice). A unit cell that names something the plan does
 * not know stays unknown: such a row is never silently credited to the file's unit.
 */
export function assignUnit(reading: BookReading, unit: string | null): BookReading {
  if (unit === null) return reading;
  const blank = (text: string | undefined): boolean => text === undefined || text === '';
  const outputs: OutputEntry[] = reading.outputs.map((e) => (e.record.unit === null && blank(e.text.unit) ? { ...e, record: { ...e.record, unit } } : e));
  const fill = <K extends 'standing' | 'spending'>(entries: readonly EntryOf<K>[]): EntryOf<K>[] =>
    entries.map((e) => (e.record.unit === null && blank((e.text as { unit?: string }).unit) ? { ...e, record: { ...e.record, unit } } : e));
  return { ...reading, outputs, entries: { output: outputs, standing: fill(reading.entries.standing), spending: fill(reading.entries.spending) } };
}
