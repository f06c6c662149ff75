import { run } from '../../src/cli/run';
import { memoryIo } from './memoryIo';

/**
 * Month periods ("2026-03") work in every command since issue 13, but `report --help` and
 * `validate --help` listed only halves, years and quarters (second tester, finding 6).
 */
describe('the --period help names month periods', () => {
  test.each(['report', 'validate', 'consolidate'])('cchc %s --help shows a month period, in Vietnamese and English', async (command) => {
    const vi = memoryIo();
    expect(await run([command, '--help'], vi)).toBe(0);
    expect(vi.out().replace(/\s+/g, ' ')).toMatch(/--period <period> .*2018-03 \(tháng 3\)|--period <period> .*2018-03 là tháng 3/);
    const en = memoryIo();
    expect(await run([command, '--help', '--lang', 'en'], en)).toBe(0);
    expect(en.out().replace(/\s+/g, ' ')).toMatch(/--period <period> .*2018-03 (\(March\)|for March)/);
  });
});
