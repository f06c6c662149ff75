import { parseAddress } from '../../src/core/layout/a1';
import { isoToSerial } from '../../src/core/dates/serial';
import type { CellValue, WorkbookLayout } from '../../src/core/layout/types';
import type { RawCell, RawSheet } from '../../src/core/ports/workbookPort';

/** What Excel would hand back for a layout's cells (formulas read as null: nothing evaluates them here). */
export function rawOf(value: CellValue): RawCell {
  switch (value.kind) {
    case 'empty':
    case 'formula':
      return null;
    case 'text':
      return value.text;
    case 'number':
      return value.value;
    case 'boolean':
      return value.value;
    case 'date':
      return isoToSerial(value.iso);
  }
}

/** Lays every block of every sheet onto a grid starting at A1, as a used range would read. */
export function layoutToRawSheets(layout: WorkbookLayout): RawSheet[] {
  return layout.sheets.map((sheet) => {
    const grid: RawCell[][] = [];
    for (const block of sheet.blocks) {
      const origin = parseAddress(block.at);
      block.rows.forEach((cells, r) =>
        cells.forEach((value, c) => {
          const row = (grid[origin.row - 1 + r] ??= []);
          row[origin.column - 1 + c] = rawOf(value);
        }),
      );
    }
    let width = 0;
    for (let r = 0; r < grid.length; r += 1) width = Math.max(width, grid[r]?.length ?? 0);
    const values = Array.from({ length: grid.length }, (_, r) => Array.from({ length: width }, (_, c) => grid[r]?.[c] ?? null));
    return { name: sheet.name, values, origin: { row: 1, column: 1 } };
  });
}

/** Returns a copy of a sheet with one cell replaced (1-based A1 address), growing the grid if needed. */
export function withCell(sheet: RawSheet, a1: string, value: RawCell): RawSheet {
  const { row, column } = parseAddress(a1);
  const values = sheet.values.map((r) => [...r]);
  while (values.length < row) values.push([]);
  const target = values[row - 1] ?? [];
  while (target.length < column) target.push(null);
  target[column - 1] = value;
  values[row - 1] = target;
  return { ...sheet, values };
}
