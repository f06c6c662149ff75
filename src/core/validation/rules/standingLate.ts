import { formatVietnameseDate } from '../../dates/parseDate';
import { occurrencePeriod } from '../../periods/occurrence';
import { periodLabel } from '../../periods/label';
import { periodFor, planYearOf } from '../../periods/standard';
import { standingLateness, standingOccurrences, type Completion } from '../../progress/standingDue';
import { at, recordRule } from '../rule';
import type { EntryFor } from '../types';

/**
 * A standing item with a deadline ("hoàn thành trước 30/6") or a recurrence ("thay pa-nô mỗi
 * quý") that is late today for the unit of its rows (progress/standingDue standingLateness, the
 * occurrences a report marks "quá hạn"): one warning per unit, item and row concerned, at its
 * state cell, naming the day missed there (`due`: "30/6/2026"), or, for several occurrences at one row,
 * `lateMany` naming each ("quý II năm 2026, quý III năm 2026", due "30/06/2026, 30/09/2026" respectively): for a
 * missed occurrence, the row whose "Kỳ" names it, else the first done row without "Kỳ" dated after
 * it (the update done late, e.g. 10/04 for Q1), else the last row; never for a
 * deadline or an occurrence the unit does not owe (not active on its last day,
 * Unit.activeFrom/activeTo). A deadline met late (a completion dated after it), or an occurrence
 * done late by a row whose "Kỳ" names it, is not asked to be updated: it is said "hoàn thành chậm"
 * (`doneLate`, at that row, naming the day done and the deadline), as the report says it (issue 13,
 * fifth tester, finding 8; sixth tester, D4).
 */
export const standingLate = recordRule({
  id: 'standing-late',
  appliesTo: ['standing'],
  issues: {
    late: { code: 'validation.standing.late', severity: 'warning' },
    lateMany: { code: 'validation.standing.lateMany', severity: 'warning' },
    doneLate: { code: 'validation.standing.doneLate', severity: 'warning' },
  },
  check: (entries, context, emit) => {
    const groups = new Map<string, EntryFor<'standing'>[]>();
    for (const entry of entries) {
      const item = entry.record.item === null ? undefined : context.standingItems.get(entry.record.item);
      if (item === undefined || (item.deadline === undefined && item.recurrence === undefined)) continue;
      // A hidden row is not counted by the report (hiddenRows.ts): it credits nothing here either.
      if (context.hiddenRow(entry.raw.source.sheet, entry.raw.source.row)) continue;
      const key = `${entry.record.unit ?? context.defaultUnit ?? ''}\u0000${item.id}`;
      groups.set(key, [...(groups.get(key) ?? []), entry]);
    }
    for (const rows of groups.values()) {
      const last = rows[rows.length - 1];
      const item = last?.record.item === null || last === undefined ? undefined : context.standingItems.get(last.record.item);
      if (last === undefined || item === undefined) continue;
      const done = rows.filter((r) => r.record.state === 'done');
      const completions = done.map((r): Completion => ({ on: r.record.dateDone, ...(r.record.period ? { for: r.record.period } : {}) }));
      const doneOn = done.map((r) => r.record.dateDone);
      // Only while the unit takes part: a hamlet founded on 01/07 is not late for the first quarter (issue 13).
      const code = last.record.unit ?? context.defaultUnit;
      const unit = code === null ? undefined : context.units.get(code);
      const convention = context.plan.periodConvention;
      const lateness = standingLateness(item, completions, context.today, convention, unit === undefined ? {} : { unit });
      const planYear = planYearOf(context.today, convention);
      // The row a missed day concerns: the row whose "Kỳ" names that occurrence (a Q2 "Chưa thực hiện" row), else the first done row
      // without "Kỳ" dated after it (a late update), else the last row (tenth tester: Q2 and Q3 both pointed at the Q2 row).
      const concerned = (due: string): EntryFor<'standing'> =>
        rows.find((r) => r.record.period != null && occurrencePeriod(r.record.period, planYear, convention).to === due) ??
        done
          .filter((r) => r.record.period === undefined && r.record.dateDone !== null && r.record.dateDone > due)
          .sort((a, b) => (a.record.dateDone ?? '').localeCompare(b.record.dateDone ?? ''))[0] ??
        last;
      // Each occurrence missed is said: at its own row when it has one; those without sharing one row are said once there, listing their days.
      const doneAfter = doneOn.filter((day): day is string => day !== null && item.deadline !== undefined && day > item.deadline).sort()[0];
      const lateAt = new Map<EntryFor<'standing'>, string[]>();
      for (const due of lateness.missed) {
        if (due === item.deadline && doneAfter !== undefined) {
          const row = done.find((r) => r.record.dateDone === doneAfter) ?? last;
          emit('doneLate', at(row, 'state'), { item: item.id, title: item.title, due: formatVietnameseDate(due), done: formatVietnameseDate(doneAfter) });
        } else {
          const row = concerned(due);
          lateAt.set(row, [...(lateAt.get(row) ?? []), formatVietnameseDate(due)]);
        }
      }
      const year = periodFor('year', planYear, undefined, convention);
      const occurrences = standingOccurrences(item, completions, year, context.today, convention, unit);
      const labelOf = new Map(occurrences.map((o) => [formatVietnameseDate(o.period.to), periodLabel(o.period, 'vi')]));
      for (const [row, days] of lateAt) {
        const labels = days.map((day) => labelOf.get(day));
        // Several occurrences at one row: each named with its own deadline, "lần lượt", never one "chậm nhất ngày 30/06/2026, 30/09/2026" (tenth tester).
        if (days.length > 1 && labels.every((label): label is string => label !== undefined))
          emit('lateMany', at(row, 'state'), { item: item.id, title: item.title, count: days.length, occurrences: labels.join(', '), dues: days.join(', ') });
        else emit('late', at(row, 'state'), { item: item.id, title: item.title, due: days.join(', ') });
      }
      // An occurrence done late by a row naming it in "Kỳ" (a Q1 update of 10/04): said at that row, nothing to correct.
      // A row without "Kỳ" credited to an earlier occurrence is said by standing-same-window, at that row, from the same crediting.
      for (const occurrence of occurrences) {
        const row = occurrence.doneIndex === undefined ? undefined : done[occurrence.doneIndex];
        if (occurrence.doneLate !== true || occurrence.doneOn === null || row === undefined || row.record.period === undefined) continue;
        emit('doneLate', at(row, 'state'), {
          item: item.id,
          title: item.title,
          due: formatVietnameseDate(occurrence.period.to),
          done: formatVietnameseDate(occurrence.doneOn),
        });
      }
    }
  },
});
