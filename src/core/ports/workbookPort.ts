import type { CellValue, WorkbookLayout } from '../layout/types';

/**
 * What the pane needs from "the open workbook". src/excel implements it with Office.js; tests and
 * the browser harness drive the same implementation against the strict in-memory host. Components
 * receive a WorkbookPort and never mention Excel or Office.
 */

/**
 * A raw cell as both adapters hand it back, one representation whatever the source:
 * - a blank cell is `null` (Office.js gives `''`; the adapter turns it into null);
 * - a date is a 1900-system serial number (a 1904-based file is converted when read; an ISO 8601
 *   date cell, `t="d"`, becomes its serial too);
 * - a formula is its cached result; a formula error is its text (`'#N/A'`, `'#REF!'`), as Excel
 *   shows it, so a rule can say what the officer sees.
 */
export type RawCell = string | number | boolean | null;

/** A rectangle of cells, 1-based and inclusive (a merge, a hidden block). */
export interface CellBlock {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** A hyperlink on a cell: the URL (the evidence), not only the text shown ("Xem", "Link bài"). */
export interface CellLink {
  /** 1-based sheet row and column. */
  readonly row: number;
  readonly column: number;
  readonly target: string;
}

export type SheetVisibility = 'visible' | 'hidden' | 'veryHidden';

export interface RawSheet {
  readonly name: string;
  /**
   * The cells in use, row by row, starting at `origin`. Rows are jagged: a row array may be
   * shorter than others (trailing blanks omitted) or empty, and empty rows may share one array,
   * so one stray cell far away costs a row reference, not a rectangle. Read with
   * `values[r]?.[c] ?? null`.
   */
  readonly values: readonly (readonly RawCell[])[];
  /** 1-based row and column of values[0][0] on the sheet. */
  readonly origin: { readonly row: number; readonly column: number };
  /** What the officer sees besides values. Absent when the adapter cannot tell (treated as visible, none). */
  readonly visibility?: SheetVisibility;
  /** Merged areas; only the top-left cell of each holds the value in `values`. */
  readonly merges?: readonly CellBlock[];
  /** 1-based sheet rows the officer hid. */
  readonly hiddenRows?: readonly number[];
  /** Hyperlinks on cells (not HYPERLINK formulas' text). */
  readonly links?: readonly CellLink[];
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

/** A value to write into one cell ("Chuẩn hóa"): the list's text, a whole number or a date. */
export interface CellPatch {
  readonly sheet: string;
  /** A single cell, A1 style. */
  readonly cell: string;
  readonly value: CellValue;
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
  /**
   * Writes these cells' values and nothing else (a date gets the date format, an amount the number
   * format); the number of cells written. Optional so ports that only read need not implement it.
   */
  writeCells?(patches: readonly CellPatch[]): Promise<number>;
  /**
   * Calls `onChange` after the officer edits the first sheet of `names` that exists (Office.js
   * Worksheet.onChanged, ExcelApi 1.7); resolves to a function that stops watching, or null when
   * none of the sheets exists. Optional: ports over files have no edits to watch.
   */
  watchSheet?(names: readonly string[], onChange: () => void): Promise<(() => Promise<void>) | null>;
}

/** Which Office.js requirement sets the running Excel lacks (empty when everything is there). */
export interface PlatformSupport {
  readonly officeLoaded: boolean;
  readonly missingSets: readonly string[];
}

/**
 * The reading half of a workbook: what the use cases in src/core/usecases need. The pane passes
 * its WorkbookPort (Office.js); the CLI passes memoryWorkbook over the sheets a file was read into.
 */
export type WorkbookReader = Pick<WorkbookPort, 'listSheets' | 'readSheet'>;
