import { recordRule } from '../rule';
import { dateHeader, dateOf, dateWhere } from './dates';

/** A date cell whose content is no date: "32/13/2018", "tháng 3", a number that is not a serial. */
export const dateNotADate = recordRule({
  id: 'date-not-a-date',
  appliesTo: ['output', 'standing', 'spending'],
  issues: { notADate: { code: 'validation.date.notADate', severity: 'error' } },
  check: (entries, context, emit) => {
    const example = `05/03/${context.plan.identity.year}`;
    for (const entry of entries) {
      const date = dateOf(entry);
      if (date.iso === null && date.text !== '') emit('notADate', dateWhere(entry), { field: dateHeader(entry), value: date.text, example });
    }
  },
});
