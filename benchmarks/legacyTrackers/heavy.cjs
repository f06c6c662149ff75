// node benchmarks/legacyTrackers/heavy.cjs KIND(unicode|tcvn3|vni|mixed) OUTDIR [NFILES=25] [ROWS=2000] [SEED=777]
//
// Heavier office trackers than generate.cjs, one per unit (the built-in plan's 14, then 11 communes it does not know:
// add them to the plan to have their files read, e.g. as the twelfth tester did), as issue 11's twelfth tester (2 Dec
// 2026) wrote them: 1–3 title rows and a blank row above the header, five header wordings and column orders in turn
// (one with "Người viết"), every fourth file in four quarter sheets, titles of 50–150 characters, notes, authors,
// hyperlinks, channel aliases and an unknown channel, about 1.6% duplicates within and across units, untidy white space
// (double spaces, spaces at either end, a tab, a no-break space), 2% dates typed as text, rows without a title or date,
// up to six cell comments a file. With KIND tcvn3/vni every text is written in that legacy encoding (legacy.cjs); mixed
// rotates the three kinds by file. OUTDIR/truth.json holds the counts per file, channel and month; truth-keys.json every
// row's expected outcome. On these rows the TCVN3/VNI kinds measured 0.68–0.74× exceljs's load at 8,000 rows a file
// where generate.cjs's measured 0.58–0.62× (README, issue 11, seventeenth round): kept so the next round starts there.
const fs = require('fs'),
  path = require('path');
const ExcelJS = require('exceljs');
const { toTcvn3, toVni } = require('./legacy.cjs');
const [kind, outDir, nfArg, rowsArg, seedArg] = process.argv.slice(2);
const NF = Number(nfArg || 25),
  ROWS = Number(rowsArg || 2000);
