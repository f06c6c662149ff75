import type { CellBlock, CellValue, SheetLayout, WorkbookLayout } from '../../core/layout/types';

/**
 * A consolidation's layout sent from the worker to the page in parts. One message with 60,000 rows
 * took the page one 462 ms task to take in (the structured clone is undone on the page's thread,
 * issue 11); rows of large blocks travel ahead in parts of at most LAYOUT_PART_ROWS rows, each taken
 * in a short task of its own with the page free to paint between them, and the layout itself follows
 * with those blocks' rows left empty. The page puts them back in order before writing.
 */

/**
 * Rows per part: about 1 MB of structured clone, some 15 ms for the page to take in near idle (60,000
 * rows were 462 ms); on a loaded machine a 4,000-row part took up to 600 ms, so parts stay small.
 */
export const LAYOUT_PART_ROWS = 2000;

/** Rows of block `block` of sheet `sheet` (indexes in the layout), in the order they belong. */
export interface LayoutRows {
  readonly sheet: number;
  readonly block: number;
  readonly rows: readonly (readonly CellValue[])[];
}

/**
 * The layout without the rows of its blocks over `partRows` rows (those blocks keep their place
 * with no rows), and those rows in parts of at most `partRows`, in order.
 */
export function splitLayout(layout: WorkbookLayout, partRows: number = LAYOUT_PART_ROWS): { readonly skeleton: WorkbookLayout; readonly parts: LayoutRows[] } {
  const parts: LayoutRows[] = [];
  const sheets = layout.sheets.map((sheet, sheetIndex): SheetLayout => {
    if (sheet.blocks.every((block) => block.rows.length <= partRows)) return sheet;
    const blocks = sheet.blocks.map((block, blockIndex): CellBlock => {
      if (block.rows.length <= partRows) return block;
      for (let from = 0; from < block.rows.length; from += partRows)
        parts.push({ sheet: sheetIndex, block: blockIndex, rows: block.rows.slice(from, from + partRows) });
      return { ...block, rows: [] };
    });
    return { ...sheet, blocks };
  });
  return { skeleton: { ...layout, sheets }, parts };
}

/** The page's side: parts as they arrive, then the whole layout once the skeleton comes. */
export class LayoutAssembly {
  private readonly rows = new Map<string, (readonly (readonly CellValue[])[])[]>();

  add(part: LayoutRows): void {
    const key = `${String(part.sheet)}/${String(part.block)}`;
    const list = this.rows.get(key);
    if (list === undefined) this.rows.set(key, [part.rows]);
    else list.push(part.rows);
  }

  /** The skeleton with each block's parts put back in the order they came; a layout sent whole comes back as it was. */
  build(skeleton: WorkbookLayout): WorkbookLayout {
    if (this.rows.size === 0) return skeleton;
    const sheets = skeleton.sheets.map((sheet, sheetIndex): SheetLayout => {
      if (!sheet.blocks.some((_block, blockIndex) => this.rows.has(`${String(sheetIndex)}/${String(blockIndex)}`))) return sheet;
      const blocks = sheet.blocks.map((block, blockIndex): CellBlock => {
        const parts = this.rows.get(`${String(sheetIndex)}/${String(blockIndex)}`);
        return parts === undefined ? block : { ...block, rows: parts.flat() };
      });
      return { ...sheet, blocks };
    });
    return { ...skeleton, sheets };
  }
}
