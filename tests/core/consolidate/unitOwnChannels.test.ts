import { examplePlan } from '../../support/fixturePlans';
import { consolidate } from '../../../src/core/consolidate/consolidate';
import { unitOwnChannels } from '../../../src/core/consolidate/outputKey';
import type { UnitFileInput } from '../../../src/core/consolidate/types';
import { date, empty, text } from '../../../src/core/layout/cells';
import type { CellValue } from '../../../src/core/layout/types';
import { periodFor } from '../../../src/core/periods';
import type { Plan } from '../../../src/core/plan/types';
import { buildTemplate } from '../../../src/core/template/buildTemplate';
import { layoutToRawSheets } from '../../support/layoutToRawSheets';

/**
 * Issue 13, fifth tester, finding 1: the commune sends one bulletin and every hamlet plays it the
 * same day on its own loudspeaker; every commune reposts the Sở's release on its own Facebook page.
 * Each unit did the work, so neither is a duplicate. The same article on a shared outlet claimed by
 * two units, and two rows of one unit, still are.
 */
const row = (iso: string, channel: string, form: string, title: string): CellValue[] => [
  date(iso),
  text(channel),
  text(form),
  text(title),
  empty,
  empty,
  empty,
];

function fileOf(plan: Plan, code: string, outputs: CellValue[][]): UnitFileInput {
  const unit = plan.units.find((u) => u.code === code);
  if (!unit) throw new Error(`no unit ${code}`);
  const sheets = layoutToRawSheets(buildTemplate({ plan, kind: 'unit', unit, createdOn: '2026-01-02', existing: { outputs, standing: [], spending: [] } }));
  return { file: `${code}.xlsx`, lastModified: 1, sheets };
}

const achieved = (result: ReturnType<typeof consolidate>, unit: string, target: string): number | undefined =>
  result.perUnit.get(unit)?.find((t) => t.target.id === target)?.achieved;

describe('duplicates across units on a channel each unit has for itself', () => {
  let commune: Plan;
  let province: Plan;
  beforeAll(async () => {
    [commune, province] = await Promise.all([examplePlan('ke-hoach-xa-2026.xlsx'), examplePlan('ke-hoach-tinh-2026.xlsx')]);
  });

  test("given the plans, a channel counted by a per-unit target is each unit's own and a channel of plan-wide targets only is shared", () => {
    expect([...unitOwnChannels(commune)].sort()).toEqual(['LOA']);
    expect([...unitOwnChannels(province)].sort()).toEqual(['FBX', 'LOA', 'TTX']);
  });

  test('given three hamlets playing the commune\'s bulletin the same day on "Loa truyền thanh ấp", each broadcast counts for its hamlet; a hamlet\'s own second row and the Facebook post of two offices are still duplicates', () => {
    const bulletin = row('2026-03-10', 'Loa truyền thanh ấp', 'Phát thanh', 'Bản tin cải cách hành chính tháng 3');
    const post = row('2026-03-12', 'Trang Facebook của UBND xã', 'Tin', 'Hướng dẫn nộp hồ sơ trực tuyến');
    const result = consolidate(
      commune,
      [
        fileOf(commune, 'VP', [post]),
        fileOf(commune, 'PVHXH', [post]),
        fileOf(commune, 'BM', [bulletin, bulletin]),
        fileOf(commune, 'XB', [bulletin]),
        fileOf(commune, 'CX', [bulletin]),
      ],
      { period: periodFor('quarter', 2026, 1, 'calendar'), today: '2026-03-31' },
    );
    expect(result.duplicates.map((d) => [d.record.source.file, d.record.source.row, d.first.file, d.first.row])).toEqual([
      ['PVHXH.xlsx', 4, 'VP.xlsx', 4],
      ['BM.xlsx', 5, 'BM.xlsx', 4],
    ]);
    expect(['BM', 'XB', 'CX'].map((code) => achieved(result, code, '1.d'))).toEqual([1, 1, 1]);
    expect(result.targets.find((t) => t.target.id === '1.a')?.achieved).toBe(1);
  });

  test("given two communes reposting the Sở's release on their own Facebook pages and the same article on Báo Tây Ninh, each repost counts and the article counts once", () => {
    const communes = province.units
      .filter((u) => u.level === 'commune-ward' && u.name.startsWith('Xã'))
      .slice(0, 2)
      .map((u) => u.code);
    expect(communes).toHaveLength(2);
    const repost = row('2026-08-04', 'Trang Facebook của UBND xã, phường', 'Tin', 'Sở Nội vụ triển khai dịch vụ công trực tuyến toàn trình');
    const article = row('2026-08-05', 'Báo Tây Ninh', 'Phóng sự', 'Một cửa hiện đại ở cơ sở');
    // 1.b given to everyone here: the communes' article is what it counts (a target given to others would count none of it, verdict13).
    const everyones = { ...province, responsibilities: province.responsibilities.map((r) => ({ ...r, items: r.items.filter((id) => id !== '1.b') })) };
    const result = consolidate(
      everyones,
      communes.map((code) => fileOf(everyones, code, [repost, article])),
      { period: periodFor('quarter', 2026, 3, 'calendar'), today: '2026-09-30' },
    );
    expect(result.duplicates.map((d) => [d.record.channel, d.record.source.file, d.first.file])).toEqual([
      ['BTN', `${communes[1]}.xlsx`, `${communes[0]}.xlsx`],
    ]);
    expect(communes.map((code) => achieved(result, code, '1.c'))).toEqual([1, 1]);
    expect(result.targets.find((t) => t.target.id === '1.b')?.achieved).toBe(1);
  });
});
