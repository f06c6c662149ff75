import { MAX_COLUMNS, MAX_ROWS, parseRect, type Rect } from './addresses';
import { HostError, invalidArgument } from './errors';
import type { NameState, SheetState, WorkbookState, WorksheetChangedArgs } from './model';
import { RangeProxy } from './rangeProxies';
import { ClientObject, type HostContext } from './request';
import { ChartCollectionProxy } from './chartProxies';
import { WorksheetProtectionProxy } from './protection';
import { FreezePanesProxy, PageLayoutProxy, TableCollectionProxy, WorkbookTableCollectionProxy } from './sheetFeatureProxies';

/** The workbook, its sheets and its names. */

export class WorkbookProxy extends ClientObject<WorkbookState> {
  protected readonly typeName = 'Workbook';
  protected readonly scalarProperties = [];
  readonly worksheets: WorksheetCollectionProxy;
  private namesProxy: NamedItemCollectionProxy | undefined;
  private tablesProxy: WorkbookTableCollectionProxy | undefined;

  constructor(context: HostContext) {
    super(context, 'workbook', { bound: context.host.workbook });
    this.worksheets = new WorksheetCollectionProxy(context, 'workbook.worksheets', { bound: context.host.workbook });
  }
  protected snapshot(_target: WorkbookState, property: string): unknown {
    throw invalidArgument(`Workbook has no property '${property}'.`);
  }
  get tables(): WorkbookTableCollectionProxy {
    this.tablesProxy ??= new WorkbookTableCollectionProxy(this.context, 'workbook.tables', { bound: this.context.host.workbook });
    return this.tablesProxy;
  }
  get names(): NamedItemCollectionProxy {
    this.namesProxy ??= new NamedItemCollectionProxy(this.context, 'workbook.names', { bound: this.context.host.workbook });
    return this.namesProxy;
  }
}

const SHEET_PROPERTIES = ['name', 'position', 'visibility', 'tabColor', 'id'];

interface LoadedSheet {
  readonly sheet: SheetState;
  readonly values: Record<string, unknown>;
  readonly toJSON: () => unknown;
}

function sheetSnapshot(workbook: WorkbookState, sheet: SheetState, property: string): unknown {
  switch (property) {
    case 'name':
      return sheet.name;
    case 'position':
      return workbook.sheets.indexOf(sheet);
    case 'visibility':
      return sheet.visibility;
    case 'tabColor':
      return sheet.tabColor;
    case 'id':
      return sheet.id;
    // A navigation path, as in load('items/protection/protected') (ExcelApi 1.2).
    case 'protection/protected':
      return sheet.protected;
    default:
      throw invalidArgument(`Worksheet has no property '${property}'.`);
  }
}

export class WorksheetCollectionProxy extends ClientObject<WorkbookState> {
  protected readonly typeName = 'WorksheetCollection';
  protected readonly scalarProperties = ['items'];

  /** load("items/name,items/position") or load("items"): a list of loaded sheet proxies. */
  protected snapshot(target: WorkbookState, property: string): unknown {
    const entry = (sheet: SheetState, names: readonly string[]): LoadedSheet => {
      const values = Object.fromEntries(names.map((p) => [p, sheetSnapshot(target, sheet, p)]));
      // Only the values travel back; the model object stays on the host side.
      return { sheet, values, toJSON: () => values };
    };
    if (property === 'items') return target.sheets.map((s) => entry(s, SHEET_PROPERTIES));
    if (property.startsWith('items/')) return target.sheets.map((s) => entry(s, [property.slice('items/'.length)]));
    throw invalidArgument(`WorksheetCollection has no property '${property}'.`);
  }

  /** Item snapshots from several "items/x" loads are merged into one proxy per sheet. */
  get items(): WorksheetProxy[] {
    const loaded = this.toJSON();
    const bySheet = new Map<SheetState, Record<string, unknown>>();
    const lists = Object.entries(loaded).filter(([key]) => key === 'items' || key.startsWith('items/'));
    if (lists.length === 0) return this.read('items');
    for (const [, list] of lists) {
      for (const entry of list as LoadedSheet[]) {
        bySheet.set(entry.sheet, { ...(bySheet.get(entry.sheet) ?? {}), ...entry.values });
      }
    }
    return [...bySheet].map(([sheet, values]) => WorksheetProxy.loaded(this.context, sheet, values));
  }

