import { formatVietnameseDate } from '../../dates/parseDate';
import { periodLabel } from '../../periods/label';
import { isOccurrence, occurrenceText } from '../../periods/occurrence';
import { periodContaining, periodFor } from '../../periods/standard';
import { standingOccurrences, type Completion } from '../../progress/standingDue';
import { at, cellOf, recordRule } from '../rule';
import type { EntryFor } from '../types';

/**
 * A done row without "Kỳ" of a recurring item that the core credits to an earlier occurrence, late:
 * its window ("mỗi quý": Q2) has more rows than its own, and an earlier occurrence (Q1) has none, so
 * the earliest rows complete the earlier missing ones (progress/standingDue creditedInYear; issue 13,
 * closing note item 4, try13i defect 2: Thanh Hòa's 05/04 is Q1's, late, its 20/05 Q2's). Said at
 * that row's "Kỳ" cell (its date cell when the table has no Kỳ column), naming the occurrence it is
 * counted for, the row its window keeps, and the label to write to confirm it: the report and the
 * live Tiến độ sheet credit it the same way, and a row naming its occurrence is credited to it alike.
 * Hidden rows are set aside (hiddenRows.ts); only occurrences the unit owes are completed (owes).
 * Params: item, count (rows in the window, not a quantity), window, dates, previousName, previous
 * (the "Kỳ" label), done and due (dd/mm/yyyy), own (the window's row, dd/mm/yyyy).
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
    const range = periodFor('year', year, undefined, convention);
    for (const rows of groups.values()) {
      const first = rows[0];
      const item = first?.record.item === null || first === undefined ? undefined : context.standingItems.get(first.record.item);
      const cadence = item?.recurrence;
      if (first === undefined || item === undefined || cadence === undefined || cadence === 'year') continue;
      const unitCode = first.record.unit ?? context.defaultUnit;
      const unit = unitCode === null ? undefined : context.units.get(unitCode);
      const completions = rows.map((r): Completion => ({ on: r.record.dateDone, ...(r.record.period ? { for: r.record.period } : {}) }));
      // One crediting for the report, the sheet and this rule: which row completes which occurrence, late or not.
      const occurrences = standingOccurrences(item, completions, range, context.today, convention, unit);
      for (const occurrence of occurrences) {
        const row = occurrence.doneIndex === undefined ? undefined : rows[occurrence.doneIndex];
        if (occurrence.doneLate !== true || row === undefined || row.record.period !== undefined || row.record.dateDone === null) continue;
        const window = periodContaining(cadence, row.record.dateDone, convention);
        const own = occurrences.find((o) => o.period.index === window.index && o.period.year === window.year);
        const counted = rows.filter((r) =>
          r.record.period
            ? isOccurrence(r.record.period, window, year)
            : r.record.period === undefined && r.record.dateDone !== null && r.record.dateDone >= window.from && r.record.dateDone <= window.to,
        );
        const dates = counted
          .flatMap((r) => (r.record.dateDone === null ? [] : [r.record.dateDone]))
          .sort()
          .map(formatVietnameseDate);
        const previous = occurrence.period;
        emit('sameWindow', cellOf(row, 'period') === undefined ? at(row, 'dateDone') : at(row, 'period'), {
          item: item.id,
          count: counted.length,
          window: periodLabel(window, 'vi'),
          dates: dates.join(', '),
          previousName: periodLabel(previous, 'vi'),
          previous: occurrenceText({ kind: cadence, index: previous.index ?? 1 }, year, convention),
          done: formatVietnameseDate(row.record.dateDone),
          due: formatVietnameseDate(previous.to),
          own: own?.doneOn === null || own === undefined ? '' : formatVietnameseDate(own.doneOn),
        });
      }
    }
  },
});
