import { parseRect } from './addresses';
import { blankCell, WorkbookState, type HostCellValue } from './model';
import { excelEnums } from './enums';
import { createHandle, type StrictExcelHostHandle } from './handle';
import { ContextOwner, HostContext, isSetSupported, type FormulaValue, type HostCounters, type HostState } from './request';
import { WorkbookProxy } from './workbookProxies';

/**
 * A strict in-memory Excel for tests: `Excel` and `Office` globals with Office.js semantics
 * (proxies, load + sync before reads, writes applied at sync, 5 MB requests). It imports nothing
 * from Node, so the browser tests can bundle it and install it on `window` before the pane loads.
 */

export type { StrictExcelHostHandle, SheetView, CellView, ValidationView } from './handle';
export { HostError } from './errors';
export type { FormulaValue } from './request';

export interface InitialSheet {
  readonly name: string;
  /** Values from A1, row by row. */
  readonly values?: readonly (readonly HostCellValue[])[];
  readonly visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
  /** Cell fills to start with, A1 address → colour ("#RRGGBB"). */
  readonly fills?: Readonly<Record<string, string>>;
  /** Error values to start with, A1 address → error ("#N/A", "#DIV/0!"). */
  readonly errors?: Readonly<Record<string, string>>;
  /** Hyperlinks to start with, A1 address → URL. */
  readonly links?: Readonly<Record<string, string>>;
  /** 1-based rows the officer hid. */
  readonly hiddenRows?: readonly number[];
  /** Merged areas, A1 ranges ("A1:C1"). */
  readonly merges?: readonly string[];
  /** Worksheet.protection.protected. */
  readonly protected?: boolean;
}

export interface StrictExcelHostOptions {
  /** Requirement sets and their versions; default { ExcelApi: '1.9' }. */
  readonly supportedSets?: Readonly<Record<string, string>>;
  /** Largest request (and response) in bytes; default 5 MB, Excel on the web's limit. */
  readonly maxRequestBytes?: number;
  /** Default: one empty visible sheet, "Sheet1". */
  readonly initialSheets?: readonly InitialSheet[];
  /**
   * What `values` gives for a formula cell. The host does not calculate; by default a formula
   * reads back as null, so nothing passes by accident. A test may plug in a formula engine.
   */
  readonly formulaValue?: FormulaValue;
}

export const DEFAULT_MAX_REQUEST_BYTES = 5 * 1024 * 1024;

type Batch<R> = (context: { readonly workbook: WorkbookProxy; sync<T>(passThroughValue?: T): Promise<T | undefined> }) => Promise<R>;

export function installStrictExcelHost(target: object, options: StrictExcelHostOptions = {}): StrictExcelHostHandle {
  const workbook = new WorkbookState();
  for (const initial of options.initialSheets ?? [{ name: 'Sheet1' }]) {
    const sheet = workbook.add(initial.name);
    if (initial.visibility) sheet.visibility = initial.visibility;
    initial.values?.forEach((line, i) =>
      line.forEach((value, j) => {
        if (value !== '' && value !== null) sheet.cell(i + 1, j + 1).value = value;
      }),
    );
    for (const [a1, color] of Object.entries(initial.fills ?? {})) {
      const { top, left } = parseRect(a1);
      sheet.cell(top, left).fill = color;
    }
    for (const [a1, error] of Object.entries(initial.errors ?? {})) {
      const { top, left } = parseRect(a1);
      Object.assign(sheet.cell(top, left), { value: error, error: true, formula: null });
    }
    for (const [a1, url] of Object.entries(initial.links ?? {})) {
      const { top, left } = parseRect(a1);
      sheet.cell(top, left).hyperlink = url;
    }
    for (const row of initial.hiddenRows ?? []) sheet.hiddenRows.add(row);
    for (const merge of initial.merges ?? []) sheet.merges.push(parseRect(merge));
    sheet.protected = initial.protected ?? false;
  }
  workbook.active = workbook.visibleSheets()[0] ?? null;
  const counters: HostCounters = { syncCount: 0, largestRequestBytes: 0, totalRequestBytes: 0, largestResponseBytes: 0, requests: [] };
  const supportedSets = options.supportedSets ?? { ExcelApi: '1.9' };
  const settings = { maxRequestBytes: options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES, supportedSets, formulaValue: options.formulaValue ?? (() => null) };
  const host: HostState = { workbook, counters, settings };

  async function run<R>(first: Batch<R> | object, second?: Batch<R>): Promise<R> {
    const batch = typeof first === 'function' ? (first as Batch<R>) : second;
    if (!batch) throw new TypeError('Excel.run needs a batch function.');
    // Excel.run(options, batch): only delayForCellEdit is modelled (Excel.RunOptions).
    const delay = typeof first === 'object' && first !== null && (first as { delayForCellEdit?: unknown }).delayForCellEdit === true;
    // Excel.run(context, batch): a new batch in an earlier run's request context (an event handler result's `context`).
    const context = new HostContext(host, delay, first instanceof ContextOwner ? first : undefined);
    const requestContext = { workbook: new WorkbookProxy(context), sync: <T>(passThroughValue?: T) => context.sync(passThroughValue) };
    try {
      const result = await batch(requestContext);
      // Like Office.js, commands still queued when the batch returns are sent in a final request.
      if (context.pending > 0) await context.sync();
      return result;
    } finally {
      context.close();
    }
  }

  const excel = { run, ...excelEnums };
  const office = {
    HostType: { Excel: 'Excel', Word: 'Word', PowerPoint: 'PowerPoint', Outlook: 'Outlook', OneNote: 'OneNote', Project: 'Project', Access: 'Access' },
    PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac', iOS: 'iOS', Android: 'Android', Universal: 'Universal' },
    onReady: (callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }> => {
      const info = { host: 'Excel', platform: 'OfficeOnline' };
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      requirements: {
        isSetSupported: (name: string, minVersion?: string | number) =>
          isSetSupported(supportedSets, name, minVersion === undefined ? undefined : String(minVersion)),
      },
    },
  };
  Object.defineProperty(target, 'Excel', { value: excel, configurable: true, writable: true });
  Object.defineProperty(target, 'Office', { value: office, configurable: true, writable: true });
  return createHandle(workbook, counters, blankCell);
}

/** Removes what installStrictExcelHost defined, so a test can check the "Office.js did not load" path. */
export function uninstallStrictExcelHost(target: object): void {
  Reflect.deleteProperty(target, 'Excel');
  Reflect.deleteProperty(target, 'Office');
}
