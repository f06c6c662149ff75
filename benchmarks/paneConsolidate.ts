// Tổng hợp in the pane, measured in Chromium: 30 units' template workbooks (~60,000 records) picked in
// the file input, read and checked in the consolidation worker, consolidated, written into the strict
// Excel host; then `cchc consolidate --json` on the same files.
//
//   npm run build && node benchmarks/paneConsolidate.cjs [files=30] [records=2000] [--inline]
//   npm run build && node benchmarks/paneConsolidate.cjs --dir DIR [--inline]   (DIR's workbooks, DIR/ke-hoach.xlsx the plan:
//     office trackers from legacyTrackers/generate.cjs, say)
//
// Prints the time to read every file, to consolidate and write, the longest main-thread task of each
// phase (PerformanceObserver "longtask": the target is none over 200 ms while consolidating), the page's
// JS heap (performance.memory, sampled) and the CLI's time. --inline runs the same with Worker removed
// from the page (the fallback), for comparison. Writing goes through the strict host, which runs on the
// page's own thread: its request handling is counted in the write phase (in Excel, a sync is a call
// out of the page). Not part of the test run; nothing asserts a time.
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import * as cells from '../src/core/layout/cells';
import { GO_DAU_116 } from '../src/core/plan/goDau116';
import { readPlanFromSheets } from '../src/core/plan/planSheetReader';
import { planToSheet } from '../src/core/plan/planSheetLayout';
import type { Plan } from '../src/core/plan/types';
import { buildTemplate } from '../src/core/template/buildTemplate';
import { readXlsx } from '../src/xlsx/read/readXlsx';
import { renderToBuffer } from '../src/xlsx/renderWorkbook';
import { startPaneHarness } from '../tests/browser/support/paneBrowser';
import { layoutToRawSheets } from '../tests/support/layoutToRawSheets';
import { planWithUnits, templateRows } from './support.cjs';

const ROOT = resolve(__dirname, '..');
const CLI = join(ROOT, 'dist/node/cli/cchc.js');

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

interface Probe {
  tasks: { start: number; duration: number }[];
  marks: Record<string, number>;
  syncs: { start: number; duration: number }[];
  /** Each message from the worker: when the page's listener saw it, its type, and how long structured clone undoing took (its `data` read). */
  messages: { at: number; type: string; takeMs: number }[];
}
interface ProbeWindow {
  __probe: Probe;
}

/** The longest main-thread task that started between two marks, in ms. */
const longest = (probe: Probe, from: string, to: string): number =>
  probe.tasks.filter((t) => t.start >= (probe.marks[from] ?? 0) && t.start < (probe.marks[to] ?? Infinity)).reduce((max, t) => Math.max(max, t.duration), 0);

