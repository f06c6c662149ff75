// `node benchmarks/readXlsx.pane.cjs DIR [rounds=7]`: the pane's reader where it runs, in a Web Worker in
// Chromium (Debian's chromium, driven by playwright-core), on the files `benchmarks/readXlsx.cjs` wrote to DIR
// (template workbooks named by unit code, office trackers "theo-doi-*.xlsx"). For each set, the fastest of
// `rounds` (taking turns in each round) of:
//   - the floor: fflate unzipSync of the sheets, decoded, one pass finding every `<c` (as readXlsx.cjs);
//   - the raw inflating alone of every deflated part: fflate, and DecompressionStream('deflate-raw');
//   - readXlsx (fflate inflating every part), and readXlsxAsync (large parts through DecompressionStream).
// The reader is compiled from src/ with tsc into a temporary folder (no build needed). Nothing asserts a time;
// readXlsxAsync's result is compared with readXlsx's on every file once.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');
const { chromium } = require('playwright-core');
/** Debian's chromium unless CHROMIUM_PATH names another Chromium or Chrome. */
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const root = path.join(__dirname, '..');

const WORKER = `
import { unzipSync, inflateSync } from '/fflate.mjs';
import { readXlsx, readXlsxAsync } from '/esm/xlsx/read/readXlsx.js';
const time = async (work) => { const start = performance.now(); await work(); return performance.now() - start; };
function floor(bytes) {
  const parts = unzipSync(bytes, { filter: (f) => f.name.startsWith('xl/worksheets/') && f.name.endsWith('.xml') });
  const decoder = new TextDecoder();
  let cells = 0;
  for (const part of Object.values(parts)) {
    const xml = decoder.decode(part);
    for (let at = xml.indexOf('<c'); at >= 0; at = xml.indexOf('<c', at + 2)) { const n = xml.charCodeAt(at + 2); if (n === 32 || n === 62 || n === 47) cells++; }
  }
  return cells;
}
function deflated(bytes) {
  const d = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22; while (d.getUint32(end, true) !== 0x06054b50) end--;
  const parts = []; let at = d.getUint32(end + 16, true);
  for (let i = d.getUint16(end + 10, true); i > 0; i--) {
    const local = d.getUint32(at + 42, true), start = local + 30 + d.getUint16(local + 26, true) + d.getUint16(local + 28, true);
    if (d.getUint16(at + 10, true) === 8) parts.push({ data: bytes.subarray(start, start + d.getUint32(at + 20, true)), size: d.getUint32(at + 24, true) });
    at += 46 + d.getUint16(at + 28, true) + d.getUint16(at + 30, true) + d.getUint16(at + 32, true);
  }
  return parts;
}
async function native(data) {
  const stream = new DecompressionStream('deflate-raw'); const writer = stream.writable.getWriter(); writer.write(data); writer.close();
  const reader = stream.readable.getReader(); let n = 0;
  for (;;) { const { done, value } = await reader.read(); if (done) return n; n += value.length; }
}
onmessage = async ({ data: { sets, rounds } }) => {
  for (const [label, names] of sets) {
    const all = await Promise.all(names.map(async (n) => new Uint8Array(await (await fetch('/files/' + encodeURIComponent(n))).arrayBuffer())));
    const parts = all.flatMap(deflated);
    for (const bytes of all) if (JSON.stringify(await readXlsxAsync(bytes)) !== JSON.stringify(readXlsx(bytes))) throw new Error('readXlsxAsync differs from readXlsx');
    const best = { floor: Infinity, fflate: Infinity, native: Infinity, sync: Infinity, async: Infinity };
    for (let r = 0; r < rounds; r++) {
      best.floor = Math.min(best.floor, await time(() => { for (const b of all) floor(b); }));
      best.fflate = Math.min(best.fflate, await time(() => { for (const p of parts) inflateSync(p.data, { out: new Uint8Array(p.size + 1) }); }));
      best.native = Math.min(best.native, await time(async () => { for (const p of parts) await native(p.data); }));
      best.sync = Math.min(best.sync, await time(() => { for (const b of all) readXlsx(b); }));
      best.async = Math.min(best.async, await time(async () => { for (const b of all) await readXlsxAsync(b); }));
    }
    postMessage({ label, files: all.length, parts: parts.length, best });
  }
  postMessage(null);
};
`;

