import { recordRule } from '../rule';

/**
 * Hạng mục and Kinh phí rows the officer hid, or on a hidden sheet: set aside from reports and the
 * consolidation (validateWorkbook checkReading's records), as hidden Tin bài rows are (reader/admit,
 * README: the officer hides a draft to keep it out of the count). One warning per sheet and table
 * kind listing the rows, as reader.hiddenRows / reader.hiddenRowsLive say it for Tin bài; in a
 * workbook the add-in made, that the live Tiến độ sheet still counts them (COUNTIFS and SUMIFS count
 * hidden rows; only SUBTOTAL and AGGREGATE skip them, Excel's function reference).
 */
export const hiddenRows = recordRule({
  id: 'hidden-rows',
  appliesTo: ['standing', 'spending'],
  issues: {
    standing: { code: 'validation.hidden.standing', severity: 'warning' },
    standingLive: { code: 'validation.hidden.standingLive', severity: 'warning' },
    spending: { code: 'validation.hidden.spending', severity: 'warning' },
    spendingLive: { code: 'validation.hidden.spendingLive', severity: 'warning' },
  },
  check: (entries, context, emit) => {
    const bySheet = new Map<string, { kind: 'standing' | 'spending'; sheet: string; rows: number[] }>();
    for (const entry of entries) {
      const { sheet, row } = entry.raw.source;
      if (!context.hiddenRow(sheet, row)) continue;
      const key = `${entry.kind}\u0000${sheet}`;
      const group = bySheet.get(key) ?? { kind: entry.kind, sheet, rows: [] };
      group.rows.push(row);
      bySheet.set(key, group);
    }
    const live = context.stamp !== null;
    for (const { kind, sheet, rows } of bySheet.values()) {
      const outcome = kind === 'standing' ? (live ? 'standingLive' : 'standing') : live ? 'spendingLive' : 'spending';
      emit(outcome, { sheet }, { count: rows.length, rows: rows.join(', ') });
    }
  },
});
