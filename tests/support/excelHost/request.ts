import { HostError, invalidArgument, notLoaded } from './errors';
import type { WorkbookState } from './model';

/**
 * The request machinery: proxies queue operations; context.sync() sends them as one request. The
 * request size is the UTF-8 length of the JSON of the queued operations, so a test sees what Excel
 * on the web would refuse (5 MB per request and per response).
 */

export interface HostCounters {
  syncCount: number;
  largestRequestBytes: number;
  totalRequestBytes: number;
  largestResponseBytes: number;
  /** One entry per sync: request bytes and number of operations. */
  readonly requests: { bytes: number; operations: number }[];
}

/** What a formula cell's value reads as; the host does not calculate, a test may. `{ error }` is an error value such as "#DIV/0!". */
export type FormulaValue = (formula: string, sheet: string, address: string) => string | number | boolean | null | { readonly error: string };

export interface HostSettings {
  readonly maxRequestBytes: number;
  readonly supportedSets: Readonly<Record<string, string>>;
  readonly formulaValue: FormulaValue;
}

export interface HostState {
  readonly workbook: WorkbookState;
  readonly counters: HostCounters;
  readonly settings: HostSettings;
}

/** What a load sends back: its payload counts toward the response size. */
interface LoadResult {
  readonly payload: unknown;
  readonly deliver: () => void;
}

interface Operation {
  readonly wire: unknown;
  readonly apply: () => LoadResult | void;
}

const ENCODER = new TextEncoder();

/** UTF-8 size of a string, as it travels in a request. */
export function utf8Length(text: string): number {
  return ENCODER.encode(text).length;
}

/**
 * What Office.js calls the RequestContext, across runs: an event handler's result keeps it, and
 * `Excel.run(result.context, batch)` runs a new batch in it (the way to remove that handler).
 */
export class ContextOwner {
  private context: HostContext | null = null;

  attach(context: HostContext): void {
    this.context = context;
  }

  /** The context of the run now using this owner. */
  current(): HostContext {
    if (this.context === null) throw new HostError('InvalidObjectPath', 'The request context has no run.');
    return this.context;
  }
}

export class HostContext {
  private queue: Operation[] = [];
  private closed = false;
  readonly owner: ContextOwner;

  /** `delayForCellEdit` from Excel.run's options: wait out cell-edit mode instead of failing. */
  constructor(
    readonly host: HostState,
    private readonly delayForCellEdit = false,
    owner?: ContextOwner,
  ) {
    this.owner = owner ?? new ContextOwner();
    this.owner.attach(this);
  }

  enqueue(wire: unknown, apply: () => LoadResult | void): void {
    if (this.closed) throw new HostError('InvalidObjectPath', 'The request context has ended: objects from a finished Excel.run cannot be used.');
    this.queue.push({ wire, apply });
  }

  get pending(): number {
    return this.queue.length;
  }

  close(): void {
    this.closed = true;
  }

  requireSet(version: string, what: string): void {
    if (!isSetSupported(this.host.settings.supportedSets, 'ExcelApi', version)) {
      throw new HostError('ApiNotFound', `${what} needs ExcelApi ${version}, which this host does not support.`);
    }
  }

  /** Like Office.js, resolves with the value it was given. */
  async sync<T>(passThroughValue?: T): Promise<T | undefined> {
    await this.send();
    return passThroughValue;
  }

  private async send(): Promise<void> {
    const operations = this.queue;
    this.queue = [];
    const { counters, settings } = this.host;
    counters.syncCount++;
    const bytes = utf8Length(JSON.stringify(operations.map((op) => op.wire)));
    counters.requests.push({ bytes, operations: operations.length });
    counters.totalRequestBytes += bytes;
    counters.largestRequestBytes = Math.max(counters.largestRequestBytes, bytes);
    await Promise.resolve();
    // "When false, if the user is in cell edit when the batch request is processed by the host, the
    // batch automatically fails. When true, ... the batch request is delayed until the user exits
    // cell edit mode." (Excel.RunOptions, https://learn.microsoft.com/javascript/api/excel/excel.runoptions)
    if (this.host.workbook.cellEditing) {
      if (!this.delayForCellEdit) throw new HostError('InvalidOperationInCellEditMode', 'The operation is not available while Excel is in Edit cell mode.');
      await this.host.workbook.editEnded();
    }
    if (bytes > settings.maxRequestBytes) {
      throw new HostError(
        'RequestPayloadSizeLimitExceeded',
        `The request payload size (${bytes} bytes) exceeds the limit (${settings.maxRequestBytes} bytes).`,
      );
    }
    // Operations apply in order; the first failure stops the rest, as in Excel.
    const loads: LoadResult[] = [];
    for (const op of operations) {
      const result = op.apply();
      if (result) loads.push(result);
    }
    const responseBytes = utf8Length(JSON.stringify(loads.map((l) => l.payload)));
    counters.largestResponseBytes = Math.max(counters.largestResponseBytes, responseBytes);
    if (responseBytes > settings.maxRequestBytes) {
      throw new HostError(
        'ResponsePayloadSizeLimitExceeded',
        `The response payload size (${responseBytes} bytes) exceeds the limit (${settings.maxRequestBytes} bytes).`,
      );
    }
    for (const load of loads) load.deliver();
  }
}

