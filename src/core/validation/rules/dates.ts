import { formatVietnameseDate } from '../../dates/parseDate';
import type { IsoDate } from '../../plan/types';
import type { Entry } from '../types';
import { at, headerOf } from '../rule';

/** The date cell of an entry: an output's or spending's date, a standing item's date done. */
export interface DateCell {
  readonly iso: IsoDate | null;
  readonly text: string;
  readonly where: { readonly sheet: string; readonly cell: string | undefined };
  readonly field: string;
}

export function dateCell(entry: Entry): DateCell {
  switch (entry.kind) {
    case 'output':
    case 'spending':
      return { iso: entry.record.date, text: entry.text.date ?? '', where: at(entry, 'date'), field: headerOf(entry, 'date') };
    case 'standing':
      return { iso: entry.record.dateDone, text: entry.text.dateDone ?? '', where: at(entry, 'dateDone'), field: headerOf(entry, 'dateDone') };
  }
}

export const shown = formatVietnameseDate;
