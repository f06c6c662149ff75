import { periodFor } from '../../src/core/periods';
import type { Plan } from '../../src/core/plan/types';
import { memoryWorkbook } from '../../src/core/ports/memoryWorkbook';
import { checkWorkbook } from '../../src/core/usecases/checkWorkbook';
import { sheetReport, wordReport, type ReportInputs } from '../../src/core/usecases/writeReport';
import { texts } from '../core/report/layoutQuery';
import { filledTracker, provincePlan, unitNamed, type Typed } from './provinceBooks';

/**
 * examples/ke-hoach-tinh-2026.xlsx, a 2026 province's plan made on the plan sheet (Tây Ninh after
 * the merger: 96 communes and wards, departments, the provincial public service centre; Sở Nội vụ
 * consolidates), taken through template, entry, check and report (sheet and Word) for a commune
 * and for the department.
 */
let plan: Plan;
beforeAll(async () => {
  plan = await provincePlan();
});

const secondQuarter = (): ReportInputs => ({
  plan,
  period: periodFor('quarter', 2026, 2, 'calendar'),
  today: '2026-06-30',
  reportDate: '2026-07-03',
  language: 'vi',
});

const communeRows: Typed[] = [
  { date: '2026-04-06', channel: 'Trang thông tin điện tử xã, phường', form: 'Tin', title: 'Hướng dẫn nộp hồ sơ trực tuyến' },
  { date: '2026-05-11', channel: 'Trang Facebook của UBND xã, phường', form: 'Bài', title: 'Thủ tục hành chính liên thông khai sinh' },
  { date: '2026-06-15', channel: 'Trang thông tin điện tử xã, phường', form: 'Tin', title: 'Kết quả chỉ số hài lòng quý II' },
];

describe('the 2026 province plan example', () => {
  test('given the example workbook, it has 96 communes and wards, the departments and the centre, Sở Nội vụ consolidating "toàn tỉnh"', () => {
    const byLevel = (level: string): number => plan.units.filter((u) => u.level === level).length;
    expect([byLevel('commune-ward'), byLevel('department'), byLevel('service-centre')]).toEqual([96, 7, 1]);
    expect(plan.reportingBody).toBe('SNV');
    expect(plan.wording.government).toBe('province');
    expect(plan.reportingDuties).toEqual([{ from: 'SNV', to: ['UBND tỉnh Tây Ninh', 'Bộ Nội vụ'], frequency: 'quarter' }]);
    // Names a tone mark apart both stand, each its own unit.
    expect(['Phường Hòa Thành', 'Xã Hòa Thạnh', 'Xã Tân Thành', 'Xã Tân Thạnh'].map((name) => unitNamed(plan, name).code)).toHaveLength(4);
    expect(unitNamed(plan, 'Phường Long Hoa').activeFrom).toBe('2025-07-01');
  });

  test('given a commune’s tracker from the template with rows typed in, the check finds nothing wrong', async () => {
    const book = memoryWorkbook(await filledTracker(plan, unitNamed(plan, 'Xã Hòa Thạnh'), communeRows));
    const { report } = await checkWorkbook(book, { plan, today: '2026-06-30', file: 'hoa-thanh.xlsx' });
    expect(report.issues).toEqual([]);
    expect(report.stamp?.unitCode).toBe(unitNamed(plan, 'Xã Hòa Thạnh').code);
  });

  test('given a commune’s report, it is headed "ỦY BAN NHÂN DÂN / XÃ …", dated at the commune, signed "TM. ỦY BAN NHÂN DÂN" by its own signer, sent to Sở Nội vụ and its own recipient', async () => {
    const book = memoryWorkbook(await filledTracker(plan, unitNamed(plan, 'Xã Hòa Thạnh'), communeRows));
    const sheet = await sheetReport(book, secondQuarter());
    const word = await wordReport(book, secondQuarter());
    if (!sheet.ok || !word.ok) throw new Error('refused');
    const all = texts(sheet.report.layout).map((x) => x.text);
    expect(all.slice(0, 4)).toEqual(['ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'XÃ HÒA THẠNH', 'Độc lập - Tự do - Hạnh phúc']);
    expect(all).toContain('Hòa Thạnh, ngày 03 tháng 7 năm 2026');
    expect(all).toContain('TM. ỦY BAN NHÂN DÂN');
    expect(word.document.header).toMatchObject({
      superior: null,
      bodyLines: ['ỦY BAN NHÂN DÂN', 'XÃ HÒA THẠNH'],
      placeDate: 'Hòa Thạnh, ngày 03 tháng 7 năm 2026',
    });
    expect(word.document.header.number).toMatch(/\/BC-UBND$/u);
    // The commune's own cells on the plan sheet: its signer's name and a second recipient.
    expect(word.document.signer).toEqual({ titles: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], name: 'Nguyễn Văn Hùng' });
    expect(word.document.recipients).toEqual(['- Sở Nội vụ;', '- Đảng ủy xã Hòa Thạnh;', '- Lưu: VT.']);
    const prose = word.document.body.flatMap((block) => ('text' in block ? [block.text] : [])).join('\n');
    expect(prose).toMatch(/quý II năm 2026/u);
    expect(prose).not.toMatch(/huyện|Bộ phận tiếp nhận/u);
  });

  test('given Sở Nội vụ’s own report, it is headed under UBND tỉnh, signed by its director, sent to the plan’s issuer', async () => {
    const rows: Typed[] = [{ date: '2026-04-20', channel: 'Cổng thông tin điện tử tỉnh', form: 'Bài', title: 'Chỉ số cải cách hành chính năm 2025 của tỉnh' }];
    const book = memoryWorkbook(await filledTracker(plan, unitNamed(plan, 'Sở Nội vụ'), rows));
    const { report } = await checkWorkbook(book, { plan, today: '2026-06-30', file: 'so-noi-vu.xlsx' });
    expect(report.issues).toEqual([]);
    const word = await wordReport(book, secondQuarter());
    if (!word.ok) throw new Error('refused');
    expect(word.document.header).toMatchObject({ superior: 'UBND TỈNH TÂY NINH', bodyLines: ['SỞ NỘI VỤ'], placeDate: 'Tây Ninh, ngày 03 tháng 7 năm 2026' });
    expect(word.document.header.number).toMatch(/\/BC-SNV$/u);
    expect(word.document.signer.titles).toEqual(['GIÁM ĐỐC']);
    expect(word.document.recipients).toEqual(['- UBND tỉnh Tây Ninh;', '- Lưu: VT.']);
  });
});
