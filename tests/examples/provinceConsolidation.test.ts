import type { UnitFileInput } from '../../src/core/consolidate/types';
import { periodFor } from '../../src/core/periods';
import type { Plan, Unit } from '../../src/core/plan/types';
import { reportDocument } from '../../src/core/report';
import { consolidateUnits } from '../../src/core/usecases/consolidateUnits';
import { BLANK_NUMBER } from '../../src/core/usecases/writeReport';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { texts } from '../core/report/layoutQuery';
import { filledTracker, ownTracker, provincePlan, unitNamed, type Typed } from './provinceBooks';

/**
 * A quarter's round of the province example: ~100 small trackers (the communes' own, the Sở Nội
 * vụ's from the template), a few units not sending, one unit merged away before the quarter,
 * consolidated by Sở Nội vụ for quý II/2026 and reported in the province's words.
 */
let plan: Plan;
let inputs: UnitFileInput[];
const MISSING = ['Xã Trà Vong', 'Xã Mỹ Yên', 'Xã Tân Hưng', 'Ban Dân tộc và Tôn giáo'];
// Three items in the first quarter, one in the second: short of "3 each quarter".
const SHORT = ['Phường Hòa Thành', 'Xã Tân Thạnh', 'Phường Long Hoa', 'Xã Đức Huệ'];

const rowsOf = (unit: Unit, dates: readonly string[], channel: string, form: string): Typed[] =>
  dates.map((date, index) => ({ date, channel, form, title: `${unit.name}: tuyên truyền cải cách hành chính số ${index + 1}` }));

async function fileOf(unit: Unit): Promise<UnitFileInput> {
  const file = `${unit.name}.xlsx`;
  if (unit.code === 'SNV') {
    const rows = rowsOf(unit, ['2026-04-08', '2026-05-12', '2026-06-09'], 'Cổng thông tin điện tử tỉnh', 'Bài');
    return { file, lastModified: 1, sheets: await filledTracker(plan, unit, rows) };
  }
  const second = SHORT.includes(unit.name) ? ['2026-05-05'] : ['2026-04-07', '2026-05-05', '2026-06-02'];
  const rows =
    unit.level === 'commune-ward'
      ? rowsOf(unit, ['2026-02-02', '2026-02-16', '2026-03-02', ...second], unit.name.startsWith('Phường') ? 'Trang TTĐT phường' : 'Trang TTĐT xã', 'Tin')
      : rowsOf(unit, ['2026-04-15'], 'Cổng TTĐT tỉnh', 'Tin');
  const title = `SỔ THEO DÕI TIN BÀI TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2026 - ${unit.name.toLocaleUpperCase('vi')}`;
  return { file, lastModified: 1, sheets: await readWorkbook(await ownTracker(title, rows)) };
}

beforeAll(async () => {
  plan = await provincePlan();
  const sending = plan.units.filter((u) => !MISSING.includes(u.name) && u.activeTo === undefined);
  inputs = await Promise.all(sending.map(fileOf));
}, 60_000);

const options = () => ({ period: periodFor('quarter', 2026, 2, 'calendar'), today: '2026-07-02', reportDate: '2026-07-03', language: 'vi' as const });

