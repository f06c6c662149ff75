import { formatVietnameseDate } from '../../dates/parseDate';
import { periodLabel } from '../../periods/label';
import { isOccurrence, occurrenceText } from '../../periods/occurrence';
import { periodContaining, periodFor } from '../../periods/standard';
import type { Period } from '../../periods/types';
import { owes } from '../../progress/standingDue';
import { at, cellOf, recordRule } from '../rule';
import type { EntryFor } from '../types';

/**
 * Two or more done rows of a recurring item counted for one occurrence ("mỗi quý": two updates
 * dated in Q2's window), one of them without "Kỳ", while the occurrence before it has no row: the
 * earliest such row may be the earlier occurrence's update done late (a Q1 update on 05/04; issue 13,
 * eighth tester, closing note item 4). Said at that row's "Kỳ" cell (its date cell when the table has
 * no Kỳ column), naming the label to write. Whatever the core then credits a surplus row to
 * (progress/standingDue), a row naming its occurrence is credited to it by the report and the live
 * Tiến độ sheet alike, so the advice holds. Hidden rows are set aside (hiddenRows.ts); an occurrence
 * the unit does not owe (not taking part on its last day, Unit.activeFrom/activeTo) is not asked for.
 */
export const standingSameWindow = recordRule({
  id: 'standing-same-window',
  appliesTo: ['standing'],
  issues: { sameWindow: { code: 'validation.standing.sameWindow', severity: 'warning' } },
  check: (entries, context, emit) => {
    const { plan } = context;
    const year = plan.identity.year;
    const convention = plan.periodConvention;
    const groups = new Map<string, EntryFor<'standing'>[]>();
    for (const entry of entries) {
      const item = entry.record.item === null ? undefined : context.standingItems.get(entry.record.item);
      if (item?.recurrence === undefined || item.recurrence === 'year' || entry.record.state !== 'done') continue;
      if (context.hiddenRow(entry.raw.source.sheet, entry.raw.source.row)) continue;
      const key = `${entry.record.unit ?? context.defaultUnit ?? ''}\u0000${item.id}`;
      groups.set(key, [...(groups.get(key) ?? []), entry]);
    }
    for (const rows of groups.values()) {
      const first = rows[0];
      const item = first?.record.item === null || first === undefined ? undefined : context.standingItems.get(first.record.item);
      const cadence = item?.recurrence;
      if (first === undefined || item === undefined || cadence === undefined || cadence === 'year') continue;
      const unitCode = first.record.unit ?? context.defaultUnit;
      const unit = unitCode === null ? undefined : context.units.get(unitCode);
      // The rows counted for an occurrence: those naming it in "Kỳ", and those with a blank "Kỳ" dated in it.
      const countedFor = (period: Period): EntryFor<'standing'>[] =>
        rows.filter((r) =>
          r.record.period
            ? isOccurrence(r.record.period, period, year)
            : r.record.period === undefined && r.record.dateDone !== null && r.record.dateDone >= period.from && r.record.dateDone <= period.to,
        );
      const windows = new Map<string, Period>();
      for (const r of rows) {
        if (r.record.period !== undefined || r.record.dateDone === null) continue;
        const window = periodContaining(cadence, r.record.dateDone, convention);
        if (window.year === year) windows.set(`${String(window.index)}`, window);
      }
      for (const window of windows.values()) {
        if (window.index === undefined || window.index < 2) continue;
        const counted = countedFor(window);
        const unnamed = counted.filter((r) => r.record.period === undefined).sort((a, b) => (a.record.dateDone ?? '').localeCompare(b.record.dateDone ?? ''));
        const earliest = unnamed[0];
        if (counted.length < 2 || earliest === undefined) continue;
        const previous = periodFor(cadence, year, window.index - 1, convention);
        if (countedFor(previous).length > 0 || (unit !== undefined && !owes(unit, previous.to))) continue;
        const dates = counted
          .flatMap((r) => (r.record.dateDone === null ? [] : [r.record.dateDone]))
          .sort()
          .map(formatVietnameseDate);
        emit('sameWindow', cellOf(earliest, 'period') === undefined ? at(earliest, 'dateDone') : at(earliest, 'period'), {
          item: item.id,
          count: counted.length,
          window: periodLabel(window, 'vi'),
          dates: dates.join(', '),
          previousName: periodLabel(previous, 'vi'),
          previous: occurrenceText({ kind: cadence, index: window.index - 1 }, year, convention),
        });
      }
    }
  },
});
