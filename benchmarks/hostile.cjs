// The hostile set of issue 10, measured: does every file end within 60 s and 1 GB, and are the
// good files always consolidated?
//
//   npm run build:cli && node benchmarks/hostile.cjs [part-of-a-hostile-file-name]
//
// Builds, in a temp directory, two good unit workbooks (the template `cchc template` writes, with
// rows) and hostile files written byte by byte (a small zip writer below, so a 4 GB part costs
// seconds, not 4 GB of memory): a 2 KB tracker with a stray "x" at XFD1048576, a whole-sheet
// merge, a whole-sheet data validation, zip bombs by size (4 MB → 4 GB) and by part count (60,000),
// 1,048,576 rows, 16,384 columns, two rows of 16,384 cells of 32,767 characters, cells of a
// million characters, 5,000 sheets, and odd names ("-o.xlsx", spaces, Vietnamese, 200+ bytes).
//
// Then runs the built `cchc consolidate --json` once per hostile file next to the two good files,
// and once over the whole set, and prints for each run: exit code, seconds, peak RSS (VmHWM of the
// process, read from /proc while it runs), each file's status and reason, and whether the good
// files were consolidated. A run is killed past HOSTILE_TIMEOUT seconds (default 90) or
// HOSTILE_MAX_MB of RSS (default 2048, to spare the shared machine); that is printed as such.
// Linux only (/proc). Not part of the test run; nothing asserts.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const { Buffer } = require('node:buffer');
const os = require('node:os');
const path = require('node:path');
const zlib = require('node:zlib');

const { builtCli, builtModules, templateRows, templateWorkbook } = require('./support.cjs');

const { CLI } = builtCli();
const modules = builtModules();
const { GO_DAU_116 } = modules;

const TIMEOUT_S = Number(process.env.HOSTILE_TIMEOUT ?? 90);
const MAX_MB = Number(process.env.HOSTILE_MAX_MB ?? 2048);
const TARGET_S = 60;
const TARGET_MB = 1024;
const ONLY = process.argv[2];

// ---------------------------------------------------------------- a streaming zip writer

/**
 * Writes a zip to `file`. Each entry is { name, chunks } where chunks() yields Buffers; entries
 * with `store` are written uncompressed (for the many empty parts). Deflated entries use a data
 * descriptor, so sizes and CRC are known only after streaming, as real writers do. No zip64:
 * every entry stays below 4 GiB.
 */
async function writeZip(file, entries) {
  const fd = fs.openSync(file, 'w');
  let offset = 0;
  const put = (buffer) => {
    fs.writeSync(fd, buffer);
    offset += buffer.length;
  };
  const central = [];
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const start = offset;
    let crc = 0;
    let size = 0;
    let csize = 0;
    const method = entry.store ? 0 : 8;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(entry.store ? 0x0800 : 0x0808, 6); // UTF-8 names; data descriptor when deflated
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(name.length, 26);
    if (entry.store) {
      const data = Buffer.concat([...entry.chunks()]);
      crc = zlib.crc32(data);
      size = csize = data.length;
      local.writeUInt32LE(crc, 14);
      local.writeUInt32LE(csize, 18);
      local.writeUInt32LE(size, 22);
      put(local);
      put(name);
      put(data);
    } else {
      put(local);
      put(name);
      const deflate = zlib.createDeflateRaw({ level: entry.level ?? 1, chunkSize: 1 << 20 });
      deflate.on('data', (out) => {
        csize += out.length;
        put(out);
      });
      const done = new Promise((resolve, reject) => {
        deflate.on('end', resolve);
        deflate.on('error', reject);
      });
      for (const chunk of entry.chunks()) {
        crc = zlib.crc32(chunk, crc);
        size += chunk.length;
        if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once('drain', resolve));
      }
      deflate.end();
      await done;
      const descriptor = Buffer.alloc(16);
      descriptor.writeUInt32LE(0x08074b50, 0);
      descriptor.writeUInt32LE(crc, 4);
      descriptor.writeUInt32LE(csize, 8);
      descriptor.writeUInt32LE(size, 12);
      put(descriptor);
    }
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(entry.store ? 0x0800 : 0x0808, 8);
    header.writeUInt16LE(method, 10);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(csize, 20);
    header.writeUInt32LE(size, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(start, 42);
    central.push(Buffer.concat([header, name]));
  }
  const directoryAt = offset;
  for (const header of central) put(header);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(central.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(central.length, 0xffff), 10);
  end.writeUInt32LE(offset - directoryAt, 12);
  end.writeUInt32LE(directoryAt, 16);
  put(end);
  fs.closeSync(fd);
}

