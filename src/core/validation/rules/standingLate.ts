import { standingLateness } from '../../progress/standingDue';
import { formatVietnameseDate } from '../../dates/parseDate';
import { at, recordRule } from '../rule';
import type { EntryFor } from '../types';

/**
 * A standing item with a deadline ("hoàn thành trước 30/6") or a recurrence ("thay pa-nô mỗi
 * quý") that is late today for the unit of its rows (progress/standingDue standingLateness, the
 * occurrences a report marks "quá hạn"): one warning per unit, item and day missed, at the state
 * cell of its last row, naming that day; never for a deadline or an occurrence the unit does not
 * owe (not active on its last day, Unit.activeFrom/activeTo). A deadline met late (a completion dated
 * after it) is not asked to be updated: there is nothing to update; it is said "hoàn thành chậm"
 * (`doneLate`, naming the day done and the deadline), as the report says it (issue 13, fifth tester, finding 8).
 */
export const standingLate = recordRule({
  id: 'standing-late',
  appliesTo: ['standing'],
  issues: {
    late: { code: 'validation.standing.late', severity: 'warning' },
    doneLate: { code: 'validation.standing.doneLate', severity: 'warning' },
  },
  check: (entries, context, emit) => {
    const groups = new Map<string, EntryFor<'standing'>[]>();
    for (const entry of entries) {
      const item = entry.record.item === null ? undefined : context.standingItems.get(entry.record.item);
      if (item === undefined || (item.deadline === undefined && item.recurrence === undefined)) continue;
      const key = `${entry.record.unit ?? context.defaultUnit ?? ''}\u0000${item.id}`;
      groups.set(key, [...(groups.get(key) ?? []), entry]);
    }
    for (const rows of groups.values()) {
      const last = rows[rows.length - 1];
      const item = last?.record.item === null || last === undefined ? undefined : context.standingItems.get(last.record.item);
      if (last === undefined || item === undefined) continue;
      const doneOn = rows.filter((r) => r.record.state === 'done').map((r) => r.record.dateDone);
      // Only while the unit takes part: a hamlet founded on 01/07 is not late for the first quarter (issue 13).
      const code = last.record.unit ?? context.defaultUnit;
      const unit = code === null ? undefined : context.units.get(code);
      const lateness = standingLateness(item, doneOn, context.today, context.plan.periodConvention, unit === undefined ? {} : { unit });
      // Each occurrence missed is its own warning: a unit that missed Q2 and Q3 is told of both, as its report lists both.
      const doneAfter = doneOn.filter((day): day is string => day !== null && item.deadline !== undefined && day > item.deadline).sort()[0];
      for (const due of lateness.missed) {
        if (due === item.deadline && doneAfter !== undefined) {
          emit('doneLate', at(last, 'state'), { item: item.id, title: item.title, due: formatVietnameseDate(due), done: formatVietnameseDate(doneAfter) });
        } else emit('late', at(last, 'state'), { item: item.id, title: item.title, due: formatVietnameseDate(due) });
      }
    }
  },
});
