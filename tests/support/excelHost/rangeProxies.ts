import { columnLetters, overlaps, qualify, rectColumns, rectRows, type Rect } from './addresses';
import { RangeAreasProxy, specialAreas } from './rangeAreas';
import { guardCells } from './protection';
import { HostError, invalidArgument } from './errors';
import { writeInput } from './input';
import { blankCell, type CellState, type SheetState } from './model';
import { DataValidationProxy } from './validationProxy';
import { ConditionalFormatCollectionProxy } from './conditionalFormatProxies';
import { ClientObject } from './request';

/** Range and everything hanging off it: format, font, fill, borders, validation, conditional formats. */

export interface RangeTarget {
  readonly sheet: SheetState;
  readonly rect: Rect;
}

/**
 * Cell-by-cell work is how the host applies formats and values; past this many cells (a whole
 * column, a whole sheet) it would hang the test, so it refuses loudly instead. Excel itself allows
 * it; the adapter never needs it.
 */
const MAX_CELLS_PER_OPERATION = 1_000_000;

function checkArea(rect: RangeTarget['rect']): void {
  if (rectRows(rect) * rectColumns(rect) > MAX_CELLS_PER_OPERATION) {
    throw new HostError('InvalidOperation', `The test host does not apply cell-level operations to more than ${MAX_CELLS_PER_OPERATION} cells at once.`);
  }
}

function cellsOf(target: RangeTarget, visit: (cell: CellState, row: number, column: number) => void): void {
  const { rect, sheet } = target;
  checkArea(rect);
  for (let row = rect.top; row <= rect.bottom; row++) {
    for (let column = rect.left; column <= rect.right; column++) visit(sheet.cell(row, column), row, column);
  }
}

function grid<V>(target: RangeTarget, read: (cell: CellState | undefined, row: number, column: number) => V): V[][] {
  const { rect, sheet } = target;
  checkArea(rect);
  const rows: V[][] = [];
  for (let row = rect.top; row <= rect.bottom; row++) {
    const line: V[] = [];
    for (let column = rect.left; column <= rect.right; column++) line.push(read(sheet.peek(row, column), row, column));
    rows.push(line);
  }
  return rows;
}

/** One value for the whole range, or null when cells differ (as Excel reports mixed formats). */
function uniform<V>(target: RangeTarget, read: (cell: CellState) => V): V | null {
  let first: { value: V } | null = null;
  let mixed = false;
  cellsOf(target, (cell) => {
    const value = read(cell);
    if (first === null) first = { value };
    else if (first.value !== value) mixed = true;
  });
  const found = first as { value: V } | null;
  return mixed || found === null ? null : found.value;
}

/** A 2-D input must match the range's shape exactly; a single value fills every cell. */
function applyGrid(target: RangeTarget, input: unknown, property: string, apply: (cell: CellState, value: unknown) => void): void {
  const rows = rectRows(target.rect);
  const columns = rectColumns(target.rect);
  if (!Array.isArray(input)) {
    cellsOf(target, (cell) => apply(cell, input));
    return;
  }
  const shapeOk = input.length === rows && input.every((line) => Array.isArray(line) && line.length === columns);
  if (!shapeOk) {
    throw invalidArgument(`The number of rows or columns in the ${property} array doesn't match the size or dimensions of the range (${rows} x ${columns}).`);
  }
  const lines = input as unknown[][];
  cellsOf(target, (cell, row, column) => apply(cell, lines[row - target.rect.top]?.[column - target.rect.left]));
}

const HORIZONTAL = ['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed'];
const VERTICAL = ['Top', 'Center', 'Bottom', 'Justify', 'Distributed'];

/** Range.valueTypes for one cell (https://learn.microsoft.com/javascript/api/excel/excel.rangevaluetype). */
function valueType(value: unknown, error: boolean): string {
  if (error) return 'Error';
  if (value === '' || value === null || value === undefined) return 'Empty';
  if (typeof value === 'number') return 'Double';
  if (typeof value === 'boolean') return 'Boolean';
  return 'String';
}

const CLEAR_SCOPES = ['All', 'Formats', 'Contents', 'Hyperlinks', 'RemoveHyperlinks'];

/**
 * Range.clear(applyTo) (Excel.ClearApplyTo, https://learn.microsoft.com/javascript/api/excel/excel.clearapplyto):
 * All clears everything; Formats "all formatting for the range, leaving values intact"; Contents
 * "the contents of the range, leaving formatting intact"; Hyperlinks "all hyperlinks, but leaves
 * all content and formatting intact"; RemoveHyperlinks hyperlinks and formatting, content kept.
 */
