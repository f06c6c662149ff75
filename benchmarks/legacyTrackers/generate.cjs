// node benchmarks/legacyTrackers/generate.cjs ENC(unicode|tcvn3|vni) OUTDIR [ROWS]
//
// 25 office trackers (one per unit of the Gò Dầu plan, ROWS rows each, default 2,000), written with exceljs the
// way offices keep them: two title rows and a blank row above the header, five header wordings in
// rotation with the columns in different orders, one file in three split into four quarter sheets, titles
// of 50–120 characters, notes, authors, links, a channel the plan does not know ("Facebook xã"). With ENC
// tcvn3 or vni every text (headers too) is written in that legacy encoding for a Unicode font (legacy.cjs).
// The same seed gives the same data in the three encodings; OUTDIR/truth.json holds each file's counts
// per channel and month. Made by issue 11's fresh tester (2 Dec 2026), on whose sets the TCVN3/VNI kinds
// measured 0.68× exceljs's load and the Unicode one 0.57–0.59× (README): kept so the next round starts there.
const fs = require('fs'),
  path = require('path');
const ExcelJS = require('exceljs');
const { toTcvn3, toVni } = require('./legacy.cjs');
const [enc, outDir, rowsArg] = process.argv.slice(2);
const ROWS = Number(rowsArg ?? 2000);
const conv = enc === 'tcvn3' ? toTcvn3 : enc === 'vni' ? toVni : (s) => s;
fs.mkdirSync(outDir, { recursive: true });
let seed = 12345;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = (a) => a[Math.floor(rnd() * a.length)];
const UNITS = [
  ['Phòng Nội vụ', 'phong-noi-vu'],
  ['Phòng Văn hóa và Thông tin', 'phong-vhtt'],
  ['Văn phòng HĐND và UBND huyện', 'van-phong-ubnd'],
  ['Đài Truyền thanh huyện', 'dai-truyen-thanh'],
  ['Bộ phận tiếp nhận và trả kết quả huyện', 'bo-phan-mot-cua'],
  ['Thị trấn Gò Dầu', 'tt-go-dau'],
  ['Xã Thạnh Đức', 'thanh-duc'],
  ['Xã Cẩm Giang', 'cam-giang'],
  ['Xã Hiệp Thạnh', 'hiep-thanh'],
  ['Xã Bàu Đồn', 'bau-don'],
  ['Xã Phước Thạnh', 'phuoc-thanh'],
  ['Xã Phước Đông', 'phuoc-dong'],
  ['Xã Phước Trạch', 'phuoc-trach'],
  ['Xã Thanh Phước', 'thanh-phuoc'],
  ['Xã An Hòa', 'an-hoa'],
  ['Xã Tân Phong', 'tan-phong'],
  ['Xã Mỹ Lộc', 'my-loc'],
  ['Xã Bình Minh', 'binh-minh'],
  ['Xã Hòa Lợi', 'hoa-loi'],
  ['Xã Suối Ngô', 'suoi-ngo'],
  ['Xã Long Vĩnh', 'long-vinh'],
  ['Xã Trường Tây', 'truong-tay'],
  ['Xã Đôn Thuận', 'don-thuan'],
  ['Xã Hưng Thuận', 'hung-thuan'],
  ['Xã Cầu Khởi', 'cau-khoi'],
];
const CHANNELS = [
  'Báo Tây Ninh',
  'Đài Truyền thanh huyện',
  'Trang thông tin điện tử huyện',
  'Facebook xã',
  'Trạm truyền thanh xã',
  'Cổng thông tin điện tử tỉnh',
];
const HEADERS = [
  // [labels, fields]
  [
    ['STT', 'Ngày', 'Tên tin bài', 'Kênh đăng', 'Đơn vị', 'Ghi chú'],
    ['n', 'date', 'title', 'channel', 'unit', 'note'],
  ],
  [
    ['TT', 'Ngày đăng', 'Nội dung tin, bài', 'Phương tiện đăng', 'Đơn vị thực hiện', 'Ghi chú'],
    ['n', 'date', 'title', 'channel', 'unit', 'note'],
  ],
  [
    ['Số TT', 'Thời gian', 'Tiêu đề', 'Kênh tuyên truyền', 'Đơn vị', 'Hình thức', 'Ghi chú'],
    ['n', 'date', 'title', 'channel', 'unit', 'form', 'note'],
  ],
  [
    ['STT', 'Tên bài viết', 'Ngày, tháng', 'Đăng trên', 'Cơ quan thực hiện', 'Đường dẫn'],
    ['n', 'title', 'date', 'channel', 'unit', 'link'],
  ],
  [
    ['STT', 'Ngày phát hành', 'Tên tin, bài tuyên truyền', 'Nơi đăng tải', 'Đơn vị', 'Người viết', 'Ghi chú'],
    ['n', 'date', 'title', 'channel', 'unit', 'author', 'note'],
  ],
];
const VERB = [
  'Tuyên truyền',
  'Triển khai',
  'Phổ biến',
  'Hướng dẫn người dân thực hiện',
  'Tổ chức hội nghị quán triệt',
  'Kết quả thực hiện',
  'Đẩy mạnh',
  'Tăng cường công tác',
];
const TOPIC = [
  'cải cách hành chính năm 2018',
  'thủ tục hành chính về đăng ký hộ tịch',
  'cơ chế một cửa, một cửa liên thông',
  'dịch vụ công trực tuyến mức độ 3',
  'tiếp nhận hồ sơ qua dịch vụ bưu chính công ích',
  'chứng thực bản sao từ bản chính',
  'cấp giấy chứng nhận quyền sử dụng đất',
  'Nghị định 61/2018/NĐ-CP về cơ chế một cửa',
  'chỉ số hài lòng của người dân',
  'đường dây nóng tiếp nhận phản ánh, kiến nghị',
  'niêm yết công khai bộ thủ tục hành chính',
  'kỷ luật, kỷ cương hành chính',
];
const TAIL = [
  'tại {u}',
  'trên địa bàn {u}',
  'cho cán bộ, công chức {u}',
  'đến các ấp, khu phố',
  'trong quý {q} năm 2018',
  'nhân dịp ngày Pháp luật Việt Nam',
  'gắn với phong trào thi đua yêu nước',
  'cho hội viên Hội Nông dân và Hội Liên hiệp Phụ nữ',
];
const NOTES = ['', '', 'Đã đăng', 'Bài cộng tác viên', 'Phát lại 2 lần', ''];
const truth = { enc, rowsPerFile: ROWS, files: [] };
(async () => {
  for (const [ui, [unit, slug]] of UNITS.entries()) {
    const [labels, fields] = HEADERS[ui % HEADERS.length];
    const quarters = ui % 3 === 1; // some files: four quarter sheets, others one sheet
    const wb = new ExcelJS.Workbook();
    const font = { name: 'Times New Roman', size: 12 };
    const sheets = quarters ? [1, 2, 3, 4].map((q) => wb.addWorksheet(`Quy ${q}`)) : [wb.addWorksheet('Nam 2018')];
    for (const [si, ws] of sheets.entries()) {
      ws.addRow([conv(`UBND huyện Gò Dầu - ${unit}`)]);
      ws.addRow([conv(`Sổ theo dõi tin, bài tuyên truyền cải cách hành chính năm 2018${quarters ? ` - quý ${si + 1}` : ''}`)]);
      ws.mergeCells(2, 1, 2, labels.length);
      ws.addRow([]);
      const h = ws.addRow(labels.map(conv));
      h.font = { ...font, bold: true };
    }
    const perChannel = {},
      perMonth = {},
      samples = [];
    let titleChars = 0,
      minLen = 1e9,
      maxLen = 0;
    for (let i = 0; i < ROWS; i++) {
      const dayOfYear = Math.floor(rnd() * 365);
      const d = new Date(Date.UTC(2018, 0, 1) + dayOfYear * 86400000);
      const month = d.getUTCMonth() + 1,
        q = Math.ceil(month / 3);
      let title = `${pick(VERB)} ${pick(TOPIC)} ${pick(TAIL).replace('{u}', unit.replace(/^Xã /, 'xã ')).replace('{q}', q)}`;
      const ref =
        rnd() < 0.6
          ? ` theo Kế hoạch số ${1 + Math.floor(rnd() * 300)}/KH-UBND ngày ${1 + Math.floor(rnd() * 28)}/${month}/2018`
          : ` (ấp ${pick(['Thạnh Hiệp', 'Xóm Đồng', 'Cầu Xe', 'Rạch Sơn', 'Phước Bình', 'Bến Mương', 'Trâm Vàng', 'Cẩm An'])}, đợt ${1 + Math.floor(rnd() * 40)})`;
      title += ref;
      if (title.length < 50) title += ' năm 2018';
      if (title.length > 120) title = title.slice(0, 120).trim();
      const channel = CHANNELS[(i * 7 + ui + Math.floor(rnd() * 3)) % CHANNELS.length];
      perChannel[channel] = (perChannel[channel] ?? 0) + 1;
      perMonth[month] = (perMonth[month] ?? 0) + 1;
      titleChars += title.length;
      minLen = Math.min(minLen, title.length);
      maxLen = Math.max(maxLen, title.length);
      const v = {
        n: i + 1,
        date: d,
        title: conv(title),
        channel: conv(channel),
        unit: conv(unit),
        note: conv(pick(NOTES)) || null,
        form: conv(pick(['Tin', 'Bài', 'Phóng sự'])),
        link: i % 4 === 0 ? `https://godau.tayninh.gov.vn/tin-tuc/${slug}-${i}` : null,
        author: conv(pick(['Nguyễn Văn An', 'Trần Thị Bích', 'Lê Minh Tâm'])),
      };
      const ws = quarters ? sheets[q - 1] : sheets[0];
      const r = ws.addRow(fields.map((f) => v[f]));
      r.font = font;
      r.getCell(fields.indexOf('date') + 1).numFmt = 'dd/mm/yyyy';
      if (samples.length < 5) samples.push({ row: i + 1, date: d.toISOString().slice(0, 10), title, channel });
    }
    for (const ws of sheets)
      ws.columns.forEach((c, k) => {
        c.width = k === fields.indexOf('title') ? 70 : 18;
      });
    const file = path.join(outDir, `theo-doi-${slug}.xlsx`);
    await wb.xlsx.writeFile(file);
    truth.files.push({
      file,
      unit,
      header: labels.join(' | '),
      sheets: sheets.length,
      rows: ROWS,
      perChannel,
      perMonth,
      avgTitle: +(titleChars / ROWS).toFixed(1),
      minLen,
      maxLen,
      samples,
    });
  }
  fs.writeFileSync(path.join(outDir, 'truth.json'), JSON.stringify(truth, null, 1));
  // The plan the set is read against: the built-in 116/KH-UBND names 14 units, so the set's other
  // communes are added (codes from their names) and the plan written as the plan sheet the CLI reads.
  const { builtCli, builtModules } = require('../support.cjs');
  const { load } = builtCli();
  const { GO_DAU_116, renderToBuffer } = builtModules();
  const { planToSheet } = load('core/plan/planSheetLayout.js');
  const { foldForMatch } = load('core/text/fold.js');
  const known = new Set(GO_DAU_116.units.map((u) => foldForMatch(u.name)));
  const extra = UNITS.filter(([name]) => !known.has(foldForMatch(name))).map(([name, slug]) => ({
    code: `X${slug.replace(/-/g, '').toUpperCase().slice(0, 6)}`,
    name,
    aliases: [],
    level: 'commune',
  }));
  fs.writeFileSync(path.join(outDir, 'ke-hoach.xlsx'), await renderToBuffer(planToSheet({ ...GO_DAU_116, units: [...GO_DAU_116.units, ...extra] })));
  console.log('done', outDir);
})();
