import { isoToSerial } from '../../src/core/dates/serial';
import { parseAddress } from '../../src/core/layout/a1';
import type { CellValue, SheetLayout } from '../../src/core/layout/types';
import type { RawCell } from '../../src/core/ports/workbookPort';

/**
 * A layout's values as Excel would hand them back after rendering: a grid from A1, dates as
 * serial numbers, formulas left out (tests here read plan sheets, which have none that matter).
 */
export function layoutValues(sheet: SheetLayout): RawCell[][] {
  const grid: RawCell[][] = [];
  const raw = (value: CellValue): RawCell => {
    switch (value.kind) {
      case 'empty':
      case 'formula':
        return null;
      case 'text':
        return value.text;
      case 'number':
      case 'boolean':
        return value.value;
      case 'date':
        return isoToSerial(value.iso);
    }
  };
  for (const block of sheet.blocks) {
    const origin = parseAddress(block.at);
    block.rows.forEach((row, i) =>
      row.forEach((value, j) => {
        const r = origin.row - 1 + i;
        const c = origin.column - 1 + j;
        while (grid.length <= r) grid.push([]);
        const line = grid[r] ?? [];
        while (line.length <= c) line.push(null);
        line[c] = raw(value);
      }),
    );
  }
  const width = Math.max(0, ...grid.map((line) => line.length));
  return grid.map((line) => [...line, ...Array<RawCell>(width - line.length).fill(null)]);
}
