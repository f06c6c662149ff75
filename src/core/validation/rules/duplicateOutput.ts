import { foldForMatch } from '../../text/fold';
import { cellOf, excerpt, recordRule } from '../rule';
import { shown } from './dates';

/**
 * The same output entered twice: same channel, same date, same title once case, spacing and
 * Unicode form are set aside. The first row stays; every later one points at it. One pass with a
 * Map, so 100,000 rows cost 100,000 look-ups.
 */
export function outputKey(channel: string, date: string, tidyTitle: string): string {
  // The title is already tidy (NFC, single spaces: cellText); Vietnamese has no special casing.
  return `${channel}\u0000${date}\u0000${tidyTitle.toLowerCase()}`;
}

export const duplicateOutput = recordRule({
  id: 'duplicate-output',
  appliesTo: ['output'],
  issues: { duplicate: { code: 'validation.duplicate.output', severity: 'warning' } },
  check: (entries, _context, emit) => {
    const first = new Map<string, { sheet: string; cell: string; row: number }>();
    for (const entry of entries) {
      const { date, channel } = entry.record;
      const title = entry.text.title ?? '';
      if (date === null || title === '') continue;
      const key = outputKey(channel ?? `?${foldForMatch(entry.text.channel ?? '')}`, date, title);
      const cell = cellOf(entry, 'title') ?? `A${entry.raw.source.row}`;
      const earlier = first.get(key);
      if (earlier === undefined) {
        first.set(key, { sheet: entry.raw.source.sheet, cell, row: entry.raw.source.row });
        continue;
      }
      const firstAt = earlier.sheet === entry.raw.source.sheet ? earlier.cell : `'${earlier.sheet}'!${earlier.cell}`;
      emit('duplicate', { sheet: entry.raw.source.sheet, cell }, { first: firstAt, firstRow: earlier.row, date: shown(date), title: excerpt(title) });
    }
  },
});
