import { at, recordRule } from '../rule';

/** A standing item recorded for a unit whose level the plan does not ask it of (a district-only board at a commune). */
export const standingWrongLevel = recordRule({
  id: 'standing-wrong-level',
  appliesTo: ['standing'],
  issues: { wrongLevel: { code: 'validation.standing.wrongLevel', severity: 'warning' } },
  check: (entries, context, emit) => {
    for (const entry of entries) {
      const { item, unit } = entry.record;
      const planItem = item === null ? undefined : context.standingItems.get(item);
      const planUnit = unit === null ? undefined : context.units.get(unit);
      if (!planItem || !planUnit || planItem.appliesTo.includes(planUnit.level)) continue;
      emit('wrongLevel', at(entry, entry.raw.columns.unit === undefined ? 'item' : 'unit'), { item: planItem.id, unit: planUnit.name });
    }
  },
});
