import { run } from '../../src/cli/run';
import { memoryIo } from './memoryIo';
import { fixturePlanBytes } from '../support/fixturePlans';

/**
 * `cchc report` without --period (issue 13, tester finding 8): the period follows the reporting
 * duty of the unit whose report it is, else the plan's, and stderr says which period and why. On
 * the tester's commune plan Văn phòng reports monthly; on 30 November it is writing November's report.
 */
describe('cchc report picks its default period from the unit’s reporting duty', () => {
  const plan = fixturePlanBytes('ke-hoach-hoa-hoi-2026.xlsx');

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

  test('given late December, the year, said as the year taking the last month’s place', async () => {
    const { period, err } = await reportOf('VP', '2026-12-22');
    expect(period).toMatchObject({ kind: 'year', from: '2026-01-01', to: '2026-12-31' });
    expect(err).toContain(
      'Kỳ báo cáo: năm 2026 (01/01/2026 – 31/12/2026): kỳ cuối năm của chế độ báo cáo hằng tháng có cùng ngày chốt số liệu với báo cáo năm',
    );
    expect(err).not.toContain('theo chế độ báo cáo hằng tháng');
  });
});

/**
 * A quarterly duty (issue 13, second tester, finding 6): on 30/11/2026 the commune plan of Thạnh
 * Bình gave "năm 2026" while stderr spoke of the quarterly duty. The fourth quarter is the report
 * due next (Nghị định 09/2019 art. 12), and stderr names what was chosen.
 */
describe('cchc report with a quarterly reporting duty', () => {
  const plan = fixturePlanBytes('ke-hoach-thanh-binh-2026.xlsx');

  async function reportOn(today: string): Promise<{ period: { kind: string; from: string; to: string }; err: string }> {
    const io = memoryIo({ 'ke-hoach.xlsx': plan }, { today });
    expect(await run(['template', '--plan', 'ke-hoach.xlsx', '--unit', 'VP', '-o', 'so.xlsx'], io)).toBe(0);
    const [before, outBefore] = [io.err().length, io.out().length];
    expect(await run(['report', 'so.xlsx', '--json'], io)).toBe(0);
    return { period: (JSON.parse(io.out().slice(outBefore)) as { period: { kind: string; from: string; to: string } }).period, err: io.err().slice(before) };
  }

  test('given 30/11/2026, the fourth quarter, said as the quarterly duty it comes from', async () => {
    const { period, err } = await reportOn('2026-11-30');
    expect(period).toMatchObject({ kind: 'quarter', from: '2026-10-01', to: '2026-12-31' });
    expect(err).toContain('Kỳ báo cáo: quý IV năm 2026 (01/10/2026 – 31/12/2026), theo chế độ báo cáo hằng quý');
  });

  test('given 20/10/2026, before the fourth quarter’s window opens, the third quarter that has ended', async () => {
    const { period } = await reportOn('2026-10-20');
    expect(period).toMatchObject({ kind: 'quarter', from: '2026-07-01', to: '2026-09-30' });
  });
});
