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
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { performance } = require('node:perf_hooks');

// `node -r benchmarks/consolidate.cjs dist/node/cli/cchc.js ...`: report the CLI process's own peak RSS.
if (process.env.CCHC_BENCH_RSS === '1') {
  process.on('exit', () => process.stderr.write(`\nmaxRSS=${process.resourceUsage().maxRSS}\n`));
  return;
}

const DIST = path.resolve(__dirname, '../dist/node');
const CLI = path.join(DIST, 'cli/cchc.js');
if (!fs.existsSync(CLI)) {
  console.error('dist/node is missing: run `npm run build:cli` first.');
  process.exit(2);
}
const load = (p) => require(path.join(DIST, p));
const ExcelJS = require('exceljs');
const { GO_DAU_116 } = load('core/plan/goDau116.js');
const { buildTemplate } = load('core/template/buildTemplate.js');
const { planToSheet } = load('core/plan/planSheetLayout.js');
const { date, empty, text } = load('core/layout/cells.js');
const { renderToBuffer } = load('xlsx/renderWorkbook.js');
const { readWorkbook } = load('xlsx/readWorkbook.js');
const { consolidate } = load('core/consolidate/consolidate.js');
const { periodFor } = load('core/periods/index.js');

const FILES = Number(process.argv[2] ?? 30);
const RECORDS = Number(process.argv[3] ?? 2000);

function planWithUnits(count) {
  const extra = Array.from({ length: Math.max(0, count - GO_DAU_116.units.length) }, (_, i) => {
    const n = String(i + 1).padStart(2, '0');
    return { code: `XN${n}`, name: `Xã Thử Nghiệm ${n}`, aliases: [], level: 'commune' };
  });
  return { ...GO_DAU_116, units: [...GO_DAU_116.units, ...extra] };
}

const CHANNELS = [
  'Báo Tây Ninh',
  'Đài Phát thanh và Truyền hình tỉnh',
  'Đài Truyền thanh huyện',
  'Trạm truyền thanh xã',
  'Cổng thông tin điện tử tỉnh',
  'Trang thông tin điện tử huyện',
];
const FORMS = ['Tin', 'Bài', 'Phóng sự'];

function rows(unitIndex, count) {
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(2018, 0, 2) + ((i * 7 + unitIndex) % 340) * 86400000).toISOString().slice(0, 10);
    const shared = i % 100 === 0; // the same item reported by several units
    const title = shared ? `Tin chung số ${i} về cải cách hành chính` : `Đơn vị ${unitIndex} – tin số ${i} về cải cách hành chính, thủ tục hành chính`;
    const badDate = i % 200 === 7;
    return [
      badDate ? text('31/02/2018') : date(shared ? '2018-03-05' : day),
      text(CHANNELS[(shared ? 0 : i) % CHANNELS.length]),
      text(FORMS[i % FORMS.length]),
      text(title),
      i % 3 === 0 ? text(`https://godau.tayninh.gov.vn/tin/${unitIndex}-${i}`) : empty,
      empty,
      empty,
    ];
  });
}

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const mb = (kb) => `${(kb / 1024).toFixed(0)} MB`;

async function fastest(rounds, fn) {
  let best = Infinity;
  let value;
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    value = await fn();
    best = Math.min(best, performance.now() - start);
  }
  return { ms: best, value };
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-consolidate-'));
  const plan = planWithUnits(FILES);
  const units = plan.units.slice(0, FILES);
  let start = performance.now();
  fs.writeFileSync(path.join(dir, 'ke-hoach.xlsx'), await renderToBuffer(planToSheet(plan)));
  const files = [];
  for (const [i, unit] of units.entries()) {
    const layout = buildTemplate({ plan, kind: 'unit', unit, createdOn: '2018-01-02', existing: { outputs: rows(i, RECORDS), standing: [], spending: [] } });
    const file = path.join(dir, `${unit.code}.xlsx`);
    fs.writeFileSync(file, await renderToBuffer(layout));
    files.push(file);
  }
  const bytes = files.reduce((sum, f) => sum + fs.statSync(f).size, 0);
  console.log(`${FILES} workbooks x ${RECORDS} records (${(bytes / 1024 / 1024).toFixed(1)} MB) written to ${dir} in ${seconds(performance.now() - start)}`);

  const exceljs = await fastest(1, async () => {
    for (const file of files) await new ExcelJS.Workbook().xlsx.load(fs.readFileSync(file));
  });
  console.log(`exceljs alone, loading all files:       ${seconds(exceljs.ms)}`);

  start = performance.now();
  const cli = spawnSync(
    process.execPath,
    ['-r', path.join(__dirname, 'consolidate.cjs'), CLI, 'consolidate', ...files, '--plan', path.join(dir, 'ke-hoach.xlsx'), '--period', '2018', '--json'],
    {
      encoding: 'utf8',
      env: { ...process.env, CCHC_BENCH_RSS: '1' },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const cliMs = performance.now() - start;
  if (cli.status !== 0) {
    console.error(cli.stderr);
    throw new Error(`cchc consolidate exited ${cli.status}`);
  }
  const json = JSON.parse(cli.stdout);
  const cliRss = Number(/maxRSS=(\d+)/.exec(cli.stderr)?.[1] ?? 0);
  console.log(`cchc consolidate --json, end to end:    ${seconds(cliMs)} (peak RSS ${mb(cliRss)})`);
  console.log(
    `  ${json.files.filter((f) => f.status === 'ok').length} files ok, ${json.conservation.consolidated} rows consolidated, ${json.duplicates} duplicates, ${json.quarantined} quarantined`,
  );

  start = performance.now();
  const written = spawnSync(
    process.execPath,
    [
      '-r',
      path.join(__dirname, 'consolidate.cjs'),
      CLI,
      'consolidate',
      ...files,
      '--plan',
      path.join(dir, 'ke-hoach.xlsx'),
      '--period',
      '2018',
      '-o',
      path.join(dir, 'tong-hop.xlsx'),
    ],
    {
      encoding: 'utf8',
      env: { ...process.env, CCHC_BENCH_RSS: '1' },
    },
  );
  if (written.status !== 0) throw new Error(`cchc consolidate -o exited ${written.status}: ${written.stderr}`);
  const writtenRss = Number(/maxRSS=(\d+)/.exec(written.stderr)?.[1] ?? 0);
  console.log(
    `cchc consolidate -o (TH sheets + report): ${seconds(performance.now() - start)} (peak RSS ${mb(writtenRss)}, ${(fs.statSync(path.join(dir, 'tong-hop.xlsx')).size / 1024 / 1024).toFixed(1)} MB written)`,
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