  add(name?: string): WorksheetProxy {
    return new WorksheetProxy(this.context, `workbook.worksheets.add(${JSON.stringify(name ?? null)})`, () => {
      const workbook = this.bound();
      let chosen = name;
      if (chosen === undefined) {
        let n = 1;
        while (workbook.find(`Sheet${n}`)) n++;
        chosen = `Sheet${n}`;
      }
      return workbook.add(chosen);
    });
  }

  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(this.context, `workbook.worksheets.getItem(${JSON.stringify(key)})`, () => this.bound().get(key));
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    return new WorksheetProxy(this.context, `workbook.worksheets.getItemOrNullObject(${JSON.stringify(key)})`, () => this.bound().find(key) ?? null);
  }

  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, 'workbook.worksheets.getActiveWorksheet()', () => {
      const active = this.bound().active;
      if (!active) throw new HostError('ItemNotFound', 'There is no active worksheet.');
      return active;
    });
  }
}

const WHOLE_SHEET: Rect = { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLUMNS };

export class WorksheetProxy extends ClientObject<SheetState> {
  protected readonly typeName = 'Worksheet';
  protected readonly scalarProperties = SHEET_PROPERTIES;
  private tablesProxy: TableCollectionProxy | undefined;
  private freezeProxy: FreezePanesProxy | undefined;
  private pageLayoutProxy: PageLayoutProxy | undefined;
  private chartsProxy: ChartCollectionProxy | undefined;
  private protectionProxy: WorksheetProtectionProxy | undefined;

  /** A proxy for a sheet that came back in a loaded collection, with its loaded values. */
  static loaded(context: HostContext, sheet: SheetState, values: Record<string, unknown>): WorksheetProxy {
    const proxy = new WorksheetProxy(context, `workbook.worksheets.getItem(${JSON.stringify(sheet.id)})`, { bound: sheet });
    const { ['protection/protected']: isProtected, ...own } = values;
    proxy.deliverLoaded(own);
    if (isProtected !== undefined) {
      // Bound at once, like the sheet itself: nothing to resolve, so nothing is queued.
      proxy.protectionProxy = new WorksheetProtectionProxy(context, `${proxy.path}.protection`, { bound: sheet });
      proxy.protectionProxy.deliverLoaded({ protected: isProtected });
    }
    return proxy;
  }

  protected override isGone(target: SheetState): boolean {
    return target.deleted;
  }

  protected snapshot(target: SheetState, property: string): unknown {
    return sheetSnapshot(this.context.host.workbook, target, property);
  }

