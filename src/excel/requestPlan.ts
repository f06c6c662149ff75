/**
 * Planning requests before sending any: every piece of work is a Step that knows roughly how many
 * bytes it adds to a request; consecutive steps are packed into batches under a byte budget, and
 * each batch is sent with one context.sync. Planning up front keeps the sync count a function of
 * the data's size (not of the number of rows or ranges) and keeps context.sync out of loops.
 */

/** Gives steps a worksheet proxy, one per sheet per batch, so steps do not each repeat getItem. */
export type SheetAccess = (name: string) => Excel.Worksheet;

export interface Step {
  /** Estimated request bytes this step adds. */
  readonly bytes: number;
  /** Cells whose values this step writes (for RenderStats). */
  readonly cells: number;
  readonly queue: (context: Excel.RequestContext, sheet: SheetAccess) => void;
}

export interface Batch {
  readonly steps: readonly Step[];
  readonly bytes: number;
}

/**
 * Bytes of one queued operation besides its payload: the object path and the operation's name.
 * Office.js sends less (object ids), the strict host counts the whole path; this errs high.
 */
export const OPERATION_OVERHEAD_BYTES = 160;

const ENCODER = new TextEncoder();

/** UTF-8 size of a string, as it travels in a request. */
export function utf8Bytes(text: string): number {
  return ENCODER.encode(text).length;
}

export function jsonBytes(value: unknown): number {
  return utf8Bytes(JSON.stringify(value));
}

/** Greedy packing in order: order matters (sheets before their contents, values before formats). */
export function planBatches(steps: readonly Step[], budgetBytes: number): Batch[] {
  const batches: Batch[] = [];
  let current: Step[] = [];
  let bytes = 0;
  for (const step of steps) {
    if (current.length > 0 && bytes + step.bytes > budgetBytes) {
      batches.push({ steps: current, bytes });
      current = [];
      bytes = 0;
    }
    current.push(step);
    bytes += step.bytes;
  }
  if (current.length > 0) batches.push({ steps: current, bytes });
  return batches;
}

/** A SheetAccess that caches proxies for the life of one batch. */
export function sheetAccess(context: Excel.RequestContext): SheetAccess {
  const cache = new Map<string, Excel.Worksheet>();
  return (name) => {
    let sheet = cache.get(name);
    if (!sheet) {
      sheet = context.workbook.worksheets.getItem(name);
      cache.set(name, sheet);
    }
    return sheet;
  };
}
