import type { Plan } from '../plan/types';
import type { RawSheet } from '../ports/workbookPort';
import { cellText } from '../text/cellText';
import { CONSOLIDATION_SHEETS } from './consolidationSheetNames';
import { UNIT_STATUS_WORDS } from './consolidationSheets';

/**
 * The units the last consolidation found without a file ("Chưa gửi" on TH Đơn vị, column D, the
 * unit's code in column A), so a report made from the district workbook says they have not
 * reported rather than counting them as zeros (issue 13, fifth tester, finding 7). Codes of the
 * plan only, in the sheet's order; empty when the workbook holds no such sheet.
 */
export function readNotReported(plan: Plan, sheets: readonly RawSheet[]): readonly string[] {
  const sheet = sheets.find((s) => s.name === CONSOLIDATION_SHEETS.units);
  if (sheet === undefined) return [];
  const known = new Set(plan.units.map((u) => u.code));
  // Columns A and D as the sheet writes them, wherever the used range starts.
  const at = (row: readonly (string | number | boolean | null)[], column: number): string => cellText(row[column - sheet.origin.column] ?? null).trim();
  return sheet.values.flatMap((row) => {
    const code = at(row, 1);
    return known.has(code) && at(row, 4) === UNIT_STATUS_WORDS.missing ? [code] : [];
  });
}
