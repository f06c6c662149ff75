import type { WorkbookLayout } from '../core/layout/types';
import type { CellMark, MarkStats, ProgressListener, RawSheet, RenderStats, WorkbookPort } from '../core/ports/workbookPort';
import { OfficeUnavailableError } from './errors';
import { clearMarks, markCells } from './markCells';
import { listSheets, readSheet, selectCell } from './readSheet';
import { DEFAULT_RENDER_OPTIONS, renderWorkbook, type RenderOptions } from './renderWorkbook';

/**
 * The WorkbookPort over Office.js. This is the one place that opens Excel.run: each port call is
 * one batch with its own request context, and the helpers it calls only queue and sync on it.
 */

interface ExcelLike {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

function excel(): ExcelLike {
  const found = (globalThis as { Excel?: ExcelLike }).Excel;
  if (!found || typeof found.run !== 'function') throw new OfficeUnavailableError('notLoaded');
  return found;
}

export function createOfficeWorkbookPort(options: RenderOptions = DEFAULT_RENDER_OPTIONS): WorkbookPort {
  return {
    // async so that a missing Office.js is a rejected promise, like every other failure here.
    listSheets: async (): Promise<string[]> => excel().run((context) => listSheets(context)),
    readSheet: async (name: string): Promise<RawSheet | null> => excel().run((context) => readSheet(context, name)),
    writeSheets: async (layout: WorkbookLayout, onProgress?: ProgressListener): Promise<RenderStats> =>
      excel().run((context) => renderWorkbook(context, layout, onProgress, options)),
    selectCell: async (sheet: string, address: string): Promise<void> => excel().run((context) => selectCell(context, sheet, address)),
    markCells: async (marks: readonly CellMark[]): Promise<MarkStats> => excel().run((context) => markCells(context, marks)),
    clearMarks: async (): Promise<number> => excel().run((context) => clearMarks(context)),
  };
}
