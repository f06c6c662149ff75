import { parseAddress, rangeAddress } from '../core/layout/a1';
import type { RawCell, RawSheet } from '../core/ports/workbookPort';
import { InvalidAddressError } from './errors';

/**
 * Reads a sheet's used range (values only, so formatted-but-empty cells do not widen it). Dates
 * stay serial numbers: turning them into dates is the core's job, which knows which columns hold
 * dates. Values are read in row blocks so each response stays under Excel on the web's 5 MB.
 */

/** About 30 bytes a cell in JSON keeps a block near 3 MB. */
export const CELLS_PER_READ = 100_000;

function toRawCell(value: unknown): RawCell {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return null;
}

export async function listSheets(context: Excel.RequestContext): Promise<string[]> {
  const sheets = context.workbook.worksheets.load('items/name');
  await context.sync();
  return sheets.items.map((s) => s.name);
}

export async function readSheet(context: Excel.RequestContext, name: string, cellsPerRead = CELLS_PER_READ): Promise<RawSheet | null> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(name);
  sheet.load('name');
  await context.sync();
  if (sheet.isNullObject) return null;

  const used = sheet.getUsedRangeOrNullObject(true);
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  await context.sync();
  if (used.isNullObject) return { name: sheet.name, values: [], origin: { row: 1, column: 1 } };

  const origin = { row: used.rowIndex + 1, column: used.columnIndex + 1 };
  const rowsPerRead = Math.max(1, Math.floor(cellsPerRead / used.columnCount));
  const blocks: { row: number; count: number }[] = [];
  for (let offset = 0; offset < used.rowCount; offset += rowsPerRead) {
    blocks.push({ row: offset, count: Math.min(rowsPerRead, used.rowCount - offset) });
  }
  // One sync per block, chained rather than looped, each response a block's worth.
  const values = await blocks.reduce<Promise<RawCell[][]>>(async (previous, block) => {
    const rows = await previous;
    const top = origin.row + block.row;
    const range = sheet.getRange(rangeAddress({ top, bottom: top + block.count - 1, left: origin.column, right: origin.column + used.columnCount - 1 }));
    range.load('values');
    await context.sync();
    return rows.concat(range.values.map((line) => line.map(toRawCell)));
  }, Promise.resolve([]));
  return { name: sheet.name, values, origin };
}

export async function selectCell(context: Excel.RequestContext, sheetName: string, address: string): Promise<void> {
  try {
    parseAddress(address);
  } catch {
    throw new InvalidAddressError(address);
  }
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.activate();
  sheet.getRange(address).select();
  await context.sync();
}
