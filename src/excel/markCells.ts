import { parseAddress } from '../core/layout/a1';
import { MARKS_SHEET_NAME, type CellMark, type MarkStats } from '../core/ports/workbookPort';
import { SheetProtectedError } from './errors';

/**
 * Highlights the cells validation found, and takes the highlight off again leaving each cell as it
 * was. The previous fills are kept on a very hidden sheet (sheet, cell, previous colour per row),
 * not in the pane's memory, so "clear" still works after the pane was closed or Excel restarted.
 *
 * Syncs: one to list the sheets, one to read old marks (only when there are some), then one per
 * block of CELLS_PER_BATCH cells to load the previous fills, and one per block to write. A few
 * hundred issues take four syncs. Cell values are never touched; only fills, and the marks sheet.
 *
 * Excel reports "no fill" as #FFFFFF (ExcelApi 1.9 has no fill pattern), so a white previous fill
 * is restored as no fill: it looks the same, and it is what almost every such cell had.
 */

export const MARKS_SHEET = MARKS_SHEET_NAME;
export const MARK_COLORS: Readonly<Record<CellMark['severity'], string>> = { error: '#FFC7CE', warning: '#FFEB9C' };
/** Per request about 150 bytes a cell (a range path and a fill), so a block stays near 1 MB. */
export const CELLS_PER_BATCH = 5_000;
const NO_FILL = '#FFFFFF';
const HEADER = ['sheet', 'cell', 'previousFill'];

interface StoredMark {
  readonly sheet: string;
  readonly cell: string;
  readonly previous: string;
}

interface SheetInfo {
  readonly visible: boolean;
  /** Worksheet.protection.protected (ExcelApi 1.2): Excel refuses fills there with AccessDenied. */
  readonly locked: boolean;
}

async function sheetsOf(context: Excel.RequestContext): Promise<Map<string, SheetInfo>> {
  const sheets = context.workbook.worksheets.load('items/name,items/visibility,items/protection/protected');
  await context.sync();
  return new Map(sheets.items.map((s) => [s.name, { visible: s.visibility === 'Visible', locked: s.protection.protected }]));
}

/**
 * Fills on a protected sheet fail at sync with AccessDenied, after earlier blocks were applied; so
 * every sheet to touch is checked first and a protected one stops the call before any change
 * (https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotection).
 */
function refuseProtected(sheetNames: Iterable<string>, sheets: ReadonlyMap<string, SheetInfo>): void {
  for (const name of sheetNames) if (sheets.get(name)?.locked === true) throw new SheetProtectedError(name);
}

async function storedMarks(context: Excel.RequestContext, sheets: ReadonlyMap<string, SheetInfo>): Promise<StoredMark[]> {
  if (!sheets.has(MARKS_SHEET)) return [];
  const used = context.workbook.worksheets.getItem(MARKS_SHEET).getUsedRangeOrNullObject(true);
  used.load('values');
  await context.sync();
  if (used.isNullObject) return [];
  return used.values
    .slice(1)
    .map((row) => ({ sheet: String(row[0] ?? ''), cell: String(row[1] ?? ''), previous: String(row[2] ?? '') }))
    .filter((mark) => mark.sheet !== '' && mark.cell !== '');
}

function isCell(cell: string): boolean {
  try {
    parseAddress(cell);
    return true;
  } catch {
    return false;
  }
}

function blocks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CELLS_PER_BATCH) out.push(items.slice(i, i + CELLS_PER_BATCH));
  return out;
}

/** Queues the restoring fills (no sync): marks on sheets that are gone since are dropped. */
function queueRestore(context: Excel.RequestContext, stored: readonly StoredMark[], sheets: ReadonlyMap<string, SheetInfo>): number {
  let restored = 0;
  for (const mark of stored) {
    if (!sheets.has(mark.sheet) || !isCell(mark.cell)) continue;
    const fill = context.workbook.worksheets.getItem(mark.sheet).getRange(mark.cell).format.fill;
    if (mark.previous === '' || mark.previous.toUpperCase() === NO_FILL) fill.clear();
    else fill.color = mark.previous;
    restored++;
  }
  return restored;
}

