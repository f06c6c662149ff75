import { overlaps, parseRect, rectAddress, rectColumns, splitSheet, type Rect } from './addresses';
import { HostError, invalidArgument } from './errors';
import type { SheetState, TableState, WorkbookState } from './model';
import type { RangeProxy } from './rangeProxies';
import { ClientObject } from './request';
// A cycle with workbookProxies, used only inside getters (after both modules have loaded).
import { WorksheetProxy } from './workbookProxies';

/** What hangs off a worksheet besides ranges: tables, freeze panes, page layout. */

/** A Range proxy or an address on `sheet` (an address naming another sheet is refused). */
export function rectOn(sheet: SheetState, where: RangeProxy | string): Rect {
  if (typeof where !== 'string') {
    const target = where.resolved();
    if (target.sheet !== sheet) throw invalidArgument('The range is on another sheet.');
    return target.rect;
  }
  const { sheet: named, a1 } = splitSheet(where);
  if (named !== undefined && named.toLowerCase() !== sheet.name.toLowerCase()) throw invalidArgument(`'${where}' is not on sheet '${sheet.name}'.`);
  return parseRect(a1);
}

const TABLE_NAME = /^[A-Za-z_\\][A-Za-z0-9_.]*$/;

function checkTableName(workbook: WorkbookState, table: TableState, name: string): void {
  if (!TABLE_NAME.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || name.length > 255) throw invalidArgument(`'${name}' is not a valid table name.`);
  const lower = name.toLowerCase();
  const clash =
    workbook.sheets.some((s) => s.tables.some((t) => t !== table && t.name.toLowerCase() === lower)) ||
    workbook.names.some((n) => n.name.toLowerCase() === lower);
  if (clash) throw new HostError('ItemAlreadyExists', `A table or name called '${name}' already exists.`);
}

export class TableCollectionProxy extends ClientObject<SheetState> {
  protected readonly typeName = 'TableCollection';
  protected readonly scalarProperties = ['count'];
  protected snapshot(target: SheetState, property: string): unknown {
    if (property === 'count') return target.tables.length;
    throw invalidArgument(`TableCollection has no property '${property}'.`);
  }
  get count(): number {
    return this.read('count');
  }

  add(address: RangeProxy | string, hasHeaders: boolean): TableProxy {
    const label = typeof address === 'string' ? address : address.path;
    return new TableProxy(this.context, `${this.path}.add(${JSON.stringify(label)},${hasHeaders})`, () => {
      const sheet = this.bound();
      const workbook = this.context.host.workbook;
      const rect = rectOn(sheet, address);
      if (sheet.tables.some((t) => overlaps(t.rect, rect))) throw new HostError('InvalidOperation', 'A table cannot overlap another table.');
      if (sheet.merges.some((m) => overlaps(m, rect))) throw new HostError('InvalidOperation', 'A table cannot overlap merged cells.');
      let n = 1;
      const taken = (name: string): boolean => workbook.sheets.some((s) => s.tables.some((t) => t.name === name));
      while (taken(`Table${n}`)) n++;
      const table: TableState = { name: `Table${n}`, rect, style: 'TableStyleMedium2', hasHeaders };
      // Excel turns header cells into unique text, filling blanks with ColumnN.
      if (hasHeaders) {
        for (let i = 0; i < rectColumns(rect); i++) {
          const cell = sheet.cell(rect.top, rect.left + i);
          if (cell.value === '' || cell.value === null) cell.value = `Column${i + 1}`;
          else cell.value = String(cell.value);
          cell.formula = null;
        }
      }
      sheet.tables.push(table);
      return { sheet, table };
    });
  }
}

