import { reportJson } from '../../../src/cli/commands/report';
import { periodFor } from '../../../src/core/periods';
import type { Plan, Unit } from '../../../src/core/plan/types';
import { periodVerdicts } from '../../../src/core/progress/periodVerdicts';
import { buildReport, type ReportInput } from '../../../src/core/report';
import { verdictText } from '../../../src/core/report/body';
import { judgedMinimums } from '../../../src/core/report/judgedMinimum';
import { reportDocument } from '../../../src/core/report/reportDocument';
import type { OutputRecord } from '../../../src/core/records/types';
import { examplePlan } from '../../support/fixturePlans';

/**
 * Issue 13, verdict13: who a target counts and how running targets read, on the 2026 commune plan (examples/ke-hoach-xa-2026.xlsx:
 * 1.a–1.c given to the Văn phòng, 1.d–1.e to the hamlets), with a yearly "12 each hamlet" target 1.f and a province-station
 * target 1.g ("3 phóng sự", given to the Văn phòng alone, on a channel a hamlet also used).
 */
let plan: Plan;
beforeAll(async () => {
  const commune = await examplePlan('ke-hoach-xa-2026.xlsx');
  plan = {
    ...commune,
    channels: [...commune.channels, { code: 'TH', name: 'Đài Phát thanh và Truyền hình tỉnh', shortName: 'Đài PT-TH tỉnh', aliases: [] }],
    targets: [
      ...commune.targets,
      { id: '1.f', title: 'Phát thanh trên loa ấp cả năm', channels: ['LOA'], forms: ['PT'], minimum: 12, scope: 'per-unit' },
      { id: '1.g', title: 'Phóng sự trên Đài Phát thanh và Truyền hình tỉnh', channels: ['TH'], forms: [], minimum: 3, scope: 'plan' },
    ],
    responsibilities: [
      ...commune.responsibilities,
      { units: ['VP'], levels: [], task: 'Phóng sự trên đài tỉnh', items: ['1.g'] },
      { units: [], levels: ['hamlet'], task: 'Phát thanh cả năm', items: ['1.f'] },
    ],
  };
});

let row = 4;
const output = (unit: string, date: string, channel: string, form: string): OutputRecord => ({
  source: { sheet: 'Tin bài', row: row++ },
  date,
  channel,
  form,
  title: `${form} ${date}`,
  link: '',
  unit,
  note: '',
});
const monthly = (unit: string, count: number, channel = 'LOA', form = 'PT'): OutputRecord[] =>
  Array.from({ length: count }, (_, i) =>
    output(unit, `2026-${String(1 + (i % 11)).padStart(2, '0')}-${String(3 + Math.floor(i / 11)).padStart(2, '0')}`, channel, form),
  );

const year = periodFor('year', 2026, undefined, 'calendar');
const unit = (code: string): Unit => {
  const found = plan.units.find((u) => u.code === code);
  if (found === undefined) throw new Error(code);
  return found;
};
const byId = <T extends { target: { id: string } }>(list: readonly T[], id: string): T => {
  const found = list.find((v) => v.target.id === id);
  if (found === undefined) throw new Error(id);
  return found;
};

/** The consolidated report of the year dated 30/11/2026 over these outputs, `notReported` the units that sent no file. */
const district = (outputs: readonly OutputRecord[], notReported: readonly string[]): ReportInput => ({
  plan,
  period: year,
  scope: { kind: 'district' },
  records: { outputs, standing: [], spending: [] },
  reportDate: '2026-11-30',
  documentNumber: '…',
  notReported,
});

