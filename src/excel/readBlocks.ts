import { rangeAddress } from '../core/layout/a1';
import type { CellBlock } from '../core/ports/workbookPort';
import { cellCount } from './areaAddresses';
import { errorCode } from './officeErrors';
import { utf8Bytes } from './requestPlan';

/**
 * Reads the values of some blocks of a sheet in requests sized by bytes, not by cells: Excel on the
 * web refuses a response over 5 MB (ResponsePayloadSizeLimitExceeded; "Resource limits and
 * performance optimization for Office Add-ins",
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins),
 * and 14,000 rows of 300-character titles weigh more than that while 100,000 short cells weigh 1 MB.
 *
 * The first request asks for `firstCells` cells. Each response is weighed (UTF-8 JSON of its
 * values, as it travelled) and the next request asks for as many cells as the heaviest bytes per
 * cell seen so far allows under `responseBytes`, growing at most `growth` times per request. The
 * budget sits well under 5 MB because a later stretch of rows may be heavier than any seen; if a
 * response is refused anyway, the same cells are asked for again in halves. Several small blocks
 * share one request; a large one is cut into row slices.
 */

export interface ReadBudget {
  /** Response bytes a request aims under. */
  readonly responseBytes: number;
  /** Cells asked for before any response was weighed. */
  readonly firstCells: number;
  /** Most a request may grow over the previous one. */
  readonly growth: number;
}

export const DEFAULT_READ_BUDGET: ReadBudget = { responseBytes: 2 * 1024 * 1024, firstCells: 20_000, growth: 4 };

/** Takes up to `allowance` cells off the front of `pending` (whole blocks, then row slices; at least one row). */
function take(pending: CellBlock[], allowance: number): CellBlock[] {
  const out: CellBlock[] = [];
  let left = allowance;
  while (pending.length > 0 && left > 0) {
    const block = pending[0];
    if (!block) break;
    const width = block.right - block.left + 1;
    if (cellCount(block) <= left) {
      out.push(block);
      pending.shift();
      left -= cellCount(block);
      continue;
    }
    const rows = Math.max(out.length === 0 ? 1 : 0, Math.floor(left / width));
    if (rows > 0) {
      out.push({ ...block, bottom: block.top + rows - 1 });
      pending[0] = { ...block, top: block.top + rows };
    }
    break;
  }
  return out;
}

export type PlaceValues = (block: CellBlock, values: readonly (readonly unknown[])[]) => void;

export interface ReadStats {
  readonly syncs: number;
  readonly largestResponseBytes: number;
}

/**
 * Reads `blocks` (disjoint, in reading order) and hands each slice's values to `place`. `extra`
 * queues other loads (sheet facts) that ride with the first request; it is queued again if that
 * request is refused. Throws what Excel throws, except a refused response, which is retried smaller.
 */
export async function readBlocks(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  blocks: readonly CellBlock[],
  place: PlaceValues,
  budget: ReadBudget = DEFAULT_READ_BUDGET,
  extra?: () => void,
): Promise<ReadStats> {
  const pending = [...blocks];
  let allowance = budget.firstCells;
  let bytesPerCell = 0;
  let syncs = 0;
  let largest = 0;
  let extraSent = extra === undefined;
  while (pending.length > 0 || !extraSent) {
    const slices = take(pending, allowance);
    const ranges = slices.map((slice) => sheet.getRange(rangeAddress(slice)).load('values'));
    if (!extraSent) extra?.();
    const cells = slices.reduce((sum, slice) => sum + cellCount(slice), 0);
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- how many cells the next request may ask for depends on what this response weighed, so requests cannot be planned up front; one sync per ~2 MB of values, not per row.
      await context.sync();
      syncs++;
    } catch (error) {
      syncs++;
      const smallest = slices.length === 1 && slices[0] !== undefined && slices[0].top === slices[0].bottom;
      if (errorCode(error) !== 'ResponsePayloadSizeLimitExceeded' || smallest) throw error;
      pending.unshift(...slices);
      allowance = Math.max(1, Math.floor(cells / 2));
      continue;
    }
    extraSent = true;
    let bytes = 0;
    ranges.forEach((range, i) => {
      const slice = slices[i];
      const values = range.values;
      bytes += utf8Bytes(JSON.stringify(values));
      if (slice) place(slice, values);
    });
    largest = Math.max(largest, bytes);
    if (cells > 0) bytesPerCell = Math.max(bytesPerCell, bytes / cells);
    const byBytes = bytesPerCell > 0 ? Math.floor(budget.responseBytes / bytesPerCell) : budget.firstCells;
    allowance = Math.max(1, Math.min(Math.max(cells, 1) * budget.growth, byBytes));
  }
  return { syncs, largestResponseBytes: largest };
}
