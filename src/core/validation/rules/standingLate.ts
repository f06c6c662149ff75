import { standingLateness } from '../../progress/standingDue';
import { formatVietnameseDate } from '../../dates/parseDate';
import { at, recordRule } from '../rule';
import type { EntryFor } from '../types';

/**
 * A standing item with a deadline ("hoàn thành trước 30/6") or a recurrence ("thay pa-nô mỗi
 * quý") that is late today for the unit of its rows (progress/standingDue): one warning per unit
 * and item, at the state cell of its last row, naming the day it was due.
 */
export const standingLate = recordRule({
  id: 'standing-late',
  appliesTo: ['standing'],
  issues: { late: { code: 'validation.standing.late', severity: 'warning' } },
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
      const lateness = standingLateness(item, doneOn, context.today, context.plan.periodConvention);
      if (!lateness.late || lateness.due === null) continue;
      emit('late', at(last, 'state'), { item: item.id, title: item.title, due: formatVietnameseDate(lateness.due) });
    }
  },
});
