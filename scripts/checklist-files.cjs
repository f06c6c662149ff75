// The 30 files docs/real-excel-checklist.md consolidates in Excel:
//
//   npm run build && npm run checklist:files -- [folder=checklist-files]
//
// Each of the 14 units of 116/KH-UBND sends a workbook with 150 news items of 2018 (a few dates typed
// wrong, one item shared by every commune), and sends a corrected copy a day later (3 more items,
// newer modification time) — 28 files — plus a CSV export and a half-downloaded .xlsx, which the
// pane must list as unusable with a reason. Uses the built core and xlsx adapter (dist/node).
const fs = require('node:fs');
const path = require('node:path');

const { builtCli, builtModules, templateRows, templateWorkbook } = require('../benchmarks/support.cjs');

builtCli('npm run build');
const modules = builtModules();
const { GO_DAU_116 } = modules;

/** 150 items of 2018 for unit `unitIndex`: a few dates typed wrong, the first item shared by every unit. */
function rows(unitIndex, count) {
  return templateRows(modules.cells, unitIndex, count, {
    step: 2,
    shared: (i) => i === 0,
    badDate: (i) => i % 50 === 7,
    channelShift: true,
    title: (i, shared) => (shared ? 'Hội nghị triển khai công tác CCHC năm 2018' : `Tin số ${i + 1} về cải cách hành chính, thủ tục hành chính`),
  });
}

async function main() {
  const dir = path.resolve(process.argv[2] ?? 'checklist-files');
  fs.mkdirSync(dir, { recursive: true });
  const sent = new Date(Date.UTC(2018, 11, 10, 9));
  const resent = new Date(Date.UTC(2018, 11, 11, 9));
  for (const [i, unit] of GO_DAU_116.units.entries()) {
    for (const [suffix, count, when] of [
      ['', 150, sent],
      [' (gui lai)', 153, resent],
    ]) {
      const file = path.join(dir, `${unit.code}${suffix}.xlsx`);
      fs.writeFileSync(file, await templateWorkbook(modules, GO_DAU_116, unit, rows(i, count)));
      fs.utimesSync(file, when, when);
    }
  }
  fs.writeFileSync(path.join(dir, 'so-lieu.csv'), 'Ngày,Kênh,Tiêu đề\n01/03/2018,Báo Tây Ninh,Tin\n');
  const whole = fs.readFileSync(path.join(dir, 'XTD.xlsx'));
  fs.writeFileSync(path.join(dir, 'hong.xlsx'), whole.subarray(0, Math.floor(whole.length / 2)));
  console.log(`${fs.readdirSync(dir).length} files in ${dir}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
