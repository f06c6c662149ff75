import { periodFor } from '../../../src/core/periods';
import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import type { CountedTarget, Plan } from '../../../src/core/plan/types';
import { fundingLines } from '../../../src/core/progress/fundingLines';
import { targetResults, targetResultsByUnit } from '../../../src/core/progress/targetProgress';
import type { OutputRecord, SpendingRecord } from '../../../src/core/records/types';

const airtime: CountedTarget = {
  id: 'PT',
  title: 'Phát thanh ít nhất 120 phút mỗi quý',
  channels: ['BTN'],
  forms: [],
  minimum: 120,
  scope: 'plan',
  per: 'quarter',
  measure: 'minutes',
};
const spend: CountedTarget = {
  id: 'KP',
  title: 'Đặt hàng tin bài 20.000.000 đồng',
  channels: ['BTN'],
  forms: [],
  minimum: 20_000_000,
  scope: 'plan',
  measure: 'amount',
};
const banners: CountedTarget = { id: 'BR', title: 'Treo 20 băng rôn', channels: ['BTN'], forms: [], minimum: 20, scope: 'plan', measure: 'quantity' };
const items: CountedTarget = { id: 'TB', title: 'Ít nhất 3 tin bài', channels: ['BTN'], forms: [], minimum: 3, scope: 'plan' };
const plan: Plan = { ...GO_DAU_116, periodConvention: 'calendar', identity: { ...GO_DAU_116.identity, year: 2026 }, targets: [airtime, spend, banners, items] };

let row = 0;
const output = (date: string, extra: Partial<OutputRecord> = {}): OutputRecord => ({
  source: { sheet: 'Tin bài', row: (row += 1) },
  date,
  channel: 'BTN',
  form: 'TIN',
  title: `tin ${row}`,
  link: '',
  unit: null,
  note: '',
  ...extra,
});

const q1 = periodFor('quarter', 2026, 1, 'calendar');
const byId = (outputs: OutputRecord[], range = q1): Map<string, ReturnType<typeof targetResults>[number]> =>
  new Map(targetResults(plan, outputs, range).map((r) => [r.target.id, r]));

describe('targets measured in minutes, things and đồng', () => {
  const outputs = [
    output('2026-01-10', { minutes: 90, amount: 15_000_000, quantity: 12 }),
    output('2026-02-10', { minutes: 30.5 }),
    output('2026-03-10'),
    output('2026-04-10', { minutes: 200 }),
  ];

  it('given rows with minutes, sums the minutes in the period and judges 120.5 of 120 met', () => {
    expect(byId(outputs).get('PT')).toMatchObject({ achieved: 120.5, required: 120, met: true });
  });

  it('given a row with no minutes, counts it for the outputs target but adds nothing to the airtime', () => {
    expect(byId([output('2026-01-05')]).get('PT')).toMatchObject({ achieved: 0, met: false });
    expect(byId([output('2026-01-05')]).get('TB')).toMatchObject({ achieved: 1 });
  });

  it('given a cost on one row, sums đồng against the money target', () => {
    expect(byId(outputs).get('KP')).toMatchObject({ achieved: 15_000_000, required: 20_000_000, met: false });
  });

  it('given "Số lượng" 12 on one row and two rows without it, counts 14 things, and 14 outputs for a count target', () => {
    expect(byId(outputs).get('BR')).toMatchObject({ achieved: 14, met: false });
    expect(byId(outputs).get('TB')).toMatchObject({ achieved: 14, met: true });
  });

  it('judges a quarterly target in minutes quarter by quarter over the year', () => {
    const year = periodFor('year', 2026, undefined, 'calendar');
    expect(byId(outputs, year).get('PT')).toMatchObject({ achieved: 320.5, required: 480, slices: { met: 2, of: 4 } });
  });
});

const spent = (date: string | null, amount: number | null, unit: string | null, fundingSource: string | null = 'NS'): SpendingRecord => ({
  source: { sheet: 'Kinh phí', row: (row += 1) },
  date,
  content: `chi ${row}`,
  amount,
  fundingSource,
  unit,
  note: '',
});

