import type { WorkbookLayout } from '../layout/types';

/**
 * What the pane needs from "the open workbook". src/excel implements it with Office.js; tests and
 * the browser harness drive the same implementation against the strict in-memory host. Components
 * receive a WorkbookPort and never mention Excel or Office.
 */

/** A raw cell as Excel hands it back: dates arrive as 1900-system serial numbers. */
export type RawCell = string | number | boolean | null;

export interface RawSheet {
  readonly name: string;
  /** The used range's values, row by row, starting at `origin`. */
  readonly values: readonly (readonly RawCell[])[];
  /** 1-based row and column of values[0][0] on the sheet. */
  readonly origin: { readonly row: number; readonly column: number };
}

export interface RenderStats {
  readonly sheets: number;
  readonly cells: number;
  readonly syncs: number;
}

/** The very hidden sheet where markCells keeps the marked cells' previous fills; never a data sheet. */
export const MARKS_SHEET_NAME = '_cchc_marks';

/** A cell to highlight for the officer: errors red, warnings yellow. */
export interface CellMark {
  readonly sheet: string;
  /** A single cell, A1 style. */
  readonly cell: string;
  readonly severity: 'error' | 'warning';
}

export interface MarkStats {
  /** Cells now filled with a mark colour. */
  readonly marked: number;
  /** Marks not applied: the sheet is gone or hidden, or the address is not a cell. */
  readonly skipped: number;
}

export type ProgressListener = (done: number, total: number) => void;

export interface WorkbookPort {
  /** Names of the sheets in workbook order. */
  listSheets(): Promise<string[]>;
  /** The used range of a sheet, or null when there is no sheet of that name. */
  readSheet(name: string): Promise<RawSheet | null>;
  /** Writes the layout's sheets, replacing sheets of the same names; other sheets stay untouched. */
  writeSheets(layout: WorkbookLayout, onProgress?: ProgressListener): Promise<RenderStats>;
  /** Activates the sheet and selects the cell, so the officer lands on it. */
  selectCell(sheet: string, address: string): Promise<void>;
  /**
   * Fills the cells (errors red, warnings yellow) and remembers each cell's previous fill in the
   * workbook, so clearMarks restores them even after the pane was closed. Marks already there are
   * cleared first. Never changes a cell's value.
   */
  markCells(marks: readonly CellMark[]): Promise<MarkStats>;
  /** Restores the fills markCells replaced and forgets the marks; the number of cells restored. */
  clearMarks(): Promise<number>;
}

/** Which Office.js requirement sets the running Excel lacks (empty when everything is there). */
export interface PlatformSupport {
  readonly officeLoaded: boolean;
  readonly missingSets: readonly string[];
}
