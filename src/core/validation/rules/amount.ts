import { parseAmount } from '../../records/amount';
import { at, excerpt, recordRule } from '../rule';

/**
 * An amount must be a positive whole number of đồng. Text in Vietnamese notation ("1.500.000 ₫",
 * "2 triệu") is read, but is text to Excel (its sums skip it), so it is a warning; unreadable, zero,
 * negative ("-500.000" is never read as -500) or fractional amounts are errors and are not added
 * to any total (records/amount.ts says how each notation is read).
 */
export const amount = recordRule({
  id: 'amount',
  appliesTo: ['spending'],
  issues: {
    unreadable: { code: 'validation.amount.unreadable', severity: 'error' },
    notPositive: { code: 'validation.amount.notPositive', severity: 'error' },
    notWhole: { code: 'validation.amount.notWhole', severity: 'error' },
    text: { code: 'validation.amount.text', severity: 'warning' },
  },
  check: (entries, _context, emit) => {
    for (const entry of entries) {
      const raw = entry.raw.cells.amount;
      const typed = entry.text.amount ?? '';
      if (raw === undefined || raw === null || typed === '') continue;
      const where = at(entry, 'amount');
      const reading = parseAmount(raw);
      const params = { value: excerpt(typed) };
      if ('issue' in reading) {
        if (reading.issue === 'negative') emit('notPositive', where, params);
        else if (reading.issue === 'fraction') emit('notWhole', where, params);
        else emit('unreadable', where, params);
      } else if (reading.amount <= 0) emit('notPositive', where, params);
      else if (typeof raw === 'string') emit('text', where, { ...params, amount: reading.amount });
    }
  },
});
