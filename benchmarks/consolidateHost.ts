// Consolidation written through the Office.js adapter, measured against the strict Excel host.
//
//   node benchmarks/consolidateHost.cjs [records...]     (default: 10000 60000)
//
// For each total it builds 30 units' workbooks (the built-in plan with 16 more communes, records
// spread evenly, every one a dated news item), consolidates them with the pane's own code
// (src/taskpane/plan/consolidateFiles.ts: consolidate → "TH …" sheets → district report, one
// writeSheets), and renders through src/excel against tests/support/excelHost, which enforces
// Excel on the web's 5 MB request limit and counts syncs and bytes. The point to read: syncs grow
// with row blocks, not with rows, and no request comes near 5 MB. Times are for information only.
// The Office.js adapter's types (benchmarks/tsconfig.json only brings Node's).
/// <reference types="office-js" />
import { periodFor } from '../src/core/periods';
import type { Plan } from '../src/core/plan/types';
import { createOfficeWorkbookPort } from '../src/excel/officeWorkbookPort';
import { consolidateInto } from '../src/taskpane/plan/consolidateFiles';
import { installStrictExcelHost, uninstallStrictExcelHost } from '../tests/support/excelHost';
import { planOfThirty, unitFiles, UNITS } from './thirtyUnits';

const MB = 1024 * 1024;

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function measure(plan: Plan, records: number): Promise<void> {
  const inputs = unitFiles(plan, records);
  const host = installStrictExcelHost(globalThis);
  try {
    const port = createOfficeWorkbookPort();
    host.resetCounters();
    const start = process.hrtime.bigint();
    const { summary } = await consolidateInto(port, plan, inputs, {
      period: periodFor('year', 2018, undefined, plan.periodConvention),
      today: '2018-12-14',
      language: 'vi',
      preferred: new Map(),
    });
    const elapsed = ms(start);
    const c = host.counters;
    const written = host.sheet('TH Tin bài')?.usedRange() ?? '?';
    const formulaTitle = host.sheet('TH Tin bài')?.cell('D3');
    console.log(
      [
        `${String(records).padStart(6)} records, ${UNITS} units`,
        `outputs ${summary.outputs}, TH Tin bài ${written}`,
        `syncs ${c.syncCount} (${c.requests.map((r) => (r.bytes / MB).toFixed(1)).join(' + ')} MB)`,
        `largest request ${(c.largestRequestBytes / MB).toFixed(2)} MB`,
        `total ${(c.totalRequestBytes / MB).toFixed(1)} MB`,
        `consolidate + write ${(elapsed / 1000).toFixed(1)} s`,
        `D3 ${JSON.stringify(formulaTitle?.value)} formula ${String(formulaTitle?.formula)}`,
      ].join(' | '),
    );
    if (c.largestRequestBytes >= 5 * MB) throw new Error('a request reached 5 MB');
  } finally {
    uninstallStrictExcelHost(globalThis);
  }
}

export async function main(args: readonly string[]): Promise<void> {
  const totals = args.length > 0 ? args.map(Number) : [10_000, 60_000];
  const plan = planOfThirty();
  for (const records of totals) {
    if (!Number.isInteger(records) || records < UNITS) throw new Error(`not a record count: ${String(records)}`);
    await measure(plan, records);
  }
}