function clearCell(cell: CellState, scope: string): void {
  const blank = blankCell();
  const contents = scope === 'All' || scope === 'Contents';
  const formats = scope === 'All' || scope === 'Formats' || scope === 'RemoveHyperlinks';
  const links = scope === 'All' || scope === 'Hyperlinks' || scope === 'RemoveHyperlinks';
  if (contents) {
    cell.value = '';
    cell.error = false;
    cell.formula = null;
  }
  if (links) cell.hyperlink = null;
  if (formats) {
    const { value, error, formula, hyperlink } = cell;
    Object.assign(cell, blank, { value, error, formula, hyperlink, borders: {} });
  }
}

function checkColor(color: unknown): string {
  if (typeof color !== 'string' || !/^(#[0-9A-Fa-f]{6}|[A-Za-z]+)$/.test(color)) throw invalidArgument(`'${String(color)}' is not a colour.`);
  return color;
}

export class RangeProxy extends ClientObject<RangeTarget> {
  protected readonly typeName = 'Range';
  protected readonly scalarProperties = ['address', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount', 'values', 'formulas', 'numberFormat'];
  private formatProxy: RangeFormatProxy | undefined;
  private validationProxy: DataValidationProxy | undefined;
  private conditionalProxy: ConditionalFormatCollectionProxy | undefined;

  protected override isGone(target: RangeTarget): boolean {
    return target.sheet.deleted;
  }

  protected override guard(target: RangeTarget, change: string): void {
    if (change !== 'select') guardCells(target.sheet, change);
  }

  /** For methods that take a Range argument: its model object, during sync. */
  resolved(): RangeTarget {
    return this.bound();
  }

  protected snapshot(target: RangeTarget, property: string): unknown {
    switch (property) {
      case 'address':
        return qualify(target.sheet.name, target.rect);
      case 'rowIndex':
        return target.rect.top - 1;
      case 'columnIndex':
        return target.rect.left - 1;
      case 'rowCount':
        return rectRows(target.rect);
      case 'columnCount':
        return rectColumns(target.rect);
      case 'values':
        return grid(target, (cell, row, column) => this.cellValue(target, cell, row, column).value);
      case 'valueTypes':
        return grid(target, (cell, row, column) => {
          const { value, error } = this.cellValue(target, cell, row, column);
          return valueType(value, error);
        });
      case 'rowHidden': {
        let hidden = 0;
        for (let r = target.rect.top; r <= target.rect.bottom; r++) if (target.sheet.hiddenRows.has(r)) hidden++;
        return hidden === 0 ? false : hidden === rectRows(target.rect) ? true : null;
      }
      case 'hyperlink': {
        this.context.requireSet('1.7', 'Range.hyperlink');
        const link = target.sheet.peek(target.rect.top, target.rect.left)?.hyperlink;
        return link ? { address: link } : null;
      }
      case 'formulas':
        return grid(target, (cell) => (cell ? (cell.formula ?? cell.value) : ''));
      case 'numberFormat':
        return grid(target, (cell) => (cell ? cell.numberFormat : 'General'));
      case 'columnHidden':
        return [...Array(rectColumns(target.rect)).keys()].every((i) => target.sheet.hiddenColumns.has(target.rect.left + i));
      default:
        throw invalidArgument(`Range has no property '${property}'.`);
    }
  }

  /** A cell's value as `values` gives it: '' when blank, an error value as its text. */
  private cellValue(target: RangeTarget, cell: CellState | undefined, row: number, column: number): { value: unknown; error: boolean } {
    if (!cell) return { value: '', error: false };
    if (cell.formula === null) return { value: cell.value, error: cell.error };
    const result = this.context.host.settings.formulaValue(cell.formula, target.sheet.name, `${columnLetters(column)}${row}`);
    if (typeof result === 'object' && result !== null) return { value: result.error, error: true };
    return { value: result, error: false };
  }

  get address(): string {
    return this.read('address');
  }
  get valueTypes(): string[][] {
    return this.read('valueTypes');
  }
  get rowHidden(): boolean | null {
    return this.read('rowHidden');
  }
  set rowHidden(hidden: boolean) {
    this.write('rowHidden', hidden, (t) => {
      for (let r = t.rect.top; r <= t.rect.bottom; r++) {
        if (hidden) t.sheet.hiddenRows.add(r);
        else t.sheet.hiddenRows.delete(r);
      }
    });
  }
  get hyperlink(): { address?: string } | null {
    return this.read('hyperlink');
  }
  set hyperlink(link: { address?: string }) {
    this.context.requireSet('1.7', 'Range.hyperlink');
    this.write('hyperlink', link, (t) => cellsOf(t, (cell) => (cell.hyperlink = link.address ?? null)));
  }

  clear(applyTo = 'All'): void {
    if (applyTo === 'Hyperlinks' || applyTo === 'RemoveHyperlinks') this.context.requireSet('1.7', `Range.clear('${applyTo}')`);
    this.call('clear', [applyTo], (t) => {
      if (!CLEAR_SCOPES.includes(applyTo)) throw invalidArgument(`'${applyTo}' is not a ClearApplyTo value.`);
      // Clearing works on the cells that exist; untouched cells are already clear.
      const { rect, sheet } = t;
      for (const [key, cell] of sheet.cells) {
        const row = Math.floor(key / 16384);
        const column = (key % 16384) + 1;
        if (row >= rect.top && row <= rect.bottom && column >= rect.left && column <= rect.right) clearCell(cell, applyTo);
      }
    });
  }

  /** Range.getUsedRangeOrNullObject (ExcelApi 1.4): the used part of this range, found from the cells that exist. */
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    this.context.requireSet('1.4', 'Range.getUsedRangeOrNullObject');
    return new RangeProxy(this.context, `${this.path}.getUsedRangeOrNullObject(${valuesOnly})`, () => {
      const target = this.bound();
      const rect = target.sheet.usedRect(valuesOnly, target.rect);
      return rect ? { sheet: target.sheet, rect } : null;
    });
  }

  /** Range.getSpecialCells (ExcelApi 1.9): the areas of the given kind; ItemNotFound at sync when there are none. */
  getSpecialCells(cellType: string, cellValueType?: string): RangeAreasProxy {
    return this.special('getSpecialCells', cellType, cellValueType, false);
  }

  getSpecialCellsOrNullObject(cellType: string, cellValueType?: string): RangeAreasProxy {
    return this.special('getSpecialCellsOrNullObject', cellType, cellValueType, true);
  }

  private special(method: string, cellType: string, cellValueType: string | undefined, orNull: boolean): RangeAreasProxy {
    this.context.requireSet('1.9', `Range.${method}`);
    const args = cellValueType === undefined ? [cellType] : [cellType, cellValueType];
    return new RangeAreasProxy(this.context, `${this.path}.${method}(${args.map((a) => JSON.stringify(a)).join(',')})`, () => {
      const target = this.bound();
      const areas = specialAreas(target.sheet, target.rect, cellType, cellValueType);
      if (areas.length > 0) return { sheet: target.sheet, rects: areas };
      if (orNull) return null;
      throw new HostError('ItemNotFound', 'No cells were found.');
    });
  }

  /** Range.getMergedAreasOrNullObject (ExcelApi 1.13): merged areas overlapping the range. */
  getMergedAreasOrNullObject(): RangeAreasProxy {
    this.context.requireSet('1.13', 'Range.getMergedAreasOrNullObject');
    return new RangeAreasProxy(this.context, `${this.path}.getMergedAreasOrNullObject()`, () => {
      const target = this.bound();
      const merges = target.sheet.merges.filter((m) => overlaps(m, target.rect));
      return merges.length > 0 ? { sheet: target.sheet, rects: merges } : null;
    });
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get values(): unknown[][] {
    return this.read('values');
  }
  set values(input: unknown[][]) {
    this.write('values', input, (t) => applyGrid(t, input, 'values', writeInput));
  }
  get formulas(): unknown[][] {
    return this.read('formulas');
  }
  set formulas(input: unknown[][]) {
    this.write('formulas', input, (t) => applyGrid(t, input, 'formulas', writeInput));
  }
  get numberFormat(): unknown[][] {
    return this.read('numberFormat');
  }
  set numberFormat(input: unknown[][]) {
    this.write('numberFormat', input, (t) =>
      applyGrid(t, input, 'numberFormat', (cell, value) => {
        if (value === null || value === undefined) return;
        if (typeof value !== 'string') throw invalidArgument('A number format is a string.');
        cell.numberFormat = value;
      }),
    );
  }
  get columnHidden(): boolean {
    return this.read('columnHidden');
  }
  set columnHidden(hidden: boolean) {
    this.write('columnHidden', hidden, (t) => {
      for (let c = t.rect.left; c <= t.rect.right; c++) {
        if (hidden) t.sheet.hiddenColumns.add(c);
        else t.sheet.hiddenColumns.delete(c);
      }
    });
  }

  get format(): RangeFormatProxy {
    this.formatProxy ??= new RangeFormatProxy(
      this.context,
      `${this.path}.format`,
      this.child((t) => t),
    );
    return this.formatProxy;
  }

  get dataValidation(): DataValidationProxy {
    this.context.requireSet('1.8', 'Range.dataValidation');
    this.validationProxy ??= new DataValidationProxy(
      this.context,
      `${this.path}.dataValidation`,
      this.child((t) => t),
    );
    return this.validationProxy;
  }

  get conditionalFormats(): ConditionalFormatCollectionProxy {
    this.context.requireSet('1.6', 'Range.conditionalFormats');
    this.conditionalProxy ??= new ConditionalFormatCollectionProxy(
      this.context,
      `${this.path}.conditionalFormats`,
      this.child((t) => t),
    );
    return this.conditionalProxy;
  }

  merge(across = false): void {
    this.call('merge', [across], (t) => {
      const pieces: Rect[] = across ? [...Array(rectRows(t.rect)).keys()].map((i) => ({ ...t.rect, top: t.rect.top + i, bottom: t.rect.top + i })) : [t.rect];
      if (t.sheet.merges.some((m) => overlaps(m, t.rect))) throw new HostError('InvalidOperation', 'The range overlaps a merged area.');
      if (t.sheet.tables.some((table) => overlaps(table.rect, t.rect))) throw new HostError('InvalidOperation', "Merged cells can't be inside a table.");
      for (const piece of pieces) {
        if (rectRows(piece) * rectColumns(piece) === 1) continue;
        t.sheet.merges.push(piece);
        // Merging keeps only the top-left value, as Excel does.
        cellsOf({ sheet: t.sheet, rect: piece }, (cell, row, column) => {
          if (row !== piece.top || column !== piece.left) {
            cell.value = '';
            cell.error = false;
            cell.formula = null;
          }
        });
      }
    });
  }

  unmerge(): void {
    this.call('unmerge', [], (t) => {
      const keep = t.sheet.merges.filter((m) => !overlaps(m, t.rect));
      t.sheet.merges.splice(0, t.sheet.merges.length, ...keep);
    });
  }

  select(): void {
    this.call('select', [], (t) => {
      const workbook = this.context.host.workbook;
      if (t.sheet.visibility !== 'Visible') throw new HostError('InvalidOperation', 'A range on a hidden sheet cannot be selected.');
      workbook.active = t.sheet;
      workbook.selection = { sheet: t.sheet, rect: t.rect };
    });
  }
}

export class RangeFormatProxy extends ClientObject<RangeTarget> {
  protected readonly typeName = 'RangeFormat';
  protected override guard(target: RangeTarget, change: string): void {
    guardCells(target.sheet, change);
  }
  protected readonly scalarProperties = ['columnWidth', 'rowHeight', 'horizontalAlignment', 'verticalAlignment', 'wrapText'];
  private fontProxy: RangeFontProxy | undefined;
  private fillProxy: RangeFillProxy | undefined;
  private bordersProxy: RangeBorderCollectionProxy | undefined;

  protected snapshot(target: RangeTarget, property: string): unknown {
    switch (property) {
      case 'columnWidth':
        return target.sheet.columnWidths.get(target.rect.left) ?? 48;
      case 'rowHeight':
        return target.sheet.rowHeights.get(target.rect.top) ?? 15;
      case 'horizontalAlignment':
        return uniform(target, (c) => c.horizontalAlignment);
      case 'verticalAlignment':
        return uniform(target, (c) => c.verticalAlignment);
      case 'wrapText':
        return uniform(target, (c) => c.wrapText);
      default:
        throw invalidArgument(`RangeFormat has no property '${property}'.`);
    }
  }

  get font(): RangeFontProxy {
    this.fontProxy ??= new RangeFontProxy(
      this.context,
      `${this.path}.font`,
      this.child((t) => t),
    );
    return this.fontProxy;
  }
  get fill(): RangeFillProxy {
    this.fillProxy ??= new RangeFillProxy(
      this.context,
      `${this.path}.fill`,
      this.child((t) => t),
    );
    return this.fillProxy;
  }
  get borders(): RangeBorderCollectionProxy {
    this.bordersProxy ??= new RangeBorderCollectionProxy(
      this.context,
      `${this.path}.borders`,
      this.child((t) => t),
    );
    return this.bordersProxy;
  }

  get columnWidth(): number {
    return this.read('columnWidth');
  }
  /** Points, as Office.js takes it (not Excel's character units). */
  set columnWidth(points: number) {
    this.write('columnWidth', points, (t) => {
      if (!(points >= 0 && points <= 255 * 7.5)) throw invalidArgument(`Column width ${points} is out of range.`);
      for (let c = t.rect.left; c <= t.rect.right; c++) t.sheet.columnWidths.set(c, points);
    });
  }
  get rowHeight(): number {
    return this.read('rowHeight');
  }
  set rowHeight(points: number) {
    this.write('rowHeight', points, (t) => {
      if (!(points >= 0 && points <= 409)) throw invalidArgument(`Row height ${points} is out of range (0-409 points).`);
      for (let r = t.rect.top; r <= t.rect.bottom; r++) t.sheet.rowHeights.set(r, points);
    });
  }
  get horizontalAlignment(): string | null {
    return this.read('horizontalAlignment');
  }
  set horizontalAlignment(value: string) {
    this.write('horizontalAlignment', value, (t) => {
      if (!HORIZONTAL.includes(value)) throw invalidArgument(`'${value}' is not a horizontal alignment.`);
      cellsOf(t, (cell) => (cell.horizontalAlignment = value));
    });
  }
  get verticalAlignment(): string | null {
    return this.read('verticalAlignment');
  }
  set verticalAlignment(value: string) {
    this.write('verticalAlignment', value, (t) => {
      if (!VERTICAL.includes(value)) throw invalidArgument(`'${value}' is not a vertical alignment.`);
      cellsOf(t, (cell) => (cell.verticalAlignment = value));
    });
  }
  get wrapText(): boolean | null {
    return this.read('wrapText');
  }
  set wrapText(value: boolean) {
    this.write('wrapText', value, (t) => cellsOf(t, (cell) => (cell.wrapText = value)));
  }
}

export class RangeFontProxy extends ClientObject<RangeTarget> {
  protected readonly typeName = 'RangeFont';
  protected override guard(target: RangeTarget, change: string): void {
    guardCells(target.sheet, change);
  }
  protected readonly scalarProperties = ['bold', 'italic', 'underline', 'name', 'size', 'color'];

  protected snapshot(target: RangeTarget, property: string): unknown {
    const pick: Record<string, (c: CellState) => unknown> = {
      bold: (c) => c.bold,
      italic: (c) => c.italic,
      underline: (c) => c.underline,
      name: (c) => c.fontName,
      size: (c) => c.fontSize,
      color: (c) => c.fontColor,
    };
    const read = pick[property];
    if (!read) throw invalidArgument(`RangeFont has no property '${property}'.`);
    return uniform(target, read);
  }

  private set(property: string, value: unknown, apply: (cell: CellState) => void): void {
    this.write(property, value, (t) => cellsOf(t, apply));
  }

  get bold(): boolean | null {
    return this.read('bold');
  }
  set bold(value: boolean) {
    this.set('bold', value, (c) => (c.bold = value));
  }
  get italic(): boolean | null {
    return this.read('italic');
  }
  set italic(value: boolean) {
    this.set('italic', value, (c) => (c.italic = value));
  }
  get underline(): string | null {
    return this.read('underline');
  }
  set underline(value: string) {
    this.set('underline', value, (c) => {
      if (!['None', 'Single', 'Double', 'SingleAccountant', 'DoubleAccountant'].includes(value)) throw invalidArgument(`'${value}' is not an underline style.`);
      c.underline = value;
    });
  }
  get name(): string | null {
    return this.read('name');
  }
  set name(value: string) {
    this.set('name', value, (c) => (c.fontName = value));
  }
  get size(): number | null {
    return this.read('size');
  }
  set size(value: number) {
    this.set('size', value, (c) => {
      if (!(value >= 1 && value <= 409)) throw invalidArgument(`Font size ${value} is out of range.`);
      c.fontSize = value;
    });
  }
  get color(): string | null {
    return this.read('color');
  }
  set color(value: string) {
    this.set('color', value, (c) => (c.fontColor = checkColor(value)));
  }
}

export class RangeFillProxy extends ClientObject<RangeTarget> {
  protected readonly typeName = 'RangeFill';
  protected override guard(target: RangeTarget, change: string): void {
    guardCells(target.sheet, change);
  }
  protected readonly scalarProperties = ['color'];

  protected snapshot(target: RangeTarget, property: string): unknown {
    if (property !== 'color') throw invalidArgument(`RangeFill has no property '${property}'.`);
    // Excel reports a cell with no fill as white, and a range whose cells differ as null.
    return uniform(target, (c) => c.fill ?? '#FFFFFF');
  }
  get color(): string | null {
    return this.read('color');
  }
  set color(value: string) {
    this.write('color', value, (t) => {
      const color = checkColor(value);
      cellsOf(t, (c) => (c.fill = color));
    });
  }
  clear(): void {
    this.call('clear', [], (t) => cellsOf(t, (c) => (c.fill = null)));
  }
}

type BorderIndex = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideVertical' | 'InsideHorizontal';
const BORDER_INDEXES: readonly string[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'];

interface BorderTarget {
  readonly range: RangeTarget;
  readonly index: BorderIndex;
}

export class RangeBorderCollectionProxy extends ClientObject<RangeTarget> {
  protected readonly typeName = 'RangeBorderCollection';
  protected readonly scalarProperties = [];
  protected snapshot(_target: RangeTarget, property: string): unknown {
    throw invalidArgument(`RangeBorderCollection has no property '${property}'.`);
  }
  getItem(index: string): RangeBorderProxy {
    return new RangeBorderProxy(this.context, `${this.path}.getItem(${JSON.stringify(index)})`, () => {
      if (!BORDER_INDEXES.includes(index)) throw invalidArgument(`'${index}' is not a border index.`);
      return { range: this.bound(), index: index as BorderIndex };
    });
  }
}

/** Which cell edges a border index touches: inside borders are the shared edges between cells. */
function borderEdges(target: RangeTarget, index: BorderIndex): { cell: CellState; edge: 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' }[] {
  const out: { cell: CellState; edge: 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' }[] = [];
  const { rect } = target;
  cellsOf(target, (cell, row, column) => {
    if (index === 'EdgeTop' && row === rect.top) out.push({ cell, edge: 'EdgeTop' });
    if (index === 'EdgeBottom' && row === rect.bottom) out.push({ cell, edge: 'EdgeBottom' });
    if (index === 'EdgeLeft' && column === rect.left) out.push({ cell, edge: 'EdgeLeft' });
    if (index === 'EdgeRight' && column === rect.right) out.push({ cell, edge: 'EdgeRight' });
    if (index === 'InsideHorizontal') {
      if (row > rect.top) out.push({ cell, edge: 'EdgeTop' });
      if (row < rect.bottom) out.push({ cell, edge: 'EdgeBottom' });
    }
    if (index === 'InsideVertical') {
      if (column > rect.left) out.push({ cell, edge: 'EdgeLeft' });
      if (column < rect.right) out.push({ cell, edge: 'EdgeRight' });
    }
  });
  return out;
}

export class RangeBorderProxy extends ClientObject<BorderTarget> {
  protected readonly typeName = 'RangeBorder';
  protected override guard(target: BorderTarget, change: string): void {
    guardCells(target.range.sheet, change);
  }
  protected readonly scalarProperties = ['style', 'weight', 'color'];

  protected snapshot(target: BorderTarget, property: string): unknown {
    if (!['style', 'weight', 'color'].includes(property)) throw invalidArgument(`RangeBorder has no property '${property}'.`);
    const edges = borderEdges(target.range, target.index);
    const values = new Set(edges.map(({ cell, edge }) => cell.borders[edge]?.[property as 'style'] ?? (property === 'style' ? 'None' : null)));
    return values.size === 1 ? [...values][0] : null;
  }

  private update(property: 'style' | 'weight' | 'color', value: string): void {
    this.write(property, value, (t) => {
      for (const { cell, edge } of borderEdges(t.range, t.index)) {
        const current = cell.borders[edge] ?? { style: 'Continuous', weight: 'Thin', color: '#000000' };
        cell.borders[edge] = { ...current, [property]: value };
      }
    });
  }
  get style(): string | null {
    return this.read('style');
  }
  set style(value: string) {
    this.update('style', value);
  }
  get weight(): string | null {
    return this.read('weight');
  }
  set weight(value: string) {
    this.update('weight', value);
  }
  get color(): string | null {
    return this.read('color');
  }
  set color(value: string) {
    this.update('color', value);
  }
}
