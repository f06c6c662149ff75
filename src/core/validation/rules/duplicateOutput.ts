import { entryIdentity, unitOwnChannels } from '../../consolidate/outputKey';
import { cellOf, excerpt, recordRule } from '../rule';
import { shown } from './dates';

/**
 * The same output entered twice: same channel, same date, same title once case, spacing and
 * Unicode form are set aside; on a channel that is each unit's own (consolidate/outputKey
 * unitOwnChannels: counted by a per-unit target), the same unit too, as consolidation keys it, so a
 * district or commune workbook holding every hamlet's broadcast of one bulletin is not warned about
 * work each hamlet did. The first row stays; every later one points at it. One pass with a Map, so
 * 100,000 rows cost 100,000 look-ups.
 */
export const duplicateOutput = recordRule({
  id: 'duplicate-output',
  appliesTo: ['output'],
  issues: { duplicate: { code: 'validation.duplicate.output', severity: 'warning' } },
  check: (entries, context, emit) => {
    const first = new Map<string, (typeof entries)[number]>();
    const ownChannels = unitOwnChannels(context.plan);
    entries.forEach((entry) => {
      const key = entryIdentity(entry, ownChannels);
      // No key: no date or no title to compare.
      const { date } = entry.record;
      if (key === null || date === null) return;
      const earlier = first.get(key);
      if (earlier === undefined) {
        first.set(key, entry);
        return;
      }
      const sheet = entry.raw.source.sheet;
      const earlierCell = cellOf(earlier, 'title') ?? `A${earlier.raw.source.row}`;
      const firstAt = earlier.raw.source.sheet === sheet ? earlierCell : `'${earlier.raw.source.sheet}'!${earlierCell}`;
      // The title as the officer means it: a TCVN3/VNI cell quoted as typed read "TriÓn khai ®­êng d©y" (eleventh tester).
      emit(
        'duplicate',
        { sheet, cell: cellOf(entry, 'title') ?? `A${entry.raw.source.row}` },
        { first: firstAt, firstRow: earlier.raw.source.row, date: shown(date), title: excerpt(entry.record.title) },
      );
    });
  },
});
