import { parseAddress } from '../core/layout/a1';
import type { CellBlock, RawCell, RawSheet } from '../core/ports/workbookPort';
import { InvalidAddressError } from './errors';
import { DEFAULT_READ_BUDGET, readBlocks, type ReadBudget } from './readBlocks';
import { queueFacts, sheetVisibility } from './sheetFacts';
import { usedParts } from './usedParts';

/**
 * Reads a sheet's used range (values only, so formatted-but-empty cells do not widen it) into the
 * port's one cell representation: a blank cell is null (Office.js gives '': "a blank property value
 * in the response indicates that cell contains no data", "Blank and null values in Excel add-ins",
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values), an error
 * value is its text as `values` gives it ("#N/A", "#DIV/0!"), a date stays its serial number
 * (turning it into a date is the core's job, which knows which columns hold dates).
 *
 * Syncs: one to find the sheet, one for its used range and visibility (and how many areas its
 * hidden rows and merges make), then the values in requests sized by bytes (readBlocks.ts), the
 * first of which also brings the hidden rows and merges (sheetFacts.ts). A used range far larger than its cells
 * (a stray value at XFD1048576) is first narrowed to the parts that hold cells (usedParts.ts).
 */

export interface ReadOptions {
  readonly budget: ReadBudget;
  /** A used range over this many cells is narrowed to its parts holding cells before reading. */
  readonly partCells: number;
}

export const DEFAULT_READ_OPTIONS: ReadOptions = { budget: DEFAULT_READ_BUDGET, partCells: 1_000_000 };

function toRawCell(value: unknown): RawCell {
  if (value === '') return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return null;
}

export async function listSheets(context: Excel.RequestContext): Promise<string[]> {
  const sheets = context.workbook.worksheets.load('items/name');
  await context.sync();
  return sheets.items.map((s) => s.name);
}

/** Rows are jagged (trailing blanks left out) and rows without cells share one empty array. */
function grid(used: CellBlock): { place: (block: CellBlock, values: readonly (readonly unknown[])[]) => void; rows: () => (readonly RawCell[])[] } {
  const lines: (RawCell[] | undefined)[] = new Array<RawCell[] | undefined>(used.bottom - used.top + 1);
  return {
    place: (block, values) => {
      values.forEach((line, i) => {
        const index = block.top - used.top + i;
        line.forEach((value, j) => {
          const cell = toRawCell(value);
          if (cell === null) return;
          let row = lines[index];
          if (!row) {
            row = [];
            lines[index] = row;
          }
          const column = block.left - used.left + j;
          while (row.length < column) row.push(null);
          row[column] = cell;
        });
      });
    },
    rows: () => {
      const empty: readonly RawCell[] = Object.freeze([]);
      return Array.from(lines, (row) => row ?? empty);
    },
  };
}

export async function readSheet(context: Excel.RequestContext, name: string, options: ReadOptions = DEFAULT_READ_OPTIONS): Promise<RawSheet | null> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(name);
  sheet.load('name,visibility');
  await context.sync();
  if (sheet.isNullObject) return null;

  const used = sheet.getUsedRangeOrNullObject(true);
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  const facts = queueFacts(sheet);
  await context.sync();
  const visibility = sheetVisibility(sheet.visibility);
  // No used cells: no row of it can be hidden; merges of blank cells are not worth a request.
  if (used.isNullObject) return { name: sheet.name, values: [], origin: { row: 1, column: 1 }, visibility, hiddenRows: [] };

  const block: CellBlock = {
    top: used.rowIndex + 1,
    left: used.columnIndex + 1,
    bottom: used.rowIndex + used.rowCount,
    right: used.columnIndex + used.columnCount,
  };
  const { parts } = await usedParts(context, sheet, sheet.name, block, options.partCells);
  const cells = grid(block);
  await readBlocks(context, sheet, parts, cells.place, options.budget, () => facts.queueAddresses());
  return { name: sheet.name, values: cells.rows(), origin: { row: block.top, column: block.left }, visibility, ...facts.resolve(block) };
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
