// How long consolidating a district's files takes, next to reading them.
//
//   npm run build:cli && node benchmarks/consolidate.cjs [files=30] [records=2000]
//
// Uses the built core and xlsx adapter (dist/node), so it measures what `cchc` runs. Writes, in a
// temp directory, a plan sheet with 30 units (the 14 of 116/KH-UBND and made-up communes) and one
// workbook per unit holding `records` news items (about 1 in 100 repeats another unit's item,
// 1 in 200 has a date typed wrong), then prints:
//   - exceljs alone loading every file (the floor: no reader can be faster than the parse);
//   - `cchc consolidate --json` end to end, spawned as a user runs it, with its peak RSS, and the
//     same with -o (writing the consolidation sheets and the district report);
//   - readWorkbook (exceljs + RawSheets) and consolidate() (validation, dedup, totals) in this
//     process, each the fastest of three rounds, and this process's peak RSS.
// Not part of the test run; nothing asserts a time.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { performance } = require('node:perf_hooks');
const { builtCli, builtModules, planWithUnits, runCli, templateRows, templateWorkbook, timed } = require('./support.cjs');

const { load } = builtCli();
const modules = builtModules();
const ExcelJS = require('exceljs');
const { planToSheet } = load('core/plan/planSheetLayout.js');
const { readWorkbook } = load('xlsx/readWorkbook.js');
const { consolidate } = load('core/consolidate/consolidate.js');
const { periodFor } = load('core/periods/index.js');

const FILES = Number(process.argv[2] ?? 30);
const RECORDS = Number(process.argv[3] ?? 2000);

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const mb = (kb) => `${(kb / 1024).toFixed(0)} MB`;

async function fastest(rounds, fn) {
  let best = Infinity;
  let value;
  for (let i = 0; i < rounds; i++) best = Math.min(best, await timed(async () => (value = await fn())));
  return { ms: best, value };
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-consolidate-'));
  const plan = planWithUnits(modules.GO_DAU_116, FILES);
  const units = plan.units.slice(0, FILES);
  const planFile = path.join(dir, 'ke-hoach.xlsx');
  const start = performance.now();
  fs.writeFileSync(planFile, await modules.renderToBuffer(planToSheet(plan)));
  const files = [];
  for (const [i, unit] of units.entries()) {
    const file = path.join(dir, `${unit.code}.xlsx`);
    fs.writeFileSync(file, await templateWorkbook(modules, plan, unit, templateRows(modules.cells, i, RECORDS)));
    files.push(file);
  }
  const bytes = files.reduce((sum, f) => sum + fs.statSync(f).size, 0);
  console.log(`${FILES} workbooks x ${RECORDS} records (${(bytes / 1024 / 1024).toFixed(1)} MB) written to ${dir} in ${seconds(performance.now() - start)}`);

  const exceljs = await fastest(1, async () => {
    for (const file of files) await new ExcelJS.Workbook().xlsx.load(fs.readFileSync(file));
  });
  console.log(`exceljs alone, loading all files:       ${seconds(exceljs.ms)}`);

  const cli = runCli(['consolidate', ...files, '--plan', planFile, '--period', '2018', '--json']);
  if (cli.status !== 0) {
    console.error(cli.stderr);
    throw new Error(`cchc consolidate exited ${cli.status}`);
  }
  const json = JSON.parse(cli.stdout);
  console.log(`cchc consolidate --json, end to end:    ${seconds(cli.ms)} (peak RSS ${mb(cli.peakMb * 1024)})`);
  console.log(
    `  ${json.files.filter((f) => f.status === 'ok').length} files ok, ${json.conservation.consolidated} rows consolidated, ${json.duplicates} duplicates, ${json.quarantined} quarantined`,
  );

  const output = path.join(dir, 'tong-hop.xlsx');
  const written = runCli(['consolidate', ...files, '--plan', planFile, '--period', '2018', '-o', output]);
  if (written.status !== 0) throw new Error(`cchc consolidate -o exited ${written.status}: ${written.stderr}`);
  console.log(
    `cchc consolidate -o (TH sheets + report): ${seconds(written.ms)} (peak RSS ${mb(written.peakMb * 1024)}, ${(fs.statSync(output).size / 1024 / 1024).toFixed(1)} MB written)`,
  );

  const read = await fastest(1, async () => {
    const inputs = [];
    for (const file of files) inputs.push({ file, lastModified: fs.statSync(file).mtimeMs, sheets: await readWorkbook(fs.readFileSync(file)) });
    return inputs;
  });
  console.log(`readWorkbook, all files (in process):   ${seconds(read.ms)}`);
  const options = { period: periodFor('year', 2018, undefined, plan.periodConvention), today: '2018-12-20' };
  const core = await fastest(3, () => consolidate(plan, read.value, options));
  console.log(`consolidate() core step alone:          ${seconds(core.ms)} (fastest of 3)`);
  console.log(`peak RSS of this process:               ${mb(process.resourceUsage().maxRSS)}`);
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
