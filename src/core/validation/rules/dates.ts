import { formatVietnameseDate } from '../../dates/parseDate';
import type { IsoDate } from '../../plan/types';
import type { Entry } from '../types';
import { at, headerOf } from '../rule';

/**
 * The date of an entry: an output's or spending's date, a standing item's date done. Where it is
 * and what its header says are worked out only for the rows that get an issue.
 */
export function dateOf(entry: Entry): { readonly iso: IsoDate | null; readonly text: string } {
  return entry.kind === 'standing' ? { iso: entry.record.dateDone, text: entry.text.dateDone ?? '' } : { iso: entry.record.date, text: entry.text.date ?? '' };
}

/** dateOf's ISO date alone, without an object per entry: five rules ask it of every entry (issue 11). */
export function isoDateOf(entry: Entry): IsoDate | null {
  return entry.kind === 'standing' ? entry.record.dateDone : entry.record.date;
}

export function dateWhere(entry: Entry): { readonly sheet: string; readonly cell: string | undefined } {
  return entry.kind === 'standing' ? at(entry, 'dateDone') : at(entry, 'date');
}

export function dateHeader(entry: Entry): string {
  return entry.kind === 'standing' ? headerOf(entry, 'dateDone') : headerOf(entry, 'date');
}

export const shown = formatVietnameseDate;
