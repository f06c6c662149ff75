import type { CellValue } from '../../../src/core/layout/types';
import { periodFor } from '../../../src/core/periods';
import type { Plan } from '../../../src/core/plan/types';
import { memoryWorkbook } from '../../../src/core/ports/memoryWorkbook';
import { periodVerdicts } from '../../../src/core/progress/periodVerdicts';
import type { OutputRecord } from '../../../src/core/records/types';
import { checkWorkbook } from '../../../src/core/usecases/checkWorkbook';
import { sheetReport, wordReport, type ReportInputs } from '../../../src/core/usecases/writeReport';
import { output } from '../../cli/workbooks';
import { texts } from '../report/layoutQuery';
import { trackerSheets, unitOf } from '../usecases/books';
import { fixturePlan } from '../../support/fixturePlans';

/**
 * The new-user tester's commune plan of issue 13 (tests/fixtures/plans/ke-hoach-thanh-binh-2026.xlsx):
 * CT3, 12 loudspeaker items a year for each hamlet; Khu phố Mới (KPM) takes part from 01/07/2026,
 * Ấp Tân Lợi (ATL) until 30/06/2026. KPM's officer entered six items from July and one of 20/03.
 */
let plan: Plan;
beforeAll(async () => {
  plan = await fixturePlan('ke-hoach-thanh-binh-2026.xlsx');
});

const loudspeaker = (iso: string, n: number): CellValue[] => output(iso, 'Loa ấp', `Phát thanh TTHC số ${String(n)}`, 'Tin');
const KPM_ROWS = [
  loudspeaker('2026-03-20', 0),
  ...[7, 8, 9, 10, 11].map((m, i) => loudspeaker(`2026-${String(m).padStart(2, '0')}-10`, i + 1)),
  loudspeaker('2026-11-20', 6),
];
const inputs = (period: ReturnType<typeof periodFor>): ReportInputs => ({ plan, period, today: '2026-11-30', reportDate: '2026-11-30', language: 'vi' });
const record = (unit: string, date: string, n: number): OutputRecord => ({
  source: { file: `${unit}.xlsx`, sheet: 'Tin bài', row: 4 + n },
  date,
  channel: 'LOA',
  form: 'TIN',
  title: `Phát thanh ${String(n)}`,
  link: '',
  unit,
  note: '',
});
const year = () => periodFor('year', 2026, undefined, 'calendar');

describe("a unit's active dates (issue 13, second tester, finding 2)", () => {
  test("given a row dated before its hamlet joined the plan, the check warns at that row's date cell and says it counts only plan-wide", async () => {
    const book = memoryWorkbook(await trackerSheets(unitOf('KPM', plan), KPM_ROWS, { plan }));
    const { report } = await checkWorkbook(book, { plan, today: '2026-11-30', file: 'KPM.xlsx' });
    const found = report.issues.filter((i) => i.code === 'validation.date.beforeUnitActive');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', params: { date: '20/03/2026', unit: 'Khu phố Mới', from: '01/07/2026' } });
    const first = report.issues.find((i) => i.code === 'validation.date.beforeUnitActive')?.where;
    expect(first?.cell).toMatch(/^A\d+$/u);
  });

  test('given a row dated after its hamlet left the plan, the check warns it is after the unit left', async () => {
    const book = memoryWorkbook(await trackerSheets(unitOf('ATL', plan), [loudspeaker('2026-05-10', 1), loudspeaker('2026-08-15', 2)], { plan }));
    const { report } = await checkWorkbook(book, { plan, today: '2026-11-30', file: 'ATL.xlsx' });
    expect(report.issues.filter((i) => i.code.startsWith('validation.date.')).map((i) => [i.code, i.params['date']])).toEqual([
      ['validation.date.afterUnitActive', '15/08/2026'],
    ]);
  });

  test("given that row, the hamlet's year report counts six items against its prorated minimum of seven: not met", async () => {
    const book = memoryWorkbook(await trackerSheets(unitOf('KPM', plan), KPM_ROWS, { plan }));
    const sheet = await sheetReport(book, inputs(year()));
    if (!sheet.ok) throw new Error('refused');
    expect(sheet.report.data.targets.find((r) => r.id === 'CT3')).toMatchObject({ inPeriod: 6, yearToDate: 6, minimum: 7, met: false });
  });

  test('given that row, the commune judges CT3 on 2 of 5 hamlets (Ấp Tân Lợi, ended 30/06, judged on its half year), and CT4 (plan-wide minutes) keeps it in its total', () => {
    const twelve = (unit: string) => Array.from({ length: 12 }, (_, i) => record(unit, `2026-${String(i + 1).padStart(2, '0')}-05`, i));
    const kpm = [
      { ...record('KPM', '2026-03-20', 0), minutes: 12 },
      ...[7, 8, 9, 10, 11, 11].map((m, i) => record('KPM', `2026-${String(m).padStart(2, '0')}-1${String(i)}`, i + 1)),
    ];
    const outputs = [...twelve('AHB'), ...twelve('AHTN'), ...twelve('AHTH').slice(0, 3), ...kpm];
    const ct3 = periodVerdicts(plan, outputs, year(), { kind: 'plan' }).find((v) => v.target.id === 'CT3');
    // Ấp Tân Lợi took part until 30/06 and recorded nothing: judged on its days and not met (issue 13, third tester).
    expect(ct3?.units).toEqual({ met: 2, of: 5 });
    expect(ct3?.yearToDate).toBe(12 + 12 + 3 + 6);
    expect(periodVerdicts(plan, outputs, year(), { kind: 'plan' }).find((v) => v.target.id === 'CT4')?.yearToDate).toBe(12);
  });

  test('given a report for a month before the hamlet joined, it says so in a sentence and assesses none of its own targets', async () => {
    const book = memoryWorkbook(await trackerSheets(unitOf('KPM', plan), KPM_ROWS, { plan }));
    const march = periodFor('month', 2026, 3, 'calendar');
    const sheet = await sheetReport(book, inputs(march));
    const word = await wordReport(book, inputs(march));
    if (!sheet.ok || !word.ok) throw new Error('refused');
    const sentence =
      'Khu phố Mới tham gia thực hiện kế hoạch từ ngày 01/07/2026, sau kỳ báo cáo này (tháng 3 năm 2026), nên trong kỳ chưa có chỉ tiêu phải thực hiện; các chỉ tiêu giao cho từng đơn vị không được đánh giá.';
    const all = texts(sheet.report.layout).map((x) => x.text);
    expect(all).toContain(sentence);
    expect(word.document.body).toContainEqual({ kind: 'paragraph', text: sentence });
    expect(all).toContain('Không đánh giá');
    expect(all.join('\n')).not.toMatch(/đạt 100%|tối thiểu 0/u);
    expect(sheet.report.data.targets.find((r) => r.id === 'CT3')).toMatchObject({ notJudged: true });
  });
});
