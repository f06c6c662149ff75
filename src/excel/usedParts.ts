import { rangeAddress } from '../core/layout/a1';
import type { CellBlock } from '../core/ports/workbookPort';
import { cellCount } from './areaAddresses';
import { SheetTooLargeError } from './errors';

/**
 * The parts of a used range that hold cells, so reading costs what the cells cost, not what the
 * rectangle spans: one stray value at XFD1048576 beside a small table makes a used range of 17
 * billion cells. A used range over `maxCells` is halved along its longer side and each half asked
 * for its own used range (Range.getUsedRangeOrNullObject(valuesOnly), ExcelApi 1.4,
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getusedrangeornullobject-member(1));
 * halves still over `maxCells` are halved again. Each level is one sync carrying every half's
 * question (a few bytes each); a table plus a stray cell takes one level.
 */

export const MAX_USED_PARTS = 1024;

function halves(block: CellBlock): CellBlock[] {
  const rows = block.bottom - block.top + 1;
  const columns = block.right - block.left + 1;
  if (rows >= columns && rows > 1) {
    const middle = block.top + Math.floor(rows / 2) - 1;
    return [
      { ...block, bottom: middle },
      { ...block, top: middle + 1 },
    ];
  }
  const middle = block.left + Math.floor(columns / 2) - 1;
  return [
    { ...block, right: middle },
    { ...block, left: middle + 1 },
  ];
}

export interface UsedParts {
  /** Disjoint blocks, top to bottom then left to right, each at most maxCells (unless a single row or column). */
  readonly parts: readonly CellBlock[];
  readonly syncs: number;
}

export async function usedParts(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  sheetName: string,
  used: CellBlock,
  maxCells: number,
): Promise<UsedParts> {
  const done: CellBlock[] = [];
  let large: CellBlock[] = cellCount(used) > maxCells ? [used] : [];
  if (large.length === 0) return { parts: [used], syncs: 0 };
  let syncs = 0;
  while (large.length > 0) {
    if (done.length + large.length > MAX_USED_PARTS) throw new SheetTooLargeError(sheetName);
    const probes = large
      .flatMap(halves)
      .map((half) => sheet.getRange(rangeAddress(half)).getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount'));
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- a level asks only about the halves the previous level found still large, so it needs that answer; at most log2 of a sheet's 2^34 cells levels, not one per row.
    await context.sync();
    syncs++;
    large = [];
    for (const probe of probes) {
      if (probe.isNullObject) continue;
      const block = {
        top: probe.rowIndex + 1,
        left: probe.columnIndex + 1,
        bottom: probe.rowIndex + probe.rowCount,
        right: probe.columnIndex + probe.columnCount,
      };
      (cellCount(block) > maxCells && cellCount(block) > 1 ? large : done).push(block);
    }
  }
  if (done.length > MAX_USED_PARTS) throw new SheetTooLargeError(sheetName);
  return { parts: done.sort((a, b) => a.top - b.top || a.left - b.left), syncs };
}