// ---------------------------------------------------------------- minimal workbooks

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const xmlText = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const once = (s) => () => [Buffer.from(s, 'utf8')];

function columnName(n) {
  let name = '';
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) name = String.fromCharCode(65 + ((i - 1) % 26)) + name;
  return name;
}
const inline = (ref, value) => `<c r="${ref}" t="inlineStr"><is><t>${xmlText(value)}</t></is></c>`;

/** A tracker's header and three news rows, as an office types them (dates as text). */
function trackerRows() {
  const header = ['Ngày', 'Kênh', 'Hình thức', 'Tiêu đề'];
  const rows = [
    header,
    ['05/03/2018', 'Báo Tây Ninh', 'Tin', 'Hội nghị triển khai CCHC'],
    ['12/03/2018', 'Trang TTĐT huyện', 'Tin', 'Tuyên truyền một cửa'],
    ['20/04/2018', 'Đài Truyền thanh huyện', 'Tin', 'Dịch vụ công mức độ 3'],
  ];
  return rows.map((cells, r) => `<row r="${r + 1}">${cells.map((v, c) => inline(`${columnName(c + 1)}${r + 1}`, v)).join('')}</row>`).join('');
}

/**
 * A workbook of `sheets` (each { chunks } yielding the worksheet XML), plus `extra` parts. The
 * sheet XML is the caller's, so it can be as large or as odd as wanted.
 */
function workbookEntries(sheets, extra = []) {
  const names = sheets.map((_, i) => `<sheet name="Sheet${i + 1}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  const rels = sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('');
  const overrides = sheets
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join('');
  return [
    {
      name: '[Content_Types].xml',
      chunks: once(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}</Types>`,
      ),
    },
    {
      name: '_rels/.rels',
      chunks: once(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    },
    {
      name: 'xl/workbook.xml',
      chunks: once(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${NS}" xmlns:r="${REL}"><sheets>${names}</sheets></workbook>`),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      chunks: once(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`,
      ),
    },
    ...sheets.map((sheet, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, chunks: sheet.chunks })),
    ...extra,
  ];
}

const sheetHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${NS}"><sheetData>`;
const sheet = (rowsXml, after = '') => ({ chunks: once(`${sheetHead}${rowsXml}</sheetData>${after}</worksheet>`) });

/** A sheet whose XML is produced in pieces: head, then every piece of `body()`, then the end. */
function streamedSheet(body, after = '') {
  return {
    chunks: function* () {
      yield Buffer.from(sheetHead);
      let pending = [];
      let length = 0;
      for (const piece of body()) {
        pending.push(piece);
        length += piece.length;
        if (length >= 1 << 22) {
          yield Buffer.from(pending.join(''), 'utf8');
          pending = [];
          length = 0;
        }
      }
      if (pending.length > 0) yield Buffer.from(pending.join(''), 'utf8');
      yield Buffer.from(`</sheetData>${after}</worksheet>`);
    },
  };
}