/** Queues the marks sheet's deletion: Excel refuses to delete a very hidden sheet, so it is made hidden first. */
function deleteMarksSheet(context: Excel.RequestContext): void {
  const sheet = context.workbook.worksheets.getItem(MARKS_SHEET);
  sheet.visibility = 'Hidden';
  sheet.delete();
}

export async function markCells(context: Excel.RequestContext, marks: readonly CellMark[]): Promise<MarkStats> {
  const sheets = await sheetsOf(context);
  const stored = await storedMarks(context, sheets);
  refuseProtected(new Set([...stored.map((m) => m.sheet), ...marks.filter((m) => sheets.get(m.sheet)?.visible === true).map((m) => m.sheet)]), sheets);
  queueRestore(context, stored, sheets);

  // One mark a cell; an error outranks a warning on the same cell.
  const wanted = new Map<string, CellMark>();
  let skipped = 0;
  for (const mark of marks) {
    const usable = mark.sheet !== MARKS_SHEET && sheets.get(mark.sheet)?.visible === true && isCell(mark.cell);
    if (!usable) {
      skipped++;
      continue;
    }
    const key = `${mark.sheet}\u0000${mark.cell.toUpperCase()}`;
    const before = wanted.get(key);
    if (before === undefined) wanted.set(key, { ...mark, cell: mark.cell.toUpperCase() });
    else if (before.severity === 'warning' && mark.severity === 'error') wanted.set(key, { ...before, severity: 'error' });
    else skipped++;
  }
  const targets = [...wanted.values()];

  // The restores queued above go with the first load, so a cell marked again reads its own fill.
  const previous: string[] = [];
  for (const block of blocks(targets)) {
    const fills = block.map((mark) => context.workbook.worksheets.getItem(mark.sheet).getRange(mark.cell).format.fill.load('color'));
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- a block of CELLS_PER_BATCH loads is what keeps a request near 1 MB (Excel on the web refuses 5 MB); a few hundred marks are one block.
    await context.sync();
    previous.push(...fills.map((fill) => fill.color ?? NO_FILL));
  }
  if (targets.length === 0) {
    if (stored.length === 0) return { marked: 0, skipped };
    deleteMarksSheet(context);
    await context.sync();
    return { marked: 0, skipped };
  }

  const indexed = targets.map((mark, i) => ({ mark, previous: previous[i] ?? NO_FILL, row: i + 2 }));
  if (sheets.has(MARKS_SHEET)) deleteMarksSheet(context);
  const marksSheet = context.workbook.worksheets.add(MARKS_SHEET);
  marksSheet.visibility = 'VeryHidden';
  const header = marksSheet.getRange('A1:C1');
  header.numberFormat = [HEADER.map(() => '@')];
  header.values = [HEADER];
  for (const block of blocks(indexed)) {
    const first = block[0]?.row ?? 2;
    const last = first + block.length - 1;
    const rows = marksSheet.getRange(`A${first}:C${last}`);
    // Text, so a sheet name or colour is never taken as a number or formula.
    rows.numberFormat = block.map(() => ['@', '@', '@']);
    rows.values = block.map(({ mark, previous: fill }) => [mark.sheet, mark.cell, fill]);
    for (const { mark } of block) context.workbook.worksheets.getItem(mark.sheet).getRange(mark.cell).format.fill.color = MARK_COLORS[mark.severity];
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- as above: one request per block of CELLS_PER_BATCH fills, to stay under Excel on the web's request limit.
    await context.sync();
  }
  return { marked: targets.length, skipped };
}

export async function clearMarks(context: Excel.RequestContext): Promise<number> {
  const sheets = await sheetsOf(context);
  if (!sheets.has(MARKS_SHEET)) return 0;
  const stored = await storedMarks(context, sheets);
  refuseProtected(new Set(stored.map((m) => m.sheet)), sheets);
  const all = blocks(stored);
  if (all.length === 0) all.push([]);
  let restored = 0;
  for (const block of all) {
    restored += queueRestore(context, block, sheets);
    // The marks sheet goes with the last block: a failure before it leaves the marks to clear again.
    if (block === all[all.length - 1]) deleteMarksSheet(context);
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per block of CELLS_PER_BATCH fills, to stay under Excel on the web's request limit.
    await context.sync();
  }
  return restored;
}
