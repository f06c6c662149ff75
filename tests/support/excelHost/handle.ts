import { contains, parseRect, rectAddress, splitSheet } from './addresses';
import type { BorderState, CellState, ChartState, HostCellValue, PageLayoutState, SheetState, WorkbookState } from './model';
import type { HostCounters } from './request';

/**
 * What a test reads back: plain snapshots of the in-memory workbook, never proxies, so assertions
 * do not go through (and cannot be fooled by) the API under test.
 */

export interface CellView {
  readonly value: HostCellValue;
  /** The value is an error value (valueTypes 'Error'), its text in `value`. */
  readonly error: boolean;
  readonly hyperlink: string | null;
  readonly formula: string | null;
  readonly numberFormat: string;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly underline: string;
  readonly fontName: string;
  readonly fontSize: number;
  readonly fontColor: string;
  readonly fill: string | null;
  readonly horizontalAlignment: string;
  readonly verticalAlignment: string;
  readonly wrapText: boolean;
  readonly borders: Readonly<Partial<Record<'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight', BorderState>>>;
}

export interface ValidationView {
  readonly range: string;
  readonly rule: unknown;
  readonly prompt: unknown;
  readonly errorAlert: unknown;
  readonly ignoreBlanks: boolean;
}

export interface SheetView {
  readonly name: string;
  readonly position: number;
  readonly visibility: string;
  readonly tabColor: string;
  cell(a1: string): CellView;
  /** Values of a rectangle, '' for empty cells and null for formulas. */
  values(range: string): HostCellValue[][];
  usedRange(): string | null;
  readonly merges: readonly string[];
  readonly tables: readonly { name: string; range: string; style: string }[];
  readonly validations: readonly ValidationView[];
  readonly conditionalFormats: readonly { range: string; type: string; formula: string; format: unknown }[];
  readonly charts: readonly ChartState[];
  readonly freeze: { readonly rows: number; readonly columns: number };
  readonly pageLayout: Readonly<PageLayoutState>;
  /** Points, or undefined when never set. */
  columnWidth(letters: string): number | undefined;
  columnHidden(letters: string): boolean;
  rowHeight(row: number): number | undefined;
  /** Validation covering a cell, if any. */
  validationAt(a1: string): ValidationView | undefined;
}

export interface StrictExcelHostHandle {
  readonly counters: Readonly<HostCounters>;
  resetCounters(): void;
  sheetNames(): string[];
  sheet(name: string): SheetView | undefined;
  names(): { name: string; formula: string }[];
  activeSheet(): string | null;
  selection(): { sheet: string; address: string } | null;
  /** The officer starts (true) or stops (false) typing in a cell; waiting runs resume when it stops. */
  setCellEditing(editing: boolean): void;
  /** Protects or unprotects a sheet, as the officer would on the Review tab. */
  setProtected(sheet: string, isProtected: boolean): void;
  /** Writes plain values straight into the model (test set-up, bypassing the API and its counters). */
  seed(sheet: string, at: string, rows: readonly (readonly HostCellValue[])[]): void;
  /**
   * The officer types values into a sheet: written as `seed` does, then the sheet's onChanged
   * handlers are called (RangeEdited, source Local) and awaited, as Excel calls them after an edit.
   */
  edit(sheet: string, at: string, rows: readonly (readonly HostCellValue[])[]): Promise<void>;
  /** How many onChanged handlers are registered on the sheet. */
  changeHandlers(sheet: string): number;
}

function cellView(cell: CellState): CellView {
  return { ...cell, borders: { ...cell.borders } };
}

