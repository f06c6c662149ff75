import { periodFor } from '../../../src/core/periods';
import { periodVerdicts } from '../../../src/core/progress/periodVerdicts';
import { buildReport, type ReportInput } from '../../../src/core/report';
import { verdictText } from '../../../src/core/report/body';
import type { Plan } from '../../../src/core/plan/types';
import { texts } from './layoutQuery';
import { DISTRICT_RECORDS, plan } from './reportFixtures';

/**
 * The tenth tester of issue 13: CT2 was given (PHÂN CÔNG) to the consolidating office alone, which
 * sent no file, and the consolidated report read "Chưa đạt (0/1 kỳ đạt)" as if the office had failed.
 * Here 116/KH-UBND, whose III.1.d and III.1.e are given to Phòng Văn hóa (PVHTT) alone, with PVHTT silent.
 */
const silentRecords = { ...DISTRICT_RECORDS, outputs: DISTRICT_RECORDS.outputs.filter((r) => r.unit !== 'PVHTT') };
const half = periodFor('half-year', 2018, 1, 'nd09-cutoff');
const input: ReportInput = {
  plan,
  period: half,
  scope: { kind: 'district' },
  records: silentRecords,
  reportDate: '2018-06-14',
  documentNumber: '…',
  notReported: ['PVHTT'],
};
const owned = plan.targets.filter((g) => plan.responsibilities.some((r) => r.units.includes('PVHTT') && r.items.includes(g.id))).map((g) => g.id);

describe('a target whose units sent no file, in the consolidated report', () => {
  it('given the only unit a target is given to sent no file, the verdict is "Chưa báo cáo", neither met nor failed, naming that unit', () => {
    expect(owned.length).toBeGreaterThan(0);
    const verdicts = periodVerdicts(plan, silentRecords, half, { kind: 'plan' }, '2018-06-14', ['PVHTT']).filter((v) => owned.includes(v.target.id));
    for (const v of verdicts) {
      expect([v.target.id, v.unreported, v.met, v.running, v.notReportedBy]).toEqual([v.target.id, true, false, undefined, ['PVHTT']]);
    }
  });

  it('given that target, the table reads "Chưa báo cáo" and the sentence says who was given it and has not reported, in Vietnamese and English', () => {
    const report = buildReport(input);
    const rows = report.data.targets.filter((r) => owned.includes(r.id));
    expect(rows.map((r) => verdictText(r, 'vi'))).toEqual(owned.map(() => 'Chưa báo cáo'));
    expect(rows.map((r) => verdictText(r, 'en'))).toEqual(owned.map(() => 'Not reported'));
    const body = texts(report.layout).map((x) => x.text);
    const said = body.filter((x) => x.includes('chỉ tiêu giao Phòng Văn hóa'));
    expect(said).toHaveLength(owned.length);
    expect(said.every((x) => x.endsWith('đơn vị chưa gửi báo cáo nên chưa đánh giá.'))).toBe(true);
    const english = buildReport({ ...input, language: 'en' });
    expect(texts(english.layout).filter((x) => x.text.includes('which has not reported, so it is not assessed'))).toHaveLength(owned.length);
  });

  it('given a plan-wide target given to two units, one silent, it is judged on what was sent and the silent one is named and counted', () => {
    const target = plan.targets.find((g) => plan.responsibilities.some((r) => r.units.includes('DTT') && r.items.includes(g.id)));
    expect(target).toBeDefined();
    const shared: Plan = {
      ...plan,
      responsibilities: plan.responsibilities.map((r) => (r.units.includes('DTT') ? { ...r, units: [...r.units, 'PVHTT'] } : r)),
    };
    const report = buildReport({ ...input, plan: shared });
    const row = report.data.targets.find((r) => r.id === target?.id);
    expect(row?.unreported).toBeUndefined();
    expect(row?.notReportedBy).toEqual(['PVHTT']);
    expect(row === undefined ? '' : verdictText(row, 'vi')).toMatch(/^(Đạt|Chưa đạt|Đang thực hiện).*; 1 đơn vị chưa báo cáo$/u);
    expect(texts(report.layout).filter((x) => x.text.includes('; đơn vị được giao chưa gửi báo cáo: Phòng Văn hóa'))).not.toHaveLength(0);
  });

  it('given every unit reported, no target is "Chưa báo cáo" and none names a silent unit', () => {
    const report = buildReport({ ...input, records: DISTRICT_RECORDS, notReported: [] });
    expect(report.data.targets.filter((r) => r.unreported === true || r.notReportedBy !== undefined)).toEqual([]);
  });
});
