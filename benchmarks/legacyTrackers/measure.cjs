// npm run build:cli && node benchmarks/legacyTrackers/measure.cjs ROUNDS SETDIR... : exceljs's plain load vs
// `cchc consolidate --json --plan SETDIR/ke-hoach.xlsx` (generate.cjs writes it) on each set, taking turns (the machine's
// speed drifts between runs minutes apart), fastest CPU of each.
const { runCli } = require('../support.cjs');
const fs = require('fs'),
  path = require('path');
const ROUNDS = Number(process.argv[2] ?? 7);
const sets = process.argv.slice(3);
const EX = path.join(__dirname, '..', 'exceljsLoad.cjs');
for (const set of sets) {
  const files = fs
    .readdirSync(set)
    .filter((f) => f.endsWith('.xlsx') && f !== 'ke-hoach.xlsx')
    .map((f) => path.join(set, f));
  const args = ['consolidate', ...files, '--plan', path.join(set, 'ke-hoach.xlsx'), '--period', '2018', '--json'];
  const xl = [],
    js = [];
  for (let r = 0; r < ROUNDS; r++) {
    const a = runCli(files, { cli: EX });
    if (a.status !== 0) throw new Error(a.stderr);
    const b = runCli(args);
    if (b.status !== 0) throw new Error(b.stderr.slice(-400));
    xl.push(a);
    js.push(b);
    console.log(
      `${set} round ${r + 1}: exceljs cpu ${a.cpuMs.toFixed(0)} ms wall ${a.ms.toFixed(0)} peak ${a.peakMb.toFixed(0)} MB | json cpu ${b.cpuMs.toFixed(0)} ms wall ${b.ms.toFixed(0)} peak ${b.peakMb.toFixed(0)} MB | ratio ${(b.cpuMs / a.cpuMs).toFixed(2)}`,
    );
  }
  const minX = Math.min(...xl.map((a) => a.cpuMs)),
    minJ = Math.min(...js.map((b) => b.cpuMs));
  console.log(
    `${set} FASTEST cpu: exceljs ${minX.toFixed(0)} ms, --json ${minJ.toFixed(0)} ms, ratio ${(minJ / minX).toFixed(3)}; wall fastest ${Math.min(...xl.map((a) => a.ms)).toFixed(0)} vs ${Math.min(...js.map((b) => b.ms)).toFixed(0)}; peak json ${Math.max(...js.map((b) => b.peakMb)).toFixed(0)} MB`,
  );
}
