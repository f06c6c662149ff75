import { entryIdentity, entryIdentityHash, unitOwnChannels } from '../../consolidate/outputKey';
import { cellOf, excerpt, recordRule } from '../rule';
import { shown } from './dates';

/**
 * The same output entered twice: same channel, same date, same title once case, spacing and
 * Unicode form are set aside; on a channel that is each unit's own (consolidate/outputKey
 * unitOwnChannels: counted by a per-unit target), the same unit too, as consolidation keys it, so a
 * district or commune workbook holding every hamlet's broadcast of one bulletin is not warned about
 * work each hamlet did. The first row stays; every later one points at it. One pass with a Map keyed
 * by the identity's hash, so 100,000 rows cost 100,000 look-ups.
 */
export const duplicateOutput = recordRule({
  id: 'duplicate-output',
  appliesTo: ['output'],
  issues: { duplicate: { code: 'validation.duplicate.output', severity: 'warning' } },
  check: (entries, context, emit) => {
    type Entry = (typeof entries)[number];
    // By the identity's hash (entryIdentityHash), the first row of each identity met under it: one, or
    // several when distinct identities share a hash. Identity strings are made only for a hash met
    // before, to tell a duplicate from a collision (issue 11: a string a row, hashed again by the Map).
    const first = new Map<number, Entry | Entry[]>();
    const ownChannels = unitOwnChannels(context.plan);
    const identities = new Map<Entry, string | null>();
    const identity = (entry: Entry): string | null => {
      let key = identities.get(entry);
      if (key === undefined) identities.set(entry, (key = entryIdentity(entry, ownChannels)));
      return key;
    };
    entries.forEach((entry) => {
      const hash = entryIdentityHash(entry, ownChannels);
      // No key: no date or no title to compare.
      const { date } = entry.record;
      if (hash === null || date === null) return;
      const met = first.get(hash);
      if (met === undefined) {
        first.set(hash, entry);
        return;
      }
      const key = identity(entry);
      const earlier = Array.isArray(met) ? met.find((e) => identity(e) === key) : identity(met) === key ? met : undefined;
      if (earlier === undefined) {
        first.set(hash, Array.isArray(met) ? [...met, entry] : [met, entry]);
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
