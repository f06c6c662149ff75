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
}

/** Which Office.js requirement sets the running Excel lacks (empty when everything is there). */
export interface PlatformSupport {
  readonly officeLoaded: boolean;
  readonly missingSets: readonly string[];
}
