// What the benchmarks and scripts/checklist-files.cjs share: the built CLI and its modules, the
// rows a unit types into its template workbook, the template workbooks themselves, office-tracker-like
// files named after their units, the unzip-and-scan floor, and peak-RSS measurement of a spawned CLI.
// Plain CommonJS so .cjs scripts require it and the TypeScript benchmarks import it (support.d.cts).
const fs = require('node:fs');
const path = require('node:path');
const { TextDecoder } = require('node:util');

const DIST = path.resolve(__dirname, '../dist/node');
const CLI = path.join(DIST, 'cli/cchc.js');

/** The built CLI (dist/node): its path and a loader for its modules; exits 2 with a hint when it is not built. */
function builtCli(hint = 'npm run build:cli') {
  if (!fs.existsSync(CLI)) {
    console.error(`dist/node is missing: run \`${hint}\` first.`);
    process.exit(2);
  }
  return { CLI, load: (p) => require(path.join(DIST, p)) };
}

/** The project's modules the makers below need, from the build (default) or from the sources (TypeScript benchmarks pass them). */
function builtModules() {
  const { load } = builtCli();
  const { renderToBuffer } = load('xlsx/renderWorkbook.js');
  const streamed = fs.existsSync(path.join(DIST, 'xlsx/streamWorkbook.js')) ? load('xlsx/streamWorkbook.js').streamToBuffer : renderToBuffer;
  return {
    GO_DAU_116: load('core/plan/goDau116.js').GO_DAU_116,
    buildTemplate: load('core/template/buildTemplate.js').buildTemplate,
    cells: load('core/layout/cells.js'),
    renderToBuffer,
    // the streamed writer writes the same file (tests/xlsx/streamWorkbook.test.ts), faster and leaner at 8,000 rows a file
    writeLayout: streamed,
  };
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

/** The built-in plan with made-up communes after its 14 units, so `count` units can report. */
function planWithUnits(plan, count, prefix = 'XN') {
  const extra = Array.from({ length: Math.max(0, count - plan.units.length) }, (_, i) => {
    const n = String(i + 1).padStart(2, '0');
    return { code: `${prefix}${n}`, name: `Xã Thử Nghiệm ${n}`, aliases: [], level: 'commune' };
  });
  return { ...plan, units: [...plan.units, ...extra] };
}

/**
 * `count` news rows of unit `unitIndex` as its template's entry table takes them. Options: `step`
 * (days between items, 7) or `day(i)` (an ISO day), `shared(i)` (the item every unit reports,
 * i % 100 === 0), `badDate(i)` (a date typed wrong, i % 200 === 7), `channels`, `forms`,
 * `channelShift` (add the unit index to the channel), `title(i, shared)`, `links` (every third row, true).
 */
function templateRows(cells, unitIndex, count, options = {}) {
  const { date, empty, text } = cells;
  const step = options.step ?? 7;
  const day = options.day ?? ((i) => new Date(Date.UTC(2018, 0, 2) + ((i * step + unitIndex) % 340) * 86400000).toISOString().slice(0, 10));
  const shared = options.shared ?? ((i) => i % 100 === 0);
  const badDate = options.badDate ?? ((i) => i % 200 === 7);
  const channels = options.channels ?? CHANNELS;
  const forms = options.forms ?? FORMS;
  const links = options.links ?? true;
  const title =
    options.title ??
    ((i, isShared) => (isShared ? `Tin chung số ${i} về cải cách hành chính` : `Đơn vị ${unitIndex} – tin số ${i} về cải cách hành chính, thủ tục hành chính`));
  return Array.from({ length: count }, (_, i) => {
    const isShared = shared(i);
    const channel = isShared ? 0 : i + (options.channelShift ? unitIndex : 0);
    return [
      badDate(i) ? text('31/02/2018') : date(isShared ? '2018-03-05' : day(i)),
      text(channels[channel % channels.length]),
      text(forms[i % forms.length]),
      text(title(i, isShared)),
      links && i % 3 === 0 ? text(`https://godau.tayninh.gov.vn/tin/${unitIndex}-${i}`) : empty,
      empty,
      empty,
    ];
  });
}

/** A unit's template workbook (`cchc template`) holding `rows`, as .xlsx bytes. */
async function templateWorkbook(modules, plan, unit, rows, createdOn = '2018-01-02') {
  const layout = modules.buildTemplate({ plan, kind: 'unit', unit, createdOn, existing: { outputs: rows, standing: [], spending: [] } });
  return (modules.writeLayout ?? modules.renderToBuffer)(layout);
}

/**
 * An office's own tracker, as offices keep them: month sheets, title rows, a header, "Tháng N"
 * section rows, a date merged down over its items, links, a total row; written by exceljs with no
 * pre-formatted blank rows. Named after its unit by the caller (theo-doi-<unit>.xlsx).
 */
async function trackerBytes(ExcelJS, unitName, unitIndex, records) {
  const wb = new ExcelJS.Workbook();
  const perSheet = Math.ceil(records / 6);
  let n = 0;
  for (let month = 1; month <= 6 && n < records; month++) {
    const ws = wb.addWorksheet(`T${month}`);
    ws.addRow([`UBND ${unitName.toUpperCase()}`]);
    ws.addRow([`THEO DÕI TIN, BÀI TUYÊN TRUYỀN CCHC THÁNG ${month}/2018`]);
    ws.mergeCells(2, 1, 2, 6);
    ws.addRow([]);
    ws.addRow(['STT', 'Ngày', 'Nội dung tin, bài', 'Đăng trên', 'Hình thức', 'Link bài']);
    let day = 1;
    for (let i = 0; i < perSheet && n < records;) {
      if (i % 40 === 0) ws.addRow([`Tháng ${month} - đợt ${i / 40 + 1}`]);
      const group = 1 + (i % 3);
      const first = ws.rowCount + 1;
      for (let g = 0; g < group && i < perSheet && n < records; g++, i++, n++) {
        const row = ws.addRow([
          n + 1,
          g === 0 ? new Date(Date.UTC(2018, month - 1, 1 + (day % 28))) : null,
          `${unitName}: tuyên truyền cải cách hành chính, tin số ${n} (${unitIndex})`,
          CHANNELS[(n + unitIndex) % CHANNELS.length],
          FORMS[n % FORMS.length],
          n % 4 === 0 ? { text: 'Xem', hyperlink: `https://godau.tayninh.gov.vn/tin/${unitIndex}-${n}` } : null,
        ]);
        row.getCell(2).numFmt = 'dd/mm/yyyy';
      }
      if (group > 1 && ws.rowCount > first) ws.mergeCells(first, 2, ws.rowCount, 2);
      day++;
    }
    ws.addRow(['', '', 'Cộng', perSheet]);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A file name an office would give its tracker: the unit's name, spaces as dashes. */
const trackerName = (unit) => `theo-doi-${unit.name.replace(/\s+/g, '-')}.xlsx`;

const sheetParts = (name) => name.startsWith('xl/worksheets/') && name.endsWith('.xml');
/** What a reader must also open for values and links: shared strings and the sheets' rels. */
const valueParts = (name) => sheetParts(name) || name === 'xl/sharedStrings.xml' || (name.startsWith('xl/worksheets/_rels/') && name.endsWith('.rels'));

/** The floor: fflate unzip of the parts `wanted` (the sheets), decoded, one pass finding every `<c`. Returns the count. */
function floorScan(bytes, wanted = sheetParts) {
  const { unzipSync } = require('fflate');
  const parts = unzipSync(bytes, { filter: (file) => wanted(file.name) });
  const decoder = new TextDecoder();
  let cells = 0;
  for (const part of Object.values(parts)) {
    const xml = decoder.decode(part);
    for (let at = xml.indexOf('<c'); at >= 0; at = xml.indexOf('<c', at + 2)) {
      const next = xml.charCodeAt(at + 2);
      if (next === 32 || next === 62 || next === 47) cells++;
    }
  }
  return cells;
}

/** Milliseconds `work` takes (awaited). */
async function timed(work) {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** CPU milliseconds (user + system, every thread of this process) `work` takes (awaited). */
async function cpuTimed(work) {
  const start = process.cpuUsage();
  await work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/**
 * Runs the built CLI (or `options.cli`, another build's cchc.js) with `args` and measures it:
 * { status, stdout, stderr, ms, cpuMs, peakMb }. The peak is the process's own maxRSS and cpuMs its
 * user + system CPU time (all its threads), printed by this module when required with CCHC_BENCH_RSS=1:
 * on a shared machine CPU time moves far less with the load than wall time.
 */
function runCli(args, options = {}) {
  const { spawnSync } = require('node:child_process');
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['-r', path.join(__dirname, 'support.cjs'), options.cli ?? CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, CCHC_BENCH_RSS: '1' },
    maxBuffer: 256 * 1024 * 1024,
    ...options,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const peakKb = Number(/maxRSS=(\d+)/.exec(run.stderr ?? '')?.[1] ?? 0);
  const cpuMs = Number(/cpuMs=([\d.]+)/.exec(run.stderr ?? '')?.[1] ?? NaN);
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, ms, cpuMs, peakMb: peakKb / 1024 };
}

// `node -r benchmarks/support.cjs dist/node/cli/cchc.js ...`: report the CLI process's own peak RSS.
if (process.env.CCHC_BENCH_RSS === '1' && require.main !== module) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    process.stderr.write(`\nmaxRSS=${usage.maxRSS}\ncpuMs=${(usage.userCPUTime + usage.systemCPUTime) / 1000}\n`);
  });
}

module.exports = {
  CLI,
  builtCli,
  builtModules,
  CHANNELS,
  FORMS,
  planWithUnits,
  templateRows,
  templateWorkbook,
  trackerBytes,
  trackerName,
  sheetParts,
  valueParts,
  floorScan,
  timed,
  cpuTimed,
  runCli,
};
