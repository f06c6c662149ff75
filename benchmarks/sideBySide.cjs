// Issue 11's figures in one run, side by side, at 1×, 2× and 4× the rows.
//
//   npm run build:cli && node benchmarks/sideBySide.cjs [records=60000] [scales=1,2,4]
//
// For each scale, writes to a temp directory 30 units' template workbooks (`cchc template`, the
// 14 units of 116/KH-UBND and made-up communes) and 30 office-tracker-like files named after the
// same units (theo-doi-<unit>.xlsx: month sheets, title and section rows, merged dates, links),
// `records × scale` news items in each set, and a plan sheet naming the 30 units. Then, per set:
//   - floor: fflate unzip of the sheet parts + one scan for `<c` (in this process, fastest of 2);
//   - exceljs: workbook.xlsx.load of every file, nothing else, in a Node process of its own
//     (benchmarks/exceljsLoad.cjs, spawned), i.e. cold as the CLI is: the ratio to read;
//   - exceljs warm: the same loads in this process, exceljs's code already compiled and optimised from
//     the earlier rounds (what earlier rounds' tables compared with; a spawned CLI never runs warm);
//   - --json: the built `cchc consolidate --json`, spawned, end to end, with its peak RSS;
// and on the template set `cchc consolidate -o` (the TH sheets and the district report written).
// Prints one compact table; ratios are what to read (the machine is shared, times are noisy).
// CCHC_ROUNDS=n (default 1) measures exceljs, --json and the compared build n times in turn and keeps
// the fastest of each; CPU time (user + system, all threads) is printed beside wall time: under load
// it moves far less, so json/xl by CPU is the steadier ratio.
// CCHC_COMPARE_CLI=/path/to/other/dist/node/cli/cchc.js also runs that build's --json on the same
// files in the same run (before/after figures side by side; its output must be the same JSON).
// Targets (issue 11): --json ≤ 0.6× exceljs; -o of 60,000 rows ≤ 500 MB and linear to 4×.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const {
  builtCli,
  builtModules,
  cpuTimed,
  floorScan,
  planWithUnits,
  runCli,
  templateRows,
  templateWorkbook,
  timed,
  trackerBytes,
  trackerName,
} = require('./support.cjs');

const { load } = builtCli();
const modules = builtModules();
const ExcelJS = require('exceljs');
const { planToSheet } = load('core/plan/planSheetLayout.js');

const UNITS = 30;
const RECORDS = Number(process.argv[2] ?? 60000);
const SCALES = (process.argv[3] ?? '1,2,4').split(',').map(Number);
const COMPARE = process.env.CCHC_COMPARE_CLI;
const ROUNDS = Math.max(1, Number(process.env.CCHC_ROUNDS ?? 1));
const EXCELJS_LOAD = path.join(__dirname, 'exceljsLoad.cjs');

async function writeSets(dir, plan, perFile) {
  const units = plan.units.slice(0, UNITS);
  const templates = [];
  const trackers = [];
  for (const [i, unit] of units.entries()) {
    const template = path.join(dir, `${unit.code}.xlsx`);
    fs.writeFileSync(template, await templateWorkbook(modules, plan, unit, templateRows(modules.cells, i, perFile)));
    templates.push(template);
    const tracker = path.join(dir, trackerName(unit));
    fs.writeFileSync(tracker, await trackerBytes(ExcelJS, unit.name, i, perFile));
    trackers.push(tracker);
  }
  return { templates, trackers };
}

async function measureSet(files, planFile) {
  const all = files.map((file) => new Uint8Array(fs.readFileSync(file)));
  let floor = Infinity;
  for (let round = 0; round < 2; round++) floor = Math.min(floor, await timed(() => all.reduce((sum, bytes) => sum + floorScan(bytes), 0)));
  const args = ['consolidate', ...files, '--plan', planFile, '--period', '2018', '--json'];
  const fastest = (a, b) => (a === null ? b : { ...b, ms: Math.min(a.ms, b.ms), cpuMs: Math.min(a.cpuMs, b.cpuMs), peakMb: Math.max(a.peakMb, b.peakMb) });
  let exceljs = Infinity;
  let exceljsCpu = Infinity;
  let process_ = null;
  let json = null;
  let compared = null;
  // In turn, round after round: the machine's load falls on all three alike.
  for (let round = 0; round < ROUNDS; round++) {
    let wall = 0;
    const cpu = await cpuTimed(async () => {
      wall = await timed(async () => {
        for (const bytes of all) await new ExcelJS.Workbook().xlsx.load(bytes);
      });
    });
    exceljs = Math.min(exceljs, wall);
    exceljsCpu = Math.min(exceljsCpu, cpu);
    const own = runCli(files, { cli: EXCELJS_LOAD });
    if (own.status !== 0 || Number(own.stdout) < files.length) throw new Error(`exceljsLoad.cjs failed: ${own.stderr.slice(-500)}`);
    process_ = fastest(process_, own);
    const run = runCli(args);
    if (run.status !== 0) throw new Error(`cchc consolidate --json exited ${run.status}: ${run.stderr.slice(-500)}`);
    json = fastest(json, run);
    if (COMPARE !== undefined) {
      const other = runCli(args, { cli: COMPARE });
      if (other.stdout !== run.stdout) throw new Error(`${COMPARE} printed another JSON for the same files`);
      compared = fastest(compared, other);
    }
  }
  const result = JSON.parse(json.stdout);
  return {
    floor,
    exceljs,
    exceljsCpu,
    process: process_,
    json,
    compared,
    rows: result.conservation.consolidated,
    ok: result.files.filter((f) => f.status === 'ok').length,
  };
}