const HOSTILE = [
  {
    name: 'o-xa-XFD1048576.xlsx',
    what: 'a 2 KB tracker with a stray "x" at XFD1048576',
    entries: () => workbookEntries([sheet(`${trackerRows()}<row r="1048576">${inline('XFD1048576', 'x')}</row>`)]),
  },
  {
    name: 'gop-o-ca-trang.xlsx',
    what: 'a tracker with one merge over the whole sheet',
    entries: () => workbookEntries([sheet(trackerRows(), '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>')]),
  },
  {
    name: 'kiem-tra-ca-trang.xlsx',
    what: 'a tracker with a data validation on the whole sheet',
    entries: () =>
      workbookEntries([
        sheet(
          trackerRows(),
          '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="A1:XFD1048576"><formula1>"Có,Không"</formula1></dataValidation></dataValidations>',
        ),
      ]),
  },
  {
    name: 'bom-4GB.xlsx',
    what: 'a zip bomb by size: about 4 MB inflating to 4 GB',
    entries: () => {
      // Level 9 on one repeated buffer: deflate's best ratio (about 1000:1), as a real bomb has.
      const spaces = Buffer.alloc(1 << 22, 0x20);
      const [types, rels, book, bookRels] = workbookEntries([sheet('')]);
      const body = {
        name: 'xl/worksheets/sheet1.xml',
        level: 9,
        chunks: function* () {
          yield Buffer.from(`${sheetHead}${trackerRows()}`);
          for (let i = 0; i < Math.floor(4_000_000_000 / spaces.length); i++) yield spaces;
          yield Buffer.from('</sheetData></worksheet>');
        },
      };
      return [types, rels, book, bookRels, body];
    },
  },
  {
    name: 'bom-60000-phan.xlsx',
    what: 'a zip bomb by part count: 60,000 empty parts (the most a zip holds without zip64)',
    entries: () =>
      workbookEntries(
        [sheet(trackerRows())],
        Array.from({ length: 60_000 }, (_, i) => ({ name: `xl/media/p${i}.bin`, store: true, chunks: () => [] })),
      ),
  },
  {
    name: '1048576-dong.xlsx',
    what: '1,048,576 rows',
    entries: () =>
      workbookEntries([
        streamedSheet(function* () {
          yield trackerRows();
          for (let r = 5; r <= 1_048_576; r++) yield `<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`;
        }),
      ]),
  },
  {
    name: '16384-cot.xlsx',
    what: '16,384 columns in one row',
    entries: () =>
      workbookEntries([
        sheet(`${trackerRows()}<row r="5">${Array.from({ length: 16_384 }, (_, c) => `<c r="${columnName(c + 1)}5"><v>${c}</v></c>`).join('')}</row>`),
      ]),
  },
  {
    name: 'hai-dong-chu-dai.xlsx',
    what: 'two rows of 16,384 cells of 32,767 characters (1 GB of text)',
    entries: () =>
      workbookEntries([
        streamedSheet(function* () {
          const long = 'chữ'.repeat(10_922) + 'c';
          for (const r of [1, 2]) {
            yield `<row r="${r}">`;
            for (let c = 1; c <= 16_384; c++) yield inline(`${columnName(c)}${r}`, long);
            yield '</row>';
          }
        }),
      ]),
  },
  {
    name: 'o-mot-trieu-ky-tu.xlsx',
    what: 'a tracker with 20 cells of 1,000,000 characters (Excel stops at 32,767)',
    entries: () =>
      workbookEntries([
        streamedSheet(function* () {
          yield trackerRows();
          const huge = 'x'.repeat(1_000_000);
          for (let r = 5; r < 25; r++) yield `<row r="${r}">${inline(`D${r}`, huge)}</row>`;
        }),
      ]),
  },
  {
    name: '5000-sheet.xlsx',
    what: '5,000 sheets',
    entries: () => workbookEntries(Array.from({ length: 5000 }, () => sheet(trackerRows()))),
  },
];

// ---------------------------------------------------------------- good files and odd names

const CHANNELS = ['Báo Tây Ninh', 'Trang thông tin điện tử huyện', 'Đài Truyền thanh huyện', 'Cổng thông tin điện tử tỉnh'];

function goodWorkbook(code, count) {
  const unit = GO_DAU_116.units.find((u) => u.code === code);
  const outputs = templateRows(modules.cells, 0, count, {
    day: (i) => new Date(Date.UTC(2018, 0, 3) + i * 9 * 86_400_000).toISOString().slice(0, 10),
    shared: () => false,
    badDate: () => false,
    channels: CHANNELS,
    forms: ['Tin'],
    title: (i) => `${unit.name}: tin số ${i + 1}`,
    links: false,
  });
  return templateWorkbook(modules, GO_DAU_116, unit, outputs);
}

const GOOD = [
  { name: 'xa-thanh-duc.xlsx', unit: 'XTD', rows: 25 },
  { name: 'xa-cam-giang.xlsx', unit: 'XCG', rows: 30 },
];
const ODD = [
  { name: '-o.xlsx', unit: 'XHT', what: 'a unit file named like an option' },
  { name: 'bao cao xa bau don .xlsx', unit: 'XBD', what: 'spaces, one before the extension' },
  { name: 'Báo cáo CCHC 6 tháng – Xã Phước Đông.xlsx', unit: 'XPD', what: 'Vietnamese, an en dash' },
  { name: `Xã Phước Thạnh ${'báo cáo tuyên truyền cải cách hành chính '.repeat(4).trim()}.xlsx`, unit: 'XPTH', what: 'a very long name (over 200 bytes)' },
];

// ---------------------------------------------------------------- running and measuring

function peakOf(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
    const rss = /VmRSS:\s+(\d+) kB/.exec(status);
    return { hwm: hwm ? Number(hwm[1]) / 1024 : 0, rss: rss ? Number(rss[1]) / 1024 : 0 };
  } catch {
    return null;
  }
}

