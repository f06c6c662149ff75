import type { Rect } from './addresses';
import { HostError, invalidArgument } from './errors';

/** What the in-memory workbook holds. Tests read it through the handle (handle.ts). */

export type HostCellValue = string | number | boolean | null;

export interface BorderState {
  readonly style: string;
  readonly weight: string;
  readonly color: string;
}

export interface CellState {
  /** '' for an empty cell; null for a formula (the host does not calculate); an error's text when `error`. */
  value: HostCellValue;
  /** The value is an error value ("#N/A", "#DIV/0!"), not text: `valueTypes` says 'Error'. */
  error: boolean;
  formula: string | null;
  /** Hyperlink address (Range.hyperlink, ExcelApi 1.7), or null. */
  hyperlink: string | null;
  numberFormat: string;
  bold: boolean;
  italic: boolean;
  underline: string;
  fontName: string;
  fontSize: number;
  fontColor: string;
  fill: string | null;
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  borders: Partial<Record<'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight', BorderState>>;
}

export function blankCell(): CellState {
  return {
    value: '',
    error: false,
    formula: null,
    hyperlink: null,
    numberFormat: 'General',
    bold: false,
    italic: false,
    underline: 'None',
    fontName: 'Calibri',
    fontSize: 11,
    fontColor: '#000000',
    fill: null,
    horizontalAlignment: 'General',
    verticalAlignment: 'Bottom',
    wrapText: false,
    borders: {},
  };
}

export interface TableState {
  name: string;
  rect: Rect;
  style: string;
  hasHeaders: boolean;
}

export interface DataValidationRuleState {
  readonly [kind: string]: unknown;
}

export interface ValidationState {
  rect: Rect;
  rule: DataValidationRuleState | null;
  prompt: { showPrompt?: boolean; title?: string; message?: string } | null;
  errorAlert: { showAlert?: boolean; style?: string; title?: string; message?: string } | null;
  ignoreBlanks: boolean;
}

export interface ConditionalFormatState {
  rect: Rect;
  type: string;
  formula: string;
  format: { bold?: boolean; fontColor?: string; fill?: string };
}

export interface PageLayoutState {
  orientation: string;
  paperSize: string;
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  centerHorizontally: boolean;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  printArea: string | null;
  printTitleRows: string | null;
}

export interface ChartState {
  type: string;
  title: string;
  from: string | null;
  to: string | null;
  series: { name: string; values: string | null; categories: string | null }[];
}

let nextSheetId = 1;

export class SheetState {
  readonly id = `{host-sheet-${nextSheetId++}}`;
  deleted = false;
  visibility = 'Visible';
  tabColor = '';
  /** Worksheet.protection.protected (ExcelApi 1.2): cell and format writes fail with AccessDenied. */
  protected = false;
  readonly hiddenRows = new Set<number>();
  readonly cells = new Map<number, CellState>();
  readonly columnWidths = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  readonly rowHeights = new Map<number, number>();
  readonly merges: Rect[] = [];
  readonly tables: TableState[] = [];
  readonly validations: ValidationState[] = [];
  readonly conditionalFormats: ConditionalFormatState[] = [];
  readonly charts: ChartState[] = [];
  freeze = { rows: 0, columns: 0 };
  readonly pageLayout: PageLayoutState = {
    orientation: 'Portrait',
    paperSize: 'Letter',
    leftMargin: 51.12,
    rightMargin: 51.12,
    topMargin: 54,
    bottomMargin: 54,
    centerHorizontally: false,
    zoom: { scale: 100 },
    printArea: null,
    printTitleRows: null,
  };

  constructor(public name: string) {}

  static key(row: number, column: number): number {
    return row * 16384 + (column - 1);
  }

  peek(row: number, column: number): CellState | undefined {
    return this.cells.get(SheetState.key(row, column));
  }

  cell(row: number, column: number): CellState {
    const key = SheetState.key(row, column);
    let found = this.cells.get(key);
    if (!found) {
      found = blankCell();
      this.cells.set(key, found);
    }
    return found;
  }

  /** The smallest rectangle holding every non-empty value (valuesOnly) or every touched cell. */
  usedRect(valuesOnly: boolean, within?: Rect): Rect | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = 0;
    let right = 0;
    for (const [key, cell] of this.cells) {
      if (valuesOnly && cell.value === '' && cell.formula === null) continue;
      const row = Math.floor(key / 16384);
      const column = (key % 16384) + 1;
      if (within && (row < within.top || row > within.bottom || column < within.left || column > within.right)) continue;
      top = Math.min(top, row);
      bottom = Math.max(bottom, row);
      left = Math.min(left, column);
      right = Math.max(right, column);
    }
    return bottom === 0 ? null : { top, left, bottom, right };
  }
}