async function paneRun(files: readonly string[], plan: Plan, inline: boolean): Promise<void> {
  const harness = await startPaneHarness();
  try {
    const planSheet = layoutToRawSheets(planToSheet(plan))[0];
    if (planSheet === undefined) throw new Error('no plan sheet');
    const values = planSheet.values.map((row) => row.map((cell) => cell ?? ''));
    const { page, errors } = await harness.open('#tong-hop', {
      kind: 'host',
      options: { initialSheets: [{ name: 'Sheet1' }, { name: 'Kế hoạch', values }] },
    });
    await page.locator('[data-host-status="ready"]').waitFor();
    // The page's JS heap (the worker has its own, not counted), read through the DevTools protocol at each phase's end.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    let heapPeak = 0;
    const heap = async (): Promise<void> => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      heapPeak = Math.max(heapPeak, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
    };
    await page.evaluate(() => {
      const probe: Probe = { tasks: [], marks: {}, syncs: [], messages: [] };
      (window as unknown as ProbeWindow).__probe = probe;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) probe.tasks.push({ start: entry.startTime, duration: entry.duration });
      }).observe({ type: 'longtask', buffered: false });
      // Phase marks taken on the page as the progress label changes, so a phase too quick to be seen from outside is still marked.
      new MutationObserver(() => {
        const said = document.querySelector('[data-testid="consolidate-progress"]')?.getAttribute('aria-valuetext') ?? '';
        if (/^(Bắt đầu ghi|Đang ghi)/.test(said)) probe.marks.write ??= performance.now();
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
      // Time inside context.sync is the strict host's (it runs on this thread; Excel answers from outside the page).
      type Batch = (context: { sync: () => Promise<unknown> }) => Promise<unknown>;
      const excel = (window as unknown as { Excel: { run: (first: Batch | object, second?: Batch) => Promise<unknown> } }).Excel;
      const run = excel.run.bind(excel);
      excel.run = (first, second) => {
        // Excel.run(batch) or Excel.run(options, batch) (the adapter waits for cell edits).
        const batch = (second ?? first) as Batch;
        const timed: Batch = (context) => {
          const sync = context.sync.bind(context);
          context.sync = async () => {
            const from = performance.now();
            try {
              return await sync();
            } finally {
              probe.syncs.push({ start: from, duration: performance.now() - from });
            }
          };
          return batch(context);
        };
        return second === undefined ? run(timed) : run(first, timed);
      };
      // When the worker's consolidation reached the page (its message is taken off the queue in the task before).
      const PageWorker = window.Worker;
      window.Worker = class extends PageWorker {
        constructor(url: string | URL, options?: WorkerOptions) {
          super(url, options);
          this.addEventListener('message', (event: MessageEvent<{ type: string }>) => {
            // The first read of `data` undoes the structured clone: timed here, before the engine's own listener reads it.
            const from = performance.now();
            const { type } = event.data;
            probe.messages.push({ at: from, type, takeMs: performance.now() - from });
            if (type === 'consolidated') probe.marks.consolidated = performance.now();
          });
        }
      };
    });
    const mark = (name: string): Promise<void> =>
      page.evaluate((n) => {
        (window as unknown as ProbeWindow).__probe.marks[n] = performance.now();
      }, name);
    // The fallback, as in a runtime without Worker: the engine looks for Worker when Tổng hợp first reads.
    if (inline) await page.evaluate(() => Reflect.deleteProperty(window, 'Worker'));
    // The whole year, as `--period 2018` gives the CLI.
    const period = page.getByLabel('Kỳ báo cáo');
    await period.selectOption(await period.evaluate((select) => [...(select as HTMLSelectElement).options].find((o) => /^Năm/.test(o.text))?.value ?? ''));
    const input = page.getByLabel('Sổ theo dõi của các đơn vị (.xlsx)');
    await mark('pick');
    await input.setInputFiles([...files]);
    await page
      .getByTestId('consolidate-read-summary')
      .filter({ hasText: `Đã đọc ${files.length}/${files.length} tệp` })
      .waitFor({ timeout: 600000 });
    await mark('read');
    await heap();
    await mark('run');
    await page.getByRole('button', { name: 'Tổng hợp vào sổ đang mở' }).click();
    await page.getByRole('button', { name: 'Chỉ tổng hợp' }).click();
    const summary = page.getByTestId('consolidate-summary');
    await summary.or(page.getByTestId('consolidate-outcome')).first().waitFor({ timeout: 600000 });
    if (!(await summary.isVisible())) throw new Error(`the pane did not consolidate: ${await page.getByTestId('consolidate-outcome').innerText()}`);
    await mark('done');
    await heap();
    const said = await summary.innerText();
    const probe = await page.evaluate(() => (window as unknown as ProbeWindow).__probe);
    const at = (name: string): number => probe.marks[name] ?? NaN;
    const readMs = at('read') - at('pick');
    const consolidateMs = at('write') - at('run');
    const totalMs = at('done') - at('pick');
    const records = /Đã tổng hợp[^\n]*?(\d[\d.]*) dòng/.exec(said)?.[1] ?? '?';
    console.log(`pane (${inline ? 'inline, no Worker' : 'worker'}): ${files.length} files, ${records} rows consolidated`);
    console.log(`  reading + checking every file:   ${seconds(readMs)}  longest main-thread task ${longest(probe, 'pick', 'read').toFixed(0)} ms`);
    console.log(`  consolidating (before writing):  ${seconds(consolidateMs)}  longest main-thread task ${longest(probe, 'run', 'write').toFixed(0)} ms`);
    console.log(
      `  writing into the strict host:    ${seconds(at('done') - at('write'))}  longest main-thread task ${longest(probe, 'write', 'done').toFixed(0)} ms`,
    );
    // A long task less the host's syncs inside it: what the pane itself kept the thread for.
    const own = probe.tasks
      .filter((t) => t.start >= at('write'))
      .map((t) => t.duration - probe.syncs.filter((y) => y.start >= t.start && y.start < t.start + t.duration).reduce((sum, y) => sum + y.duration, 0));
    console.log(`    longest task of the write less the host's syncs in it: ${Math.max(0, ...own).toFixed(0)} ms`);
    // Where the page's own time goes between the worker's answer and the end: the gap before each sync.
    const writeSyncs = probe.syncs.filter((y) => y.start >= at('consolidated'));
    const gaps = writeSyncs.map((y, i) => y.start - (i === 0 ? at('consolidated') : (writeSyncs[i - 1]?.start ?? 0) + (writeSyncs[i - 1]?.duration ?? 0)));
    console.log(`    the page's own time before each sync of the write (ms): ${gaps.map((g) => g.toFixed(0)).join(', ')}`);
    const hostMs = probe.syncs.filter((s) => s.start >= at('run')).map((s) => s.duration);
    console.log(
      `    of which in the strict host's context.sync: ${hostMs.length} syncs, ${(hostMs.reduce((a, b) => a + b, 0) / 1000).toFixed(2)} s, longest ${Math.max(0, ...hostMs).toFixed(0)} ms`,
    );
    console.log(
      `  the worker's consolidation arrived ${seconds(at('consolidated') - at('run'))} after the click; the write began ${(at('write') - at('consolidated')).toFixed(0)} ms after that`,
    );
    const taken = probe.messages.filter((m) => m.at >= at('run'));
    const slowest = taken.reduce((max, m) => Math.max(max, m.takeMs), 0);
    console.log(
      `    the worker's answer came in ${taken.length} messages (${taken.filter((m) => m.type === 'layoutRows').length} layout parts); longest to take in ${slowest.toFixed(0)} ms`,
    );
    for (const task of probe.tasks.filter((t) => t.start >= at('run') && t.start < at('write') && t.duration > 200)) {
      const inside = taken.filter((m) => m.at >= task.start && m.at <= task.start + task.duration);
      console.log(
        `    a ${task.duration.toFixed(0)} ms task while consolidating: ${inside.length === 0 ? 'no worker message in it' : inside.map((m) => `${m.type} ${m.takeMs.toFixed(0)} ms`).join(', ')}`,
      );
    }
    const over = probe.tasks.filter((t) => t.start < at('write') && t.duration > 200).length;
    console.log(
      `  total ${seconds(totalMs)} (of which ${seconds(at('run') - at('read'))} between the last read and the click); main-thread tasks over 200 ms before writing: ${over}`,
    );
    console.log(`  page JS heap, largest at the end of reading and of writing (CDP JSHeapUsedSize; the worker's heap is its own): ${megabytes(heapPeak)}`);
    if (errors.length > 0) console.log(`  page errors: ${errors.join(' | ')}`);
  } finally {
    await harness.close();
  }
}