describe('a money target counts the Kinh phí sheet (issue 13, sixth tester, D2)', () => {
  const units: Plan = {
    ...plan,
    units: [
      { code: 'KP1', name: 'Khu phố Long Chí', level: 'commune', aliases: [] },
      { code: 'KP2', name: 'Khu phố Long Trung', level: 'commune', aliases: [] },
    ],
    fundingSources: [{ code: 'NS', name: 'Ngân sách phường', note: '', levels: ['commune'] }],
  };
  const year = periodFor('year', 2026, undefined, 'calendar');
  const q3 = periodFor('quarter', 2026, 3, 'calendar');
  const money = (records: Parameters<typeof targetResults>[1], range = year, unit?: string): number | undefined =>
    targetResults(units, records, range, unit).find((r) => r.target.id === 'KP')?.achieved;

  it("given Kinh phí rows of 6.500.000 and 2.500.000 đồng in Q3, one without a source, counts 9.000.000 đồng, the same as section III's total", () => {
    const spending = [spent('2026-07-05', 6_500_000, 'KP1'), spent('2026-08-10', 2_500_000, 'KP2', null), spent('2026-10-01', 1_200_000, 'KP1')];
    expect(money({ outputs: [], spending }, q3)).toBe(9_000_000);
    const lines = fundingLines(units, spending, q3, { from: year.from, to: q3.to }, 'vi');
    expect(lines.reduce((n, l) => n + l.inPeriod, 0)).toBe(9_000_000);
    expect(money({ outputs: [], spending }, year)).toBe(10_200_000);
  });

  it('given a unit with Kinh phí rows, leaves out its Tin bài "Kinh phí (đồng)" cells: never counted twice', () => {
    const outputs = [output('2026-07-05', { unit: 'KP1', amount: 500_000 })];
    const spending = [spent('2026-02-01', 1_000_000, 'KP1')];
    expect(money({ outputs, spending }, q3)).toBe(0);
    expect(money({ outputs, spending }, year)).toBe(1_000_000);
  });

  it("given a unit with no Kinh phí row in the plan year (an old tracker costing each item), counts its Tin bài amounts, beside another unit's Kinh phí rows", () => {
    const outputs = [output('2026-07-05', { unit: 'KP1', amount: 500_000 }), output('2026-07-06', { unit: 'KP2', amount: 300_000 })];
    const spending = [spent('2026-08-10', 2_500_000, 'KP2'), spent('2025-12-20', 4_000_000, 'KP1')];
    expect(money({ outputs, spending }, q3)).toBe(3_000_000);
  });

  it('given a bare list of outputs (no Kinh phí sheet), counts the Tin bài amounts as before', () => {
    expect(money([output('2026-07-05', { unit: 'KP1', amount: 500_000 })], q3)).toBe(500_000);
  });

  it("judged for one unit, counts that unit's Kinh phí rows alone; the units' figures sum to the whole", () => {
    const spending = [spent('2026-07-05', 6_500_000, 'KP1'), spent('2026-08-10', 2_500_000, 'KP2')];
    expect(money({ outputs: [], spending }, q3, 'KP2')).toBe(2_500_000);
    expect((money({ outputs: [], spending }, q3, 'KP1') ?? 0) + (money({ outputs: [], spending }, q3, 'KP2') ?? 0)).toBe(money({ outputs: [], spending }, q3));
  });

  it('judged for every unit at once (targetResultsByUnit), gives each unit what targetResults gives it alone (issue 11)', () => {
    const outputs = [
      output('2026-07-05', { unit: 'KP1', amount: 500_000, minutes: 30 }),
      output('2026-07-06', { unit: 'KP2', amount: 300_000, quantity: 4 }),
      output('2026-08-01', { unit: null, amount: 100_000 }),
      output('2026-09-01', { unit: 'KP9', amount: 700_000 }),
    ];
    const spending = [spent('2026-08-10', 2_500_000, 'KP2'), spent('2025-12-20', 4_000_000, 'KP1'), spent('2026-07-09', 900_000, null)];
    const all = targetResultsByUnit(units, { outputs, spending }, q3);
    expect([...all.keys()]).toEqual(['KP1', 'KP2']);
    for (const code of ['KP1', 'KP2']) expect(all.get(code)).toEqual(targetResults(units, { outputs, spending }, q3, code));
    expect(all.get('KP1')?.find((r) => r.target.id === 'KP')?.achieved).toBe(500_000);
    expect(all.get('KP2')?.find((r) => r.target.id === 'KP')?.achieved).toBe(2_500_000);
  });

  it('given a Kinh phí row with no date or an unreadable amount, counts nothing for it', () => {
    expect(money({ outputs: [], spending: [spent(null, 1_000_000, 'KP1'), spent('2026-07-05', null, 'KP1')] }, q3)).toBe(0);
  });
});
