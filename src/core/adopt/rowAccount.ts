import type { RawSheet } from '../ports/workbookPort';
import type { OutputBlock } from '../reader/types';
import type { SkippedRow } from '../records/readRecords';
import { cellText } from '../text/cellText';
import type { Table } from '../validation/types';

/**
 * The rows of a sheet that no table read accounts for, between the sheet's first header and its last
 * row: each table's own header rows, section titles between tables ("II. TIN PHÁT TRÊN LOA KHU PHỐ",
 * "III. KINH PHÍ") and blank lines around them (try13j defect 4: KP1's 36 rows from its first header
 * were said as 33, KP2's three tables as "dòng tiêu đề 0"). Counted as title rows or blank rows, so
 * adopt's conservation line adds up to every row from the first header down.
 *
 * @param sheets the workbook's sheets as read
 * @param tables the tables whose rows adopt counts (outputs tables of the sheets taken, standing and spending tables)
 * @param blocks the reader's outputs blocks (their header may span two rows, headerTop..headerBottom)
 * @param accounted sheet → 1-based rows already counted (entries taken or set aside, rows the tables skipped)
 * @param elsewhere sheet → rows of tables adopt does not read (an outputs table on a sheet the officer left out)
 * @returns one SkippedRow per row not yet counted: 'blank' when every cell is empty, else 'title'
 */
export function unaccountedRows(
  sheets: readonly RawSheet[],
  tables: readonly Table[],
  blocks: readonly OutputBlock[],
  accounted: ReadonlyMap<string, ReadonlySet<number>>,
  elsewhere: ReadonlyMap<string, ReadonlySet<number>> = new Map(),
): SkippedRow[] {
  const found: SkippedRow[] = [];
  for (const sheet of sheets) {
    const own = tables.filter((t) => t.sheet === sheet.name);
    if (own.length === 0) continue;
    const headerTop = (table: Table): number =>
      table.kind === 'output'
        ? (blocks.find((b) => b.sheet === sheet.name && b.headerBottom === table.header.row)?.headerTop ?? table.header.row)
        : table.header.row;
    const first = Math.min(...own.map(headerTop));
    const last = sheet.origin.row + sheet.values.length - 1;
    const counted = accounted.get(sheet.name) ?? new Set<number>();
    const skip = elsewhere.get(sheet.name) ?? new Set<number>();
    for (let row = first; row <= last; row += 1) {
      if (counted.has(row) || skip.has(row)) continue;
      const cells = sheet.values[row - sheet.origin.row] ?? [];
      found.push({ sheet: sheet.name, row, reason: cells.every((c) => cellText(c) === '') ? 'blank' : 'title' });
    }
  }
  return found;
}
