import { parseAddress } from '../../src/core/layout/a1';
import type { CellValue, WorkbookLayout } from '../../src/core/layout/types';

/**
 * A layout with some cells replaced, as an adapter writing those cells would leave the workbook:
 * each write lands in the block that covers its cell. A write outside every block throws, since the
 * tests only write cells the reader read from the layout.
 */
export function patchLayout(
  layout: WorkbookLayout,
  writes: readonly { readonly sheet: string; readonly cell: string; readonly value: CellValue }[],
): WorkbookLayout {
  return {
    ...layout,
    sheets: layout.sheets.map((sheet) => {
      const mine = writes.filter((w) => w.sheet === sheet.name);
      if (mine.length === 0) return sheet;
      const blocks = sheet.blocks.map((b) => ({ at: b.at, rows: b.rows.map((r) => [...r]) }));
      for (const write of mine) {
        const at = parseAddress(write.cell);
        const block = blocks.find((b) => {
          const o = parseAddress(b.at);
          const r = at.row - o.row;
          const c = at.column - o.column;
          return r >= 0 && r < b.rows.length && c >= 0 && c < (b.rows[r]?.length ?? 0);
        });
        if (!block) throw new Error(`no block holds ${sheet.name}!${write.cell}`);
        const o = parseAddress(block.at);
        const row = block.rows[at.row - o.row];
        if (row) row[at.column - o.column] = write.value;
      }
      return { ...sheet, blocks };
    }),
  };
}
