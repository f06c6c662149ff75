import type { ReportJson } from '../../src/cli/commands/report';
import { run } from '../../src/cli/run';
import { memoryIo } from './memoryIo';
import { output, unitWorkbook } from './workbooks';

/**
 * count13n defect 2 (try13m D3): a unit's own report counts a row `validate` calls a duplicate once, as its consolidation
 * does (consolidate/outputKey). Counted by eye: Thạnh Đức typed "Một cửa liên thông" on Báo Tây Ninh of 01/03/2018 twice
 * (the second with other spacing and case) beside one other news: 2 news, in the report, the consolidation and its report.
 */

/** What these tests read of a target in `report --json` and `consolidate --json` (both print these fields alike). */
type TargetJson = Pick<ReportJson['targets'][number], 'id' | 'achieved' | 'yearToDate'>;

const achievedOf = (out: string): number | undefined => (JSON.parse(out) as { targets: TargetJson[] }).targets.find((t) => t.id === 'III.1.a')?.achieved;

let files: Record<string, Uint8Array>;
beforeAll(async () => {
  files = {
    'thanh-duc.xlsx': await unitWorkbook('XTD', [
      output('2018-03-01', 'Báo Tây Ninh', 'Một cửa liên thông'),
      output('2018-03-05', 'Báo Tây Ninh', 'Hội nghị triển khai CCHC'),
      output('2018-03-01', 'Báo Tây Ninh', '  một cửa  liên thông '),
    ]),
  };
});

describe("a unit's report counts a duplicate once (count13n defect 2)", () => {
  test('validate names the duplicate, and the report, the consolidation and its report all count 2', async () => {
    const checked = memoryIo({ ...files }, { today: '2018-07-05' });
    await run(['validate', 'thanh-duc.xlsx', '--period', '2018-H1'], checked);
    expect(checked.out()).toMatch(/trùng/i);

    const own = memoryIo({ ...files }, { today: '2018-07-05' });
    expect(await run(['report', 'thanh-duc.xlsx', '--period', '2018-H1', '--json'], own)).toBe(0);
    expect(achievedOf(own.out())).toBe(2);

    const all = memoryIo({ ...files }, { today: '2018-07-05' });
    expect(await run(['consolidate', 'thanh-duc.xlsx', '--period', '2018-H1', '--json', '-o', 'th.xlsx'], all)).toBe(0);
    expect(achievedOf(all.out())).toBe(2);
    const district = memoryIo({ 'th.xlsx': all.files.get('th.xlsx') ?? new Uint8Array() }, { today: '2018-07-05' });
    expect(await run(['report', 'th.xlsx', '--period', '2018-H1', '--json'], district)).toBe(0);
    expect(achievedOf(district.out())).toBe(2);
  });
});