function versionAtLeast(have: string, want: string): boolean {
  const a = have.split('.').map(Number);
  const b = want.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

export function isSetSupported(sets: Readonly<Record<string, string>>, name: string, minVersion?: string): boolean {
  const have = sets[name];
  if (have === undefined) return false;
  return minVersion === undefined || versionAtLeast(have, minVersion);
}

/** Parses load()'s argument: "a, b", ["a","b"], { select: "a,b" }; "items/x" goes to collection items. */
export function parseSelect(select: unknown): string[] | null {
  if (select === undefined || select === null) return null;
  if (typeof select === 'string')
    return select
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
  if (Array.isArray(select)) return select.flatMap((s) => parseSelect(s) ?? []);
  if (typeof select === 'object' && 'select' in select) return parseSelect(select.select);
  throw invalidArgument('load() takes a property list.');
}

/**
 * The base of every proxy. It binds to a model object when its creating operation runs during
 * sync (so getItem after a rename in the same batch sees the new name, as in Excel) and keeps the
 * values a load delivered; reading anything else throws PropertyNotLoaded.
 */
export abstract class ClientObject<T extends object> {
  private target: T | null | undefined;
  private readonly loaded = new Map<string, unknown>();
  protected abstract readonly typeName: string;
  /** What load() with no argument loads. */
  protected abstract readonly scalarProperties: readonly string[];

  constructor(
    protected readonly context: HostContext,
    readonly path: string,
    resolve: (() => T | null) | { readonly bound: T },
  ) {
    if (typeof resolve === 'function') {
      context.enqueue({ op: 'object', path }, () => {
        this.target = resolve();
      });
    } else {
      this.target = resolve.bound;
    }
  }

  /** The model object, during sync. Null objects and deleted sheets cannot be used. */
  protected bound(): T {
    const target = this.target;
    if (target === undefined) throw new HostError('InvalidObjectPath', `${this.typeName} was used before it was resolved.`);
    if (target === null) throw new HostError('ItemNotFound', `${this.typeName} is a null object.`);
    if (this.isGone(target)) throw new HostError('ItemNotFound', `${this.typeName} no longer exists.`);
    return target;
  }

  protected isGone(_target: T): boolean {
    return false;
  }

  /** Reads one property for a load; throws for a property the type does not have. */
  protected abstract snapshot(target: T, property: string): unknown;

  get isNullObject(): boolean {
    return this.read<boolean>('isNullObject');
  }

  load(select?: unknown): this {
    const properties = parseSelect(select) ?? [...this.scalarProperties];
    this.context.enqueue({ op: 'load', path: this.path, properties }, () => {
      const target = this.target;
      if (target === undefined) throw new HostError('InvalidObjectPath', `${this.typeName} was used before it was resolved.`);
      if (target === null) return { payload: { isNullObject: true }, deliver: () => this.loaded.set('isNullObject', true) };
      const live = this.bound();
      const values = new Map<string, unknown>(properties.map((p) => [p, this.snapshot(live, p)]));
      return {
        payload: Object.fromEntries(values),
        deliver: () => {
          this.loaded.set('isNullObject', false);
          for (const [key, value] of values) this.loaded.set(key, value);
        },
      };
    });
    return this;
  }

  protected read<V>(property: string): V {
    if (!this.loaded.has(property)) throw notLoaded(property, this.typeName);
    return this.loaded.get(property) as V;
  }

  protected write(property: string, value: unknown, apply: (target: T) => void): void {
    this.context.enqueue({ op: 'set', path: this.path, property, value }, () => {
      const target = this.bound();
      this.guard(target, property);
      apply(target);
    });
  }

  protected call(method: string, args: readonly unknown[], apply: (target: T) => void): void {
    this.context.enqueue({ op: 'call', path: this.path, method, args }, () => {
      const target = this.bound();
      this.guard(target, method);
      apply(target);
    });
  }

  /** Refuses a change the target does not allow now (a protected sheet's cells); nothing by default. */
  protected guard(_target: T, _change: string): void {}

  /** Resolves a child's model object during sync, from this proxy's own. */
  protected child<C>(pick: (target: T) => C): () => C {
    return () => pick(this.bound());
  }

  /** Values that arrived with a collection's load, for the item proxies it hands out. */
  deliverLoaded(values: Record<string, unknown>): void {
    this.loaded.set('isNullObject', false);
    for (const [key, value] of Object.entries(values)) this.loaded.set(key, value);
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}
