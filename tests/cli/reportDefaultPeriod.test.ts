import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../src/cli/run';
import { memoryIo } from './memoryIo';

/**
 * `cchc report` without --period (issue 13, tester finding 8): the period follows the reporting
 * duty of the unit whose report it is, else the plan's, and stderr says which period and why. On
 * the tester's commune plan Văn phòng reports monthly; on 30 November it is writing November's report.
 */
describe('cchc report picks its default period from the unit’s reporting duty', () => {
  const plan = new Uint8Array(readFileSync(join(__dirname, '..', 'fixtures', 'plans', 'ke-hoach-hoa-hoi-2026.xlsx')));

  async function reportOf(unit: string, today: string): Promise<{ period: { kind: string; from: string; to: string }; err: string }> {
    const io = memoryIo({ 'ke-hoach.xlsx': plan }, { today });
    expect(await run(['template', '--plan', 'ke-hoach.xlsx', '--unit', unit, '-o', 'so.xlsx'], io)).toBe(0);
    const before = io.err().length;
    const outBefore = io.out().length;
    expect(await run(['report', 'so.xlsx', '--json'], io)).toBe(0);
    const json = JSON.parse(io.out().slice(outBefore)) as { period: { kind: string; from: string; to: string } };
    return { period: json.period, err: io.err().slice(before) };
  }

  test('given Văn phòng’s monthly duty on 30/11/2026, the November report, said with the reason', async () => {
    const { period, err } = await reportOf('VP', '2026-11-30');
    expect(period).toMatchObject({ kind: 'month', from: '2026-11-01', to: '2026-11-30' });
    expect(err).toContain('Kỳ báo cáo: tháng 11 năm 2026 (01/11/2026 – 30/11/2026), theo chế độ báo cáo hằng tháng của Văn phòng HĐND và UBND xã');
  });

  test('given a hamlet with no duty of its own, the plan’s (monthly) frequency, said as the plan’s', async () => {
    const { period, err } = await reportOf('HB', '2026-03-05');
    expect(period).toMatchObject({ kind: 'month', from: '2026-02-01', to: '2026-02-28' });
    expect(err).toContain('theo chế độ báo cáo hằng tháng của kế hoạch');
  });

  test('given late December, the year', async () => {
    const { period } = await reportOf('VP', '2026-12-22');
    expect(period).toMatchObject({ kind: 'year', from: '2026-01-01', to: '2026-12-31' });
  });
});
