import { entryFixes } from '../../normalise/cellFixes';
import { at, excerpt, recordRule } from '../rule';

/**
 * A Hạng mục row's "Kỳ" cell. One the reader cannot read (periods/parseOccurrence: "Quý I", "Q1",
 * "Tháng 3", "6 tháng đầu năm", "Năm 2026"...) leaves the row credited by its date alone, so the
 * officer is told at the cell (issue 13, sixth tester, D4). One the core reads but typed otherwise
 * than the Danh mục list's label ("Q1", "quý 1" for "Quý I năm 2026") is credited by the report and
 * not by the live Tiến độ sheet, which matches the exact label only (template/progressSheet.ts): in a
 * workbook the add-in made, `notInList` names the label to pick, the one "Chuẩn hóa" writes
 * (normalise/cellFixes listedOccurrence). A difference of capitals alone is counted by Excel and not said.
 */
export const standingPeriod = recordRule({
  id: 'standing-period',
  appliesTo: ['standing'],
  issues: {
    badPeriod: { code: 'validation.standing.badPeriod', severity: 'warning' },
    notInList: { code: 'validation.standing.periodNotInList', severity: 'warning' },
  },
  check: (entries, context, emit) => {
    for (const entry of entries) {
      const item = entry.record.item ?? entry.text.item ?? '';
      if (entry.record.period === null) {
        emit('badPeriod', at(entry, 'period'), { item, value: entry.text.period ?? '' });
        continue;
      }
      if (entry.record.period === undefined || context.stamp === null) continue;
      for (const fix of entryFixes(context.plan, entry, context.unitRequired).fixes) {
        if (fix.field !== 'period' || fix.reason === 'letterCase' || fix.value.kind !== 'text') continue;
        emit('notInList', { sheet: fix.sheet, cell: fix.cell }, { item, value: excerpt(entry.text.period ?? String(fix.old)), expected: fix.value.text });
      }
    }
  },
});
