import { parseRange } from '../../../src/core/layout/a1';
import { periodFor } from '../../../src/core/periods';
import { buildReport, gridWidthMm, pageBreaks, repeatedHeader, type ReportInput } from '../../../src/core/report';
import { cellAt, heightOf, rowsWith, rowWith, styleAt, textOf, texts } from './layoutQuery';
import { DISTRICT_RECORDS, plan, THANH_DUC_RECORDS, unitOf } from './reportFixtures';

const firstHalf = periodFor('half-year', 2018, 1, 'nd09-cutoff');
const base: ReportInput = {
  plan,
  period: firstHalf,
  scope: { kind: 'district' },
  records: DISTRICT_RECORDS,
  reportDate: '2018-06-14',
  documentNumber: '      ',
};
const districtReport = buildReport(base);
const unitReport = buildReport({ ...base, scope: { kind: 'unit', unit: unitOf('XTD') }, records: THANH_DUC_RECORDS });
const reports = [
  ['district', districtReport],
  ['unit', unitReport],
] as const;
const allText = (layout: typeof districtReport.layout): string[] => texts(layout).map((x) => x.text);

describe('print setup (Nghị định 30/2020 appendix I)', () => {
  it.each(reports)('%s: A4 portrait, margins within the decree ranges, one page wide, print area to the last row', (_, { layout }) => {
    const print = layout.print;
    expect(print).toMatchObject({ orientation: 'portrait', paperSize: 'A4', fitToWidth: true });
    const m = print?.margins ?? { top: 0, bottom: 0, left: 0, right: 0 };
    expect(m.top).toBeGreaterThanOrEqual(20);
    expect(m.top).toBeLessThanOrEqual(25);
    expect(m.bottom).toBeGreaterThanOrEqual(20);
    expect(m.bottom).toBeLessThanOrEqual(25);
    expect(m.left).toBeGreaterThanOrEqual(30);
    expect(m.left).toBeLessThanOrEqual(35);
    expect(m.right).toBeGreaterThanOrEqual(15);
    expect(m.right).toBeLessThanOrEqual(20);
    const lastRow = Math.max(...layout.rows.map((r) => r.row));
    expect(print?.printArea).toBe(`A1:J${lastRow}`);
  });

  it('repeats a table header only when the last page break cuts that table, so no page of prose gets one', () => {
    const tables = [{ header: 3, last: 40 }];
    const page = pageBreaks(Array.from({ length: 200 }, () => 20))[0] ?? 0;
    const rows = (count: number): number[] => Array.from({ length: count }, () => 20);
    // One break, inside the table: its header repeats on the second (last) page.
    expect(page).toBeGreaterThan(4);
    expect(repeatedHeader([{ header: 3, last: page + 5 }], rows(page + 10))).toEqual({ header: 3, last: page + 5 });
    // Two breaks and the table ends before the second: the third page would be headed by it.
    expect(repeatedHeader([{ header: 3, last: page + 5 }], rows(3 * page))).toBeUndefined();
    // One page only: nothing to repeat.
    expect(repeatedHeader(tables, rows(page - 1))).toBeUndefined();
    // The break falls right after the header: Excel moves nothing useful, so no repeat either.
    expect(repeatedHeader([{ header: page - 1, last: page + 5 }], rows(page + 10))).toBeUndefined();
    for (const [, report] of reports) {
      const titleRows = report.layout.print?.titleRows;
      if (titleRows !== undefined) expect(textOf(cellAt(report.layout, `A${/^\$(\d+)/.exec(titleRows)?.[1] ?? ''}`))).toBe('STT');
    }
  });

  it('lays the grid out about as wide as the printable width of A4 (210 − 30 − 15 mm)', () => {
    expect(gridWidthMm()).toBeGreaterThan(155);
    expect(gridWidthMm()).toBeLessThan(175);
    expect(districtReport.layout.columns.map((c) => c.column)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J']);
  });
});

describe('document form', () => {
  const { layout } = districtReport;

  it('uses Times New Roman throughout and body text of 13–14 pt', () => {
    expect(layout.styles[0]).toMatchObject({ range: expect.stringMatching(/^A1:J\d+$/) as unknown, style: { fontName: 'Times New Roman', fontSize: 13 } });
    const intro = rowWith(layout, /^Thực hiện Kế hoạch số 116\/KH-UBND/);
    expect(styleAt(layout, `A${intro}`)).toMatchObject({ fontName: 'Times New Roman', fontSize: 13, wrap: true });
    for (const { at } of texts(layout)) {
      const size = styleAt(layout, at).fontSize ?? 0;
      expect(size).toBeGreaterThanOrEqual(8);
      expect(size).toBeLessThanOrEqual(14);
    }
  });

  it('heads the page with the superior over the issuing body and the number on the left', () => {
    expect(textOf(cellAt(layout, 'A1'))).toBe('UBND HUYỆN GÒ DẦU');
    expect(styleAt(layout, 'A1')).toMatchObject({ fontSize: 12, horizontal: 'center' });
    expect(styleAt(layout, 'A1').bold).toBeUndefined();
    expect(textOf(cellAt(layout, 'A2'))).toBe('PHÒNG NỘI VỤ');
    expect(styleAt(layout, 'A2')).toMatchObject({ bold: true, fontSize: 12 });
    expect(textOf(cellAt(layout, 'A4'))).toBe('Số:       /BC-PNV');
    expect(layout.merges).toEqual(expect.arrayContaining(['A1:D1', 'A2:D2', 'A4:D4', 'E1:J1', 'E2:J2', 'E4:J4']));
  });

  it('puts the national name, the underlined motto and the place and date in italics on the right', () => {
    expect(textOf(cellAt(layout, 'E1'))).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(styleAt(layout, 'E1')).toMatchObject({ bold: true, fontSize: 12 });
    expect(textOf(cellAt(layout, 'E2'))).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(styleAt(layout, 'E2')).toMatchObject({ bold: true, underline: true, fontSize: 13 });
    expect(textOf(cellAt(layout, 'E4'))).toBe('Gò Dầu, ngày 14 tháng 6 năm 2018');
    expect(styleAt(layout, 'E4')).toMatchObject({ italic: true });
  });

  it.each([
    ['2018-02-05', 'Gò Dầu, ngày 05 tháng 02 năm 2018'],
    ['2018-12-31', 'Gò Dầu, ngày 31 tháng 12 năm 2018'],
    ['2018-03-09', 'Gò Dầu, ngày 09 tháng 3 năm 2018'],
  ])('writes %s the decree’s way: %s', (reportDate, expected) => {
    expect(textOf(cellAt(buildReport({ ...base, reportDate }).layout, 'E4'))).toBe(expected);
  });

  it('centres a bold "BÁO CÁO" and a bold subtitle built from the plan title and the period', () => {
    const title = rowWith(layout, 'BÁO CÁO');
    expect(styleAt(layout, `A${title}`)).toMatchObject({ bold: true, horizontal: 'center' });
    const subtitle = 'Kết quả thực hiện Kế hoạch tăng cường công tác tuyên truyền cải cách hành chính 6 tháng đầu năm 2018';
    expect(textOf(cellAt(layout, `A${title + 1}`))).toBe(subtitle);
    expect(styleAt(layout, `A${title + 1}`)).toMatchObject({ bold: true, horizontal: 'center', wrap: true });
    expect(layout.merges).toContain(`A${title + 1}:J${title + 1}`);
  });

  it('has the four sections, with an empty, hinted space for the officer’s own assessment', () => {
    const lines = allText(layout);
    for (const heading of [
      'I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU TUYÊN TRUYỀN',
      'II. CÁC HẠNG MỤC THƯỜNG XUYÊN TẠI BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ',
      'III. KINH PHÍ THỰC HIỆN',
      'IV. ĐÁNH GIÁ CHUNG VÀ PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI',
      '1. Đánh giá chung (tồn tại, hạn chế, nguyên nhân)',
      '2. Khó khăn, vướng mắc',
      '3. Phương hướng, nhiệm vụ kỳ tới',
    ]) {
      expect(lines).toContain(heading);
    }
    const review = rowWith(layout, '1. Đánh giá chung (tồn tại, hạn chế, nguyên nhân)');
    expect(styleAt(layout, `A${review + 1}`)).toMatchObject({ italic: true });
    for (let row = review + 2; row < review + 6; row += 1) expect(cellAt(layout, `A${row}`)).toEqual({ kind: 'empty' });
  });

  it('ends with Nơi nhận (bold italic 12, list in 11) on the left and the signer on the right', () => {
    const row = rowWith(layout, 'Nơi nhận:');
    expect(styleAt(layout, `A${row}`)).toMatchObject({ bold: true, italic: true, fontSize: 12 });
    expect([1, 2, 3].map((i) => textOf(cellAt(layout, `A${row + i}`)))).toEqual(['- Sở Nội vụ;', '- UBND huyện;', '- Lưu: VT, NV.']);
    expect(styleAt(layout, `A${row + 1}`)).toMatchObject({ fontSize: 11 });
    expect(textOf(cellAt(layout, `E${row}`))).toBe('TRƯỞNG PHÒNG');
    expect(styleAt(layout, `E${row}`)).toMatchObject({ bold: true });
  });

  it('given a plan with no reporting body, reports as the plan’s issuer in its full name (ỦY BAN NHÂN DÂN / HUYỆN GÒ DẦU, no body above a committee), signed by the plan’s signer', () => {
    const withoutBody: typeof plan = Object.fromEntries(Object.entries(plan).filter(([key]) => key !== 'reportingBody')) as typeof plan;
    const { layout: own } = buildReport({ ...base, plan: withoutBody });
    // Nghị định 30/2020, appendix I: the issuing body's name is written in full; "UBND" shortens only a superior's.
    expect(textOf(cellAt(own, 'A1'))).toBe('ỦY BAN NHÂN DÂN');
    expect(textOf(cellAt(own, 'A2'))).toBe('HUYỆN GÒ DẦU');
    expect(allText(own)).not.toContain('UBND TỈNH TÂY NINH');
    expect(textOf(cellAt(own, 'A4'))).toBe('Số:       /BC-UBND');
    const row = rowWith(own, 'Nơi nhận:');
    expect(textOf(cellAt(own, `E${row}`))).toBe('TM. ỦY BAN NHÂN DÂN');
    expect(textOf(cellAt(own, `E${row + 1}`))).toBe('CHỦ TỊCH');
    expect(allText(own)).toContain('Hà Văn Cung');
  });

  it('heads a commune’s report with the committee’s own name (no superior line), dated at the commune, sent to Phòng Nội vụ', () => {
    const own = unitReport.layout;
    expect(textOf(cellAt(own, 'A1'))).toBe('ỦY BAN NHÂN DÂN');
    expect(textOf(cellAt(own, 'A2'))).toBe('XÃ THẠNH ĐỨC');
    expect(styleAt(own, 'A1')).toMatchObject({ bold: true });
    expect(styleAt(own, 'A2')).toMatchObject({ bold: true });
    expect(textOf(cellAt(own, 'A4'))).toBe('Số:       /BC-UBND');
    expect(textOf(cellAt(own, 'E4'))).toBe('Thạnh Đức, ngày 14 tháng 6 năm 2018');
    const row = rowWith(own, 'Nơi nhận:');
    expect([0, 1].map((i) => textOf(cellAt(own, `E${row + i}`)))).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']);
    expect([1, 2].map((i) => textOf(cellAt(own, `A${row + i}`)))).toEqual(['- Phòng Nội vụ;', '- Lưu: VT.']);
  });

  it('given a deputy signs, writes the KT. form under TM.', () => {
    const { layout: own } = buildReport({ ...base, scope: { kind: 'unit', unit: unitOf('XTD') }, records: THANH_DUC_RECORDS, deputySigns: true });
    const row = rowWith(own, 'Nơi nhận:');
    expect([0, 1, 2].map((i) => textOf(cellAt(own, `E${row + i}`)))).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
  });

  it.each([
    ['PVHTT', 'PHÒNG VĂN HÓA VÀ THÔNG TIN', 'TRƯỞNG PHÒNG'],
    ['VP', 'VĂN PHÒNG HĐND VÀ UBND HUYỆN', 'CHÁNH VĂN PHÒNG'],
    ['DTT', 'ĐÀI TRUYỀN THANH HUYỆN', 'TRƯỞNG ĐÀI'],
    ['BPMC', 'BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ HUYỆN', 'THỦ TRƯỞNG ĐƠN VỊ'],
  ])('heads agency %s under UBND HUYỆN GÒ DẦU over its own name, signed by its head', (code, name, signer) => {
    const { layout: own } = buildReport({ ...base, scope: { kind: 'unit', unit: unitOf(code) }, records: { outputs: [], standing: [], spending: [] } });
    expect(textOf(cellAt(own, 'A1'))).toBe('UBND HUYỆN GÒ DẦU');
    expect(textOf(cellAt(own, 'A2'))).toBe(name);
    expect(textOf(cellAt(own, 'A4'))).toBe(`Số:       /BC-${code}`);
    expect(textOf(cellAt(own, 'E4'))).toBe('Gò Dầu, ngày 14 tháng 6 năm 2018');
    const row = rowWith(own, 'Nơi nhận:');
    expect(textOf(cellAt(own, `E${row}`))).toBe(signer);
    expect(textOf(cellAt(own, `A${row + 1}`))).toBe(code === 'PNV' ? '- UBND huyện Gò Dầu;' : '- Phòng Nội vụ;');
  });
});

describe('sentences written from the data', () => {
  it('says what was reached, in Vietnamese number formatting', () => {
    const lines = allText(districtReport.layout);
    expect(lines).toEqual(
      expect.arrayContaining([
        '- Đã đăng 12 tin, bài trên Báo Tây Ninh, vượt chỉ tiêu kế hoạch (tối thiểu 10 tin, bài).',
        // Yearly minimums not yet reached on 14/6 run until the year ends: no "mới đạt …%" failure yet (issue 13, fifth tester, finding 2).
        '- Đã phát sóng 1 phóng sự trên Đài Phát thanh và Truyền hình tỉnh, đang thực hiện, chưa hết kỳ đánh giá (chỉ tiêu kế hoạch tối thiểu 3 phóng sự).',
        '- Đã phát 3 tin, bài trên Đài Truyền thanh huyện và trạm truyền thanh xã, đang thực hiện, chưa hết kỳ đánh giá (chỉ tiêu kế hoạch tối thiểu 10 tin, bài).',
        '- Đã đăng 10 tin, bài trên cổng thông tin điện tử tỉnh, đạt 100% chỉ tiêu kế hoạch (tối thiểu 10 tin, bài).',
        '- Chưa đăng tin, bài nào trên trang thông tin điện tử huyện (chỉ tiêu kế hoạch tối thiểu 20 tin, bài).',
        '- Tổng kinh phí đã chi trong kỳ: 3.450.000 đồng.',
      ]),
    );
    expect(lines).toContain(
      '- Thay bảng tên "BỘ PHẬN TIẾP NHẬN HỒ SƠ VÀ TRẢ KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH" bằng bảng chữ khổ lớn: 0/1 đơn vị đã hoàn thành; đang thực hiện: Bộ phận tiếp nhận và trả kết quả huyện.',
    );
    // Units that sent nothing are "chưa báo cáo", never "chưa thực hiện"; communes in lower case inside the sentence.
    const banner = lines.find((x) => x.startsWith('- Băng rôn tuyên truyền CCHC')) ?? '';
    expect(banner).toContain('chưa báo cáo: xã Cẩm Giang, xã Hiệp Thạnh');
    expect(banner).not.toContain('chưa thực hiện');
    expect(lines.filter((x) => /III\.2\.c\d/.test(x))).toEqual([]);
  });

  it('given a quarter with nothing in it but a count earlier in the year, says "chưa … nào" for the quarter, never "0"', () => {
    const q3 = buildReport({ ...base, period: periodFor('quarter', 2018, 3, 'nd09-cutoff') });
    const lines = allText(q3.layout);
    expect(lines).toContain(
      '- Trong kỳ chưa đăng tin, bài nào trên cổng thông tin điện tử tỉnh; lũy kế từ đầu năm 10 tin, bài, đạt 100% chỉ tiêu kế hoạch (tối thiểu 10 tin, bài).',
    );
    expect(lines.filter((x) => /\b0 (tin|phóng sự)\b/.test(x))).toEqual([]);
  });

  it('writes every amount with dots, under 10.000 too, and keeps the amount cells numbers grouped by "#,##0" (the PC’s separator, as every other figure)', () => {
    const small = buildReport({ ...base, records: { ...DISTRICT_RECORDS, spending: [{ ...DISTRICT_RECORDS.spending[0]!, amount: 9500 }] } });
    expect(allText(small.layout)).toContain('- Tổng kinh phí đã chi trong kỳ: 9.500 đồng.');
    const row = rowWith(small.layout, 'Kinh phí CCHC cấp huyện');
    expect(styleAt(small.layout, `G${row}`).numberFormat).toBe('#,##0');
  });

  it('closes naming the reporter, the plan and the period the work was done in', () => {
    expect(allText(unitReport.layout)).toContain(
      'Trên đây là báo cáo của UBND xã Thạnh Đức về kết quả thực hiện Kế hoạch số 116/KH-UBND ngày 06/06/2018 của UBND huyện Gò Dầu trong 6 tháng đầu năm 2018./.',
    );
  });

  it('given a target titled another way, still writes a plain sentence', () => {
    const odd = { ...plan, targets: [{ ...plan.targets[0]!, title: 'Số tin trên báo tỉnh' }] };
    const lines = allText(buildReport({ ...base, plan: odd }).layout);
    expect(lines).toContain('- Đã đăng 12 tin, bài trên Báo Tây Ninh, vượt chỉ tiêu kế hoạch (tối thiểu 10 tin, bài).');
  });

  it('in a unit report, shows its share of plan-wide targets as a contribution, never graded, and leaves out targets not its own', () => {
    const lines = allText(unitReport.layout);
    expect(lines).toContain('(Chỉ tiêu tối thiểu là chỉ tiêu chung của kế hoạch; số liệu trên là phần đơn vị thực hiện.)');
    expect(lines).toContain('- Đã đăng 2 tin, bài trên Báo Tây Ninh, đóng góp vào chỉ tiêu chung của kế hoạch (tối thiểu 10 tin, bài).');
    expect(lines.filter((x) => /Chưa đạt|mới đạt/.test(x))).toEqual([]);
    expect(lines).toContain('Đóng góp');
    // III.1.b (Đài tỉnh) and III.1.d (Cổng tỉnh) are Đài Truyền thanh's and Phòng VH-TT's: a commune without any is not listed.
    expect(lines.filter((x) => x.includes('Cổng thông tin điện tử tỉnh') || x.includes('Đài Phát thanh và Truyền hình tỉnh'))).toEqual([]);
    expect(lines).toContain(
      '- Đã hoàn thành 3/5 hạng mục; đang thực hiện: bảng hướng dẫn thực hiện thủ tục hành chính; chưa cập nhật tình trạng: bảng hướng dẫn tra cứu thông tin trên màn hình cảm ứng.',
    );
  });

  it('given a per-unit target, grades the unit against it', () => {
    const perUnit = { ...plan, targets: plan.targets.map((x) => (x.id === 'III.1.a' ? { ...x, scope: 'per-unit' as const, minimum: 2 } : x)) };
    const lines = allText(buildReport({ ...base, plan: perUnit, scope: { kind: 'unit', unit: unitOf('XTD') }, records: THANH_DUC_RECORDS }).layout);
    expect(lines).toContain('- Đã đăng 2 tin, bài trên Báo Tây Ninh, đạt 100% chỉ tiêu kế hoạch (tối thiểu 2 tin, bài).');
  });

  it('renders in English too, with no placeholder left unfilled', () => {
    const english = buildReport({ ...base, language: 'en' });
    const lines = allText(english.layout);
    expect(lines).toContain('SOCIALIST REPUBLIC OF VIETNAM');
    expect(lines).toContain('Gò Dầu, 14 June 2018');
    expect(lines.filter((x) => /\{\w+\}/.test(x))).toEqual([]);
  });
});

describe('sheet hygiene', () => {
  it.each(reports)('%s: no text cell starts with "=", so nothing reads as a formula', (_, { layout }) => {
    expect(texts(layout).filter((x) => x.text.startsWith('='))).toEqual([]);
    expect(layout.blocks.flatMap((b) => b.rows.flat()).filter((v) => v.kind === 'formula')).toEqual([]);
  });

  it.each(reports)('%s: merges stay on the grid and never overlap', (_, { layout }) => {
    const taken = new Set<string>();
    for (const merge of layout.merges) {
      const r = parseRange(merge);
      expect(r.right).toBeLessThanOrEqual(10);
      for (let row = r.top; row <= r.bottom; row += 1) {
        for (let col = r.left; col <= r.right; col += 1) {
          const key = `${row}:${col}`;
          expect(taken.has(key)).toBe(false);
          taken.add(key);
        }
      }
    }
  });

  it.each(reports)('%s: every row has a height, taller where text wraps', (_, { layout }) => {
    const lastRow = Math.max(...layout.rows.map((r) => r.row));
    expect(layout.rows.map((r) => r.row)).toEqual(Array.from({ length: lastRow }, (_, i) => i + 1));
    const intro = rowWith(layout, /^Thực hiện Kế hoạch số/);
    expect(heightOf(layout, intro)).toBeGreaterThan(2 * 17);
    expect(heightOf(layout, rowWith(layout, 'BÁO CÁO'))).toBeLessThan(25);
  });
});

describe('edge cases', () => {
  it('given a plan with no targets, standing items or funding sources, still lays out a complete report', () => {
    const bare = { ...plan, targets: [], standingItems: [], fundingSources: [] };
    const { layout, data } = buildReport({ ...base, plan: bare, records: { outputs: [], standing: [], spending: [] } });
    expect(data.targets).toEqual([]);
    expect(data.standing).toEqual([]);
    expect(allText(layout)).toEqual(
      expect.arrayContaining([
        '- Không có hạng mục thường xuyên nào áp dụng.',
        '- Trong kỳ chưa phát sinh kinh phí chi cho công tác tuyên truyền CCHC.',
        'Nơi nhận:',
      ]),
    );
  });

  it('says "chưa báo cáo" once for a unit that sent nothing about any item', () => {
    // The second table naming the unit is the standing-items one (the first counts outputs).
    const [, row] = rowsWith(districtReport.layout, 'Xã Cẩm Giang');
    expect(textOf(cellAt(districtReport.layout, `H${row ?? 0}`))).toBe('Chưa báo cáo');
    const [, thanhDuc] = rowsWith(districtReport.layout, 'Xã Thạnh Đức');
    // Items by their number in the legend under the table (the plan's text has no code like III.2.c3).
    expect(textOf(cellAt(districtReport.layout, `H${thanhDuc ?? 0}`))).toBe('(4) đang thực hiện; (6) chưa báo cáo; (7) chưa báo cáo');
    const legend = /^Ghi chú: \(1\) Băng rôn tuyên truyền CCHC .*; \(7\) Bảng hướng dẫn tra cứu thông tin trên màn hình cảm ứng\.$/;
    expect(allText(districtReport.layout).filter((x) => legend.test(x))).toHaveLength(1);
  });
});
