import type { SheetLayout, WorkbookLayout } from '../core/layout/types';
import type { ProgressListener, RenderStats } from '../core/ports/workbookPort';
import { chartSteps } from './chartSteps';
import { featureSteps } from './featureSteps';
import { planBatches, sheetAccess, OPERATION_OVERHEAD_BYTES, jsonBytes, type Batch, type Step } from './requestPlan';
import { inspectWorkbook, type ExistingSheet } from './inspectWorkbook';
import { checkLayoutSheetNames, temporaryName } from './sheetNames';
import { styleSteps } from './styleSteps';
import { pacedValueSteps, TICK, valueSteps } from './valueSteps';

/**
 * Renders a WorkbookLayout into the open workbook with as few round trips as the data allows:
 * one sync to learn which sheets, names and tables exist (plus one when a table of ours already
 * exists somewhere), then every change planned up front as steps, packed into requests under a
 * byte budget, one sync per request. A template fits in one request (2 or 3 syncs in all); a
 * 60,000-row sheet takes a few, growing with its bytes, not its rows. Progress counts syncs.
 *
 * Sheets of the layout's names are replaced by delete-and-add rather than cleared: clearing
 * leaves tables, validations, conditional formats, widths and print settings behind, and the
 * layout must own the whole sheet. The new sheet takes the old one's position, and it is added
 * before the old one is deleted, so the workbook always keeps a visible sheet. Other sheets are
 * not touched. Formulas elsewhere that pointed at a replaced sheet become #REF!, as in Excel.
 */

export interface RenderOptions {
  /** Request size the planner aims under; below Excel on the web's 5 MB for headroom. */
  readonly batchBytes: number;
  /** Size of one row block of values. */
  readonly blockBytes: number;
  readonly rowsPerBlock: number;
  /** The hard limit; a single row above it cannot be sent. */
  readonly maxRequestBytes: number;
}

export const DEFAULT_RENDER_OPTIONS: RenderOptions = {
  batchBytes: 4 * 1024 * 1024,
  blockBytes: 1024 * 1024,
  rowsPerBlock: 5000,
  maxRequestBytes: 5 * 1024 * 1024,
};

/** Adds every layout sheet, in the old one's place when replacing. */
function structureStep(layout: WorkbookLayout, existing: readonly ExistingSheet[]): Step {
  const taken = new Set(existing.map((s) => s.name.toLowerCase()));
  const plan = layout.sheets.map((sheet, i) => {
    const old = existing.find((s) => s.name.toLowerCase() === sheet.name.toLowerCase());
    return { name: sheet.name, old, temporary: old ? temporaryName(taken, i + 1) : undefined };
  });
  return {
    bytes: OPERATION_OVERHEAD_BYTES * 5 * plan.length + jsonBytes(plan),
    cells: 0,
    queue: (context) => {
      const sheets = context.workbook.worksheets;
      for (const { name, old, temporary } of plan) {
        if (!old || temporary === undefined) {
          sheets.add(name);
          continue;
        }
        const previous = sheets.getItem(old.name);
        previous.name = temporary;
        const created = sheets.add(name);
        created.position = old.position;
        // Excel refuses to delete a very hidden sheet (InvalidOperation): the stamp is one.
        if (old.visibility === 'VeryHidden') previous.visibility = 'Hidden';
        previous.delete();
      }
    },
  };
}

const VISIBILITY = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' } as const;

/**
 * Defined names (replacing same-named ones) and sheet visibility, last: hiding comes after writing.
 * If the officer was on a sheet that got replaced, they land on its successor, not a neighbour.
 */
