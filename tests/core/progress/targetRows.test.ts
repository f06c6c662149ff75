import fc from 'fast-check';
import { periodFor } from '../../../src/core/periods';
import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import type { CountedTarget, Plan, Unit } from '../../../src/core/plan/types';
import { countsTowards, measureOf, targetResults } from '../../../src/core/progress/targetProgress';
import type { OutputRecord } from '../../../src/core/records/types';

/**
 * The rows each target counts are found for every target in one pass (targetProgress rowsTowards, issue 11):
 * whatever the targets' channels, forms, scopes and measures, each target achieves what the rows counting
 * towards it (countsTowards), dated in the range, add up to.
 */

const units: Unit[] = ['A', 'B'].map((code) => ({ code, name: `Ấp ${code}`, aliases: [], level: 'commune' }));
const year = periodFor('year', 2026, undefined, 'calendar');

const channel = fc.constantFrom('BTN', 'DTT', 'WEB');
const target = fc.record({
  channels: fc.array(channel, { minLength: 1, maxLength: 4 }),
  forms: fc.array(fc.constantFrom('TIN', 'BAI'), { maxLength: 2 }),
  scope: fc.constantFrom<CountedTarget['scope']>('plan', 'per-unit'),
  measure: fc.constantFrom<CountedTarget['measure']>('count', 'minutes', 'quantity'),
  minimum: fc.integer({ min: 1, max: 5 }),
});
const record = fc.record({
  channel: fc.option(channel),
  form: fc.option(fc.constantFrom('TIN', 'BAI', 'PS')),
  unit: fc.constantFrom('A', 'B'),
  date: fc.constantFrom('2026-01-05', '2026-06-30', '2026-12-31', '2025-12-31', '2027-01-01'),
  quantity: fc.integer({ min: 0, max: 3 }),
  minutes: fc.integer({ min: 0, max: 30 }),
});

test('given any targets and rows, each target achieves what the rows counting towards it add up to', () => {
  fc.assert(
    fc.property(fc.array(target, { minLength: 1, maxLength: 6 }), fc.array(record, { maxLength: 40 }), (specs, rows) => {
      const targets: CountedTarget[] = specs.map((spec, i) => ({ id: `T${i}`, title: `Chỉ tiêu ${i}`, ...spec }));
      const plan: Plan = {
        ...GO_DAU_116,
        periodConvention: 'calendar',
        identity: { ...GO_DAU_116.identity, year: 2026 },
        targets,
        units,
        responsibilities: [],
      };
      const outputs: OutputRecord[] = rows.map((r, i) => ({
        source: { sheet: 'Tin bài', row: i + 2 },
        date: r.date,
        channel: r.channel,
        form: r.form,
        title: `tin ${i}`,
        link: '',
        unit: r.unit,
        note: '',
        quantity: r.quantity,
        minutes: r.minutes,
      }));
      const inRange = outputs.filter((r) => r.date !== null && r.date >= year.from && r.date <= year.to);
      const expected = targets.map((t) => inRange.filter((r) => countsTowards(t, r)).reduce((n, r) => n + measureOf(t, r), 0));
      expect(targetResults(plan, outputs, year).map((r) => r.achieved)).toEqual(expected);
    }),
  );
});
