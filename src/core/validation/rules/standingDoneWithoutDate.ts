import { at, recordRule } from '../rule';

/** A standing item marked done with no date done: the report must say when (only where the table has the column). */
export const standingDoneWithoutDate = recordRule({
  id: 'standing-done-without-date',
  appliesTo: ['standing'],
  issues: { noDate: { code: 'validation.standing.doneWithoutDate', severity: 'warning' } },
  check: (entries, _context, emit) => {
    for (const entry of entries) {
      if (entry.record.state !== 'done' || entry.raw.columns.dateDone === undefined || entry.text.dateDone !== '') continue;
      emit('noDate', at(entry, 'dateDone'), { item: entry.record.item ?? entry.text.item ?? '' });
    }
  },
});