/** Workbook.tables: every table of every sheet, found by name. */
export class WorkbookTableCollectionProxy extends ClientObject<WorkbookState> {
  protected readonly typeName = 'TableCollection';
  protected readonly scalarProperties = ['count'];
  protected snapshot(target: WorkbookState, property: string): unknown {
    if (property === 'count') return target.sheets.reduce((n, s) => n + s.tables.length, 0);
    throw invalidArgument(`TableCollection has no property '${property}'.`);
  }
  get count(): number {
    return this.read('count');
  }
  private find(key: string): TableTarget | null {
    const lower = key.toLowerCase();
    for (const sheet of this.bound().sheets) {
      const table = sheet.tables.find((t) => t.name.toLowerCase() === lower);
      if (table) return { sheet, table };
    }
    return null;
  }
  getItemOrNullObject(key: string): TableProxy {
    this.context.requireSet('1.4', 'TableCollection.getItemOrNullObject');
    return new TableProxy(this.context, `workbook.tables.getItemOrNullObject(${JSON.stringify(key)})`, () => this.find(key));
  }
  getItem(key: string): TableProxy {
    return new TableProxy(this.context, `workbook.tables.getItem(${JSON.stringify(key)})`, () => {
      const found = this.find(key);
      if (!found) throw new HostError('ItemNotFound', `The table '${key}' doesn't exist.`);
      return found;
    });
  }
}

interface TableTarget {
  readonly sheet: SheetState;
  readonly table: TableState;
}

export class TableProxy extends ClientObject<TableTarget> {
  protected readonly typeName = 'Table';
  protected readonly scalarProperties = ['name', 'style'];
  private worksheetProxy: WorksheetProxy | undefined;

  protected override isGone(target: TableTarget): boolean {
    return target.sheet.deleted || !target.sheet.tables.includes(target.table);
  }

  get worksheet(): WorksheetProxy {
    this.worksheetProxy ??= new WorksheetProxy(
      this.context,
      `${this.path}.worksheet`,
      this.child((t) => t.sheet),
    );
    return this.worksheetProxy;
  }
  protected snapshot(target: TableTarget, property: string): unknown {
    if (property === 'name') return target.table.name;
    if (property === 'style') return target.table.style;
    throw invalidArgument(`Table has no property '${property}'.`);
  }
  get name(): string {
    return this.read('name');
  }
  set name(value: string) {
    this.write('name', value, (t) => {
      checkTableName(this.context.host.workbook, t.table, value);
      t.table.name = value;
    });
  }
  get style(): string {
    return this.read('style');
  }
  set style(value: string) {
    this.write('style', value, (t) => {
      if (!/^TableStyle(Light|Medium|Dark)\d{1,2}$/.test(value)) throw invalidArgument(`'${value}' is not a built-in table style.`);
      t.table.style = value;
    });
  }
}

export class FreezePanesProxy extends ClientObject<SheetState> {
  protected readonly typeName = 'WorksheetFreezePanes';
  protected readonly scalarProperties = [];
  protected snapshot(_target: SheetState, property: string): unknown {
    throw invalidArgument(`WorksheetFreezePanes has no property '${property}'.`);
  }
  private static count(value: number): number {
    if (!Number.isInteger(value) || value < 0) throw invalidArgument(`${value} is not a row or column count.`);
    return value;
  }
  freezeRows(count = 1): void {
    this.call('freezeRows', [count], (t) => (t.freeze = { rows: FreezePanesProxy.count(count), columns: 0 }));
  }
  freezeColumns(count = 1): void {
    this.call('freezeColumns', [count], (t) => (t.freeze = { rows: 0, columns: FreezePanesProxy.count(count) }));
  }
  /** Freezes the rows and columns of `frozen`, which must start at A1 (the top-left pane). */
  freezeAt(frozen: RangeProxy | string): void {
    this.call('freezeAt', [typeof frozen === 'string' ? frozen : frozen.path], (t) => {
      const rect = rectOn(t, frozen);
      t.freeze = { rows: rect.bottom, columns: rect.right };
    });
  }
  unfreeze(): void {
    this.call('unfreeze', [], (t) => (t.freeze = { rows: 0, columns: 0 }));
  }
}

const PAPER = ['Letter', 'Legal', 'A3', 'A4', 'A5', 'B4', 'B5', 'Executive', 'Tabloid'];

