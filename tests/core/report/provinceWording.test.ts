import { periodFor } from '../../../src/core/periods';
import type { Plan, Unit } from '../../../src/core/plan/types';
import type { OutputRecord, StandingRecord } from '../../../src/core/records/types';
import { buildReport, issuerFacts, reportDocument, type ReportInput } from '../../../src/core/report';
import { fullBodyLines } from '../../../src/core/report/issuer';
import { NAMED_UNITS, planTitle, standingSentences } from '../../../src/core/report/sentences';
import { targetAction } from '../../../src/core/report/targetAction';
import type { ReportStandingRow } from '../../../src/core/report/types';
import { examplePlan } from '../../support/fixturePlans';
import { texts } from './layoutQuery';

/**
 * Issue 13, a new user's 2026 province plan ("UBND tỉnh Tây Ninh", made from `cchc plan export`
 * and edited): the consolidated report's wording. The province example's plan, issued and reported
 * by UBND tỉnh itself, titled as the tester typed it, with two newspapers among its channels.
 */
let province: Plan;
const year = periodFor('year', 2026, undefined, 'calendar');

beforeAll(async () => {
  const example = await examplePlan('ke-hoach-tinh-2026.xlsx');
  province = {
    ...example,
    identity: { ...example.identity, title: 'Kế hoạch tuyên truyền CCHC năm 2026' },
    reportIssuer: { kind: 'plan' },
  };
});

const unitsOf = (plan: Plan, level: string): Unit[] => plan.units.filter((u) => u.level === level && u.activeTo === undefined);

const districtInput = (plan: Plan, outputs: readonly OutputRecord[] = [], standing: readonly StandingRecord[] = []): ReportInput => ({
  plan,
  period: year,
  scope: { kind: 'district' },
  records: { outputs, standing, spending: [] },
  reportDate: '2026-12-15',
  documentNumber: '      ',
  language: 'vi',
});

const sheetTexts = (input: ReportInput): string[] => texts(buildReport(input).layout).map((x) => x.text);