  get name(): string {
    return this.read('name');
  }
  set name(value: string) {
    this.write('name', value, (t) => this.context.host.workbook.rename(t, value));
  }
  get position(): number {
    return this.read('position');
  }
  set position(value: number) {
    this.write('position', value, (t) => this.context.host.workbook.move(t, value));
  }
  get visibility(): string {
    return this.read('visibility');
  }
  set visibility(value: string) {
    this.write('visibility', value, (t) => this.context.host.workbook.setVisibility(t, value));
  }
  get tabColor(): string {
    return this.read('tabColor');
  }
  set tabColor(value: string) {
    this.context.requireSet('1.7', 'Worksheet.tabColor');
    this.write('tabColor', value, (t) => {
      if (value !== '' && !/^#[0-9A-Fa-f]{6}$/.test(value)) throw invalidArgument(`'${value}' is not a tab colour.`);
      t.tabColor = value;
    });
  }
  get id(): string {
    return this.read('id');
  }

  /**
   * Worksheet.onChanged (ExcelApi 1.7): `add` registers at the next sync; its result's `remove`
   * is queued on the request context of the run it is called in (Office.js: "remove the handler
   * with the same RequestContext", Excel.run(result.context, …)), and applies at that run's sync.
   */
  get onChanged(): { add: (handler: (args: WorksheetChangedArgs) => unknown) => { readonly context: object; remove: () => void } } {
    this.context.requireSet('1.7', 'Worksheet.onChanged');
    return {
      add: (handler) => {
        const entry: { sheet?: SheetState; handler: typeof handler } = { handler };
        this.context.enqueue({ op: 'addHandler', path: `${this.path}.onChanged` }, () => {
          entry.sheet = this.bound();
          this.context.host.workbook.changeHandlers.push({ sheet: entry.sheet, handler });
        });
        const owner = this.context.owner;
        return {
          context: owner,
          remove: () =>
            owner.current().enqueue({ op: 'removeHandler', path: `${this.path}.onChanged` }, () => {
              const handlers = this.context.host.workbook.changeHandlers;
              const at = handlers.findIndex((h) => h.handler === handler);
              if (at >= 0) handlers.splice(at, 1);
            }),
        };
      },
    };
  }

  get tables(): TableCollectionProxy {
    this.tablesProxy ??= new TableCollectionProxy(
      this.context,
      `${this.path}.tables`,
      this.child((t) => t),
    );
    return this.tablesProxy;
  }
  get protection(): WorksheetProtectionProxy {
    this.context.requireSet('1.2', 'Worksheet.protection');
    this.protectionProxy ??= new WorksheetProtectionProxy(
      this.context,
      `${this.path}.protection`,
      this.child((t) => t),
    );
    return this.protectionProxy;
  }
  get charts(): ChartCollectionProxy {
    this.chartsProxy ??= new ChartCollectionProxy(
      this.context,
      `${this.path}.charts`,
      this.child((t) => t),
    );
    return this.chartsProxy;
  }
  get freezePanes(): FreezePanesProxy {
    this.freezeProxy ??= new FreezePanesProxy(
      this.context,
      `${this.path}.freezePanes`,
      this.child((t) => t),
    );
    return this.freezeProxy;
  }
  get pageLayout(): PageLayoutProxy {
    this.context.requireSet('1.9', 'Worksheet.pageLayout');
    this.pageLayoutProxy ??= new PageLayoutProxy(
      this.context,
      `${this.path}.pageLayout`,
      this.child((t) => t),
    );
    return this.pageLayoutProxy;
  }

  delete(): void {
    this.call('delete', [], (t) => this.context.host.workbook.remove(t));
  }

  activate(): void {
    this.call('activate', [], (t) => {
      if (t.visibility !== 'Visible') throw new HostError('InvalidOperation', 'A hidden sheet cannot be activated.');
      this.context.host.workbook.active = t;
    });
  }

  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.context, `${this.path}.getRange(${JSON.stringify(address ?? '')})`, () => ({
      sheet: this.bound(),
      rect: address === undefined || address === '' ? WHOLE_SHEET : parseRect(address),
    }));
  }

  getUsedRange(valuesOnly = false): RangeProxy {
    return new RangeProxy(this.context, `${this.path}.getUsedRange(${valuesOnly})`, () => {
      const sheet = this.bound();
      // An empty sheet's used range is A1, as in Excel.
      return { sheet, rect: sheet.usedRect(valuesOnly) ?? { top: 1, left: 1, bottom: 1, right: 1 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    this.context.requireSet('1.4', 'Worksheet.getUsedRangeOrNullObject');
    return new RangeProxy(this.context, `${this.path}.getUsedRangeOrNullObject(${valuesOnly})`, () => {
      const sheet = this.bound();
      const rect = sheet.usedRect(valuesOnly);
      return rect ? { sheet, rect } : null;
    });
  }
}

const NAME_PATTERN = /^[A-Za-z_\\\u00C0-\uFFFF][A-Za-z0-9_.\\\u00C0-\uFFFF]*$/;

const NAME_PROPERTIES = ['name', 'formula', 'comment'] as const;

interface LoadedName {
  readonly item: NameState;
  readonly values: Record<string, unknown>;
  readonly toJSON: () => unknown;
}

export class NamedItemCollectionProxy extends ClientObject<WorkbookState> {
  protected readonly typeName = 'NamedItemCollection';
  protected readonly scalarProperties = ['items'];
  protected snapshot(target: WorkbookState, property: string): unknown {
    const inner: readonly string[] = property === 'items' ? NAME_PROPERTIES : [property.slice('items/'.length)];
    if (property !== 'items' && !property.startsWith('items/')) throw invalidArgument(`NamedItemCollection has no property '${property}'.`);
    return target.names.map((item): LoadedName => {
      const values = Object.fromEntries(inner.map((p) => [p, NamedItemProxy.property(item, p)]));
      return { item, values, toJSON: () => values };
    });
  }

  /** Item proxies carrying only what was loaded, as for worksheets. */
  get items(): NamedItemProxy[] {
    const lists = Object.entries(this.toJSON()).filter(([key]) => key === 'items' || key.startsWith('items/'));
    if (lists.length === 0) return this.read('items');
    const byItem = new Map<NameState, Record<string, unknown>>();
    for (const [, list] of lists) {
      for (const entry of list as LoadedName[]) byItem.set(entry.item, { ...(byItem.get(entry.item) ?? {}), ...entry.values });
    }
    return [...byItem].map(([item, values]) => {
      const proxy = new NamedItemProxy(this.context, `workbook.names.getItem(${JSON.stringify(item.name)})`, { bound: item });
      proxy.deliverLoaded(values);
      return proxy;
    });
  }

  add(name: string, reference: RangeProxy | string, comment = ''): NamedItemProxy {
    this.context.requireSet('1.4', 'NamedItemCollection.add');
    return new NamedItemProxy(
      this.context,
      `workbook.names.add(${JSON.stringify(name)},${JSON.stringify(typeof reference === 'string' ? reference : reference.path)})`,
      () => {
        const workbook = this.bound();
        if (!NAME_PATTERN.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || /^[rRcC]$/.test(name)) throw invalidArgument(`'${name}' is not a valid name.`);
        if (workbook.names.some((n) => n.name.toLowerCase() === name.toLowerCase()))
          throw new HostError('ItemAlreadyExists', `The name '${name}' already exists.`);
        let formula: string;
        if (typeof reference === 'string') formula = reference.startsWith('=') ? reference : `=${reference}`;
        else formula = `=${reference.resolved().sheet.name}!${reference.path}`;
        const created: NameState = { name, formula, comment };
        workbook.names.push(created);
        return created;
      },
    );
  }

  getItemOrNullObject(name: string): NamedItemProxy {
    return new NamedItemProxy(
      this.context,
      `workbook.names.getItemOrNullObject(${JSON.stringify(name)})`,
      () => this.bound().names.find((n) => n.name.toLowerCase() === name.toLowerCase()) ?? null,
    );
  }

  getItem(name: string): NamedItemProxy {
    return new NamedItemProxy(this.context, `workbook.names.getItem(${JSON.stringify(name)})`, () => {
      const found = this.bound().names.find((n) => n.name.toLowerCase() === name.toLowerCase());
      if (!found) throw new HostError('ItemNotFound', `The name '${name}' doesn't exist.`);
      return found;
    });
  }
}

export class NamedItemProxy extends ClientObject<NameState> {
  protected readonly typeName = 'NamedItem';
  protected readonly scalarProperties = ['name', 'formula', 'comment'];
  static property(target: NameState, property: string): unknown {
    if (property === 'name' || property === 'formula' || property === 'comment') return target[property];
    throw invalidArgument(`NamedItem has no property '${property}'.`);
  }
  protected snapshot(target: NameState, property: string): unknown {
    return NamedItemProxy.property(target, property);
  }
  get name(): string {
    return this.read('name');
  }
  get formula(): string {
    return this.read('formula');
  }
  delete(): void {
    this.call('delete', [], (t) => {
      const names = this.context.host.workbook.names;
      names.splice(names.indexOf(t), 1);
    });
  }
}
