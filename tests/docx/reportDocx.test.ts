import { reportDocument } from '../../src/core/report';
import { reportDocxBytes } from '../../src/docx';
import { docxParts, mm, paragraphs, type Para } from './docxParts';
import { CASES, type ReportCase } from './reportCases';

/**
 * The Word report read back from its XML parts, against Nghị định 30/2020/NĐ-CP appendix I: the
 * header for each kind of issuer, the place and date at the issuer's seat, "Nơi nhận" and the
 * signer, the page-number field from page 2, Times New Roman, A4 portrait and the margins.
 */
const DATES: Record<string, string> = {
  '6T-2018': 'ngày 14 tháng 6 năm 2018',
  'Nam-2018': 'ngày 14 tháng 12 năm 2018',
  'Q3-2018': 'ngày 14 tháng 9 năm 2018',
  '01.03-31.05.2018': 'ngày 31 tháng 5 năm 2018',
};

const EXPECTED = {
  agency: {
    left: ['UBND HUYỆN GÒ DẦU', 'PHÒNG VĂN HÓA VÀ THÔNG TIN'],
    bold: [false, true],
    number: 'Số:     /BC-PVHTT',
    place: 'Gò Dầu',
    recipients: ['- Phòng Nội vụ;', '- Lưu: VT.'],
    signer: ['TRƯỞNG PHÒNG'],
  },
  commune: {
    left: ['ỦY BAN NHÂN DÂN', 'XÃ THẠNH ĐỨC'],
    bold: [true, true],
    number: 'Số:     /BC-UBND',
    place: 'Thạnh Đức',
    recipients: ['- Phòng Nội vụ;', '- Lưu: VT.'],
    signer: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'],
  },
  district: {
    left: ['UBND HUYỆN GÒ DẦU', 'PHÒNG NỘI VỤ'],
    bold: [false, true],
    number: 'Số:     /BC-PNV',
    place: 'Gò Dầu',
    recipients: ['- Sở Nội vụ;', '- UBND huyện;', '- Lưu: VT, NV.'],
    signer: ['TRƯỞNG PHÒNG'],
  },
} as const;

async function render(c: ReportCase): Promise<{ parts: Record<string, string>; paras: Para[]; texts: string[] }> {
  const parts = docxParts(await reportDocxBytes(reportDocument(c.input)));
  const paras = paragraphs(parts['word/document.xml'] ?? '');
  return { parts, paras, texts: paras.map((p) => p.text) };
}

const index = (texts: readonly string[], text: string): number => texts.indexOf(text);

