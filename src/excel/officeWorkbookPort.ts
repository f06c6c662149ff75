import type { WorkbookLayout } from '../core/layout/types';
import type { CellMark, CellPatch, MarkStats, ProgressListener, RawSheet, RenderStats, WorkbookPort } from '../core/ports/workbookPort';
import { OfficeUnavailableError } from './errors';
import { listSheets, readSheet, selectCell } from './readSheet';
import type { RenderOptions } from './renderWorkbook';
import { watchSheet } from './sheetChanges';
import { writeCells } from './writeCells';

/**
 * The WorkbookPort over Office.js. This is the one place that opens Excel.run: each port call is
 * one batch with its own request context, and the helpers it calls only queue and sync on it.
 *
 * Every batch runs with `delayForCellEdit: true` ("Delay execution while cell is being edited",
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-delay-in-cell-edit): when the
 * officer is typing in a cell, Excel holds the request until they press Enter or Esc instead of
 * failing it. Meanwhile the port's promise is pending, so the pane keeps showing its busy state for
 * that action and goes on by itself once the cell is left. A build that ignores the option fails
 * with InvalidOperationInCellEditMode, which describeExcelError turns into "finish the cell, then
 * try again".
 */

const RUN_OPTIONS = { delayForCellEdit: true } as const;

interface ExcelLike {
  run<T>(options: { readonly delayForCellEdit: boolean }, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

function excel(): ExcelLike {
  const found = (globalThis as { Excel?: ExcelLike }).Excel;
  if (!found || typeof found.run !== 'function') throw new OfficeUnavailableError('notLoaded');
  return found;
}

// The writers load with the first write: opening the pane only reads (issue 11: the first load stays under budget).
const writer = () => import(/* webpackChunkName: "excel-write" */ './renderWorkbook');
const marker = () => import(/* webpackChunkName: "excel-write" */ './markCells');

/** `options`: request sizes for writes (renderWorkbook's DEFAULT_RENDER_OPTIONS when absent; tests pass smaller ones). */
export function createOfficeWorkbookPort(options?: RenderOptions): WorkbookPort {
  return {
    // async so that a missing Office.js is a rejected promise, like every other failure here.
    listSheets: async (): Promise<string[]> => excel().run(RUN_OPTIONS, (context) => listSheets(context)),
    readSheet: async (name: string): Promise<RawSheet | null> => excel().run(RUN_OPTIONS, (context) => readSheet(context, name)),
    writeSheets: async (layout: WorkbookLayout, onProgress?: ProgressListener): Promise<RenderStats> => {
      const { renderWorkbook, DEFAULT_RENDER_OPTIONS } = await writer();
      return excel().run(RUN_OPTIONS, (context) => renderWorkbook(context, layout, onProgress, options ?? DEFAULT_RENDER_OPTIONS));
    },
    selectCell: async (sheet: string, address: string): Promise<void> => excel().run(RUN_OPTIONS, (context) => selectCell(context, sheet, address)),
    markCells: async (marks: readonly CellMark[]): Promise<MarkStats> => {
      const { markCells } = await marker();
      return excel().run(RUN_OPTIONS, (context) => markCells(context, marks));
    },
    clearMarks: async (): Promise<number> => {
      const { clearMarks } = await marker();
      return excel().run(RUN_OPTIONS, (context) => clearMarks(context));
    },
    writeCells: async (patches: readonly CellPatch[]): Promise<number> => excel().run(RUN_OPTIONS, (context) => writeCells(context, patches)),
    watchSheet: async (names: readonly string[], onChange: () => void) => watchSheet(excel(), RUN_OPTIONS, names, onChange),
  };
}
