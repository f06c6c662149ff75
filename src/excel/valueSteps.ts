import { address, parseAddress } from '../core/layout/a1';
import type { CellBlock, CellValue, SheetLayout } from '../core/layout/types';
import { cellWrite, DATE_FORMAT, TEXT_FORMAT, type CellWrite, type FormulaInput } from './cellInput';
import { RowTooLargeError } from './errors';
import { jsonBytes, OPERATION_OVERHEAD_BYTES, type Step } from './requestPlan';

/**
 * A sheet's values as row blocks: at most `rowsPerBlock` rows and about `blockBytes` bytes each,
 * so a 60,000-row sheet becomes a dozen requests' worth of steps instead of 60,000 writes. In each
 * block the Text format goes on protected cells first (it must be there when the text arrives),
 * then the values in one `formulas` write, then the date format on date cells.
 */

export interface ValueStepOptions {
  readonly rowsPerBlock: number;
  readonly blockBytes: number;
  /** A row that alone exceeds this cannot be sent at all. */
  readonly maxRequestBytes: number;
}

/** A vertical run of cells in one column that need the same number format. */
interface FormatRun {
  readonly column: number;
  readonly top: number;
  readonly bottom: number;
}

function runsWhere(writes: readonly (readonly CellWrite[])[], width: number, pick: (w: CellWrite) => boolean): FormatRun[] {
  const runs: FormatRun[] = [];
  for (let column = 0; column < width; column++) {
    let start = -1;
    for (let row = 0; row <= writes.length; row++) {
      const on = row < writes.length && pick(writes[row]?.[column] ?? { input: '', protect: false, date: false });
      if (on && start < 0) start = row;
      if (!on && start >= 0) {
        runs.push({ column, top: start, bottom: row - 1 });
        start = -1;
      }
    }
  }
  return runs;
}

function runBytes(runs: readonly FormatRun[], format: string): number {
  return runs.reduce((sum, run) => sum + OPERATION_OVERHEAD_BYTES * 2 + (run.bottom - run.top + 1) * (format.length + 5), 0);
}

function blockStep(sheetName: string, origin: { row: number; column: number }, rows: readonly (readonly CellValue[])[], width: number, bytes: number): Step {
  const writes = rows.map((row) => Array.from({ length: width }, (_, j) => cellWrite(row[j])));
  const protectRuns = runsWhere(writes, width, (w) => w.protect);
  const dateRuns = runsWhere(writes, width, (w) => w.date);
  const matrix: FormulaInput[][] = writes.map((row) => row.map((w) => w.input));
  const range = `${address(origin.row, origin.column)}:${address(origin.row + rows.length - 1, origin.column + width - 1)}`;
  const runRange = (run: FormatRun): string => `${address(origin.row + run.top, origin.column + run.column)}:${address(origin.row + run.bottom, origin.column + run.column)}`;
  const runFormats = (run: FormatRun, format: string): string[][] => Array.from({ length: run.bottom - run.top + 1 }, () => [format]);
  return {
    bytes: bytes + OPERATION_OVERHEAD_BYTES * 2 + runBytes(protectRuns, TEXT_FORMAT) + runBytes(dateRuns, DATE_FORMAT),
    cells: rows.length * width,
    queue: (_context, sheet) => {
      const ws = sheet(sheetName);
      for (const run of protectRuns) ws.getRange(runRange(run)).numberFormat = runFormats(run, TEXT_FORMAT);
      ws.getRange(range).formulas = matrix;
      for (const run of dateRuns) ws.getRange(runRange(run)).numberFormat = runFormats(run, DATE_FORMAT);
    },
  };
}

function stepsForBlock(sheetName: string, block: CellBlock, options: ValueStepOptions): Step[] {
  if (block.rows.length === 0) return [];
  const origin = parseAddress(block.at);
  const width = block.rows.reduce((max, r) => Math.max(max, r.length), 0);
  if (width === 0) return [];
  const steps: Step[] = [];
  let start = 0;
  let bytes = 0;
  block.rows.forEach((row, i) => {
    const rowBytes = jsonBytes(row.map((v) => cellWrite(v).input)) + 1;
    if (rowBytes > options.maxRequestBytes - OPERATION_OVERHEAD_BYTES * 4) throw new RowTooLargeError(sheetName, origin.row + i, rowBytes);
    const full = i - start >= options.rowsPerBlock || (i > start && bytes + rowBytes > options.blockBytes);
    if (full) {
      steps.push(blockStep(sheetName, { row: origin.row + start, column: origin.column }, block.rows.slice(start, i), width, bytes));
      start = i;
      bytes = 0;
    }
    bytes += rowBytes;
  });
  steps.push(blockStep(sheetName, { row: origin.row + start, column: origin.column }, block.rows.slice(start), width, bytes));
  return steps;
}

export function valueSteps(sheet: SheetLayout, options: ValueStepOptions): Step[] {
  return sheet.blocks.flatMap((block) => stepsForBlock(sheet.name, block, options));
}