describe.each(CASES.map((c) => [c.name, c] as const))('Word report %s', (name, c) => {
  const tag = name.replace(/^(agency-PVHTT|commune-XTD|district)-/, '');
  const expected = EXPECTED[c.who];

  it('heads the left column with the issuer as the decree writes it for this kind of body, then the number', async () => {
    const { paras, texts } = await render(c);
    const first = index(texts, expected.left[0]);
    expect(first).toBeGreaterThanOrEqual(0);
    expected.left.forEach((line, i) => {
      expect(texts[first + i]).toBe(line);
      expect(paras[first + i]?.runs.every((r) => r.bold === expected.bold[i])).toBe(true);
    });
    expect(texts).toContain(expected.number);
    // A commune's own committee heads its report: the district's name is no superior line there.
    if (c.who === 'commune') expect(texts).not.toContain('UBND HUYỆN GÒ DẦU');
  });

  it('puts the national name over the underlined motto, and the place and date at the issuer’s seat in italics', async () => {
    const { paras, texts } = await render(c);
    const nation = index(texts, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(texts[nation + 1]).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(paras[nation + 1]?.runs[0]).toMatchObject({ bold: true, underline: true });
    const placeDate = `${expected.place}, ${DATES[tag] ?? ''}`;
    expect(texts).toContain(placeDate);
    expect(paras[index(texts, placeDate)]?.runs[0]?.italic).toBe(true);
  });

  it('centres a bold BÁO CÁO over the subtitle naming the period, and states the data range', async () => {
    const { paras, texts } = await render(c);
    const title = index(texts, 'BÁO CÁO');
    expect(paras[title]?.props).toContain('<w:jc w:val="center"/>');
    expect(paras[title]?.runs[0]?.bold).toBe(true);
    expect(texts[title + 1]).toMatch(/^Kết quả thực hiện Kế hoạch tăng cường công tác tuyên truyền cải cách hành chính /);
    expect(texts[title + 2]).toMatch(/^\(Số liệu tính từ ngày \d\d\/\d\d?\/\d{4} đến ngày \d\d\/\d\d?\/\d{4}\)$/);
  });

  it('ends with Nơi nhận (bold italic 12, list in 11) beside the signer’s title in bold capitals', async () => {
    const { paras, texts } = await render(c);
    const label = index(texts, 'Nơi nhận:');
    expect(paras[label]?.runs[0]).toMatchObject({ bold: true, italic: true, size: 12 });
    expect(texts.slice(label + 1, label + 1 + expected.recipients.length)).toEqual(expected.recipients);
    expect(paras[label + 1]?.runs[0]?.size).toBe(11);
    const signer = label + 1 + expected.recipients.length;
    expect(texts.slice(signer, signer + expected.signer.length)).toEqual(expected.signer);
    expect(paras[signer]?.runs[0]?.bold).toBe(true);
  });

  it('has section IV as paragraphs with bracketed text to replace, body paragraphs indented on the first line', async () => {
    const { paras, texts } = await render(c);
    const iv = index(texts, 'IV. ĐÁNH GIÁ CHUNG VÀ PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI');
    expect(iv).toBeGreaterThan(0);
    const placeholders = paras.slice(iv).filter((p) => /^\[.+\]$/.test(p.text));
    expect(placeholders).toHaveLength(3);
    for (const p of placeholders) expect(p.props).toContain('w:firstLine="720"');
    const intro = paras.find((p) => p.text.startsWith('Thực hiện Kế hoạch số 116/KH-UBND'));
    expect(intro?.props).toContain('w:firstLine="720"');
    expect(intro?.props).toContain('<w:jc w:val="both"/>');
  });

  it('numbers pages from page 2, top centre: a PAGE field in the default header and an empty first-page header', async () => {
    const { parts } = await render(c);
    const document = parts['word/document.xml'] ?? '';
    expect(document).toContain('<w:titlePg/>');
    const rels = parts['word/_rels/document.xml.rels'] ?? '';
    const target = (type: string): string => {
      const id = new RegExp(`<w:headerReference w:type="${type}" r:id="(\\w+)"/>`).exec(document)?.[1] ?? '';
      return `word/${new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.slice(1).find(Boolean) ?? ''}`;
    };
    const main = parts[target('default')] ?? '';
    expect(main).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(main).toContain('<w:jc w:val="center"/>');
    expect(parts[target('first')] ?? 'missing').not.toContain('PAGE');
  });

  it('uses Times New Roman 14 pt by default, on A4 portrait within the decree’s margins', async () => {
    const { parts } = await render(c);
    const styles = parts['word/styles.xml'] ?? '';
    const defaults = /<w:docDefaults>([\s\S]*?)<\/w:docDefaults>/.exec(styles)?.[1] ?? '';
    expect(defaults).toContain('w:ascii="Times New Roman"');
    expect(defaults).toContain('w:hAnsi="Times New Roman"');
    expect(defaults).toContain('<w:sz w:val="28"/>');
    expect(parts['word/settings.xml']).toBeDefined();
    const document = parts['word/document.xml'] ?? '';
    const size = /<w:pgSz w:w="(\d+)" w:h="(\d+)" w:orient="(\w+)"\/>/.exec(document);
    expect(size?.[3]).toBe('portrait');
    expect(mm(Number(size?.[1]))).toBeCloseTo(210, 0);
    expect(mm(Number(size?.[2]))).toBeCloseTo(297, 0);
    const margin = (side: string): number => mm(Number(new RegExp(`<w:pgMar[^>]* w:${side}="(\\d+)"`).exec(document)?.[1]));
    for (const [side, low, high] of [
      ['top', 20, 25],
      ['bottom', 20, 25],
      ['left', 30, 35],
      ['right', 15, 20],
    ] as const) {
      expect(margin(side)).toBeGreaterThanOrEqual(low);
      expect(margin(side)).toBeLessThanOrEqual(high);
    }
    // Every run in the body is 11–14 pt where it sets a size (tables 10–12, body 14).
    const sizes = paragraphs(document)
      .flatMap((p) => p.runs.map((r) => r.size))
      .filter((s): s is number => s !== null);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(10);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(14);
  });

  it('puts the district’s per-unit tables in a Phụ lục số liệu, and a unit’s report has none', async () => {
    const { texts } = await render(c);
    if (c.who === 'district') {
      const appendix = index(texts, 'PHỤ LỤC SỐ LIỆU');
      expect(appendix).toBeGreaterThan(index(texts, 'Nơi nhận:'));
      expect(texts[appendix + 1]).toMatch(/^\(Kèm theo Báo cáo số\s+\/BC-PNV ngày \d\d\/\d\d?\/2018 của Phòng Nội vụ\)$/);
      expect(texts.slice(appendix)).toEqual(expect.arrayContaining(['Xã Thạnh Đức', 'Cộng']));
    } else {
      expect(texts).not.toContain('PHỤ LỤC SỐ LIỆU');
    }
  });
});

describe('Word report prose', () => {
  const commune = CASES.find((c) => c.name === 'commune-XTD-6T-2018');
  const agency = CASES.find((c) => c.name === 'agency-PVHTT-6T-2018');

  it('grades no plan-wide target in a unit’s report and says what the unit contributed', async () => {
    const { texts } = await render(commune ?? CASES[0]!);
    expect(texts.filter((x) => /Chưa đạt|mới đạt/.test(x))).toEqual([]);
    expect(texts).toContain('- Đã đăng 2 tin, bài trên Báo Tây Ninh, đóng góp vào chỉ tiêu chung của kế hoạch (tối thiểu 10 tin, bài).');
  });

  it('shows an agency the targets the plan gives it even with nothing counted, and leaves out the others it has none of', async () => {
    const { texts } = await render(agency ?? CASES[0]!);
    // Phòng VH-TT carries III.1.d and III.1.e (portals) under the plan's responsibilities.
    expect(texts).toContain('Tin đăng trên Trang thông tin điện tử huyện');
    expect(texts).toContain('- Chưa đăng tin, bài nào trên trang thông tin điện tử huyện.');
    expect(texts).not.toContain('Phóng sự phát sóng trên Đài Phát thanh và Truyền hình tỉnh');
  });

  it('closes naming the period the work was done in, for a custom range too', async () => {
    const custom = CASES.find((c) => c.name === 'commune-XTD-01.03-31.05.2018');
    const { texts } = await render(custom ?? CASES[0]!);
    expect(texts).toContain(
      'Trên đây là báo cáo của UBND xã Thạnh Đức về kết quả thực hiện Kế hoạch số 116/KH-UBND ngày 06/06/2018 của UBND huyện Gò Dầu từ ngày 01/03/2018 đến ngày 31/05/2018./.',
    );
  });
});