const s = (ms) => (ms / 1000).toFixed(2).padStart(6);
const x = (a, b) => `${(a / b).toFixed(2)}×`.padStart(7);

async function main() {
  const plan = planWithUnits(modules.GO_DAU_116, UNITS);
  const lines = [];
  const outputs = [];
  for (const scale of SCALES) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `cchc-side-${scale}x-`));
    try {
      const planFile = path.join(dir, 'ke-hoach.xlsx');
      fs.writeFileSync(planFile, await modules.renderToBuffer(planToSheet(plan)));
      const perFile = Math.round((RECORDS * scale) / UNITS);
      const sets = await writeSets(dir, plan, perFile);
      for (const [name, files] of [
        ['templates', sets.templates],
        ['trackers', sets.trackers],
      ]) {
        const m = await measureSet(files, planFile);
        lines.push(
          `${`${scale}×`.padEnd(4)}${name.padEnd(10)}${String(m.rows).padStart(7)} ${s(m.floor)}  ${s(m.process.ms)} ${s(m.process.cpuMs)}  ${s(m.exceljsCpu)}  ${s(m.json.ms)} ${s(m.json.cpuMs)} ${String(Math.round(m.json.peakMb)).padStart(5)}   ${x(m.json.cpuMs, m.process.cpuMs)} ${x(m.json.ms, m.process.ms)}   ${x(m.json.cpuMs, m.exceljsCpu)}  ${x(m.json.ms, m.floor)}  ${m.ok}/${files.length}`,
        );
        console.log(lines[lines.length - 1]);
        if (m.compared !== null)
          lines.push(
            `${''.padEnd(4)}${'compared'.padEnd(10)}${''.padStart(7)} ${''.padStart(6)}  ${''.padStart(6)} ${''.padStart(6)}  ${''.padStart(6)}  ${s(m.compared.ms)} ${s(m.compared.cpuMs)} ${String(Math.round(m.compared.peakMb)).padStart(5)}   ${x(m.compared.cpuMs, m.process.cpuMs)} ${x(m.compared.ms, m.process.ms)}   ${x(m.compared.cpuMs, m.exceljsCpu)}  ${x(m.compared.ms, m.floor)}  same JSON`,
          );
      }
      const output = path.join(dir, 'tong-hop.xlsx');
      const written = runCli(['consolidate', ...sets.templates, '--plan', planFile, '--period', '2018', '-o', output]);
      if (written.status !== 0) throw new Error(`cchc consolidate -o exited ${written.status}: ${written.stderr.slice(-500)}`);
      outputs.push({ scale, rows: perFile * UNITS, ms: written.ms, peakMb: written.peakMb, bytes: fs.statSync(output).size });
      console.log(`${scale}× -o: ${s(written.ms)} s, ${Math.round(written.peakMb)} MB`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  console.log(
    `\n${UNITS} units, ${RECORDS} records at 1×; seconds (fastest of ${ROUNDS}); RSS in MB (the CLI's peak); CPU = user + system seconds, all threads`,
  );
  console.log(
    'exceljs: its plain load of the same files in a process of its own (cold, as the CLI runs); warm: the same loads in this process after the earlier rounds',
  );
  console.log('                            exceljs         warm   --json               json/exceljs     json/   json/');
  console.log('    set          rows  floor    wall    CPU    CPU    wall    CPU   RSS    CPU    wall    warm    floor  files ok');
  for (const line of lines) console.log(line);
  console.log('\n`cchc consolidate -o` on the template set (reading + consolidating + writing):');
  console.log('    rows       s   peak MB  MB out   s vs 1×  MB vs 1×');
  const [first] = outputs;
  for (const o of outputs)
    console.log(
      `${`${o.scale}×`.padEnd(4)}${String(o.rows).padStart(6)} ${s(o.ms)} ${String(Math.round(o.peakMb)).padStart(9)} ${(o.bytes / 1024 / 1024).toFixed(1).padStart(7)} ${x(o.ms, first.ms)}  ${x(o.peakMb, first.peakMb)}`,
    );
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