export class PageLayoutProxy extends ClientObject<SheetState> {
  protected readonly typeName = 'PageLayout';
  protected readonly scalarProperties = ['orientation', 'paperSize', 'leftMargin', 'rightMargin', 'topMargin', 'bottomMargin', 'centerHorizontally', 'zoom'];
  protected snapshot(target: SheetState, property: string): unknown {
    if (!this.scalarProperties.includes(property)) throw invalidArgument(`PageLayout has no property '${property}'.`);
    const value = target.pageLayout[property as keyof SheetState['pageLayout']];
    return typeof value === 'object' && value !== null ? { ...value } : value;
  }

  private setLayout<K extends 'orientation' | 'paperSize' | 'leftMargin' | 'rightMargin' | 'topMargin' | 'bottomMargin' | 'centerHorizontally'>(
    key: K,
    value: SheetState['pageLayout'][K],
    check: () => void,
  ): void {
    this.write(key, value, (t) => {
      check();
      t.pageLayout[key] = value;
    });
  }
  private static margin(value: number): void {
    if (!(value >= 0 && value < 1000)) throw invalidArgument(`A margin of ${value} points is not valid.`);
  }

  get orientation(): string {
    return this.read('orientation');
  }
  set orientation(value: string) {
    this.setLayout('orientation', value, () => {
      if (value !== 'Portrait' && value !== 'Landscape') throw invalidArgument(`'${value}' is not a page orientation.`);
    });
  }
  get paperSize(): string {
    return this.read('paperSize');
  }
  set paperSize(value: string) {
    this.setLayout('paperSize', value, () => {
      if (!PAPER.includes(value)) throw invalidArgument(`'${value}' is not a paper size the host knows.`);
    });
  }
  get leftMargin(): number {
    return this.read('leftMargin');
  }
  set leftMargin(value: number) {
    this.setLayout('leftMargin', value, () => PageLayoutProxy.margin(value));
  }
  get rightMargin(): number {
    return this.read('rightMargin');
  }
  set rightMargin(value: number) {
    this.setLayout('rightMargin', value, () => PageLayoutProxy.margin(value));
  }
  get topMargin(): number {
    return this.read('topMargin');
  }
  set topMargin(value: number) {
    this.setLayout('topMargin', value, () => PageLayoutProxy.margin(value));
  }
  get bottomMargin(): number {
    return this.read('bottomMargin');
  }
  set bottomMargin(value: number) {
    this.setLayout('bottomMargin', value, () => PageLayoutProxy.margin(value));
  }
  get centerHorizontally(): boolean {
    return this.read('centerHorizontally');
  }
  set centerHorizontally(value: boolean) {
    this.setLayout('centerHorizontally', value, () => undefined);
  }
  get zoom(): { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number } {
    return this.read('zoom');
  }
  set zoom(value: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
    this.write('zoom', value, (t) => {
      const pages = [value.horizontalFitToPages, value.verticalFitToPages].filter((v) => v !== undefined);
      if (value.scale !== undefined && (pages.length > 0 || !(value.scale >= 10 && value.scale <= 400)))
        throw invalidArgument('Zoom is either a scale of 10-400 or fit-to-pages.');
      if (pages.some((p) => !Number.isInteger(p) || p < 0)) throw invalidArgument('Fit-to-pages counts are whole numbers (0 = automatic).');
      t.pageLayout.zoom = { ...value };
    });
  }
  setPrintArea(area: RangeProxy | string): void {
    this.call('setPrintArea', [typeof area === 'string' ? area : area.path], (t) => {
      t.pageLayout.printArea = rectAddress(rectOn(t, area));
    });
  }
  /** Takes whole rows ("$3:$4"), as Excel's print titles are. */
  setPrintTitleRows(rows: RangeProxy | string): void {
    this.call('setPrintTitleRows', [typeof rows === 'string' ? rows : rows.path], (t) => {
      if (typeof rows === 'string' && !/^\$?\d+:\$?\d+$/.test(splitSheet(rows).a1)) throw invalidArgument(`'${rows}' is not a row range like $3:$3.`);
      const rect = rectOn(t, rows);
      t.pageLayout.printTitleRows = `$${rect.top}:$${rect.bottom}`;
    });
  }
}
