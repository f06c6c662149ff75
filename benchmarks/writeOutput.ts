// `-o` alone: the consolidation workbook of N records rendered to .xlsx bytes, in this process.
//
//   node benchmarks/writeOutput.cjs [records=60000] [renderer=stream|exceljs]
//
// Builds 30 units' records in memory (no file read), consolidates them with the core, lays out the
// "TH …" sheets and the district report (consolidationWorkbook, as `cchc consolidate -o` does),
// then renders with the streamed writer (default, what `-o` uses) or exceljs's whole-workbook
// writer (renderToBuffer). Prints the render's seconds, the process's peak RSS before and after it, and the
// bytes written. Run once per size in a fresh process (peak RSS never goes down).
import { consolidate } from '../src/core/consolidate/consolidate';
import type { UnitFileInput } from '../src/core/consolidate/types';
import { periodFor } from '../src/core/periods';
import { consolidationWorkbook } from '../src/core/usecases/consolidateUnits';
import { renderToBuffer } from '../src/xlsx/renderWorkbook';
import { streamToBuffer } from '../src/xlsx/streamWorkbook';
import { planOfThirty, unitFiles } from './thirtyUnits';

const mb = (kb: number): string => `${(kb / 1024).toFixed(0)} MB`;

export async function main(args: readonly string[]): Promise<void> {
  const records = Number(args[0] ?? 60_000);
  const plan = planOfThirty();
  let inputs: UnitFileInput[] | null = unitFiles(plan, records);
  const result = consolidate(plan, inputs, { period: periodFor('year', 2018, undefined, plan.periodConvention), today: '2018-12-14' });
  inputs = null;
  const { layout } = consolidationWorkbook(plan, result, { reportDate: '2018-12-14', language: 'vi' });
  const sizes = layout.sheets.map((s) => `${s.name} ${s.blocks.reduce((n, b) => n + b.rows.length, 0)}r/${s.styles.length}st`).join(', ');
  console.log(sizes);
  const before = process.resourceUsage().maxRSS;
  const heapBefore = process.memoryUsage().rss;
  const start = process.hrtime.bigint();
  const bytes = args[1] === 'exceljs' ? await renderToBuffer(layout) : await streamToBuffer(layout);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(
    `${records} records: render ${seconds.toFixed(2)} s, RSS before ${mb(heapBefore / 1024)} (peak so far ${mb(before)}), peak after ${mb(process.resourceUsage().maxRSS)}, ${(bytes.length / 1024 / 1024).toFixed(1)} MB`,
  );
}
