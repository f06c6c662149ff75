import { run } from '../../src/cli/run';
import { reportJson, type ReportJson } from '../../src/cli/commands/report';
import { periodFor } from '../../src/core/periods';
import { buildReport } from '../../src/core/report';
import type { Plan } from '../../src/core/plan/types';
import { buildTemplate } from '../../src/core/template/buildTemplate';
import { renderToBuffer } from '../../src/xlsx/renderWorkbook';
import { memoryIo } from './memoryIo';
import { output } from './workbooks';
import { fixturePlan } from '../support/fixturePlans';

/**
 * The new-user tester's commune plan of issue 13 (tests/fixtures/plans/ke-hoach-thanh-binh-2026.xlsx):
 * PHÂN CÔNG gives CT1, CT2, CT5 and CT6 to the offices, CT3 (12 loudspeaker items per hamlet) to the
 * hamlets, CT4 (120 minutes of loudspeaker airtime a quarter, plan-wide) to the culture office and the hamlets.
 */
let plan: Plan;
let hoaThanh: Uint8Array;
beforeAll(async () => {
  plan = await fixturePlan('ke-hoach-thanh-binh-2026.xlsx');
  const unit = plan.units.find((u) => u.code === 'AHTN');
  if (!unit) throw new Error('no Ấp Hòa Thành');
  const outputs = [1, 2, 3, 4, 5, 6, 7].map((day) => output(`2026-07-0${String(day)}`, 'Loa ấp', `Phát thanh TTHC số ${String(day)}`, 'Tin'));
  hoaThanh = await renderToBuffer(buildTemplate({ plan, kind: 'unit', unit, createdOn: '2026-01-05', existing: { outputs, standing: [], spending: [] } }));
});

describe('cchc report --json (issue 13, finding 5)', () => {
  test('given a hamlet given CT3 and CT4 only, --json lists those two, CT3 judged on its own and CT4 as a contribution, as the Word report shows', async () => {
    const io = memoryIo({ 'ahtn.xlsx': hoaThanh });
    const code = await run(['report', 'ahtn.xlsx', '--period', '2026-Q3', '--date', '2027-01-10', '--json'], io);
    expect(code).toBe(0);
    const json = JSON.parse(io.out()) as ReportJson;
    expect(json.targets.map((t) => [t.id, t.state])).toEqual([
      ['CT3', 'notMet'],
      ['CT4', 'contributes'],
    ]);
    expect(json.targets[0]).toMatchObject({ achieved: 7, yearToDate: 7, min: 12 });
  });
});

describe('cchc report --json on a consolidated workbook (issue 13, fifth tester, finding 13)', () => {
  test('given the commune’s Q1 report, the per-unit monthly target gives its periods k/n beside its units k/n, as consolidate --json does, and says some units owe less', async () => {
    const hoaHoi = await fixturePlan('ke-hoach-hoa-hoi-2026.xlsx');
    const broadcast = (unit: string, date: string) => ({
      source: { file: `${unit}.xlsx`, sheet: 'Tin bài', row: 4 },
      date,
      channel: 'LOA',
      form: 'PT',
      title: `${unit} ${date}`,
      link: '',
      unit,
      note: '',
      minutes: 25,
    });
    const { data } = buildReport({
      plan: hoaHoi,
      period: periodFor('quarter', 2026, 1, 'calendar'),
      scope: { kind: 'district' },
      records: { outputs: [broadcast('CK', '2026-01-08'), broadcast('THA', '2026-03-03')], standing: [], spending: [] },
      reportDate: '2026-04-02',
      documentNumber: '…',
    });
    const f = reportJson(data).targets.find((x) => x.id === '1.f');
    // Cây Khế (ended 31/01) is judged on January alone: 1 month met of 1 + 4 hamlets × 3 months, and it owes a third of the others' minimum.
    expect([f?.units, f?.periods, f?.perUnitPartial]).toEqual([{ met: 1, of: 5 }, { met: 2, of: 13 }, true]);
  });
});