describe('consolidating the province example’s quarter', () => {
  test('given 99 files of 104 units, every file is credited to its own unit, the names a tone mark apart included', () => {
    expect(inputs).toHaveLength(99);
    const { result } = consolidateUnits(plan, inputs, options());
    const creditedTo = new Map(result.files.map((f) => [f.file, f.unit]));
    for (const name of ['Phường Hòa Thành', 'Xã Hòa Thạnh', 'Xã Tân Thành', 'Xã Tân Thạnh'])
      expect(creditedTo.get(`${name}.xlsx`)).toBe(unitNamed(plan, name).code);
    expect(result.files.filter((f) => f.status !== 'ok')).toEqual([]);
  });

  test('given four units that did not send, they are "Chưa gửi"; the centre merged away before the quarter is not listed', () => {
    const { result } = consolidateUnits(plan, inputs, options());
    const missing = result.reporting.filter((r) => r.status === 'missing').map((r) => plan.units.find((u) => u.code === r.unit)?.name);
    expect(missing.sort()).toEqual([...MISSING].sort());
    expect(result.reporting.map((r) => r.unit)).not.toContain('TTXTDT');
    expect(result.reporting).toHaveLength(103);
  });

  test('given the per-unit quarterly target, the report says how many of the 96 communes and wards met it, in the province’s words', () => {
    const { result, layout, reportSheet } = consolidateUnits(plan, inputs, options());
    const perQuarter = result.targets.find((t) => t.target.id === '1.c');
    expect(perQuarter?.units).toEqual({ met: 89, of: 96 });
    for (const name of SHORT) expect(result.perUnit.get(unitNamed(plan, name).code)?.find((t) => t.target.id === '1.c')?.met).toBe(false);
    expect(result.perUnit.get(unitNamed(plan, 'Xã Tân Thành').code)?.find((t) => t.target.id === '1.c')?.met).toBe(true);
    const sheet = layout.sheets.find((s) => s.name === reportSheet);
    if (!sheet) throw new Error('no report sheet');
    const all = texts(sheet).map((x) => x.text);
    expect(all.slice(0, 4)).toEqual(['UBND TỈNH TÂY NINH', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'SỞ NỘI VỤ', 'Độc lập - Tự do - Hạnh phúc']);
    // The three communes without a file are counted apart, not judged as failing (sixth tester, D1).
    expect(all.some((text) => text.includes('(89/93 đơn vị đạt; 3 đơn vị chưa báo cáo)'))).toBe(true);
    const progress = layout.sheets.find((s) => s.name === 'TH Tiến độ');
    expect(texts(progress ?? { ...sheet, blocks: [] }).map((x) => x.text)).toContainEqual(
      expect.stringMatching(/^TIẾN ĐỘ TOÀN TỈNH SO VỚI KẾ HOẠCH 58\/KH-UBND – QUÝ II/u),
    );
  });

  test('given the consolidated records, the Word report is Sở Nội vụ’s for quý II/2026, signed by its director, to UBND tỉnh and Bộ Nội vụ', () => {
    const { result } = consolidateUnits(plan, inputs, options());
    const document = reportDocument({
      plan,
      period: result.period,
      scope: { kind: 'district' },
      records: { outputs: result.outputs, standing: result.standing, spending: result.spending },
      reportDate: '2026-07-03',
      documentNumber: BLANK_NUMBER,
      language: 'vi',
    });
    expect(document.header).toMatchObject({ superior: 'UBND TỈNH TÂY NINH', bodyLines: ['SỞ NỘI VỤ'], placeDate: 'Tây Ninh, ngày 03 tháng 7 năm 2026' });
    expect(document.header.number).toMatch(/\/BC-SNV$/u);
    expect(document.signer).toEqual({ titles: ['GIÁM ĐỐC'], name: 'Phạm Thị Thu Hà' });
    expect(document.recipients).toEqual(['- UBND tỉnh Tây Ninh;', '- Bộ Nội vụ;', '- Lưu: VT, CCHC.']);
    const prose = document.body.flatMap((block) => ('text' in block ? [block.text] : [])).join('\n');
    expect(prose).toContain('Sở Nội vụ tổng hợp kết quả thực hiện quý II năm 2026 của các sở, ban, ngành tỉnh và UBND các xã, phường như sau:');
    expect(prose).toMatch(
      /Trong kỳ đã đăng 271 tin, bài trên trang thông tin điện tử xã, phường, 89\/96 đơn vị đạt chỉ tiêu kế hoạch, tính chung đạt 94% \(tối thiểu 3 tin, bài mỗi đơn vị mỗi quý\); lũy kế từ đầu năm 550 tin, bài\./u,
    );
    expect(prose).not.toMatch(/huyện|thị trấn|Bộ phận tiếp nhận/u);
  });
});
