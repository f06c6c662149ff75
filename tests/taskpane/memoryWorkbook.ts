import type { WorkbookLayout } from '../../src/core/layout/types';
import type { RawCell, WorkbookPort } from '../../src/core/ports/workbookPort';
import { layoutValues } from './layoutValues';

export interface MemoryWorkbook extends WorkbookPort {
  readonly written: WorkbookLayout[];
  readonly selected: string[];
  /** Marks as the port was last asked to show them ("Sheet!A1 error"). */
  readonly marks: string[];
  /** Types a row as an officer would: values from column A of a 1-based row. */
  type(sheet: string, row: number, values: readonly RawCell[]): void;
}

/** An in-memory port that keeps what was written as values, enough to write twice and compare. */
export function aMemoryWorkbook(): MemoryWorkbook {
  const sheets = new Map<string, RawCell[][]>([['Sheet1', []]]);
  const written: WorkbookLayout[] = [];
  const selected: string[] = [];
  const marks: string[] = [];
  return {
    written,
    selected,
    marks,
    listSheets: () => Promise.resolve([...sheets.keys()]),
    readSheet: (name) => {
      const values = sheets.get(name);
      return Promise.resolve(values ? { name, values, origin: { row: 1, column: 1 } } : null);
    },
    writeSheets: (layout, onProgress) => {
      written.push(layout);
      for (const sheet of layout.sheets) sheets.set(sheet.name, layoutValues(sheet));
      onProgress?.(layout.sheets.length, layout.sheets.length);
      return Promise.resolve({ sheets: layout.sheets.length, cells: 0, syncs: 1 });
    },
    type: (sheet, row, values) => {
      const grid = sheets.get(sheet) ?? [];
      while (grid.length < row) grid.push([]);
      grid[row - 1] = [...values];
      sheets.set(sheet, grid);
    },
    selectCell: (sheet, address) => {
      selected.push(`${sheet}!${address}`);
      return Promise.resolve();
    },
    markCells: (wanted) => {
      marks.splice(0, marks.length, ...wanted.map((m) => `${m.sheet}!${m.cell} ${m.severity}`));
      return Promise.resolve({ marked: wanted.length, skipped: 0 });
    },
    clearMarks: () => {
      const count = marks.length;
      marks.splice(0, marks.length);
      return Promise.resolve(count);
    },
  };
}