describe('the header names the issuing committee in full (Nghị định 30/2020, appendix I)', () => {
  test('given the plan’s issuer typed "UBND tỉnh Tây Ninh" issuing the consolidated report, the sheet and the Word report are headed ỦY BAN NHÂN DÂN / TỈNH TÂY NINH, never UBND TỈNH TÂY NINH', () => {
    const input = districtInput(province);
    const all = sheetTexts(input);
    expect(all.slice(0, 4)).toEqual(['ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'TỈNH TÂY NINH', 'Độc lập - Tự do - Hạnh phúc']);
    expect(all).not.toContain('UBND TỈNH TÂY NINH');
    const word = reportDocument(input);
    expect([word.header.superior, ...word.header.bodyLines]).toEqual([null, 'ỦY BAN NHÂN DÂN', 'TỈNH TÂY NINH']);
    expect(word.signer.titles).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']);
  });

  test('given an issuer typed "UBND huyện Gò Dầu" or "Ủy ban nhân dân tỉnh Tây Ninh" with a "Cơ quan cấp trên", the committee is headed by its own name, level and place in capitals, with no body above it', () => {
    for (const [issuer, place] of [
      ['UBND huyện Gò Dầu', 'HUYỆN GÒ DẦU'],
      ['Ủy ban nhân dân tỉnh Tây Ninh', 'TỈNH TÂY NINH'],
    ] as const) {
      const plan: Plan = { ...province, identity: { ...province.identity, issuer, superior: 'UBND tỉnh Tây Ninh' } };
      const facts = issuerFacts(plan, { kind: 'district' }, 'vi');
      expect([facts.superior, ...facts.bodyLines]).toEqual([null, 'ỦY BAN NHÂN DÂN', place]);
      expect(facts.prose).toBe(issuer);
    }
  });

  test('given a department under UBND tỉnh, its report keeps the two-line form: the superior abbreviated above (upright), its own name below (bold)', () => {
    const department = province.units.find((u) => u.name === 'Sở Nội vụ');
    if (department === undefined) throw new Error('the example lost Sở Nội vụ');
    const facts = issuerFacts(province, { kind: 'unit', unit: department }, 'vi');
    expect([facts.superior, ...facts.bodyLines]).toEqual(['UBND TỈNH TÂY NINH', 'SỞ NỘI VỤ']);
  });

  test('given a level whose "Tên cơ quan (tiêu đề)" is typed "UBND {tên}", a ward is still headed ỦY BAN NHÂN DÂN / PHƯỜNG …; an office whose name holds "UBND" further on keeps it', () => {
    const plan: Plan = { ...province, levels: province.levels.map((l) => (l.code === 'commune-ward' ? { ...l, header: ['UBND {tên}'] } : l)) };
    const ward = unitsOf(plan, 'commune-ward').find((u) => u.name.startsWith('Phường'));
    if (ward === undefined) throw new Error('the example has no ward');
    expect(issuerFacts(plan, { kind: 'unit', unit: ward }, 'vi').bodyLines).toEqual(['ỦY BAN NHÂN DÂN', ward.name.toLocaleUpperCase('vi')]);
    expect(fullBodyLines(['VĂN PHÒNG HĐND VÀ UBND PHƯỜNG', 'SỞ NỘI VỤ'])).toEqual(['VĂN PHÒNG HĐND VÀ UBND PHƯỜNG', 'SỞ NỘI VỤ']);
    expect(fullBodyLines(['HĐND XÃ HÒA HỘI'])).toEqual(['HỘI ĐỒNG NHÂN DÂN', 'XÃ HÒA HỘI']);
  });
});

describe('section II of a consolidated report with many units counts them instead of naming each', () => {
  const banner = '2.a';
  const standingOf = (units: readonly Unit[], state: (i: number) => StandingRecord['state']): StandingRecord[] =>
    units.map((unit, i) => ({
      source: { sheet: 'Hạng mục', row: 4 + i },
      item: banner,
      unit: unit.code,
      state: state(i),
      dateDone: state(i) === 'done' ? '2026-09-15' : null,
      evidence: '',
      note: '',
    }));

  test('given 96 communes and wards, 45 done and 51 not, the sentence reads "45/96 đơn vị đã hoàn thành; 51 đơn vị chưa thực hiện" and points to the table by unit, naming none', () => {
    const plan: Plan = {
      ...province,
      standingItems: province.standingItems.filter((item) => item.id === banner).map((item) => ({ ...item, appliesTo: ['commune-ward'] })),
    };
    const communes = unitsOf(plan, 'commune-ward');
    expect(communes.length).toBeGreaterThan(90);
    const records = standingOf(communes, (i) => (i < 45 ? 'done' : 'not-done'));
    const input = districtInput(plan, [], records);
    const sentence = sheetTexts(input).find((text) => text.startsWith(`- ${plan.standingItems[0]?.title ?? ''}`)) ?? '';
    expect(sentence).toContain(
      `45/${String(communes.length)} đơn vị đã hoàn thành; ${String(communes.length - 45)} đơn vị chưa thực hiện (chi tiết từng đơn vị: xem bảng trên).`,
    );
    expect(sentence.length).toBeLessThan(300);
    for (const unit of communes) expect(sentence).not.toContain(unit.name.replace(/^(Xã|Phường) /u, ''));
    // The Word report's table by unit is in its appendix: the sentence gives its number.
    const word = reportDocument(input);
    const prose = word.body.flatMap((block) => ('text' in block ? [block.text] : []));
    const caption = (word.appendix?.body ?? []).flatMap((block) => (block.kind === 'caption' ? [block.text] : [])).find((text) => text.includes('hạng mục'));
    const no = /^Biểu (\d+)\./u.exec(caption ?? '')?.[1];
    expect(no).toBeDefined();
    expect(prose.find((text) => text.includes('45/'))).toContain(`(chi tiết từng đơn vị: xem Biểu ${no ?? ''} tại Phụ lục số liệu).`);
  });

  const row = (i: number, state: ReportStandingRow['state'], rest: Partial<ReportStandingRow> = {}): ReportStandingRow => ({
    itemId: '5',
    unitCode: `X${String(i)}`,
    unitName: `Xã Số ${String(i)}`,
    state,
    dateDone: state === 'done' ? '2026-05-10' : null,
    ...rest,
  });
  const itemPlan = (recurring: boolean): Plan => ({
    ...province,
    standingItems: [{ id: '5', title: 'Treo băng rôn', appliesTo: ['commune-ward'], ...(recurring ? { recurrence: 'quarter' as const } : {}) }],
  });

  test(`given exactly ${String(NAMED_UNITS)} units the names are kept; given ${String(NAMED_UNITS + 1)}, each state is counted`, () => {
    const ten = Array.from({ length: NAMED_UNITS }, (_, i) => row(i + 1, i < 4 ? 'done' : i < 6 ? 'in-progress' : 'not-done'));
    expect(standingSentences(itemPlan(false), ten, true, 'vi')).toEqual([
      '- Treo băng rôn: 4/10 đơn vị đã hoàn thành; đang thực hiện: xã Số 5, xã Số 6; chưa thực hiện: xã Số 7, xã Số 8, xã Số 9, xã Số 10.',
    ]);
    const eleven = [...ten, row(11, 'missing')];
    expect(standingSentences(itemPlan(false), eleven, true, 'vi')).toEqual([
      '- Treo băng rôn: 4/11 đơn vị đã hoàn thành; 2 đơn vị đang thực hiện; 4 đơn vị chưa thực hiện; 1 đơn vị chưa báo cáo (chi tiết từng đơn vị: xem bảng trên).',
    ]);
    expect(standingSentences(itemPlan(false), eleven, true, 'en', 'see Table 2 of the data appendix')).toEqual([
      '- Treo băng rôn: 4 of 11 units done; 2 units in progress; 4 units not done; 1 unit not reported (each unit: see Table 2 of the data appendix).',
    ]);
  });

  test('given 12 units of which one finished after the deadline, the late one is said as part of the done, so the parts add up to the units (try13n D2)', () => {
    const rows = Array.from({ length: 12 }, (_, i) =>
      i < 3
        ? row(i + 1, 'done', i === 0 ? { late: true as const, due: '2026-04-30', dateDone: '2026-05-10' } : { due: '2026-04-30' })
        : row(i + 1, i < 7 ? 'not-done' : 'missing', i < 7 ? { late: true as const, due: '2026-04-30' } : {}),
    );
    const [sentence] = standingSentences(itemPlan(false), rows, true, 'vi');
    expect(sentence).toContain('3/12 đơn vị đã hoàn thành; trong đó 1 đơn vị hoàn thành chậm; 4 đơn vị quá hạn; 5 đơn vị chưa báo cáo');
  });

  test('given a recurring item of 12 units, the late and unreported occurrences are counted by unit with their number of times', () => {
    const q = (n: number): Partial<ReportStandingRow> => ({ occurrence: `quý ${n === 1 ? 'I' : 'II'} năm 2026` });
    const rows = Array.from({ length: 12 }, (_, i) => [
      row(i + 1, 'done', q(1)),
      row(i + 1, i < 3 ? 'not-done' : i < 5 ? 'missing' : 'done', { ...q(2), ...(i < 5 ? { late: true as const, due: '2026-06-30' } : {}) }),
    ]).flat();
    expect(standingSentences(itemPlan(true), rows, true, 'vi')).toEqual([
      '- Treo băng rôn: đã thực hiện 19/22 lượt phải thực hiện trong kỳ của các đơn vị đã báo cáo; 3 đơn vị quá hạn (3 lượt); 2 đơn vị chưa báo cáo (2 lượt) (chi tiết từng đơn vị: xem bảng trên).',
    ]);
  });
});

describe('a newspaper’s tin, bài are "đăng"', () => {
  const papers = (): Plan => ({
    ...province,
    channels: [
      ...province.channels,
      { code: 'BAB', name: 'Báo Ấp Bắc', shortName: 'Báo Ấp Bắc', aliases: [] },
      { code: 'LOA', name: 'Hệ thống truyền thanh cơ sở', shortName: 'Truyền thanh cơ sở', aliases: [] },
    ],
    targets: [
      { id: 'T1', title: 'Tin, bài trên Báo và Phát thanh, Truyền hình Tây Ninh', channels: ['BTN'], forms: ['TIN', 'BAI'], minimum: 10, scope: 'plan' },
      { id: 'T2', title: 'Phóng sự trên Báo và Phát thanh, Truyền hình Tây Ninh', channels: ['BTN'], forms: ['PS'], minimum: 4, scope: 'plan' },
      { id: 'T3', title: 'Tin, bài trên Báo Ấp Bắc', channels: ['BAB'], forms: ['TIN', 'BAI'], minimum: 5, scope: 'plan' },
      { id: 'T4', title: 'Tin trên truyền thanh cơ sở', channels: ['LOA'], forms: ['TIN'], minimum: 5, scope: 'plan' },
    ],
  });
  const action = (plan: Plan, id: string, count: number): string => {
    const target = plan.targets.find((x) => x.id === id);
    if (target === undefined) throw new Error(id);
    return targetAction(plan, target, count, 'vi');
  };

  test('given a channel named "Báo và Phát thanh, Truyền hình Tây Ninh" and forms tin, bài, the sentence says "đăng", not "phát sóng"; its phóng sự are still "phát sóng"', () => {
    const plan = papers();
    expect(action(plan, 'T1', 12)).toBe('đăng 12 tin, bài trên Báo và Phát thanh, Truyền hình Tây Ninh');
    expect(action(plan, 'T2', 3)).toBe('phát sóng 3 phóng sự trên Báo và Phát thanh, Truyền hình Tây Ninh');
  });

  test('given "Báo Ấp Bắc" (a place name with "Ấp" in it) the tin, bài are "đăng"; tin on loudspeakers are still "phát"', () => {
    const plan = papers();
    expect(action(plan, 'T3', 2)).toBe('đăng 2 tin, bài trên Báo Ấp Bắc');
    expect(action(plan, 'T4', 2)).toBe('phát 2 tin trên hệ thống truyền thanh cơ sở');
  });
});

describe('no doubled words in the report’s opening', () => {
  const doubled = /(?<![\p{L}])(kế hoạch|báo cáo)\s+\1(?![\p{L}])/iu;

  test('given a plan titled "Kế hoạch tuyên truyền CCHC năm 2026", the subtitle, the opening and the closing say "Kế hoạch" once', () => {
    const input = districtInput(province);
    const all = sheetTexts(input);
    expect(all).toContain('Kết quả thực hiện Kế hoạch tuyên truyền CCHC năm 2026');
    expect(all.find((text) => text.startsWith('Thực hiện Kế hoạch số'))).toMatch(
      /^Thực hiện Kế hoạch số [^,]+ của UBND tỉnh Tây Ninh về tuyên truyền CCHC năm 2026, UBND tỉnh Tây Ninh/u,
    );
    for (const text of all) expect(text).not.toMatch(doubled);
    const word = reportDocument(input);
    for (const text of [word.subtitle, ...word.body.flatMap((block) => ('text' in block ? [block.text] : []))]) expect(text).not.toMatch(doubled);
  });

  test.each([
    ['KẾ HOẠCH Tuyên truyền CCHC năm 2026', 'Tuyên truyền CCHC năm 2026'],
    ['Ke hoach: tuyen truyen CCHC', 'tuyen truyen CCHC'],
    ['kế hoạch - Tăng cường tuyên truyền', 'Tăng cường tuyên truyền'],
    ['Báo cáo kết quả tuyên truyền', 'kết quả tuyên truyền'],
    ['Tăng cường công tác tuyên truyền cải cách hành chính năm 2018', 'Tăng cường công tác tuyên truyền cải cách hành chính năm 2018'],
    ['Kế hoạch', 'Kế hoạch'],
  ])('given the title "%s", the report composes with "%s"', (title, expected) => {
    expect(planTitle({ ...province, identity: { ...province.identity, title: title.normalize('NFD') } })).toBe(expected);
  });
});

describe('figures of a thousand and more are grouped the Vietnamese way', () => {
  const posts = (count: number): OutputRecord[] =>
    Array.from({ length: count }, (_, i) => ({
      source: { sheet: 'Tin bài', row: 4 + i },
      date: `2026-${String(1 + (i % 11)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      channel: 'CTTT',
      form: i % 2 === 0 ? 'TIN' : 'BAI',
      title: `Tin số ${String(i + 1)}`,
      link: '',
      unit: 'SNV',
      note: '',
    }));

  test('given 1.194 posts, the sentence and the Word table say "1.194"; the sheet keeps every figure a number formatted "#,##0", never text with dots', () => {
    const input = districtInput(province, posts(1194));
    const { layout } = buildReport(input);
    const all = texts(layout).map((x) => x.text);
    expect(all.find((text) => text.startsWith('- Đã đăng 1.194 tin, bài trên cổng thông tin điện tử tỉnh'))).toBeDefined();
    expect(all.filter((text) => /^\d{1,3}(\.\d{3})+$/u.test(text))).toEqual([]);
    const grouped = layout.styles.filter((s) => s.style.numberFormat !== undefined).map((s) => s.style.numberFormat);
    expect(new Set(grouped)).toEqual(new Set(['#,##0', '0%']));
    const word = reportDocument(input);
    const table = word.body.find((block): block is Extract<typeof block, { kind: 'table' }> => block.kind === 'table');
    expect(table?.table.rows[0]?.slice(2, 5)).toEqual(['120', '1.194', '1.194']);
  });
});

describe('every date the report prints in figures is dd/mm/yyyy', () => {
  test('given an item due 15/9 done on 05/9 by some units and dates in the plan, the sheet and the Word report write "15/09/2026", "05/09/2026", never "15/9/2026"', () => {
    const plan: Plan = {
      ...province,
      identity: { ...province.identity, date: '2026-03-05' },
      standingItems: [{ id: 'PANO', title: 'Pa-nô tuyên truyền CCHC', appliesTo: ['commune-ward'], deadline: '2026-09-15' }],
    };
    const communes = unitsOf(plan, 'commune-ward').slice(0, 3);
    const records: StandingRecord[] = communes.map((unit, i) => ({
      source: { sheet: 'Hạng mục', row: 4 + i },
      item: 'PANO',
      unit: unit.code,
      state: i === 0 ? 'not-done' : 'done',
      dateDone: i === 0 ? null : '2026-09-05',
      evidence: '',
      note: '',
    }));
    const input = districtInput(plan, [], records);
    const all = sheetTexts(input);
    const word = reportDocument(input);
    const prose = [word.dataRange, ...word.body.flatMap((block) => ('text' in block ? [block.text] : []))];
    const cells = (word.appendix?.body ?? []).flatMap((block) => (block.kind === 'table' ? block.table.rows.flat() : []));
    expect(all).toContain('(Số liệu tính từ ngày 01/01/2026 đến ngày 15/12/2026)');
    expect(all.find((text) => text.startsWith('Thực hiện Kế hoạch số'))).toContain('ngày 05/03/2026');
    expect(all.find((text) => text.startsWith('- Pa-nô'))).toContain('(hạn 15/09/2026)');
    expect(all.some((text) => text.includes('05/09/2026'))).toBe(true);
    expect(cells).toContain('05/09/2026');
    const short = /(?<![\d/])\d{1,2}\/\d\/\d{4}|(?<![\d/])\d\/\d{1,2}\/\d{4}/u;
    for (const text of [...all, ...prose, ...cells]) expect(text).not.toMatch(short);
    // The place-and-date line keeps Nghị định 30/2020's words form.
    expect(word.header.placeDate).toBe('Tây Ninh, ngày 15 tháng 12 năm 2026');
  });
});