let seed = Number(seedArg || 777);
const rnd = () => {
  seed ^= seed << 13;
  seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  seed >>>= 0;
  return seed / 4294967296;
};
const pick = (a) => a[Math.floor(rnd() * a.length)];
fs.mkdirSync(outDir, { recursive: true });
const PLAN_UNITS = [
  ['Văn phòng HĐND và UBND huyện', 'van-phong-hdnd-ubnd-huyen', 'VP'],
  ['Phòng Nội vụ', 'phong-noi-vu', 'PNV'],
  ['Phòng Văn hóa và Thông tin', 'phong-van-hoa-thong-tin', 'PVHTT'],
  ['Đài Truyền thanh huyện', 'dai-truyen-thanh-huyen', 'DTT'],
  ['Bộ phận tiếp nhận và trả kết quả huyện', 'bo-phan-mot-cua-huyen', 'BPMC'],
  ['Thị trấn Gò Dầu', 'thi-tran-go-dau', 'TTGD'],
  ['Xã Thạnh Đức', 'xa-thanh-duc', 'XTD'],
  ['Xã Cẩm Giang', 'xa-cam-giang', 'XCG'],
  ['Xã Hiệp Thạnh', 'xa-hiep-thanh', 'XHT'],
  ['Xã Bàu Đồn', 'xa-bau-don', 'XBD'],
  ['Xã Phước Thạnh', 'xa-phuoc-thanh', 'XPTH'],
  ['Xã Phước Đông', 'xa-phuoc-dong', 'XPD'],
  ['Xã Phước Trạch', 'xa-phuoc-trach', 'XPTR'],
  ['Xã Thanh Phước', 'xa-thanh-phuoc', 'XTP'],
];
const OTHER_UNITS = [
  ['Xã Truông Mít', 'xa-truong-mit'],
  ['Xã Bàu Năng', 'xa-bau-nang'],
  ['Xã Chà Là', 'xa-cha-la'],
  ['Xã Cầu Khởi', 'xa-cau-khoi'],
  ['Xã Lộc Ninh', 'xa-loc-ninh'],
  ['Xã Phước Minh', 'xa-phuoc-minh'],
  ['Xã Phước Ninh', 'xa-phuoc-ninh'],
  ['Xã Suối Đá', 'xa-suoi-da'],
  ['Xã Phan', 'xa-phan'],
  ['Xã Bến Củi', 'xa-ben-cui'],
  ['Xã Long Thuận', 'xa-long-thuan'],
];
// channel wording as offices type it -> canonical plan channel (null = not in plan)
const CH = [
  ['Báo Tây Ninh', 'BTN', 14],
  ['Báo TN', 'BTN', 3],
  ['Đài Truyền thanh huyện', 'TT-H', 10],
  ['Đài TT huyện', 'TT-H', 4],
  ['Trạm truyền thanh xã', 'TT-X', 10],
  ['Loa xã', 'TT-X', 3],
  ['Cổng thông tin điện tử tỉnh', 'CTT-T', 8],
  ['Cổng TTĐT tỉnh', 'CTT-T', 4],
  ['Trang thông tin điện tử huyện', 'TTT-H', 10],
  ['Trang TTĐT huyện', 'TTT-H', 5],
  ['Đài PT-TH Tây Ninh', 'PTTH-T', 4],
  ['Zalo OA xã', '?Zalo OA xã', 4],
];
const CHW = [];
for (const c of CH) for (let i = 0; i < c[2]; i++) CHW.push(c);
const FORMS = ['Tin', 'Tin', 'Tin', 'Bài', 'Bài', 'Phóng sự', 'tin tức', 'bài viết'];
const HEADERS = [
  [
    ['STT', 'Ngày đăng', 'Tên tin bài / Trích yếu', 'Cơ quan báo, đài', 'Thể loại', 'Đường link', 'Ghi chú'],
    ['n', 'date', 'title', 'channel', 'form', 'link', 'note'],
  ],
  [
    ['TT', 'Tên tin bài / Trích yếu', 'Ngày đăng', 'Thể loại', 'Cơ quan báo, đài', 'Người viết', 'Ghi chú'],
    ['n', 'title', 'date', 'form', 'channel', 'author', 'note'],
  ],
  [
    ['Số TT', 'Ngày, tháng, năm', 'Trích yếu nội dung', 'Đăng trên', 'Người viết', 'Đường link'],
    ['n', 'date', 'title', 'channel', 'author', 'link'],
  ],
  [
    ['STT', 'Cơ quan báo, đài', 'Ngày phát', 'Tên tin, bài', 'Thể loại', 'Ghi chú', 'Đường link'],
    ['n', 'channel', 'date', 'title', 'form', 'note', 'link'],
  ],
  [
    ['STT', 'Thời gian đăng', 'Tiêu đề tin bài', 'Kênh', 'Hình thức', 'Người viết', 'Ghi chú', 'Link bài viết'],
    ['n', 'date', 'title', 'channel', 'form', 'author', 'note', 'link'],
  ],
];
const P1 = [
  'Tuyên truyền',
  'Triển khai',
  'Hội nghị',
  'Tập huấn',
  'Phổ biến',
  'Kết quả',
  'Đẩy mạnh',
  'Nâng cao chất lượng',
  'Sơ kết',
  'Kiểm tra',
  'Hướng dẫn',
  'Ra mắt',
];
const P2 = [
  'cải cách hành chính',
  'thủ tục hành chính',
  'cơ chế một cửa liên thông',
  'dịch vụ công trực tuyến mức độ 3',
  'ứng dụng công nghệ thông tin',
  'đạo đức công vụ',
  'chỉ số hài lòng của người dân',
  'Bộ phận tiếp nhận và trả kết quả',
  'quy chế dân chủ ở cơ sở',
  'văn hóa công sở',
  'chữ ký số',
  'hồ sơ đất đai',
  'chứng thực bản sao',
  'đăng ký hộ tịch',
  'cấp giấy phép xây dựng',
];
const P3 = [
  'tại ấp Rạch Sơn',
  'tại ấp Cây Trắc',
  'ở khu phố Thanh Bình B',
  'cho cán bộ, công chức xã',
  'trong đoàn viên thanh niên',
  'cho hội viên Hội Nông dân',
  'trên địa bàn huyện Gò Dầu',
  'năm 2018',
  'quý này',
  'đợt cao điểm',
  'giai đoạn 2016 - 2020',
  'trong năm học mới',
  'tại trụ sở UBND xã',
  'với sự tham gia của 120 người dân',
  'theo Kế hoạch 116/KH-UBND',
];
const P4 = [
  '',
  '',
  ' nhằm nâng cao nhận thức của người dân',
  ' góp phần xây dựng chính quyền thân thiện',
  ' để người dân, doanh nghiệp biết và thực hiện',
  ' và giải đáp thắc mắc của người dân về thủ tục',
  ' gắn với phong trào thi đua yêu nước',
];
const AUTH = ['Nguyễn Văn Hùng', 'Trần Thị Mỹ Linh', 'Lê Hoàng Phúc', 'Phạm Ngọc Trâm', 'Võ Minh Tuấn', 'Huỳnh Thị Diễm'];
const NOTES = ['Đã đăng', 'Phát 2 lần', 'Có ảnh kèm theo', 'Bài cộng tác', 'Phát lại buổi chiều', 'Tin ảnh'];
function makeTitle() {
  for (;;) {
    let t = `${pick(P1)} ${pick(P2)} ${pick(P3)}${pick(P4)}`;
    if (rnd() < 0.5) t += `, ${pick(P2)}`;
    if (rnd() < 0.3) t += ` ${pick(P3)}`;
    if (t.length >= 50 && t.length <= 150) return t;
  }
}
function untidy(t) {
  const r = rnd();
  if (r < 0.2) return t.replace(' ', '  ');
  if (r < 0.4) return ' ' + t;
  if (r < 0.6) return t + '  ';
  if (r < 0.75) return t.replace(' ', '\t');
  return t.replace(' ', '\u00A0');
}
const tidy = (s) => s.replace(/[\s\u00A0]+/g, ' ').trim();
const Y = 2018;
const DAYS = 365;
function randDate() {
  const d = new Date(Date.UTC(Y, 0, 1) + Math.floor(rnd() * DAYS) * 864e5);
  return d;
}
const iso = (d) => d.toISOString().slice(0, 10);
function repMonth(d) {
  // NĐ 09/2019: month m runs 15th of m-1 .. 14th of m
  let y = d.getUTCFullYear(),
    m = d.getUTCMonth() + 1;
  if (d.getUTCDate() >= 15) {
    m++;
    if (m === 13) {
      m = 1;
      y++;
    }
  }
  return `${y}-${String(m).padStart(2, '0')}`;
}
const units = [];
for (let i = 0; i < NF; i++) {
  units.push(
    i < PLAN_UNITS.length
      ? { name: PLAN_UNITS[i][0], slug: PLAN_UNITS[i][1], code: PLAN_UNITS[i][2], known: true }
      : {
          name: OTHER_UNITS[(i - PLAN_UNITS.length) % OTHER_UNITS.length][0],
          slug: OTHER_UNITS[(i - PLAN_UNITS.length) % OTHER_UNITS.length][1] + (i >= PLAN_UNITS.length + OTHER_UNITS.length ? '-' + i : ''),
          known: false,
        },
  );
}
const pool = []; // shared items for cross-unit duplicates
const truth = { kind, files: [], totals: {} };
async function main() {
  for (let fi = 0; fi < NF; fi++) {
    const u = units[fi];
    const enc = kind === 'mixed' ? (fi % 3 === 0 ? 'tcvn3' : fi % 3 === 1 ? 'vni' : 'unicode') : kind;
    const cv = enc === 'tcvn3' ? toTcvn3 : enc === 'vni' ? toVni : (s) => s;
    const [labels, fields] = HEADERS[fi % HEADERS.length];
    const quarters = fi % 4 === 2;
    const titleRows = 1 + (fi % 3);
    const rows = [];
    const ft = {
      file: `theo-doi-${u.slug}.xlsx`,
      unit: u.name,
      unitCode: u.code || null,
      known: u.known,
      enc,
      header: labels.join('|'),
      quarters,
      written: 0,
      good: 0,
      byChannel: {},
      byMonth: {},
      byRepMonth: {},
      noTitle: [],
      badDate: [],
      dupWithin: [],
      dupPool: [],
      untidy: 0,
      comments: [],
      outsideCal: 0,
      afterCutoff: 0,
      badRows: [],
    };
    for (let r = 0; r < ROWS; r++) {
      let item;
      const x = rnd();
      if (x < 0.012 && pool.length > 0) {
        const p = pick(pool);
        item = { ...p, title: rnd() < 0.5 ? untidy(p.title) : p.title, src: 'pool' };
      } else if (x < 0.016 && rows.length > 0) {
        const p = pick(rows);
        item = { ...p, src: 'within' };
      } else {
        const c = pick(CHW);
        item = {
          date: randDate(),
          title: makeTitle(),
          chanText: c[0],
          chan: c[1],
          form: pick(FORMS),
          author: pick(AUTH),
          note: rnd() < 0.15 ? pick(NOTES) : '',
          link: rnd() < 0.6 ? `https://baotayninh.vn/bai-${Math.floor(rnd() * 1e7)}.html` : '',
          src: 'new',
        };
        if (rnd() < 0.05) item.title = untidy(item.title);
        if (rnd() < 0.03) item.chanText = ' ' + item.chanText + ' ';
        if (rnd() < 0.02) item.textDate = true;
        if (rnd() < 0.05 && fi % 2 === 0) pool.push(item);
      }
      if (item.src === 'new') {
        const b = rnd();
        if (b < 0.002) item = { ...item, title: '', bad: 'noTitle' };
        else if (b < 0.004) item = { ...item, date: null, dateText: 'chưa rõ ngày', bad: 'badDate' };
      }
      rows.push(item);
    }
    // truth
    const keyOf = (it) => `${it.chan}|${iso(it.date)}|${tidy(it.title)}`;
    rows.forEach((it, i) => {
      ft.written++;
      if (it.bad === 'noTitle') {
        ft.noTitle.push(i);
        return;
      }
      if (it.bad === 'badDate') {
        ft.badDate.push(i);
        return;
      }
      if (/\s{2,}|^\s|\s$|\t|\u00A0/.test(it.title)) ft.untidy++;
      ft.good++;
      ft.byChannel[it.chan] = (ft.byChannel[it.chan] || 0) + 1;
      const m = iso(it.date).slice(0, 7);
      ft.byMonth[m] = (ft.byMonth[m] || 0) + 1;
      const rm = repMonth(it.date);
      ft.byRepMonth[rm] = (ft.byRepMonth[rm] || 0) + 1;
      if (rm > '2018-12') ft.afterCutoff++;
    });
    // write
    const wb = new ExcelJS.Workbook();
    wb.creator = cv(u.name);
    const groups = quarters
      ? [0, 1, 2, 3].map((q) => ({
          name: `Quy ${['I', 'II', 'III', 'IV'][q]}`,
          rows: rows
            .map((it, i) => [it, i])
            .filter(([it]) => {
              const d = it.date || new Date(Date.UTC(Y, 5, 1));
              return Math.floor(d.getUTCMonth() / 3) === q;
            }),
        }))
      : [{ name: fi % 2 ? 'Theo doi 2018' : 'Sheet1', rows: rows.map((it, i) => [it, i]) }];
    ft.rowAt = {}; // data index -> sheet!row
    let nComments = 0;
    for (const g of groups) {
      const ws = wb.addWorksheet(g.name);
      let rr = 1;
      ws.getCell(rr++, 1).value = cv(u.name.toUpperCase());
      if (titleRows > 1) ws.getCell(rr++, 1).value = cv(`SỔ THEO DÕI TIN, BÀI TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2018${quarters ? ' - ' + g.name : ''}`);
      if (titleRows > 2) ws.getCell(rr++, 1).value = cv('(Kèm theo Kế hoạch số 116/KH-UBND ngày 06/6/2018 của UBND huyện)');
      rr++; // blank
      labels.forEach((l, j) => {
        ws.getCell(rr, j + 1).value = cv(l);
        ws.getCell(rr, j + 1).font = { bold: true };
      });
      rr++;
      let n = 0;
      for (const [it, i] of g.rows) {
        n++;
        const row = ws.getRow(rr);
        fields.forEach((f, j) => {
          const c = row.getCell(j + 1);
          let v = null;
          switch (f) {
            case 'n':
              v = n;
              break;
            case 'date':
              v = it.date
                ? it.textDate
                  ? `${String(it.date.getUTCDate()).padStart(2, '0')}/${String(it.date.getUTCMonth() + 1).padStart(2, '0')}/${it.date.getUTCFullYear()}`
                  : it.date
                : cv(it.dateText);
              if (it.date && !it.textDate) c.numFmt = 'dd/mm/yyyy';
              break;
            case 'title':
              v = it.title ? cv(it.title) : null;
              break;
            case 'channel':
              v = cv(it.chanText);
              break;
            case 'form':
              v = cv(it.form);
              break;
            case 'author':
              v = cv(it.author);
              break;
            case 'note':
              v = it.note ? cv(it.note) : null;
              break;
            case 'link':
              v = it.link ? { text: it.link, hyperlink: it.link } : null;
              break;
          }
          if (v !== null && v !== '') c.value = v;
        });
        if (i % 997 === 5 && nComments < 6) {
          const tcol = fields.indexOf('title') + 1;
          row.getCell(tcol).note = cv('Đã xác nhận với ' + pick(AUTH));
          nComments++;
          ft.comments.push(`${g.name}!${rr}`);
        }
        ft.rowAt[i] = `${g.name}!${rr}`;
        rr++;
      }
    }
    await wb.xlsx.writeFile(path.join(outDir, ft.file), { zip: { compression: 'DEFLATE', compressionOptions: { level: 6 } } }); // as Excel does
    ft.noTitle = ft.noTitle.map((i) => ft.rowAt[i]);
    ft.badDate = ft.badDate.map((i) => ft.rowAt[i]);
    ft.keys = rows.map((it) => (it.bad ? null : keyOf(it)));
    ft.rowsInfo = rows.map((it, i) => ({
      loc: ft.rowAt[i],
      key: it.bad ? null : keyOf(it),
      chan: it.chan,
      form: it.form,
      hasForm: fields.includes('form'),
      date: it.date ? iso(it.date) : null,
      bad: it.bad || null,
      title: tidy(it.title || ''),
      chanText: tidy(it.chanText),
    }));
    delete ft.rowAt;
    truth.files.push(ft);
  }
  // global duplicates: first occurrence in file order then row order wins
  const seen = new Map();
  let dup = 0,
    dupCross = 0,
    dupWithin = 0;
  const outByChan = {},
    outByUnit = {};
  truth.files.forEach((f, fi) => {
    f.keys.forEach((k, ri) => {
      if (!k) return;
      if (seen.has(k)) {
        dup++;
        if (seen.get(k)[0] === fi) dupWithin++;
        else dupCross++;
        return;
      }
      seen.set(k, [fi, ri]);
      const ch = k.split('|')[0];
      outByChan[ch] = (outByChan[ch] || 0) + 1;
      outByUnit[f.unit] = (outByUnit[f.unit] || 0) + 1;
    });
  });
  truth.totals = {
    rowsWritten: truth.files.reduce((a, f) => a + f.written, 0),
    goodRows: truth.files.reduce((a, f) => a + f.good, 0),
    uniqueOutputs: seen.size,
    duplicates: dup,
    dupCross,
    dupWithin,
    noTitle: truth.files.reduce((a, f) => a + f.noTitle.length, 0),
    badDate: truth.files.reduce((a, f) => a + f.badDate.length, 0),
    afterCutoff: truth.files.reduce((a, f) => a + f.afterCutoff, 0),
    outByChan,
    outByUnit,
  };
  const keysOut = {};
  truth.files.forEach((f) => {
    keysOut[f.file] = f.rowsInfo;
    delete f.keys;
    delete f.rowsInfo;
  });
  fs.writeFileSync(path.join(outDir, 'truth.json'), JSON.stringify(truth, null, 1));
  fs.writeFileSync(path.join(outDir, 'truth-keys.json'), JSON.stringify(keysOut));
  console.log(outDir, JSON.stringify(truth.totals));
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
