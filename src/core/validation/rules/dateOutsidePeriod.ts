import { recordRule } from '../rule';
import { dateWhere, isoDateOf, shown } from './dates';

/**
 * An output or spending outside the reporting period chosen: not wrong, but left out of this
 * period's report, so worth a look. Only when a period is given, and only for dates of the plan
 * year up to today (the others have their own issue).
 */
export const dateOutsidePeriod = recordRule({
  id: 'date-outside-period',
  appliesTo: ['output', 'spending'],
  issues: { outside: { code: 'validation.date.outsidePeriod', severity: 'warning' } },
  check: (entries, context, emit) => {
    const { period, planYear, today } = context;
    if (!period) return;
    const params = { from: shown(period.from), to: shown(period.to) };
    for (const entry of entries) {
      const iso = isoDateOf(entry);
      if (iso === null || iso < planYear.from || iso > planYear.to || iso > today) continue;
      if (iso < period.from || iso > period.to) emit('outside', dateWhere(entry), { ...params, date: shown(iso) });
    }
  },
});
