import { address, parseAddress } from '../core/layout/a1';
import type { CellBlock, CellValue, SheetLayout } from '../core/layout/types';
import { cellWrite, DATE_FORMAT, TEXT_FORMAT, type CellWrite, type FormulaInput } from './cellInput';
import { RowTooLargeError } from './errors';
import { jsonBytes, OPERATION_OVERHEAD_BYTES, type Step } from './requestPlan';

/**
 * A sheet's values as row blocks: at most `rowsPerBlock` rows and about `blockBytes` bytes each,
 * so a 60,000-row sheet becomes a dozen block writes (packed into a few requests), not 60,000. In each
 * block the number formats go first (Text on protected cells, the date format on dates), then
 * the values in one `formulas` write.
 */

export interface ValueStepOptions {
  readonly rowsPerBlock: number;
  readonly blockBytes: number;
  /** A row that alone exceeds this cannot be sent at all. */
  readonly maxRequestBytes: number;
}

/**
 * The number formats a block needs before its values arrive, one write per column: from the
 * column's first to its last special cell, "@" on text to protect, the date format on dates and
 * General in between. One write per column, not per run, because risky text is often scattered
 * (every note that starts with "- ") and a write per run would mean thousands of operations.
 */
interface ColumnFormats {
  readonly column: number;
  readonly top: number;
  readonly formats: string[][];
}

const GENERAL = 'General';

function formatOf(write: CellWrite | undefined): string | null {
  if (!write) return null;
  if (write.protect) return TEXT_FORMAT;
  if (write.date) return DATE_FORMAT;
  return null;
}

function columnFormats(writes: readonly (readonly CellWrite[])[], width: number): ColumnFormats[] {
  const out: ColumnFormats[] = [];
  for (let column = 0; column < width; column++) {
    let first = -1;
    let last = -1;
    writes.forEach((row, i) => {
      if (formatOf(row[column]) !== null) {
        if (first < 0) first = i;
        last = i;
      }
    });
    if (first < 0) continue;
    const formats = writes.slice(first, last + 1).map((row) => [formatOf(row[column]) ?? GENERAL]);
    out.push({ column, top: first, formats });
  }
  return out;
}

function blockStep(sheetName: string, origin: { row: number; column: number }, rows: readonly (readonly CellValue[])[], width: number, bytes: number): Step {
  const writes = rows.map((row) => Array.from({ length: width }, (_, j) => cellWrite(row[j])));
  const formats = columnFormats(writes, width);
  const matrix: FormulaInput[][] = writes.map((row) => row.map((w) => w.input));
  const range = `${address(origin.row, origin.column)}:${address(origin.row + rows.length - 1, origin.column + width - 1)}`;
  const formatRange = (f: ColumnFormats): string =>
    `${address(origin.row + f.top, origin.column + f.column)}:${address(origin.row + f.top + f.formats.length - 1, origin.column + f.column)}`;
  const formatBytes = formats.reduce((sum, f) => sum + OPERATION_OVERHEAD_BYTES * 2 + f.formats.length * (GENERAL.length + 6), 0);
  return {
    bytes: bytes + OPERATION_OVERHEAD_BYTES * 2 + formatBytes,
    cells: rows.length * width,
    queue: (_context, sheet) => {
      const ws = sheet(sheetName);
      // Formats first: a Text-formatted cell must be Text when its string arrives.
      for (const f of formats) ws.getRange(formatRange(f)).numberFormat = f.formats;
      ws.getRange(range).formulas = matrix;
    },
  };
}

/** Marks where a long block's planning may give the page a turn (every TICK_ROWS rows). */
export const TICK = Symbol('tick');
const TICK_ROWS = 500;

/**
 * The block's steps, with a TICK between every TICK_ROWS rows sized: planning a 60,000-row sheet
 * takes seconds of the page's thread, and an asynchronous caller (renderWorkbook) yields at ticks
 * so the pane keeps repainting; a synchronous caller skips them.
 */
function* stepsForBlock(sheetName: string, block: CellBlock, options: ValueStepOptions): Generator<Step | typeof TICK> {
  if (block.rows.length === 0) return;
  const origin = parseAddress(block.at);
  const width = block.rows.reduce((max, r) => Math.max(max, r.length), 0);
  if (width === 0) return;
  let start = 0;
  let bytes = 0;
  for (const [i, row] of block.rows.entries()) {
    if (i > 0 && i % TICK_ROWS === 0) yield TICK;
    // Short rows are padded with "" to the block's width: 3 bytes each in the request.
    const rowBytes = jsonBytes(row.map((v) => cellWrite(v).input)) + 1 + (width - row.length) * 3;
    if (rowBytes > options.maxRequestBytes - OPERATION_OVERHEAD_BYTES * 4) throw new RowTooLargeError(sheetName, origin.row + i, rowBytes);
    const full = i - start >= options.rowsPerBlock || (i > start && bytes + rowBytes > options.blockBytes);
    if (full) {
      yield blockStep(sheetName, { row: origin.row + start, column: origin.column }, block.rows.slice(start, i), width, bytes);
      start = i;
      bytes = 0;
    }
    bytes += rowBytes;
  }
  yield blockStep(sheetName, { row: origin.row + start, column: origin.column }, block.rows.slice(start), width, bytes);
}

/** The sheet's value steps, with TICKs where a caller may yield (see stepsForBlock). */
export function* pacedValueSteps(sheet: SheetLayout, options: ValueStepOptions): Generator<Step | typeof TICK> {
  for (const block of sheet.blocks) yield* stepsForBlock(sheet.name, block, options);
}

export function valueSteps(sheet: SheetLayout, options: ValueStepOptions): Step[] {
  return [...pacedValueSteps(sheet, options)].filter((step): step is Step => step !== TICK);
}
