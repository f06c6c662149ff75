import { periodFor } from '../../../src/core/periods';
import type { IsoDate, Plan, Unit } from '../../../src/core/plan/types';
import { buildReport, issuerFacts, type ReportInput } from '../../../src/core/report';
import { signerTitles } from '../../../src/core/report/header';
import { reportDocument } from '../../../src/core/report/reportDocument';
import { targetAction } from '../../../src/core/report/targetAction';
import type { OutputRecord } from '../../../src/core/records/types';
import { fixturePlan } from '../../support/fixturePlans';

/**
 * The ninth new-user tester's signature and "Cụ thể" sentences (issue 13, try13i defects 5, 7 and 8),
 * on the commune plan of tests/fixtures/plans/ke-hoach-hoa-hoi-2026.xlsx (1.b posts on Zalo OA, 1.d
 * three bulletins a month on each hamlet's loudspeakers) and the ward plan ke-hoach-long-hoa-2026.xlsx.
 */
let commune: Plan;
let ward: Plan;
beforeAll(async () => {
  commune = await fixturePlan('ke-hoach-hoa-hoi-2026.xlsx');
  ward = await fixturePlan('ke-hoach-long-hoa-2026.xlsx');
});

describe('a deputy signs "KT." for the head it names (Nghị định 30/2020, appendix I; defect 5)', () => {
  test('given the plan’s signer "Phó Chủ tịch", the commune’s consolidated report reads TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / the name', () => {
    const plan: Plan = { ...ward, reportIssuer: { kind: 'plan' }, signer: { title: 'Phó Chủ tịch', name: 'Trần Thị Mỹ Linh' } };
    const facts = issuerFacts(plan, { kind: 'district' }, 'vi');
    expect(signerTitles(facts)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    expect(facts.signer.name).toBe('Trần Thị Mỹ Linh');
  });

  test('given a Phó Chánh Văn phòng signing for the office, the block reads KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG; the head signs with no KT. line', () => {
    const deputy = issuerFacts(ward, { kind: 'district' }, 'vi', { signer: { title: 'Phó Chánh Văn phòng', name: 'Lê Văn An' } });
    expect(signerTitles(deputy).slice(-2)).toEqual(['KT. CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG']);
    const head = issuerFacts(ward, { kind: 'district' }, 'vi', { signer: { title: 'Chánh Văn phòng', name: 'Lê Văn An' } });
    expect(head.signer.deputyFor).toBeNull();
    expect(signerTitles(head).at(-1)).toBe('CHÁNH VĂN PHÒNG');
  });

  test('given an English report of a deputy, the block reads P.P. for the head', () => {
    const plan: Plan = { ...ward, reportIssuer: { kind: 'plan' }, signer: { title: 'Phó Chủ tịch', name: 'Trần Thị Mỹ Linh' } };
    expect(issuerFacts(plan, { kind: 'district' }, 'en', { signer: { title: 'Deputy Chairman', name: 'X' } }).signer.deputyFor).toBe('P.P. CHAIRMAN');
  });
});

const output = (target: string, channel: string, date: IsoDate, row: number): OutputRecord => {
  const found = commune.targets.find((x) => x.id === target);
  return {
    source: { file: 'THA.xlsx', sheet: 'Tin bài', row },
    date,
    channel,
    form: found?.forms[0] ?? null,
    title: `Tin ngày ${date}`,
    link: '',
    unit: 'THA',
    note: '',
  };
};

function unitInput(plan: Plan, outputs: readonly OutputRecord[]): ReportInput {
  const unit: Unit | undefined = plan.units.find((u) => u.code === 'THA');
  if (unit === undefined) throw new Error('fixture: no THA');
  return {
    plan,
    period: periodFor('quarter', 2026, 3, 'calendar'),
    scope: { kind: 'unit', unit },
    records: { outputs, standing: [], spending: [] },
    reportDate: '2026-11-30',
    documentNumber: '…',
  };
}

const sentences = (input: ReportInput): string[] =>
  reportDocument(input).body.flatMap((b) => (b.kind === 'paragraph' && b.text.startsWith('- ') ? [b.text] : []));

describe('"Cụ thể" says only what the rows say (defect 7)', () => {
  test('given a target on Zalo OA and the Facebook page and a hamlet that posted only on Zalo, its sentence names Zalo OA alone', () => {
    // Given to everyone, so the hamlet's report has it (a target given to others is not in it, verdict13).
    const plan: Plan = {
      ...commune,
      targets: commune.targets.map((x) => (x.id === '1.b' ? { ...x, channels: ['ZALO', 'FB'] } : x)),
      responsibilities: commune.responsibilities.map((r) => ({ ...r, items: r.items.filter((id) => id !== '1.b') })),
    };
    const posted = sentences(unitInput(plan, [output('1.b', 'ZALO', '2026-07-10', 4), output('1.b', 'ZALO', '2026-08-10', 5)])).find((s) => s.includes('Zalo'));
    expect(posted).toMatch(/đăng 2 tin, bài trên Zalo OA UBND xã Hòa Hội;/u);
    expect(posted).not.toContain('Facebook');
    // Nothing posted: the target's own channels say what was asked.
    const target = plan.targets.find((x) => x.id === '1.b');
    if (target === undefined) throw new Error('fixture: no 1.b');
    expect(targetAction(plan, target, 0, 'vi', true)).toBe('đăng tin, bài nào trên Zalo OA UBND xã Hòa Hội và trang Facebook UBND xã Hòa Hội');
  });

  test('given three bulletins in July and September and one in August, the sentence names August as the month not met', () => {
    const rows = [
      ...['2026-07-03', '2026-07-13', '2026-07-23', '2026-08-05', '2026-09-03', '2026-09-13', '2026-09-23'].map((d, i) => output('1.d', 'LOA', d, 4 + i)),
    ];
    const input = unitInput(commune, rows);
    const row = buildReport(input).data.targets.find((x) => x.id === '1.d');
    expect(row?.slices).toEqual({ met: 2, of: 3 });
    expect(row?.slicesMissed).toEqual(['tháng 8 năm 2026']);
    const said = sentences(input).find((s) => s.includes('7 bản tin') || s.includes('2/3 kỳ đạt'));
    expect(said).toContain('2/3 kỳ đạt; tháng 8 năm 2026 chưa đạt)');
  });

  test('given every month met, no month is named as not met', () => {
    const rows = ['2026-07-03', '2026-07-13', '2026-07-23', '2026-08-05', '2026-08-06', '2026-08-07', '2026-09-03', '2026-09-13', '2026-09-23'].map((d, i) =>
      output('1.d', 'LOA', d, 4 + i),
    );
    const row = buildReport(unitInput(commune, rows)).data.targets.find((x) => x.id === '1.d');
    expect(row?.met).toBe(true);
    expect(row?.slicesMissed).toBeUndefined();
  });
});
