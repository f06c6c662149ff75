import { formatVietnameseDate } from '../../dates/parseDate';
import type { CellValue } from '../../layout/types';
import { entryFixes } from '../../normalise/cellFixes';
import { excerpt, recordRule } from '../rule';
import { spellingTwins, twinNames } from '../spellingTwin';

/**
 * A cell the Tiến độ sheet's formulas skip although the report counts its row: a list value in NFD
 * Unicode, with stray spaces or under another name the plan knows, a date typed as text
 * (normalise/cellFixes.ts says exactly what the formulas match). Only in workbooks the add-in made,
 * the ones with a live Tiến độ sheet. An amount or minutes typed as text has its own warning (amount.ts, measures.ts).
 * Each issue names the value "Chuẩn hóa" writes instead.
 */

function shown(value: CellValue): string {
  switch (value.kind) {
    case 'text':
      return value.text;
    case 'date':
      return formatVietnameseDate(value.iso);
    case 'number':
      return String(value.value);
    default:
      return '';
  }
}

export const liveNotCounted = recordRule({
  id: 'live-not-counted',
  appliesTo: ['output', 'standing', 'spending'],
  issues: {
    unicodeForm: { code: 'validation.live.unicodeForm', severity: 'warning' },
    spacing: { code: 'validation.live.spacing', severity: 'warning' },
    alias: { code: 'validation.live.alias', severity: 'warning' },
    textDate: { code: 'validation.live.textDate', severity: 'warning' },
  },
  check: (entries, context, emit) => {
    if (context.stamp === null) return;
    const names = twinNames(context.plan);
    for (const entry of entries) {
      // A name with other tone marks than the list's is said as such, with the list's name (nameSpelling.ts).
      const twins = new Set(spellingTwins(context.plan, entry, names).map((t) => t.where.cell));
      for (const fix of entryFixes(context.plan, entry, context.unitRequired).fixes) {
        // Measures typed as text have their own warning (measures.ts), as amounts do (amount.ts).
        // A name the plan does not know is unknown-name's error (with the suggestion), not a formula warning.
        if (!fix.missedByFormulas || fix.reason === 'textAmount' || fix.reason === 'textMinutes' || fix.reason === 'letterCase' || fix.reason === 'suggested')
          continue;
        // A "Kỳ" not as the list writes it has its own warning naming the label to pick (standingPeriod.ts).
        if (fix.field === 'period' || twins.has(fix.cell)) continue;
        const typed = typeof fix.old === 'string' ? fix.old : String(fix.old);
        emit(fix.reason, { sheet: fix.sheet, cell: fix.cell }, { field: fix.header, value: excerpt(typed), expected: shown(fix.value) });
      }
    }
  },
});
