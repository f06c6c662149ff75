import { amountOf } from '../../records/resolveRecords';
import { at, excerpt, recordRule } from '../rule';

/**
 * An amount must be a positive whole number of đồng. Text such as "1.500.000 đ" is read, but is
 * text to Excel (its sums skip it), so it is a warning; unreadable, zero, negative or fractional
 * amounts are errors.
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
      const value = typeof raw === 'boolean' ? null : amountOf(raw);
      const params = { value: excerpt(typed) };
      if (value === null) emit('unreadable', where, params);
      else if (value <= 0) emit('notPositive', where, params);
      else if (!Number.isInteger(value)) emit('notWhole', where, params);
      else if (typeof raw === 'string') emit('text', where, { ...params, amount: value });
    }
  },
});
