import { HyperFormula } from 'hyperformula';
import { parseAddress } from '../../src/core/layout/a1';
import type { WorkbookLayout } from '../../src/core/layout/types';
import { isoToSerial } from '../../src/core/dates/serial';

/**
 * Evaluates a layout's formulas with a real formula engine (HyperFormula, GPL-3.0, test-only).
 * Each sheet becomes a HyperFormula sheet with the same name and cells; read results with `value`.
 */
export interface Evaluated {
  value(sheet: string, a1: string): unknown;
  destroy(): void;
}

export function evaluateLayout(layout: WorkbookLayout): Evaluated {
  const sheets: Record<string, (string | number | boolean | null)[][]> = {};
  for (const sheet of layout.sheets) {
    const grid: (string | number | boolean | null)[][] = [];
    for (const block of sheet.blocks) {
      const origin = parseAddress(block.at);
      block.rows.forEach((cells, r) =>
        cells.forEach((cell, c) => {
          const row = (grid[origin.row - 1 + r] ??= []);
          switch (cell.kind) {
            case 'empty':
              row[origin.column - 1 + c] = null;
              break;
            case 'text':
              // A text cell stays text, as in Excel: without the apostrophe HyperFormula would parse
              // "=..." as a formula and "05/03/2018" or "1500000" as a number.
              row[origin.column - 1 + c] = `'${cell.text}`;
              break;
            case 'number':
            case 'boolean':
              row[origin.column - 1 + c] = cell.value;
              break;
            case 'date':
              row[origin.column - 1 + c] = isoToSerial(cell.iso);
              break;
            case 'formula':
              row[origin.column - 1 + c] = cell.formula;
              break;
          }
        }),
      );
    }
    for (let r = 0; r < grid.length; r += 1) grid[r] ??= [];
    sheets[sheet.name] = grid.map((row) => Array.from({ length: row.length }, (_, c) => row[c] ?? null));
  }
  // Excel's COUNTIFS and SUMIFS match text ignoring case but not accents, and compare code points
  // (an NFD "Tin bài" is not the list's NFC one); HyperFormula ignores accents unless told not to.
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: 'gpl-v3', accentSensitive: true });
  return {
    value(sheetName, a1) {
      const sheet = hf.getSheetId(sheetName);
      if (sheet === undefined) throw new Error(`no sheet ${sheetName}`);
      const { row, column } = parseAddress(a1);
      return hf.getCellValue({ sheet, row: row - 1, col: column - 1 });
    },
    destroy() {
      hf.destroy();
    },
  };
}
