import type { RawSheet, WorkbookReader } from './workbookPort';

/**
 * A read-only workbook over sheets already in memory (the `RawSheet[]` src/xlsx reads a file
 * into), in the given order, so the CLI hands a file to the same use cases the pane hands the open
 * workbook to. Names match exactly, as Office.js's `getItem` does for the names it lists.
 */
export function memoryWorkbook(sheets: readonly RawSheet[]): WorkbookReader {
  return {
    listSheets: () => Promise.resolve(sheets.map((sheet) => sheet.name)),
    readSheet: (name) => Promise.resolve(sheets.find((sheet) => sheet.name === name) ?? null),
  };
}