async function main() {
  const dir = process.argv[2];
  const rounds = Number(process.argv[3] ?? 7);
  if (dir === undefined) throw new Error('usage: node benchmarks/readXlsx.pane.cjs DIR [rounds]  (DIR: the folder benchmarks/readXlsx.cjs wrote)');
  const names = fs.readdirSync(dir).filter((n) => n.endsWith('.xlsx'));
  const sets = [
    ['(a) template workbooks', names.filter((n) => !n.startsWith('theo-doi-'))],
    ['(b) office trackers', names.filter((n) => n.startsWith('theo-doi-'))],
  ];
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-pane-reader-'));
  execFileSync(
    process.execPath,
    [
      require.resolve('typescript/bin/tsc'),
      '--outDir',
      path.join(out, 'esm'),
      '--rootDir',
      path.join(root, 'src'),
      '--module',
      'es2022',
      '--target',
      'es2022',
      '--moduleResolution',
      'bundler',
      '--skipLibCheck',
      '--declaration',
      'false',
      path.join(root, 'src/xlsx/read/readXlsx.ts'),
    ],
    { stdio: 'inherit' },
  );
  const files = {
    '/': ['text/html', '<!doctype html><title>reader</title>'],
    '/worker.mjs': ['text/javascript', WORKER],
    '/fflate.mjs': ['text/javascript', fs.readFileSync(path.join(root, 'node_modules/fflate/esm/browser.js'))],
  };
  const server = http.createServer((req, res) => {
    const url = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let body = files[url];
    if (body === undefined && url.startsWith('/files/')) body = ['application/octet-stream', fs.readFileSync(path.join(dir, path.basename(url)))];
    if (body === undefined && url.startsWith('/esm/')) {
      const file = path.join(out, url.endsWith('.js') ? url : `${url}.js`);
      // the one bare import: a worker has no import map
      if (fs.existsSync(file)) body = ['text/javascript', fs.readFileSync(file, 'utf8').replace(/from 'fflate'/g, "from '/fflate.mjs'")];
    }
    if (body === undefined) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': body[0] }).end(body[1]);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    console.log(`Chromium ${browser.version()}, ${dir}, fastest of ${rounds} rounds, in a Web Worker`);
    const results = await page.evaluate(
      ({ sets, rounds }) =>
        new Promise((resolve, reject) => {
          // runs in the page, where Worker is a global
          const worker = new globalThis.Worker('/worker.mjs', { type: 'module' });
          const lines = [];
          worker.onmessage = ({ data }) => (data === null ? resolve(lines) : lines.push(data));
          worker.onerror = (e) => reject(new Error(e.message));
          worker.postMessage({ sets, rounds });
        }),
      { sets, rounds },
    );
    for (const { label, files: count, parts, best } of results) {
      const ms = (v) => `${v.toFixed(0).padStart(5)} ms`;
      console.log(`\n${label}: ${count} files, ${parts} deflated parts`);
      console.log(`  floor: fflate unzip of sheets + scan of <c        ${ms(best.floor)}`);
      console.log(`  inflating every part: fflate                      ${ms(best.fflate)}`);
      console.log(`  inflating every part: DecompressionStream         ${ms(best.native)}`);
      console.log(`  readXlsx (fflate)                                 ${ms(best.sync)}   ${(best.sync / best.floor).toFixed(2)}× the floor`);
      console.log(`  readXlsxAsync (native from 4 KiB): the pane       ${ms(best.async)}   ${(best.async / best.floor).toFixed(2)}× the floor`);
    }
  } finally {
    await browser.close();
    server.close();
    fs.rmSync(out, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