function sheetView(workbook: WorkbookState, sheet: SheetState, blank: () => CellState): SheetView {
  const validationView = (v: SheetState['validations'][number]): ValidationView => ({
    range: rectAddress(v.rect),
    rule: v.rule,
    prompt: v.prompt,
    errorAlert: v.errorAlert,
    ignoreBlanks: v.ignoreBlanks,
  });
  const column = (letters: string): number => parseRect(`${letters}1`).left;
  return {
    name: sheet.name,
    position: workbook.sheets.indexOf(sheet),
    visibility: sheet.visibility,
    tabColor: sheet.tabColor,
    cell: (a1) => {
      const rect = parseRect(a1);
      return cellView(sheet.peek(rect.top, rect.left) ?? blank());
    },
    values: (range) => {
      const rect = parseRect(range);
      const rows: HostCellValue[][] = [];
      for (let r = rect.top; r <= rect.bottom; r++) {
        const line: HostCellValue[] = [];
        for (let c = rect.left; c <= rect.right; c++) line.push(sheet.peek(r, c)?.value ?? '');
        rows.push(line);
      }
      return rows;
    },
    usedRange: () => {
      const rect = sheet.usedRect(false);
      return rect ? rectAddress(rect) : null;
    },
    merges: sheet.merges.map(rectAddress),
    tables: sheet.tables.map((t) => ({ name: t.name, range: rectAddress(t.rect), style: t.style })),
    validations: sheet.validations.map(validationView),
    conditionalFormats: sheet.conditionalFormats.map((cf) => ({ range: rectAddress(cf.rect), type: cf.type, formula: cf.formula, format: { ...cf.format } })),
    charts: sheet.charts.map((c) => ({ ...c, series: c.series.map((s) => ({ ...s })) })),
    freeze: { ...sheet.freeze },
    pageLayout: { ...sheet.pageLayout, zoom: { ...sheet.pageLayout.zoom } },
    columnWidth: (letters) => sheet.columnWidths.get(column(letters)),
    columnHidden: (letters) => sheet.hiddenColumns.has(column(letters)),
    rowHeight: (row) => sheet.rowHeights.get(row),
    validationAt: (a1) => {
      const rect = parseRect(a1);
      const found = sheet.validations.find((v) => contains(v.rect, rect.top, rect.left));
      return found ? validationView(found) : undefined;
    },
  };
}

export function createHandle(workbook: WorkbookState, counters: HostCounters, blank: () => CellState): StrictExcelHostHandle {
  return {
    counters,
    resetCounters: () => {
      counters.syncCount = 0;
      counters.largestRequestBytes = 0;
      counters.totalRequestBytes = 0;
      counters.largestResponseBytes = 0;
      counters.requests.splice(0, counters.requests.length);
    },
    sheetNames: () => workbook.sheets.map((s) => s.name),
    sheet: (name) => {
      const found = workbook.find(name);
      return found ? sheetView(workbook, found, blank) : undefined;
    },
    names: () => workbook.names.map((n) => ({ name: n.name, formula: n.formula })),
    setCellEditing: (editing) => workbook.setCellEditing(editing),
    setProtected: (name, isProtected) => {
      workbook.get(name).protected = isProtected;
    },
    activeSheet: () => workbook.active?.name ?? null,
    selection: () => (workbook.selection ? { sheet: workbook.selection.sheet.name, address: rectAddress(workbook.selection.rect) } : null),
    seed: (name, at, rows) => seed(workbook, name, at, rows),
    edit: async (name, at, rows) => {
      seed(workbook, name, at, rows);
      const sheet = workbook.get(name);
      const address = splitSheet(at).a1;
      for (const { handler } of workbook.changeHandlers.filter((h) => h.sheet === sheet)) {
        await handler({ type: 'WorksheetChanged', changeType: 'RangeEdited', source: 'Local', worksheetId: sheet.id, address });
      }
    },
    changeHandlers: (name) => workbook.changeHandlers.filter((h) => h.sheet === workbook.get(name)).length,
  };
}

function seed(workbook: WorkbookState, name: string, at: string, rows: readonly (readonly HostCellValue[])[]): void {
  const sheet = workbook.get(name);
  const start = parseRect(splitSheet(at).a1);
  rows.forEach((line, i) =>
    line.forEach((value, j) => {
      const cell = sheet.cell(start.top + i, start.left + j);
      cell.value = value;
      cell.error = false;
      cell.formula = null;
    }),
  );
}
