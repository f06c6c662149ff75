import { periodFor } from '../../../src/core/periods';
import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import type { CountedTarget, Plan } from '../../../src/core/plan/types';
import { targetResults } from '../../../src/core/progress/targetProgress';
import type { OutputRecord } from '../../../src/core/records/types';

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
