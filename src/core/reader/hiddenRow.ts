import type { RawSheet } from '../ports/workbookPort';

/**
 * Whether a sheet row is hidden by the officer, or on a hidden sheet: such a row is set aside like a
 * hidden Tin bài row (reader/admit; README: an officer hides a draft to keep it out of the count).
 * Used by validation (Hạng mục and Kinh phí rows out of the records) and by adopt (refused with the
 * reason 'hidden', listed, never copied into the new tracker as a visible row).
 * @returns (sheet name, 1-based row) → hidden
 */
export function hiddenRowTest(sheets: readonly RawSheet[]): (sheet: string, row: number) => boolean {
  const hidden = new Map(
    sheets.map((s) => [s.name, { whole: s.visibility !== undefined && s.visibility !== 'visible', rows: new Set(s.hiddenRows ?? []) }] as const),
  );
  return (sheet, row) => {
    const found = hidden.get(sheet);
    return found !== undefined && (found.whole || found.rows.has(row));
  };
}