describe('a target given to named units counts only their rows (defect 1)', () => {
  test('given 1.g to the Văn phòng, which sent nothing, and a hamlet with 3 phóng sự on that station, it reads "Chưa báo cáo" with nothing counted', () => {
    const outputs = [...monthly('BM', 3, 'TH', 'PS'), ...monthly('BM', 12)];
    const verdict = byId(periodVerdicts(plan, outputs, year, { kind: 'plan' }, '2026-11-30', ['VP', 'PVHXH', 'TTPVHCC', 'XB', 'CX']), '1.g');
    expect(verdict).toMatchObject({ unreported: true, met: false, yearToDate: 0, notReportedBy: ['VP'] });
    // The report of the consolidated workbook says the same in --json as consolidate's "Chưa báo cáo".
    const json = reportJson(buildReport(district(outputs, ['VP', 'PVHXH', 'TTPVHCC', 'XB', 'CX'])).data);
    expect(json.targets.find((t) => t.id === '1.g')).toMatchObject({ state: 'unreported', achieved: 0, notReportedBy: ['VP'] });
  });

  test("given the Văn phòng did send its file, only its own phóng sự count, not the hamlet's", () => {
    const outputs = [...monthly('BM', 3, 'TH', 'PS'), output('VP', '2026-05-10', 'TH', 'PS')];
    const verdict = byId(periodVerdicts(plan, outputs, year, { kind: 'plan' }, '2027-01-05'), '1.g');
    expect(verdict).toMatchObject({ yearToDate: 1, met: false });
    expect(verdict.unreported).toBeUndefined();
  });

  test("a hamlet's own report does not list a target given to the Văn phòng, whatever it recorded on its channel", () => {
    const data = buildReport({
      plan,
      period: year,
      scope: { kind: 'unit', unit: unit('BM') },
      records: { outputs: [...monthly('BM', 3, 'TH', 'PS'), ...monthly('BM', 12)], standing: [], spending: [] },
      reportDate: '2026-11-30',
      documentNumber: '…',
    }).data;
    expect(data.targets.filter((r) => r.applies).map((r) => r.id)).toEqual(['1.d', '1.e', '1.f']);
  });
});

describe('a per-unit target still running in the consolidated report (defect 2)', () => {
  test('given one hamlet past 12, one at 5 and one silent on 30/11, the verdict reads "Đang thực hiện (1/2 đơn vị đạt; 1 đơn vị chưa báo cáo)" and the sentence says 12 each and names the silent hamlet', () => {
    const input = district([...monthly('BM', 12), ...monthly('XB', 5)], ['VP', 'PVHXH', 'TTPVHCC', 'CX']);
    const verdict = byId(periodVerdicts(plan, input.records.outputs, year, { kind: 'plan' }, '2026-11-30', input.notReported), '1.f');
    expect(verdict.notReportedBy).toEqual(['CX']);
    const row = buildReport(input).data.targets.find((r) => r.id === '1.f');
    if (row === undefined) throw new Error('1.f');
    expect(verdictText(row, 'vi')).toBe('Đang thực hiện (1/2 đơn vị đạt; 1 đơn vị chưa báo cáo)');
    const sentence = reportDocument(input).body.flatMap((b) => (b.kind === 'paragraph' && b.text.includes('loa ấp cả năm') ? [b.text] : []));
    const text = sentence.join(' ');
    expect(text).toMatch(/1\/2 đơn vị đã đạt; chỉ tiêu kế hoạch tối thiểu 12 [^;]*mỗi đơn vị\); 1 đơn vị chưa báo cáo: ấp Cầu Xe/u);
    expect(text).not.toContain('tối thiểu 36');
  });
});

describe('no running part after the report date (defect 3)', () => {
  test('a year report of 30/11 judges a monthly target on January to November with nothing running; a quarterly one runs from 01/10', () => {
    const outputs = [...monthly('VP', 22, 'ZALO', 'TIN'), ...monthly('BM', 12), ...monthly('XB', 12), ...monthly('CX', 12)];
    const verdicts = periodVerdicts(plan, outputs, year, { kind: 'plan' }, '2026-11-30');
    expect(byId(verdicts, '1.b').runningPart).toBeUndefined();
    expect(byId(verdicts, '1.b').judged).toEqual({ from: '2026-01-01', to: '2026-11-30' });
    expect(byId(verdicts, '1.e').runningPart).toMatchObject({ from: '2026-10-01', to: '2026-12-31' });
    // A Q4 report of the same day: October and November judged, nothing from 01/12.
    const q4 = periodVerdicts(plan, outputs, periodFor('quarter', 2026, 4, 'calendar'), { kind: 'plan' }, '2026-11-30');
    expect(byId(q4, '1.b').runningPart).toBeUndefined();
    expect(byId(q4, '1.b').slices).toEqual({ met: 2, of: 2 });
  });
});

describe('"Tối thiểu" is the plan\'s when no unit is judged (defect 4)', () => {
  test("given every hamlet silent, the per-unit target prints the plan's 12 each, never 0", () => {
    const verdicts = periodVerdicts(plan, [output('VP', '2026-03-03', 'FB', 'TIN')], year, { kind: 'plan' }, '2027-01-05', ['BM', 'XB', 'CX']);
    const i = verdicts.findIndex((v) => v.target.id === '1.f');
    expect(verdicts[i]?.units).toMatchObject({ of: 0, notReported: 3 });
    expect(judgedMinimums(verdicts)[i]).toEqual({ minimum: 12, perUnit: 12 });
  });
});
