// Digest of the one reader's whole output (readXlsx sheets + readBook + validation of the reading)
// on every workbook under the given folders, one line per file and plan, from a built dist:
//
//   [CCHC_NODE_ZIP=1] node benchmarks/readingsDigest.cjs DIST_NODE_DIR OUT.txt FOLDER...
//
// Run it with the build before a speed change and with the build after, then `diff` the two files:
// a speed-only change must leave every line the same (issue 11: "output byte-identical").
const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');

const [dist, out, ...folders] = process.argv.slice(2);
const load = (p) => require(path.resolve(dist, p));
const { readXlsx } = load('xlsx/readWorkbook.js');
// CCHC_NODE_ZIP=1: parts inflated and checked by Node's zlib, as the CLI reads them (a build that has cli/nodeZip.js).
if (process.env.CCHC_NODE_ZIP === '1') load('cli/nodeZip.js').useNodeZip();
const { readBook } = load('core/reader/readBook.js');
const { checkReading } = load('core/validation/validateWorkbook.js');
const { GO_DAU_116 } = load('core/plan/goDau116.js');
const { planWithUnits } = require('./support.cjs');
const plans = [
  ['116', GO_DAU_116],
  ['116+30', planWithUnits(GO_DAU_116, 30)],
];

const files = [];
const walk = (dir) => {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full);
    else if (/\.xlsx$/i.test(entry.name)) files.push(full);
  }
};
folders.forEach(walk);
files.sort();

// Keys in sorted order: a speed change may build the same object in another key order (a row's cells
// object reused as its record's raw cells), which is the same reading.
const sorted = (value) =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(
        Object.keys(value)
          .sort()
          .map((k) => [k, value[k]]),
      )
    : value;
const replacer = (_key, value) =>
  value instanceof Map
    ? { map: [...value] }
    : value instanceof Set
      ? { set: [...value] }
      : typeof value === 'function'
        ? 'fn'
        : value === undefined
          ? '(undefined)'
          : sorted(value);
const digest = (value) => crypto.createHash('sha256').update(JSON.stringify(value, replacer)).digest('hex').slice(0, 16);
const lines = [];
for (const file of files) {
  let sheets;
  try {
    sheets = readXlsx(new Uint8Array(fs.readFileSync(file))).sheets;
  } catch (error) {
    lines.push(`${file} unreadable ${error.name} ${error.reason ?? ''}`);
    continue;
  }
  const parts = [`sheets:${digest(sheets)}`];
  for (const [name, plan] of plans) {
    try {
      const reading = readBook(plan, sheets, { file: path.basename(file) });
      parts.push(`${name}:${digest(reading)}`);
      let checked;
      try {
        checked = checkReading(plan, sheets, reading, {
          today: '2018-12-31',
          period: { kind: 'custom', convention: 'custom', from: '2018-01-01', to: '2018-12-31' },
          file: path.basename(file),
        });
      } catch (error) {
        checked = `threw ${error.message}`;
      }
      // outputIdentities (issue 11, seventh round) is each output's duplicate key, derived from the entries the
      // reading digest covers: left out, so a build before it and one after compare line for line.
      if (typeof checked === 'object' && checked !== null && 'outputIdentities' in checked)
        checked = Object.fromEntries(Object.entries(checked).filter(([key]) => key !== 'outputIdentities'));
      parts.push(`check:${digest(checked)}`);
    } catch (error) {
      parts.push(`${name}:threw ${error.message}`);
    }
  }
  lines.push(`${path.relative(process.cwd(), file)} ${parts.join(' ')}`);
}
fs.writeFileSync(out, lines.join('\n') + '\n');
console.log(`${files.length} workbooks, ${lines.length} lines → ${out}`);
