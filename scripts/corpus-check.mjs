#!/usr/bin/env node
// Runs every tracker of the corpus (tests/fixtures/trackers/corpus) through the built CLI's one-click
// job, as Phòng Nội vụ would for calendar 2018, and compares what an officer counts by eye:
//   cchc consolidate FILES --from 2018-01-01 --to 2018-12-31 --json   (cwd = the case folder)
// Compared: the five targets; each listed unit's reporting status; the unit each file is credited to;
// and, where expected.json gives them, the data rows read, quarantined and duplicate rows.
// Run from the project's root after `npm run build:cli`: node scripts/corpus-check.mjs [case...]
// Prints one line per tracker that differs, then "N of M trackers exact"; exit 1 if any differs.
// Not part of npm test: it measures the reader against the corpus, it does not gate a build.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const corpus = path.join(root, 'tests/fixtures/trackers/corpus');
const cli = path.join(root, 'dist/node/cli/cchc.js');
if (!fs.existsSync(cli)) {
  console.log('no built CLI at dist/node/cli/cchc.js: run npm run build:cli first');
  process.exit(2);
}
const all = JSON.parse(fs.readFileSync(path.join(corpus, 'expected.json'), 'utf8'));
const only = process.argv.slice(2);
const cases = Object.entries(all).filter(([name]) => only.length === 0 || only.includes(name));

/** The CLI's JSON summary, also when it exits 1 (data errors) or 2 (a file it cannot read). */
function run(dir, files) {
  const args = [cli, 'consolidate', ...files, '--from', '2018-01-01', '--to', '2018-12-31', '--json'];
  try {
    return JSON.parse(execFileSync('node', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 120000 }));
  } catch (error) {
    try {
      return JSON.parse(String(error.stdout));
    } catch {
      return null;
    }
  }
}

let exact = 0;
for (const [name, want] of cases) {
  const summary = run(path.join(corpus, name), want.files);
  if (summary === null) {
    console.log(`${name}: no JSON summary`);
    continue;
  }
  const diffs = [];
  const got = Object.fromEntries((summary.targets ?? []).map((t) => [t.id, t.achieved]));
  for (const [id, n] of Object.entries(want.targets)) if (got[id] !== n) diffs.push(`${id} ${got[id] ?? 'missing'} (right: ${n})`);
  for (const [unit, status] of Object.entries(want.reporting ?? {})) {
    const r = (summary.reporting ?? []).find((x) => x.unit === unit);
    if (r?.status !== status) diffs.push(`${unit} ${r?.status ?? 'absent'} (right: ${status})`);
  }
  for (const [file, unit] of Object.entries(want.unitOf ?? {})) {
    const f = (summary.files ?? []).find((x) => x.file === file);
    if (f?.unit !== unit) diffs.push(`${file} → ${f?.unit ?? 'no unit'} (right: ${unit})`);
  }
  const c = summary.conservation ?? {};
  for (const key of ['dataRows', 'quarantined', 'duplicates']) {
    const n = want.rows?.[key];
    if (n !== undefined && c[key] !== n) diffs.push(`${key} ${c[key] ?? 'missing'} (right: ${n})`);
  }
  if (diffs.length) console.log(`${name}: ${diffs.join('; ')}`);
  else exact += 1;
}
console.log(`${exact} of ${cases.length} trackers exact`);
process.exit(exact === cases.length ? 0 : 1);