/**
 * `--dir DIR`: the workbooks of DIR (every .xlsx but ke-hoach.xlsx, whose "Kế hoạch" sheet is the plan),
 * e.g. office trackers written by legacyTrackers/generate.cjs. Issue 11's tenth tester found a long task
 * on office trackers that the template set here did not show (formatters made per number shown).
 */
async function fromFolder(dir: string, inline: boolean): Promise<void> {
  const planFile = join(dir, 'ke-hoach.xlsx');
  const read = readPlanFromSheets(readXlsx(new Uint8Array(readFileSync(planFile))).sheets);
  if (read.plan === null) throw new Error(`${planFile}: no usable plan`);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.xlsx') && f !== 'ke-hoach.xlsx')
    .sort()
    .map((f) => join(dir, f));
  const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
  console.log(`${files.length} workbooks (${megabytes(bytes)}) in ${dir}`);
  await paneRun(files, read.plan, inline);
  cliRun(files, planFile);
}

/** `cchc consolidate --json` on the same files, timed, for comparison. */
function cliRun(files: readonly string[], planFile: string): void {
  if (!existsSync(CLI)) {
    console.log('cchc consolidate --json: dist/node is missing (npm run build:cli), not measured');
    return;
  }
  const start = Date.now();
  const cli = spawnSync(process.execPath, [CLI, 'consolidate', ...files, '--plan', planFile, '--period', '2018', '--json'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (cli.status !== 0) throw new Error(`cchc consolidate exited ${String(cli.status)}: ${cli.stderr}`);
  const json = JSON.parse(cli.stdout) as { conservation: { consolidated: number } };
  console.log(`cchc consolidate --json, same files: ${seconds(Date.now() - start)} (${json.conservation.consolidated} rows consolidated, year 2018)`);
}

export async function main(args: readonly string[]): Promise<void> {
  const folder = args.indexOf('--dir');
  if (folder >= 0) {
    await fromFolder(args[folder + 1] ?? '.', args.includes('--inline'));
    return;
  }
  const numbers = args.filter((a) => /^\d+$/.test(a)).map(Number);
  const count = numbers[0] ?? 30;
  const records = numbers[1] ?? 2000;
  // CCHC_BENCH_DIR keeps the workbooks between runs (made once, reused while the folder holds them).
  const kept = process.env.CCHC_BENCH_DIR;
  const dir = kept ?? mkdtempSync(join(tmpdir(), 'cchc-pane-'));
  try {
    const plan = planWithUnits(GO_DAU_116, count);
    const planFile = join(dir, 'ke-hoach.xlsx');
    if (!existsSync(planFile)) writeFileSync(planFile, await renderToBuffer(planToSheet(plan)));
    const files: string[] = [];
    for (const [i, unit] of plan.units.slice(0, count).entries()) {
      const file = join(dir, `${unit.code}-${records}.xlsx`);
      if (!existsSync(file)) {
        const layout = buildTemplate({
          plan,
          kind: 'unit',
          unit,
          createdOn: '2018-01-02',
          existing: { outputs: templateRows(cells, i, records), standing: [], spending: [] },
        });
        writeFileSync(file, await renderToBuffer(layout));
      }
      files.push(file);
    }
    const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
    console.log(`${count} workbooks x ${records} records (${megabytes(bytes)}) in ${dir}`);

    await paneRun(files, plan, args.includes('--inline'));
    cliRun(files, planFile);
  } finally {
    if (kept === undefined) rmSync(dir, { recursive: true, force: true });
  }
}
