import { periodFor } from '../../../src/core/periods';
import { t } from '../../../src/core/i18n/format';
import type { Plan, Unit } from '../../../src/core/plan/types';
import { buildReport, type ReportInput } from '../../../src/core/report';
import { GROUPED } from '../../../src/core/report/measureText';
import { reportDocument } from '../../../src/core/report/reportDocument';
import type { OutputRecord } from '../../../src/core/records/types';
import { consolidateUnits } from '../../../src/core/usecases/consolidateUnits';
import { rowWith, styleAt, texts } from './layoutQuery';
import { fixturePlan } from '../../support/fixturePlans';
import { unitOf } from '../usecases/books';

/**
 * The tester's minor findings of issue 13 on its own commune plan (tests/fixtures/plans/
 * ke-hoach-hoa-hoi-2026.xlsx): TTPV is given only standing items; Phòng Văn hóa - Xã hội handed out
 * 1.500 + 800 leaflets in March (1.g, "Số lượng", at least 2000); Ấp Thạnh Hòa has two per-hamlet
 * targets (1.d, 1.f) and one plan-wide (1.e).
 */
let plan: Plan;
beforeAll(async () => {
  plan = await fixturePlan('ke-hoach-hoa-hoi-2026.xlsx');
});

const unit = (code: string): Unit => unitOf(code, plan);
const leaflets = (date: string, quantity: number): OutputRecord => ({
  source: { file: 'vhxh.xlsx', sheet: 'Tin bài', row: 4 },
  date,
  channel: 'TR',
  form: 'TRO',
  title: `Tờ rơi ${date}`,
  link: '',
  unit: 'VHXH',
  note: '',
  quantity,
});
const march = periodFor('month', 2026, 3, 'calendar');
const input = (code: string, outputs: readonly OutputRecord[] = []): ReportInput => ({
  plan,
  period: march,
  scope: { kind: 'unit', unit: unit(code) },
  records: { outputs, standing: [], spending: [] },
  reportDate: '2026-03-31',
  documentNumber: '…',
});
const lines = (report: ReturnType<typeof buildReport>): string[] => texts(report.layout).map((x) => x.text);
const prose = (document: ReturnType<typeof reportDocument>): string[] => document.body.flatMap((block) => ('text' in block ? [block.text] : []));

describe('the tester’s minor findings (issue 13, tester 9)', () => {
  test('given TTPV, given no target, its report has no empty "Cụ thể:" line, in the sheet and in Word', () => {
    expect(buildReport(input('TTPV')).data.targets.filter((row) => row.applies)).toEqual([]);
    expect(lines(buildReport(input('TTPV')))).not.toContain('Cụ thể:');
    expect(prose(reportDocument(input('TTPV')))).not.toContain('Cụ thể:');
    expect(lines(buildReport(input('THA')))).toContain('Cụ thể:');
  });

  test('given 2.300 leaflets, the quantity is grouped with a dot as amounts are: "2.300" in Word, a number grouped by "#,##0" in the sheet', () => {
    const records = [leaflets('2026-03-12', 1500), leaflets('2026-03-28', 800)];
    const document = reportDocument(input('VHXH', records));
    const table = document.body.find((block): block is Extract<typeof block, { kind: 'table' }> => block.kind === 'table');
    expect(table?.table.rows.find((row) => row[1]?.startsWith('Tờ rơi') ?? false)?.slice(2, 5)).toEqual(['2.000', '2.300', '2.300']);
    expect(prose(document).join('\n')).toContain('2.300');
    const report = buildReport(input('VHXH', records));
    const row = rowWith(report.layout, /^Tờ rơi tuyên truyền dịch vụ công/u);
    expect(styleAt(report.layout, `F${row}`).numberFormat).toBe(GROUPED);
  });

  test('given Ấp Thạnh Hòa’s two per-hamlet targets and one plan-wide, the note under its table says which is which by number, not that every minimum is the plan’s', () => {
    const expected =
      '(Tối thiểu của chỉ tiêu số 2 là chỉ tiêu chung của kế hoạch, số liệu là phần đơn vị thực hiện; tối thiểu của chỉ tiêu số 1, 3 là chỉ tiêu của mỗi đơn vị.)';
    expect(lines(buildReport(input('THA')))).toContain(expected);
    expect(reportDocument(input('THA')).body).toContainEqual({ kind: 'note', text: expected });
  });

  test('given per-hamlet and plan-wide targets, the line under the targets table says what Tỷ lệ % is of, in the sheet and in Word (eighth tester, D7)', () => {
    const rate = t('report.legend.rate', {}, 'vi');
    expect(rate).toContain('Lũy kế từ đầu năm so với tối thiểu cả năm');
    expect(lines(buildReport(input('THA')))).toContain(rate);
    const body = reportDocument(input('THA')).body;
    const table = body.findIndex((block) => block.kind === 'table');
    expect(body[table + 1]).toEqual({ kind: 'note', text: rate });
    // No rate shown, no line: TTPV has no target.
    expect(lines(buildReport(input('TTPV')))).not.toContain(rate);
  });

  test('given the commune’s own UBND consolidates with nothing of its own in PHÂN CÔNG, it is not listed "Chưa gửi"; its Văn phòng, consolidating but given 1.a–1.c, is (eighth tester, D6)', () => {
    const own: Unit = { code: 'UBND', name: 'UBND xã Hòa Hội', aliases: [], level: 'commune' };
    const consolidating: Plan = { ...plan, reportingBody: 'VP', units: [...plan.units, own] };
    const { result } = consolidateUnits(consolidating, [], { period: march, language: 'vi', today: '2026-04-02' });
    const missing = result.reporting.filter((r) => r.status === 'missing').map((r) => r.unit);
    expect(missing).not.toContain('UBND');
    expect(missing.sort()).toEqual(['BN', 'HB', 'THA', 'THO', 'TTPV', 'VHXH', 'VP']);
  });
});
