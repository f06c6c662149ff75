import { periodFor } from '../../../src/core/periods';
import type { Plan, Unit } from '../../../src/core/plan/types';
import type { OutputRecord, StandingRecord } from '../../../src/core/records/types';
import { buildReport, issuerFacts, reportDocument, type ReportInput } from '../../../src/core/report';
import { fullBodyLines } from '../../../src/core/report/issuer';
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

  test('given an issuer typed "UBND huyện Gò Dầu" or "Ủy ban nhân dân xã Hòa Hội" with a "Cơ quan cấp trên", the committee is headed by its own name, level and place in capitals, with no body above it', () => {
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
