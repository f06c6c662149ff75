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

const DIST = path.resolve(__dirname, '../dist/node');
if (!fs.existsSync(path.join(DIST, 'cli/cchc.js'))) {
  console.error('dist/node is missing: run `npm run build` (or `npm run build:cli`) first.');
  process.exit(2);
}
const load = (p) => require(path.join(DIST, p));
const { GO_DAU_116 } = load('core/plan/goDau116.js');
const { buildTemplate } = load('core/template/buildTemplate.js');
const { date, empty, text } = load('core/layout/cells.js');
const { renderToBuffer } = load('xlsx/renderWorkbook.js');

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
    const day = new Date(Date.UTC(2018, 0, 2) + ((i * 2 + unitIndex) % 340) * 86400000).toISOString().slice(0, 10);
    const shared = i === 0;
    return [
      i % 50 === 7 ? text('31/02/2018') : date(shared ? '2018-03-05' : day),
      text(CHANNELS[(shared ? 0 : i + unitIndex) % CHANNELS.length]),
      text(FORMS[i % FORMS.length]),
      text(shared ? 'Hội nghị triển khai công tác CCHC năm 2018' : `Tin số ${i + 1} về cải cách hành chính, thủ tục hành chính`),
      i % 3 === 0 ? text(`https://godau.tayninh.gov.vn/tin/${unitIndex}-${i}`) : empty,
      empty,
      empty,
    ];
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
      const layout = buildTemplate({
        plan: GO_DAU_116,
        kind: 'unit',
        unit,
        createdOn: '2018-01-02',
        existing: { outputs: rows(i, count), standing: [], spending: [] },
      });
      const file = path.join(dir, `${unit.code}${suffix}.xlsx`);
      fs.writeFileSync(file, await renderToBuffer(layout));
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