/** Runs `cchc consolidate --json -- files` in `dir`; exit code, seconds, peak RSS (MB), JSON. */
function consolidate(dir, files) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [CLI, 'consolidate', '--period', '2018', '--json', '--', ...files], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d.toString().slice(0, 4000)));
    let peak = 0;
    let killed = null;
    const watch = setInterval(() => {
      const seen = peakOf(child.pid);
      if (seen) peak = Math.max(peak, seen.hwm);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (!killed && seen && seen.rss > MAX_MB) killed = `killed at ${Math.round(seen.rss)} MB RSS`;
      else if (!killed && seconds > TIMEOUT_S) killed = `killed after ${TIMEOUT_S} s`;
      if (killed) child.kill('SIGKILL');
    }, 100);
    child.on('close', (code, signal) => {
      clearInterval(watch);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      let json = null;
      try {
        json = JSON.parse(stdout);
      } catch {
        json = null;
      }
      resolve({ code: code ?? signal, seconds, peak, killed, json, stderr });
    });
  });
}

function printRun(title, run, goodNames) {
  const good = goodNames.every((name) => run.json?.files.some((f) => f.file === name && f.status === 'ok' && f.records > 0));
  const meets = !run.killed && run.code === 0 && run.seconds <= TARGET_S && run.peak <= TARGET_MB && good;
  console.log(`\n${meets ? 'PASS' : 'FAIL'}  ${title}`);
  console.log(
    `      exit ${run.code}${run.killed ? ` (${run.killed})` : ''}, ${run.seconds.toFixed(1)} s, peak RSS ${Math.round(run.peak)} MB, good files consolidated: ${good ? 'yes' : 'NO'}`,
  );
  if (run.json) {
    for (const f of run.json.files)
      console.log(`      ${f.status.padEnd(8)} ${f.file.length > 60 ? `${f.file.slice(0, 57)}...` : f.file}${f.reason ? ` — ${f.reason}` : ''}`);
    const c = run.json.conservation;
    if (c)
      console.log(
        `      conservation: read ${c.rowsRead} = blank ${c.blank} + titles ${c.titles} + totals ${c.totals} + data ${c.dataRows}; data = taken ${c.consolidated} + duplicates ${c.duplicates} + quarantined ${c.quarantined}`,
      );
  } else {
    const last = run.stderr.trim().split('\n').slice(-3).join(' | ');
    console.log(`      no JSON; stderr: ${last.slice(0, 300)}`);
  }
  return meets;
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-hostile-'));
  console.log(`hostile set in ${dir} (kept only while running); limits: kill past ${TIMEOUT_S} s or ${MAX_MB} MB; target ${TARGET_S} s and ${TARGET_MB} MB`);
  try {
    for (const good of GOOD) fs.writeFileSync(path.join(dir, good.name), await goodWorkbook(good.unit, good.rows));
    for (const odd of ODD) fs.writeFileSync(path.join(dir, odd.name), await goodWorkbook(odd.unit, 3));
    const chosen = HOSTILE.filter((h) => !ONLY || h.name.includes(ONLY));
    for (const hostile of chosen) {
      const started = Date.now();
      await writeZip(path.join(dir, hostile.name), hostile.entries());
      const size = fs.statSync(path.join(dir, hostile.name)).size;
      console.log(`built ${hostile.name}: ${hostile.what}; ${(size / 1024).toFixed(0)} KB on disk, ${((Date.now() - started) / 1000).toFixed(1)} s to build`);
    }
    const goodNames = GOOD.map((g) => g.name);
    let failures = 0;
    for (const hostile of chosen) {
      const run = await consolidate(dir, [...goodNames, hostile.name]);
      if (!printRun(`${hostile.name} (${hostile.what}) next to the two good files`, run, goodNames)) failures += 1;
    }
    const odd = await consolidate(dir, [...goodNames, ...ODD.map((o) => o.name)]);
    if (!printRun(`odd names (${ODD.map((o) => o.what).join('; ')}) next to the two good files`, odd, goodNames)) failures += 1;
    if (!ONLY) {
      const whole = await consolidate(dir, [...goodNames, ...ODD.map((o) => o.name), ...chosen.map((h) => h.name)]);
      if (!printRun('the whole set in one run', whole, goodNames)) failures += 1;
    }
    console.log(`\n${failures === 0 ? 'no failure' : `${failures} run(s) failed the target`}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
