import { COMMON_LEVELS } from '../../../src/core/plan/levelCatalogue';
import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import { planToSheet } from '../../../src/core/plan/planSheetLayout';
import { readPlanFromSheets } from '../../../src/core/plan/planSheetReader';
import type { Plan, Unit } from '../../../src/core/plan/types';
import { periodFor } from '../../../src/core/periods';
import { buildReport, issuerFacts } from '../../../src/core/report';
import { signerTitles } from '../../../src/core/report/header';
import { layoutToRawSheets } from '../../support/layoutToRawSheets';
import { texts } from './layoutQuery';
import { fixturePlan } from '../../support/fixturePlans';

/**
 * A commune's plan of 2026 (two-level local government): UBND xã issues it and reports itself,
 * its offices and hamlets report to it. Built from 116/KH-UBND's channels and targets.
 */
const hamletLevel = COMMON_LEVELS.find((l) => l.code === 'hamlet');
const agencyLevel = COMMON_LEVELS.find((l) => l.code === 'agency');
if (!hamletLevel || !agencyLevel) throw new Error('the common levels lost the hamlet or the agency');

const units: Unit[] = [
  { code: 'VP', name: 'Văn phòng HĐND và UBND xã', aliases: [], level: 'agency' },
  { code: 'PVHXH', name: 'Phòng Văn hóa - Xã hội', aliases: [], level: 'agency' },
  { code: 'BM', name: 'Ấp Bến Mương', aliases: [], level: 'hamlet' },
  { code: 'KP3', name: 'Khu phố 3', aliases: [], level: 'hamlet' },
];
const commune: Plan = {
  ...GO_DAU_116,
  identity: { ...GO_DAU_116.identity, issuer: 'UBND xã Thạnh Đức', superior: 'UBND tỉnh Tây Ninh', place: 'Thạnh Đức', number: '25/KH-UBND' },
  levels: [agencyLevel, { ...hamletLevel, recipients: ['UBND xã Thạnh Đức', 'Ban Công tác Mặt trận ấp'] }],
  wording: { government: 'commune', area: '', participants: '', reception: '' },
  units,
  reportRecipients: ['UBND tỉnh Tây Ninh', 'Sở Nội vụ', 'Lưu: VT'],
  signer: { title: 'CHỦ TỊCH', name: 'Nguyễn Văn A' },
  responsibilities: [],
  reportingDuties: [],
  standingItems: GO_DAU_116.standingItems.map((item) => ({ ...item, appliesTo: ['hamlet'] })),
  fundingSources: [],
};
const unit = (code: string): Unit => {
  const found = units.find((u) => u.code === code);
  if (!found) throw new Error(code);
  return found;
};

