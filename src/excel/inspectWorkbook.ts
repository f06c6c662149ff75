import type { WorkbookLayout } from '../core/layout/types';
import { SheetProtectedError, TableNameConflictError } from './errors';

/**
 * What a render needs to know about the open workbook before planning: its sheets and their
 * positions, its defined names, the active sheet, whether a sheet to replace is protected
 * (SheetProtectedError) and whether any of the layout's table names is taken. One sync, plus one
 * more only when a table of ours already exists somewhere.
 */

export interface ExistingSheet {
  readonly name: string;
  readonly position: number;
  /** "Visible", "Hidden" or "VeryHidden": Excel refuses to delete a very hidden sheet as it is. */
  readonly visibility: string;
}

export interface WorkbookFacts {
  readonly sheets: readonly ExistingSheet[];
  /** Lower-cased names of workbook-scoped defined names. */
  readonly names: ReadonlySet<string>;
  readonly activeSheet: string;
  /** Round trips spent finding this out. */
  readonly syncs: number;
}

export async function inspectWorkbook(context: Excel.RequestContext, layout: WorkbookLayout): Promise<WorkbookFacts> {
  const sheets = context.workbook.worksheets.load('items/name,items/position,items/visibility,items/protection/protected');
  const names = context.workbook.names.load('items/name');
  const active = context.workbook.worksheets.getActiveWorksheet().load('name');
  const tables = layout.sheets.flatMap((s) => s.tables).map((t) => context.workbook.tables.getItemOrNullObject(t.name).load('name'));
  await context.sync();
  // A protected sheet is one the officer locked on purpose (Worksheet.protection.protected, ExcelApi 1.2,
  // https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotection). Excel would let us delete
  // it and add ours, silently dropping the protection, so a layout that replaces one is refused whole.
  const replaced = new Set(layout.sheets.map((s) => s.name.toLowerCase()));
  const locked = sheets.items.find((s) => replaced.has(s.name.toLowerCase()) && s.protection.protected);
  if (locked) throw new SheetProtectedError(locked.name);
  const facts = {
    sheets: sheets.items.map((s) => ({ name: s.name, position: s.position, visibility: s.visibility })),
    names: new Set(names.items.map((n) => n.name.toLowerCase())),
    activeSheet: active.name,
  };

  // Table names are workbook-wide: one of ours already used on a sheet we keep would make Excel
  // refuse half-way through the render, so find out first. The usual hit is a re-render, where
  // the table sits on a sheet about to be replaced, which is fine.
  const found = tables.filter((t) => !t.isNullObject);
  if (found.length === 0) return { ...facts, syncs: 1 };
  const homes = found.map((t) => t.worksheet.load('name'));
  await context.sync();
  const conflict = found.findIndex((_, i) => !replaced.has((homes[i]?.name ?? '').toLowerCase()));
  const table = found[conflict];
  if (table) throw new TableNameConflictError(table.name, homes[conflict]?.name ?? '');
  return { ...facts, syncs: 2 };
}
