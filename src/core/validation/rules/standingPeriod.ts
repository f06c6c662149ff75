import { at, recordRule } from '../rule';

/**
 * A Hạng mục row whose "Kỳ" cell names no occurrence the reader knows (periods/parseOccurrence:
 * "Quý I", "Q1", "Tháng 3", "6 tháng đầu năm", "Năm 2026"...): the row is then credited by its
 * date alone, so the officer is told at the cell (issue 13, sixth tester, D4).
 */
export const standingPeriod = recordRule({
  id: 'standing-period',
  appliesTo: ['standing'],
  issues: { badPeriod: { code: 'validation.standing.badPeriod', severity: 'warning' } },
  check: (entries, _context, emit) => {
    for (const entry of entries) {
      if (entry.record.period !== null) continue;
      emit('badPeriod', at(entry, 'period'), { item: entry.record.item ?? entry.text.item ?? '', value: entry.text.period ?? '' });
    }
  },
});
