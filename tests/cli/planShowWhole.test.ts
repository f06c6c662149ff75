import { run } from '../../src/cli/run';
import { memoryIo } from './memoryIo';
import { fixturePlanBytes } from '../support/fixturePlans';
import { renderPlan } from '../../src/cli/commands/planShow';
import { GO_DAU_116 } from '../../src/core/plan/goDau116';
import type { Plan } from '../../src/core/plan/types';

/**
 * `cchc plan show` on the tester's own 2026 commune plan (issue 13, finding 6): every target with
 * its scope, cadence, measure and the units PHÂN CÔNG gives it to; standing items with deadline and
 * recurrence; budgets; units' start and end dates; a level no unit uses previewed without doubling
 * its prefix.
 */
describe('cchc plan show prints the whole plan', () => {
  const plan = fixturePlanBytes('ke-hoach-hoa-hoi-2026.xlsx');

  async function shown(...extra: string[]): Promise<string> {
    const io = memoryIo({ 'kh.xlsx': plan });
    expect(await run(['plan', 'show', '--plan', 'kh.xlsx', ...extra], io)).toBe(0);
    expect(io.err()).toBe('');
    return io.out();
  }

  /** A table row's cells, a wrapped cell's lines joined, found by its first cell. */
  function row(out: string, first: string): string[] {
    const lines = out.split('\n');
    const start = lines.findIndex((line) => line.startsWith(`| ${first} `));
    if (start < 0) throw new Error(`no row ${first}`);
    const cells: string[][] = [];
    for (let at = start; at < lines.length; at++) {
      const line = lines[at] ?? '';
      if (!line.startsWith('|')) break;
      const parts = line.split('|').slice(1, -1);
      if (at > start && (parts[0] ?? '').trim() !== '') break;
      parts.forEach((part, i) => (cells[i] ??= []).push(part.trim()));
    }
    return cells.map((lines) => lines.filter((l) => l !== '').join(' '));
  }

  test('given a per-hamlet monthly target in minutes, its row says Mỗi đơn vị, Mỗi tháng, Số phút, 20 phút and the hamlets it is assigned to', async () => {
    const cells = row(await shown(), '1.f');
    expect(cells).toEqual(expect.arrayContaining(['20 phút', 'Mỗi đơn vị', 'Mỗi tháng', 'Số phút']));
    expect(cells.join(' | ')).toContain('Ấp, khu phố (5 đơn vị)');
  });

  test('given targets PHÂN CÔNG gives to named offices, each row names the office, and an amount reads in đồng', async () => {
    const out = await shown();
    expect(row(out, '1.a').join(' | ')).toContain('Văn phòng HĐND và UBND xã');
    expect(row(out, '1.h')).toEqual(expect.arrayContaining(['5.000.000 đồng', 'Số tiền', 'Cả năm', 'Phòng Văn hóa - Xã hội']));
  });

  test('given standing items with a deadline and a recurrence, their rows print them', async () => {
    const out = await shown();
    expect(row(out, '2.a')).toContain('31/03/2026');
    expect(row(out, '2.b')).toContain('Mỗi quý');
  });

  test('given a funding source with a budget, its row prints the budget in đồng', async () => {
    expect(row(await shown(), 'NS-XA')).toContain('30.000.000 đồng');
  });

  test('given a hamlet that ends on 31/01, its row prints the end date', async () => {
    expect(row(await shown(), 'CK')).toContain('31/01/2026');
  });

  test('given a level no unit uses, its preview does not double the body’s prefix ("UBND UBND xã…")', async () => {
    const cells = row(await shown(), 'commune');
    expect(cells.join(' | ')).not.toMatch(/UBND UBND|UBND XÃ, PHƯỜNG/u);
    expect(cells).toEqual(expect.arrayContaining(['ỦY BAN NHÂN DÂN / [TÊN ĐƠN VỊ]', 'UBND [tên đơn vị]', 'TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH']));
  });

  test('given --json, prints the plan model with the same cadences, measures, deadlines and budgets', async () => {
    const parsed = JSON.parse(await shown('--json')) as {
      targets: { id: string; per?: string; measure?: string }[];
      standingItems: { id: string; deadline?: string; recurrence?: string }[];
      fundingSources: { code: string; budget?: number }[];
      units: { code: string; activeTo?: string }[];
    };
    expect(parsed.targets.find((target) => target.id === '1.f')).toMatchObject({ per: 'month', measure: 'minutes' });
    expect(parsed.standingItems.find((item) => item.id === '2.a')).toMatchObject({ deadline: '2026-03-31' });
    expect(parsed.fundingSources.find((source) => source.code === 'NS-XA')).toMatchObject({ budget: 30_000_000 });
    expect(parsed.units.find((unit) => unit.code === 'CK')).toMatchObject({ activeTo: '2026-01-31' });
  });

  test('given a reporting duty sent to a unit of the plan, the "Gửi đến" column names the unit, not its code', () => {
    const plan: Plan = { ...GO_DAU_116, reportingDuties: [{ from: 'XTD', to: ['PNV', 'UBND tỉnh'], frequency: 'quarter' }] };
    const lines = renderPlan(plan, 'vi').split('\n');
    const duty = lines.find((line) => line.includes('Xã Thạnh Đức') && line.includes('Quý')) ?? '';
    expect(duty).toContain('Phòng Nội vụ, UBND tỉnh');
    expect(duty).not.toContain('PNV');
  });
});
