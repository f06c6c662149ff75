import { withinUnitDays } from '../../progress/targetProgress';
import { recordRule } from '../rule';
import { dateWhere, isoDateOf, shown } from './dates';

/**
 * An output dated on a day its unit takes no part in the plan (the plan's units "Từ ngày"/"Đến
 * ngày": a hamlet founded on 01/07, one merged away on 30/06), at its date cell. The row counts
 * for no per-unit target (progress/targetProgress withinUnitDays) and stays in plan-wide totals,
 * as the message says; the officer fixes the date or the unit (issue 13).
 */
export const dateOutsideUnitActive = recordRule({
  id: 'date-outside-unit-active',
  appliesTo: ['output'],
  issues: {
    before: { code: 'validation.date.beforeUnitActive', severity: 'warning' },
    after: { code: 'validation.date.afterUnitActive', severity: 'warning' },
  },
  check: (entries, context, emit) => {
    for (const entry of entries) {
      const code = entry.record.unit ?? context.defaultUnit;
      const unit = code === null ? undefined : context.units.get(code);
      const iso = isoDateOf(entry);
      if (unit === undefined || iso === null || withinUnitDays({ date: iso }, unit)) continue;
      const before = unit.activeFrom !== undefined && iso < unit.activeFrom;
      const params = { date: shown(iso), unit: unit.name };
      if (before && unit.activeFrom !== undefined) emit('before', dateWhere(entry), { ...params, from: shown(unit.activeFrom) });
      else if (unit.activeTo !== undefined) emit('after', dateWhere(entry), { ...params, to: shown(unit.activeTo) });
    }
  },
});
