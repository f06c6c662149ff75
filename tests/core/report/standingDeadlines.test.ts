import { periodFor, type Period } from '../../../src/core/periods';
import type { IsoDate, Plan, Unit } from '../../../src/core/plan/types';
import { buildReport, type ReportInput } from '../../../src/core/report';
import { reportDocument } from '../../../src/core/report/reportDocument';
import type { StandingRecord, StandingState } from '../../../src/core/records/types';
import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import { texts } from './layoutQuery';
import { fixturePlan } from '../../support/fixturePlans';
import { unitOf } from '../usecases/books';

/**
 * The tester's commune plan of issue 13 (tests/fixtures/plans/ke-hoach-hoa-hoi-2026.xlsx): 2.a
 * (posting the procedures at the centre, TTPV) due 31/03/2026, 2.b (the hamlet's panel) every
 * quarter, 2.c (a suggestion box, TTPV) due 30/06/2026; the plan names no reception office, and Ấp
 * Cây Khế (CK) ended on 31/01/2026. TTPV did 2.a on 10/04, after its deadline.
 */
let plan: Plan;
beforeAll(async () => {
  plan = await fixturePlan('ke-hoach-hoa-hoi-2026.xlsx');
});

const unit = (code: string): Unit => unitOf(code, plan);
const item = (unitCode: string, id: string, state: StandingState | null, dateDone: IsoDate | null = null): StandingRecord => ({
  source: { file: `${unitCode}.xlsx`, sheet: 'Hạng mục', row: 4 },
  item: id,
  unit: unitCode,
  state,
  dateDone,
  evidence: '',
  note: '',
});
const TTPV = [item('TTPV', '2.a', 'done', '2026-04-10'), item('TTPV', '2.c', 'not-done')];
const march = (): Period => periodFor('month', 2026, 3, 'calendar');
const input = (code: string, period: Period, reportDate: IsoDate, standing: readonly StandingRecord[]): ReportInput => ({
  plan,
  period,
  scope: { kind: 'unit', unit: unit(code) },
  records: { outputs: [], standing, spending: [] },
  reportDate,
  documentNumber: '…',
});
const cellTexts = (report: ReturnType<typeof buildReport>): string[] => texts(report.layout).map((x) => x.text);

describe('standing items in a report of 2026 (issue 13, tester 5)', () => {
  test('given a plan that names no reception office, section II is headed "CÁC HẠNG MỤC THƯỜNG XUYÊN" alone; 116/KH-UBND keeps its Bộ phận tiếp nhận', () => {
    const report = buildReport(input('TTPV', march(), '2026-03-31', TTPV));
    expect(cellTexts(report)).toContain('II. CÁC HẠNG MỤC THƯỜNG XUYÊN');
    expect(cellTexts(report).join('\n')).not.toMatch(/TẠI TRUNG TÂM PHỤC VỤ/u);
    expect(JSON.stringify(reportDocument(input('TTPV', march(), '2026-03-31', TTPV)))).toContain('"II. CÁC HẠNG MỤC THƯỜNG XUYÊN"');
    const named = buildReport({
      ...input('TTPV', march(), '2026-03-31', TTPV),
      plan: { ...plan, wording: { ...plan.wording, reception: 'Trung tâm Phục vụ hành chính công xã' } },
    });
    expect(cellTexts(named)).toContain('II. CÁC HẠNG MỤC THƯỜNG XUYÊN TẠI TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG XÃ');
    const district = buildReport({ ...input('TTPV', march(), '2018-06-14', []), plan: GO_DAU_116, scope: { kind: 'district' } });
    expect(cellTexts(district)).toContain('II. CÁC HẠNG MỤC THƯỜNG XUYÊN TẠI BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ');
  });

  test('given 2.a due 31/03 and not done in March, the March report dated 31/03 shows its deadline, and one dated 02/04 says it is late', () => {
    const onTheDay = buildReport(input('TTPV', march(), '2026-03-31', TTPV));
    expect(onTheDay.data.standing.find((r) => r.itemId === '2.a')).toMatchObject({ state: 'in-progress', due: '2026-03-31' });
    expect(cellTexts(onTheDay)).toContain('Đang thực hiện (hạn 31/03/2026)');
    const after = buildReport(input('TTPV', march(), '2026-04-02', TTPV));
    expect(cellTexts(after)).toContain('Đang thực hiện (quá hạn 31/03/2026)');
    // 2.c is due in June: nothing said about its deadline in March.
    expect(cellTexts(after)).toContain('Chưa thực hiện');
  });

  test('given the commune’s March report, the item’s deadline is beside its title and the late unit is named once, as late', () => {
    const district = reportDocument({ ...input('TTPV', march(), '2026-04-02', TTPV), scope: { kind: 'district' } });
    const prose = district.body.flatMap((block) => ('text' in block ? [block.text] : [])).join('\n');
    expect(prose).toContain('(hạn 31/03/2026): 0/1 đơn vị đã hoàn thành; quá hạn: Trung tâm Phục vụ hành chính công xã Hòa Hội.');
  });

  test('given Ấp Cây Khế ended on 31/01, its first-quarter report does not list the quarterly panel as owed, nor late, and says why', () => {
    const report = buildReport(input('CK', periodFor('quarter', 2026, 1, 'calendar'), '2026-04-02', []));
    // Cây Khế did not take part on 31/03, the quarter's last day: it owes no Q1 panel (issue 13, third tester), and the report says why (fourth tester).
    expect(report.data.standing.filter((r) => r.itemId === '2.b').map((r) => [r.occurrence, r.late ?? false, r.notOwed])).toEqual([
      ['quý I năm 2026', false, { reason: 'ended', on: '2026-01-31' }],
    ]);
    // Thạnh Hòa, taking part all quarter, is late for it.
    expect(buildReport(input('THA', periodFor('quarter', 2026, 1, 'calendar'), '2026-04-02', [])).data.standing.find((r) => r.itemId === '2.b')).toMatchObject({
      late: true,
      due: '2026-03-31',
    });
  });
});
