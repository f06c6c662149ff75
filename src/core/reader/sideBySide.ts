import type { CellBlock, RawSheet } from '../ports/workbookPort';
import { findHeader, matchHeaderRow } from '../records/findHeader';
import { OUTPUT_SHEET, SPENDING_SHEET, STANDING_SHEET } from '../records/recordSheets';

/**
 * Tables kept side by side on one sheet (read13m defect 3: news in A–F and the standing items in
 * H–K, "Hạng mục | Số lượng | Ngày hoàn thành | Ghi chú", with a blank column G between them; the
 * items were dropped silently and the header row "Quý I/2026 … Hạng mục …" was read as one table).
 * A column blank on every row of the sheet, with a table's header (news, standing items or spending,
 * records/findHeader) on each side of it, splits the sheet into column bands; each band is a sheet of
 * the same name keeping its sheet columns and rows, so every address stays the sheet's own. A title
 * merged across both tables stays with the band holding its first cell; a title row that shares its
 * row with the other table's header ("Quý I/2026" in A, "Hạng mục" in H) is then a title of its band only.
 *
 * @returns the bands left to right, or null when the sheet is not two or more tables side by side
 */
export function sideBySide(sheet: RawSheet): readonly RawSheet[] | null {
  let width = 0;
  for (const row of sheet.values) width = Math.max(width, row.length);
  if (width < 3) return null;
  const used = new Uint8Array(width);
  // Indexed, and a column once used is not looked at again: this visits every cell of every sheet read,
  // and a closure per row and a trimmed copy per text were a share of reading a tracker (issue 11).
  for (let r = 0; r < sheet.values.length; r += 1) {
    const row = sheet.values[r] ?? [];
    for (let i = 0; i < row.length; i += 1) {
      if (used[i] === 1) continue;
      const cell = row[i] ?? null;
      if (cell !== null && !(typeof cell === 'string' && cell.trim() === '')) used[i] = 1;
    }
  }
  const first = sheet.origin.column;
  for (let gap = 1; gap < width - 1; gap += 1) {
    if (used[gap] === 1 || used[gap - 1] === 0) continue;
    let end = gap;
    while (end + 1 < width && used[end + 1] === 0) end += 1;
    if (end + 1 >= width) return null;
    const left = band(sheet, first, first + gap - 1);
    const right = band(sheet, first + end + 1, first + width - 1);
    if (namesTable(left) && namesTable(right)) return [left, ...(sideBySide(right) ?? [right])];
    gap = end;
  }
  return null;
}

/**
 * A band holds a table when a header row in it identifies one (records/findHeader), or names a
 * standing item's title beside the day it was done ("Hạng mục | Số lượng | Ngày hoàn thành"): such
 * a band is split off to be read, or said not read, never taken as more columns of its neighbour.
 */
function namesTable(sheet: RawSheet): boolean {
  if (findHeader(sheet, OUTPUT_SHEET) !== null || findHeader(sheet, STANDING_SHEET) !== null || findHeader(sheet, SPENDING_SHEET) !== null) return true;
  const last = Math.min(sheet.values.length, 30);
  for (let i = 0; i < last; i += 1) {
    const { columns } = matchHeaderRow(sheet, STANDING_SHEET, sheet.origin.row + i);
    if (columns.has('title') && columns.has('dateDone')) return true;
  }
  return false;
}

/** Sheet columns `from`..`to` (1-based) as a sheet of the same name: merges and links clipped to them. */
function band(sheet: RawSheet, from: number, to: number): RawSheet {
  const start = from - sheet.origin.column;
  const stop = to - sheet.origin.column + 1;
  const within = (column: number): boolean => column >= from && column <= to;
  const merges = sheet.merges?.filter((m) => within(m.left)).map((m): CellBlock => ({ ...m, right: Math.min(m.right, to) }));
  const links = sheet.links?.filter((l) => within(l.column));
  return {
    ...sheet,
    values: sheet.values.map((row) => row.slice(start, stop)),
    origin: { row: sheet.origin.row, column: from },
    ...(merges === undefined ? {} : { merges }),
    ...(links === undefined ? {} : { links }),
  };
}
