import { recordRule } from '../rule';
import { dateWhere, isoDateOf, shown } from './dates';

/**
 * An output or a spending dated outside the plan year: the plan's annual period (15/12 of the year
 * before to 14/12 under Nghị định 09) joined with the calendar year, as the template's date rule.
 * A standing item may have been done before the plan, so its date done is not checked here.
 */
export const dateOutsidePlanYear = recordRule({
  id: 'date-outside-plan-year',
  appliesTo: ['output', 'spending'],
  issues: { outside: { code: 'validation.date.outsidePlanYear', severity: 'error' } },
  check: (entries, context, emit) => {
    const { from, to } = context.planYear;
    const params = { year: context.plan.identity.year, from: shown(from), to: shown(to) };
    for (const entry of entries) {
      const iso = isoDateOf(entry);
      if (iso !== null && (iso < from || iso > to)) emit('outside', dateWhere(entry), { ...params, date: shown(iso) });
    }
  },
});