function finishStep(layout: WorkbookLayout, existingNames: ReadonlySet<string>, activeName: string): Step {
  const hidden = layout.sheets.filter((s) => s.visibility !== 'visible');
  const reactivate = layout.sheets.find((s) => s.visibility === 'visible' && s.name.toLowerCase() === activeName.toLowerCase());
  return {
    bytes: OPERATION_OVERHEAD_BYTES * (2 * layout.definedNames.length + hidden.length + 1) + jsonBytes(layout.definedNames),
    cells: 0,
    queue: (context, sheet) => {
      const names = context.workbook.names;
      for (const defined of layout.definedNames) {
        if (existingNames.has(defined.name.toLowerCase())) names.getItem(defined.name).delete();
        names.add(defined.name, defined.ref);
      }
      for (const s of hidden) sheet(s.name).visibility = VISIBILITY[s.visibility];
      if (reactivate) sheet(reactivate.name).activate();
    },
  };
}

function formatSteps(sheet: SheetLayout, options: RenderOptions): Step[] {
  return [...sheet.styles.flatMap((styled) => styleSteps(sheet.name, styled, options.blockBytes)), ...featureSteps(sheet), ...chartSteps(sheet)];
}

/** Plans every request for the layout given what the workbook holds now. */
export function planRender(
  layout: WorkbookLayout,
  existing: readonly ExistingSheet[],
  existingNames: ReadonlySet<string>,
  activeName: string,
  options: RenderOptions,
): Batch[] {
  const steps: Step[] = [
    structureStep(layout, existing),
    ...layout.sheets.flatMap((sheet) => valueSteps(sheet, options)),
    ...layout.sheets.flatMap((sheet) => formatSteps(sheet, options)),
    finishStep(layout, existingNames, activeName),
  ];
  return planBatches(steps, options.batchBytes);
}

/** Longest stretch (ms) the asynchronous planner keeps the page's thread before giving it a turn. */
const PLANNING_SLICE_MS = 40;

/**
 * planRender, giving the page a turn at least every PLANNING_SLICE_MS: sizing 60,000 rows is
 * seconds of work, and the pane must repaint its progress and take a click meanwhile (issue 11:
 * no main-thread task over 200 ms). The same batches as planRender.
 */
export async function planRenderPaced(
  layout: WorkbookLayout,
  existing: readonly ExistingSheet[],
  existingNames: ReadonlySet<string>,
  activeName: string,
  options: RenderOptions,
): Promise<Batch[]> {
  let sliceStart = performance.now();
  const turn = async (): Promise<void> => {
    if (performance.now() - sliceStart < PLANNING_SLICE_MS) return;
    await new Promise((resolve) => setTimeout(resolve, 0));
    sliceStart = performance.now();
  };
  const steps: Step[] = [structureStep(layout, existing)];
  for (const sheet of layout.sheets) {
    for (const step of pacedValueSteps(sheet, options)) {
      if (step === TICK) await turn();
      else steps.push(step);
    }
  }
  for (const sheet of layout.sheets) {
    steps.push(...formatSteps(sheet, options));
    await turn();
  }
  steps.push(finishStep(layout, existingNames, activeName));
  return planBatches(steps, options.batchBytes);
}

export async function renderWorkbook(
  context: Excel.RequestContext,
  layout: WorkbookLayout,
  onProgress?: ProgressListener,
  options: RenderOptions = DEFAULT_RENDER_OPTIONS,
): Promise<RenderStats> {
  checkLayoutSheetNames(layout);
  const facts = await inspectWorkbook(context, layout);
  const syncs = facts.syncs;

  const batches = await planRenderPaced(layout, facts.sheets, facts.names, facts.activeSheet, options);
  const total = batches.length + syncs;
  onProgress?.(syncs, total);
  for (const [index, batch] of batches.entries()) {
    const sheet = sheetAccess(context);
    batch.steps.forEach((step) => step.queue(context, sheet));
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- the batches were planned up front to keep each request under Excel on the web's 5 MB; sending them one after another is the point (one sync per ~4 MB, never per row or per step).
    await context.sync();
    onProgress?.(syncs + index + 1, total);
    // A turn for the page between requests (the pane repaints its progress, a click is taken): Excel answers a sync
    // from outside the page, but a host that answers at once would otherwise keep the whole write in one task.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }

  return {
    sheets: layout.sheets.length,
    cells: batches.reduce((sum, b) => sum + b.steps.reduce((s, step) => s + step.cells, 0), 0),
    syncs: total,
  };
}
