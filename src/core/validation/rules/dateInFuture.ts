import { recordRule } from '../rule';
import { dateWhere, isoDateOf, shown } from './dates';

/**
 * A date after today (injected, so tests and reports are repeatable): usually day and month typed
 * the wrong way round. Dates outside the plan year are already reported and not repeated here.
 */
export const dateInFuture = recordRule({
  id: 'date-in-future',
  appliesTo: ['output', 'standing', 'spending'],
  issues: { future: { code: 'validation.date.future', severity: 'warning' } },
  check: (entries, context, emit) => {
    const today = shown(context.today);
    for (const entry of entries) {
      const iso = isoDateOf(entry);
      if (iso === null || iso <= context.today) continue;
      const reported = entry.kind !== 'standing' && (iso < context.planYear.from || iso > context.planYear.to);
      if (!reported) emit('future', dateWhere(entry), { date: shown(iso), today });
    }
  },
});