describe('issuer facts from the plan’s levels (Nghị định 30/2020, appendix I)', () => {
  test('given a hamlet, its report is headed under UBND xã as the hamlet, never "UBND ẤP", and signed by the hamlet head', () => {
    const facts = issuerFacts(commune, { kind: 'unit', unit: unit('BM') }, 'vi');
    expect(facts.superior).toBe('UBND XÃ THẠNH ĐỨC');
    expect(facts.bodyLines).toEqual(['ẤP BẾN MƯƠNG']);
    expect(facts.prose).toBe('Ấp Bến Mương');
    expect(facts.place).toBe('Thạnh Đức');
    expect(signerTitles(facts)).toEqual(['TRƯỞNG ẤP']);
    expect(facts.recipients).toEqual(['UBND xã Thạnh Đức', 'Ban Công tác Mặt trận ấp', 'Lưu: VT']);
  });

  test('given a quarter in the same level, its head signs as the quarter’s', () => {
    expect(signerTitles(issuerFacts(commune, { kind: 'unit', unit: unit('KP3') }, 'vi'))).toEqual(['TRƯỞNG KHU PHỐ']);
  });

  test('given an office of the commune, it is headed under UBND xã and signed by its head, sent to the plan’s issuer', () => {
    const facts = issuerFacts(commune, { kind: 'unit', unit: unit('PVHXH') }, 'vi', { deputy: true });
    expect([facts.superior, ...facts.bodyLines]).toEqual(['UBND XÃ THẠNH ĐỨC', 'PHÒNG VĂN HÓA - XÃ HỘI']);
    expect(signerTitles(facts)).toEqual(['KT. TRƯỞNG PHÒNG', 'PHÓ TRƯỞNG PHÒNG']);
    expect(facts.recipients).toEqual(['UBND xã Thạnh Đức', 'Lưu: VT']);
  });

  test('given a commune plan with no reporting body and a "Cơ quan cấp trên", the consolidated report is the commune’s, headed as ND 30/2020 heads a UBND xã: ỦY BAN NHÂN DÂN / XÃ THẠNH ĐỨC, TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH', () => {
    const facts = issuerFacts(commune, { kind: 'district' }, 'vi');
    expect([facts.superior, ...facts.bodyLines]).toEqual([null, 'ỦY BAN NHÂN DÂN', 'XÃ THẠNH ĐỨC']);
    expect([facts.prose, facts.symbol]).toEqual(['UBND xã Thạnh Đức', 'UBND']);
    expect(signerTitles(facts)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']);
    expect(facts.signer.name).toBe('Nguyễn Văn A');
    expect(facts.place).toBe('Thạnh Đức');
    expect(facts.recipients).toEqual(['UBND tỉnh Tây Ninh', 'Sở Nội vụ', 'Lưu: VT']);
  });

  test('given the tester’s commune plan (examples-style sheet, Cơ quan cấp trên "UBND tỉnh Tây Ninh"), its own consolidated report is headed like the province’s communes, not "UBND TỈNH TÂY NINH / UBND XÃ HÒA HỘI"', async () => {
    const plan = await fixturePlan('ke-hoach-hoa-hoi-2026.xlsx');
    const facts = issuerFacts(plan, { kind: 'district' }, 'vi');
    expect([facts.superior, ...facts.bodyLines, facts.place, facts.signer.name]).toEqual([
      null,
      'ỦY BAN NHÂN DÂN',
      'XÃ HÒA HỘI',
      'Hòa Hội',
      'Võ Thị Hồng Nhung',
    ]);
    expect(signerTitles(facts)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']);
    // A district's own report: no committee level names a huyện, yet it is a committee, headed in full with no body above it (Nghị định 30/2020, appendix I).
    const district: Plan = { ...GO_DAU_116, reportingBody: 'NO-SUCH-UNIT' };
    expect([issuerFacts(district, { kind: 'district' }, 'vi').superior, ...issuerFacts(district, { kind: 'district' }, 'vi').bodyLines]).toEqual([
      null,
      'ỦY BAN NHÂN DÂN',
      'HUYỆN GÒ DẦU',
    ]);
  });

  test('given the plan names its reporting body, the consolidated report comes from it, whichever unit holds the first duty', () => {
    const plan: Plan = { ...commune, reportingBody: 'VP', reportingDuties: [{ from: 'PVHXH', to: ['UBND xã'], frequency: 'year' }] };
    expect(issuerFacts(plan, { kind: 'district' }, 'vi').bodyLines).toEqual(['VĂN PHÒNG HĐND VÀ UBND XÃ']);
  });

  test('given the built-in plan, the consolidated report still comes from Phòng Nội vụ, its reporting body', () => {
    expect(issuerFacts(GO_DAU_116, { kind: 'district' }, 'vi').bodyLines).toEqual(['PHÒNG NỘI VỤ']);
  });
});

describe('the consolidated report words the commune’s own government', () => {
  const report = buildReport({
    plan: commune,
    period: periodFor('year', 2018, undefined, 'nd09-cutoff'),
    scope: { kind: 'district' },
    records: { outputs: [], standing: [], spending: [] },
    reportDate: '2018-12-14',
    documentNumber: '  ',
  });
  const all = texts(report.layout)
    .map((x) => x.text)
    .join('\n');

  test('given a commune’s plan that names no reception office, the intro names its offices and hamlets, and section II names no place for its standing items', () => {
    expect(all).toContain('tổng hợp kết quả thực hiện năm 2018 của các cơ quan, đơn vị và các ấp như sau:');
    expect(all).toContain('II. CÁC HẠNG MỤC THƯỜNG XUYÊN\n');
    // What remains of "huyện" comes from 116/KH-UBND's channel and item titles reused here, which are plan data.
    expect(all).not.toMatch(/UBND các xã, thị trấn|TẠI BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ/u);
    expect(all).toContain('chưa báo cáo: ấp Bến Mương, khu phố 3.');
  });
});

describe('a province’s plan made on the sheet with the common levels', () => {
  const province: Plan = {
    ...GO_DAU_116,
    identity: { ...GO_DAU_116.identity, issuer: 'UBND tỉnh Tây Ninh', superior: '', place: 'Tây Ninh' },
    levels: [],
    wording: { government: 'province', area: '', participants: '', reception: '' },
    units: [
      { code: 'SNV', name: 'Sở Nội vụ', aliases: [], level: 'department' },
      { code: 'XTD', name: 'Xã Thạnh Đức', aliases: [], level: 'commune-2025' },
      { code: 'PTN', name: 'Phường Tân Ninh', aliases: [], level: 'commune-2025' },
    ],
    reportingBody: 'SNV',
    standingItems: [],
    fundingSources: [],
    responsibilities: [],
    reportingDuties: [],
  };
  const read = readPlanFromSheets(layoutToRawSheets(planToSheet(province)));

  test('given units written "Sở, ban, ngành" and "UBND xã, phường, đặc khu", the sheet reads and those levels join the plan', () => {
    expect(read.issues).toEqual([]);
    expect(read.plan?.levels.map((l) => l.code)).toEqual(['department', 'commune-2025']);
  });

  test('given a ward, its report is the ward committee’s, dated at the ward; a department’s is under UBND tỉnh, signed by its director', () => {
    const plan = read.plan ?? province;
    const ward = issuerFacts(plan, { kind: 'unit', unit: { code: 'PTN', name: 'Phường Tân Ninh', aliases: [], level: 'commune-2025' } }, 'vi');
    expect([ward.superior, ...ward.bodyLines, ward.place, ward.prose]).toEqual([
      null,
      'ỦY BAN NHÂN DÂN',
      'PHƯỜNG TÂN NINH',
      'Tân Ninh',
      'UBND phường Tân Ninh',
    ]);
    const department = issuerFacts(plan, { kind: 'district' }, 'vi');
    expect([department.superior, ...department.bodyLines, ...signerTitles(department)]).toEqual(['UBND TỈNH TÂY NINH', 'SỞ NỘI VỤ', 'GIÁM ĐỐC']);
  });
});

describe('who signs the consolidated report of a named reporting body (issue 13, fifth tester, finding 5)', () => {
  const province: Plan = {
    ...GO_DAU_116,
    identity: { ...GO_DAU_116.identity, issuer: 'UBND tỉnh Tây Ninh', superior: '', place: 'Tây Ninh' },
    levels: [],
    wording: { government: 'province', area: '', participants: '', reception: '' },
    units: [{ code: 'SNV', name: 'Sở Nội vụ', aliases: [], level: 'department' }],
    reportingBody: 'SNV',
    signer: { title: 'GIÁM ĐỐC', name: 'Trần Văn Bình' },
  };

  test('given the plan\'s signer "GIÁM ĐỐC Trần Văn Bình" and Sở Nội vụ headed by a GIÁM ĐỐC with no signer of its own, Trần Văn Bình signs', () => {
    const facts = issuerFacts(province, { kind: 'district' }, 'vi');
    expect([...signerTitles(facts), facts.signer.name]).toEqual(['GIÁM ĐỐC', 'Trần Văn Bình']);
  });

  test("given the body's own row names its signer, that name wins; given a deputy signs, no name is guessed", () => {
    const own: Plan = {
      ...province,
      units: [{ code: 'SNV', name: 'Sở Nội vụ', aliases: [], level: 'department', reportFacts: { signerName: 'Lê Thị Hoa' } }],
    };
    expect(issuerFacts(own, { kind: 'district' }, 'vi').signer.name).toBe('Lê Thị Hoa');
    expect(issuerFacts(province, { kind: 'district' }, 'vi', { deputy: true }).signer.name).toBe('');
  });

  test("given the commune's office as reporting body and the plan's CHỦ TỊCH, the chairman's name is never put under the office head's title", () => {
    const office: Plan = { ...commune, reportingBody: 'VP', signer: { title: 'CHỦ TỊCH', name: 'Nguyễn Thị Thu Hằng' } };
    const facts = issuerFacts(office, { kind: 'district' }, 'vi');
    expect(facts.signer.title).not.toBe('CHỦ TỊCH');
    expect(facts.signer.name).toBe('');
  });
});

describe('"Nơi nhận" of the consolidated report', () => {
  it('adds the bodies the reporting body\'s duties send it to that the plan\'s list lacks, before "Lưu", never the issuer itself (try13n D3)', () => {
    const plan: Plan = {
      ...GO_DAU_116,
      reportRecipients: ['Sở Nội vụ', 'Lưu: VT, NV'],
      reportingDuties: [
        { from: 'PNV', to: ['UBND huyện', 'Sở Nội vụ'], frequency: 'half-year' },
        { from: 'PNV', to: ['Phòng Nội vụ', 'Ban Tuyên giáo Huyện ủy'], frequency: 'year' },
        { from: 'XTD', to: ['Văn phòng Tỉnh ủy'], frequency: 'year' },
      ],
    };
    expect(issuerFacts(plan, { kind: 'district' }, 'vi').recipients).toEqual(['Sở Nội vụ', 'UBND huyện', 'Ban Tuyên giáo Huyện ủy', 'Lưu: VT, NV']);
    // 116's own list already names every body its duties go to: unchanged.
    expect(issuerFacts(GO_DAU_116, { kind: 'district' }, 'vi').recipients).toEqual(GO_DAU_116.reportRecipients);
  });
});