export interface NameState {
  name: string;
  formula: string;
  comment: string;
}

/** What Excel passes a Worksheet.onChanged handler (Excel.WorksheetChangedEventArgs, the part modelled). */
export interface WorksheetChangedArgs {
  readonly type: 'WorksheetChanged';
  readonly changeType: 'RangeEdited';
  readonly source: 'Local';
  readonly worksheetId: string;
  readonly address: string;
}

export class WorkbookState {
  readonly sheets: SheetState[] = [];
  readonly names: NameState[] = [];
  active: SheetState | null = null;
  selection: { sheet: SheetState; rect: Rect } | null = null;
  /** The officer is typing in a cell: requests fail, or wait when the run asked to (delayForCellEdit). */
  cellEditing = false;
  /** Worksheet.onChanged handlers registered (at sync), by sheet; fired by the handle's `edit`. */
  readonly changeHandlers: { readonly sheet: SheetState; readonly handler: (args: WorksheetChangedArgs) => unknown }[] = [];
  private editWaiters: (() => void)[] = [];

  /** Resolves when the officer leaves cell-edit mode (at once when not editing). */
  editEnded(): Promise<void> {
    if (!this.cellEditing) return Promise.resolve();
    return new Promise((resolve) => this.editWaiters.push(resolve));
  }

  setCellEditing(editing: boolean): void {
    this.cellEditing = editing;
    if (editing) return;
    const waiters = this.editWaiters;
    this.editWaiters = [];
    for (const wake of waiters) wake();
  }

  find(name: string): SheetState | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  get(name: string): SheetState {
    const found = this.find(name);
    if (!found) throw new HostError('ItemNotFound', `The requested resource '${name}' doesn't exist.`);
    return found;
  }

  add(name: string): SheetState {
    checkSheetName(name);
    if (this.find(name)) throw new HostError('ItemAlreadyExists', `A sheet named '${name}' already exists.`);
    const sheet = new SheetState(name);
    this.sheets.push(sheet);
    this.active ??= sheet;
    return sheet;
  }

  rename(sheet: SheetState, name: string): void {
    checkSheetName(name);
    const other = this.find(name);
    if (other && other !== sheet) throw new HostError('ItemAlreadyExists', `A sheet named '${name}' already exists.`);
    sheet.name = name;
  }

  visibleSheets(): SheetState[] {
    return this.sheets.filter((s) => s.visibility === 'Visible');
  }

  remove(sheet: SheetState): void {
    if (sheet.visibility === 'VeryHidden') {
      throw new HostError('InvalidOperation', 'A very hidden worksheet cannot be deleted; make it hidden or visible first.');
    }
    if (sheet.visibility === 'Visible' && this.visibleSheets().length === 1) {
      throw new HostError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
    }
    const index = this.sheets.indexOf(sheet);
    this.sheets.splice(index, 1);
    sheet.deleted = true;
    // Names pointing at the sheet now point nowhere, as in Excel.
    for (const item of this.names) {
      if (item.formula.includes(`${sheet.name}'!`) || item.formula.includes(`${sheet.name}!`)) item.formula = '=#REF!';
    }
    if (this.active === sheet) this.active = this.visibleSheets()[Math.min(index, this.visibleSheets().length - 1)] ?? null;
    if (this.selection?.sheet === sheet) this.selection = null;
  }

  move(sheet: SheetState, position: number): void {
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length) throw invalidArgument(`Position ${position} is outside the workbook.`);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(position, 0, sheet);
  }

  setVisibility(sheet: SheetState, visibility: string): void {
    if (!['Visible', 'Hidden', 'VeryHidden'].includes(visibility)) throw invalidArgument(`'${visibility}' is not a sheet visibility.`);
    if (visibility !== 'Visible' && sheet.visibility === 'Visible' && this.visibleSheets().length === 1) {
      throw new HostError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
    }
    sheet.visibility = visibility;
    if (visibility !== 'Visible' && this.active === sheet) this.active = this.visibleSheets()[0] ?? null;
  }
}

const FORBIDDEN_IN_SHEET_NAME = /[\\/?*[\]:]/;

export function checkSheetName(name: string): void {
  if (name.length === 0 || name.length > 31 || FORBIDDEN_IN_SHEET_NAME.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw invalidArgument(`The sheet name '${name}' is not valid: at most 31 characters, none of \\ / ? * [ ] :, not starting or ending with an apostrophe.`);
  }
}
