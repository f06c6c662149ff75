import { dateCellIsState } from '../../records/resolveRecords';
import { recordRule } from '../rule';
import { dateHeader, dateOf, dateWhere } from './dates';

/**
 * A date cell whose content is no date: "32/13/2018", "tháng 3", a number that is not a serial; not a
 * state word in the completion-date cell of a standing table with no state column (records/dateCellIsState).
 */
export const dateNotADate = recordRule({
  id: 'date-not-a-date',
  appliesTo: ['output', 'standing', 'spending'],
  issues: { notADate: { code: 'validation.date.notADate', severity: 'error' } },
  check: (entries, context, emit) => {
    const example = `05/03/${context.plan.identity.year}`;
    for (const entry of entries) {
      const date = dateOf(entry);
      // A standing table without a state column says the work's state by a word there ("Chưa"): read as such, no date (resolveStanding).
      if (entry.kind === 'standing' && dateCellIsState(entry.raw)) continue;
      if (date.iso === null && date.text !== '') emit('notADate', dateWhere(entry), { field: dateHeader(entry), value: date.text, example });
    }
  },
});
