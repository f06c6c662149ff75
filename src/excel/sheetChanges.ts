/**
 * Watching a sheet for the officer's edits: Worksheet.onChanged (ExcelApi 1.7, within the 1.9 the
 * add-in requires; https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events).
 * A handler is registered in one Excel.run and removed "with the same RequestContext", that is in
 * Excel.run(result.context, …). Handlers do not outlive the pane: Excel drops them when it closes.
 */

interface ChangedEvent {
  add(handler: () => Promise<void>): { readonly context: object; remove(): void };
}

interface WatchableSheet {
  readonly isNullObject: boolean;
  readonly onChanged: ChangedEvent;
  load(properties: string): void;
}

interface WatchContext {
  readonly workbook: { readonly worksheets: { getItemOrNullObject(name: string): WatchableSheet } };
  sync(): Promise<void>;
}

export interface ExcelRunner {
  run<T>(options: object, batch: (context: WatchContext) => Promise<T>): Promise<T>;
}

/** Stops watching; resolves when Excel has removed the handler. */
export type StopWatching = () => Promise<void>;

/**
 * Calls `onChange` after each edit of the first sheet of `names` that exists (a plan sheet under
 * any of its names). Resolves to the function that stops it, or null when none of the sheets
 * exists. Excel also reports the add-in's own writes to the sheet: callers debounce and re-read,
 * which such a write leaves unchanged.
 */
export async function watchSheet(excel: ExcelRunner, options: object, names: readonly string[], onChange: () => void): Promise<StopWatching | null> {
  const registered = await excel.run(options, async (context) => {
    const sheets = names.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
    // isNullObject is filled by the sync of any load (Office.js); a name is the smallest thing to load.
    for (const sheet of sheets) sheet.load('name');
    await context.sync();
    const sheet = sheets.find((s) => !s.isNullObject);
    if (sheet === undefined) return null;
    const result = sheet.onChanged.add(() => {
      onChange();
      return Promise.resolve();
    });
    await context.sync();
    return result;
  });
  if (registered === null) return null;
  return () =>
    excel.run(registered.context, async (context) => {
      registered.remove();
      await context.sync();
    });
}
