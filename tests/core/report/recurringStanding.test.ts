import { periodFor, type Period } from '../../../src/core/periods';
import type { IsoDate, Plan, Unit } from '../../../src/core/plan/types';
import { buildReport, type ReportInput } from '../../../src/core/report';
import { reportDocument } from '../../../src/core/report/reportDocument';
import type { StandingRecord } from '../../../src/core/records/types';
import { d, templateSheets, validate } from '../validation/support';
import { texts } from './layoutQuery';
import { fixturePlan } from '../../support/fixturePlans';
import { unitOf } from '../usecases/books';

/**
 * The new-user tester's commune plan of issue 13 (tests/fixtures/plans/ke-hoach-thanh-binh-2026.xlsx):
 * HM2, "Thay pa-nô tuyên truyền CCHC tại trụ sở ấp, khu phố", every quarter, for the hamlets.
 * Ấp Hòa Thành (AHTN) did it on 20/3, 20/6 and 20/9; Ấp Tân Lợi (ATL, until 30/06) on 20/3 only;
 * Khu phố Mới (KPM, from 01/07) on 20/9.
 */
let plan: Plan;
beforeAll(async () => {
  plan = await fixturePlan('ke-hoach-thanh-binh-2026.xlsx');
});

const unit = (code: string): Unit => unitOf(code, plan);
const done = (unitCode: string, dateDone: IsoDate, row: number): StandingRecord => ({
  source: { file: `${unitCode}.xlsx`, sheet: 'Hạng mục', row },
  item: 'HM2',
  unit: unitCode,
  state: 'done',
  dateDone,
  evidence: 'Biên bản nghiệm thu',
  note: '',
});
const input = (code: string, period: Period, reportDate: IsoDate, standing: readonly StandingRecord[]): ReportInput => ({
  plan,
  period,
  scope: { kind: 'unit', unit: unit(code) },
  records: { outputs: [], standing, spending: [] },
  reportDate,
  documentNumber: '…',
});
const HOA_THANH = [done('AHTN', '2026-03-20', 4), done('AHTN', '2026-06-20', 5), done('AHTN', '2026-09-20', 6)];
const year = (): Period => periodFor('year', 2026, undefined, 'calendar');
const q3 = (): Period => periodFor('quarter', 2026, 3, 'calendar');
/** The commune's year report on 30/11 with Hòa Thành's three quarters, Ấp Tân Lợi's Q1 and Khu phố Mới's Q3; `notReported`: units without a file. */
const districtYear = (notReported: readonly string[] = []): ReportInput => ({
  plan,
  period: year(),
  scope: { kind: 'district' },
  records: { outputs: [], standing: [...HOA_THANH, done('ATL', '2026-03-20', 4), done('KPM', '2026-09-20', 4)], spending: [] },
  reportDate: '2026-11-30',
  documentNumber: '…',
  ...(notReported.length === 0 ? {} : { notReported }),
});
/** Biểu 2 (the Word appendix's last table naming Ấp Tân Lợi): a unit's cell of occurrences. */
const standingMatrixCell = (input: ReportInput): ((name: string) => string | undefined) => {
  const tables = (reportDocument(input).appendix?.body ?? []).flatMap((b) => (b.kind === 'table' ? [b.table] : []));
  const matrix = tables.filter((table) => table.rows.some((r) => r[1] === 'Ấp Tân Lợi')).at(-1);
  return (name) => matrix?.rows.find((r) => r[1] === name)?.[3];
};

describe('a standing item recurring each quarter (issue 13, second tester, finding 3)', () => {
  test("given a hamlet's Q3 report, the item is its Q3 occurrence, done on 20/9", () => {
    const report = buildReport(input('AHTN', q3(), '2026-10-05', HOA_THANH));
    expect(report.data.standing).toEqual([
      { itemId: 'HM2', unitCode: 'AHTN', unitName: 'Ấp Hòa Thành', state: 'done', dateDone: '2026-09-20', occurrence: 'quý III năm 2026' },
    ]);
    expect(texts(report.layout).map((x) => x.text)).toContain('Thay pa-nô tuyên truyền CCHC tại trụ sở ấp, khu phố (quý III năm 2026)');
  });

  test('given the hamlet\'s year report on 30/11, four occurrences, three done on their own dates, the fourth still running: "Đang thực hiện", and "3/3 lần" of those ended (third tester, finding 4)', () => {
    const report = buildReport(input('AHTN', year(), '2026-11-30', HOA_THANH));
    expect(report.data.standing.map((r) => [r.occurrence, r.state, r.dateDone, r.late ?? false])).toEqual([
      ['quý I năm 2026', 'done', '2026-03-20', false],
      ['quý II năm 2026', 'done', '2026-06-20', false],
      ['quý III năm 2026', 'done', '2026-09-20', false],
      ['quý IV năm 2026', 'in-progress', null, false],
    ]);
    const document = JSON.stringify(reportDocument(input('AHTN', year(), '2026-11-30', HOA_THANH)));
    expect(document).toContain('- Hạng mục “thay pa-nô tuyên truyền CCHC tại trụ sở ấp, khu phố”: đã thực hiện 3/3 lượt.');
  });

  test('given a hamlet that did it in Q1 only and left the plan on 30/06, Q1 is done and on time, Q2 late, and Q3, Q4 not owed, saying why', () => {
    const report = buildReport(input('ATL', year(), '2026-11-30', [done('ATL', '2026-03-20', 4)]));
    expect(report.data.standing.map((r) => [r.occurrence, r.state, r.dateDone, r.due ?? null, r.notOwed?.on ?? null])).toEqual([
      ['quý I năm 2026', 'done', '2026-03-20', null, null],
      ['quý II năm 2026', 'not-done', null, '2026-06-30', null],
      ['quý III năm 2026', 'missing', null, null, '2026-06-30'],
      ['quý IV năm 2026', 'missing', null, null, '2026-06-30'],
    ]);
    expect(texts(report.layout).map((x) => x.text)).toContain('Không phải thực hiện (đơn vị chỉ tham gia kế hoạch đến ngày 30/06/2026)');
    expect(
      texts(report.layout)
        .map((x) => x.text)
        .join('\n'),
    ).toContain(
      '- Hạng mục “thay pa-nô tuyên truyền CCHC tại trụ sở ấp, khu phố”: đã thực hiện 1/2 lượt; chưa thực hiện quý II năm 2026 (quá hạn 30/06/2026); không phải thực hiện quý III và IV năm 2026 (đơn vị chỉ tham gia kế hoạch đến ngày 30/06/2026).',
    );
    expect(report.data.standing.some((r) => r.state === 'done' && r.late)).toBe(false);
  });

  test('given a hamlet founded on 01/07, its year report owes Q3 and Q4 only (Q1, Q2 "không phải thực hiện"), and the check finds it late for nothing', () => {
    const report = buildReport(input('KPM', year(), '2026-11-30', [done('KPM', '2026-09-20', 4)]));
    expect(report.data.standing.map((r) => [r.occurrence, r.state, r.late ?? false, r.notOwed?.reason ?? null])).toEqual([
      ['quý I năm 2026', 'missing', false, 'notStarted'],
      ['quý II năm 2026', 'missing', false, 'notStarted'],
      ['quý III năm 2026', 'done', false, null],
      ['quý IV năm 2026', 'in-progress', false, null],
    ]);
    const sheets = templateSheets(
      { standing: [['HM2', 'Thay pa-nô tuyên truyền CCHC tại trụ sở ấp, khu phố', 'Khu phố Mới', 'Đã thực hiện', d('2026-09-20'), 'Biên bản', null]] },
      { unit: unit('KPM'), plan },
    );
    expect(validate(sheets, { today: '2026-11-30' }, plan).issues.filter((i) => i.code === 'validation.standing.late')).toEqual([]);
  });
});

describe("a recurring standing item in the commune's report (issue 13, finding 3)", () => {
  test('given three hamlets on 30/11, the sentence counts the occurrences done and names the one late with its quarter', () => {
    const report = buildReport(districtYear());
    const all = texts(report.layout).map((x) => x.text);
    // Ấp Hòa Bình and Ấp Hòa Thạnh sent nothing: 3 quarters ended each, not reported (never "quá hạn", fifth tester, finding 10); Q4 still runs and is not counted (third tester, finding 4).
    expect(all).toContain(
      '- Thay pa-nô tuyên truyền CCHC tại trụ sở ấp, khu phố: đã thực hiện 5/6 lượt phải thực hiện trong kỳ của các đơn vị đã báo cáo; quá hạn: ấp Tân Lợi (quý II năm 2026); chưa báo cáo: ấp Hòa Bình (quý I, II và III năm 2026), ấp Hòa Thạnh (quý I, II và III năm 2026).',
    );
  });
});

describe('Biểu 2 of the commune report for hamlets that did not owe some quarters (issue 13, fifth tester, finding 6)', () => {
  test('given Ấp Tân Lợi (to 30/06) and Khu phố Mới (from 01/07), the quarters they did not owe read "Không phải TH", never "Chưa BC"', () => {
    // Biểu 2 is the appendix's last table, after Biểu 1's counts.
    const cell = standingMatrixCell(districtYear());
    expect(cell('Ấp Tân Lợi')).toMatch(/^20\/03\/2026, Quá hạn, Không phải TH, Không phải TH$/u);
    expect(cell('Khu phố Mới')).toMatch(/^Không phải TH, Không phải TH, 20\/09\/2026, Đang TH$/u);
    expect(cell('Ấp Hòa Bình')).toBe('Chưa BC, Chưa BC, Chưa BC, Đang TH');
  });
});

describe('Biểu 2 keeps what section II says (issue 13, sixth tester, D1 and D5)', () => {
  const matrixOf = (notReported: readonly string[]): ((name: string) => string | undefined) => standingMatrixCell(districtYear(notReported));

  test('given Ấp Hòa Bình sent no file, every quarter it owed reads "Chưa BC", the running Q4 too, never "Đang TH"', () => {
    const code = plan.units.find((u) => u.name === 'Ấp Hòa Bình')?.code ?? '';
    expect(code).not.toBe('');
    expect(matrixOf([code])('Ấp Hòa Bình')).toBe('Chưa BC, Chưa BC, Chưa BC, Chưa BC');
  });

  test('given Ấp Tân Lợi did not do Q2 by 30/06, its cell says "Quá hạn" as the sheet says "chưa thực hiện (quá hạn 30/06/2026)"', () => {
    expect(matrixOf([])('Ấp Tân Lợi')).toBe('20/03/2026, Quá hạn, Không phải TH, Không phải TH');
  });
});

describe('an occurrence done late, its row naming it in "Kỳ" (issue 13, sixth tester, D4)', () => {
  const late = { ...done('AHTN', '2026-04-10', 4), period: { kind: 'quarter' as const, index: 1 } };
  const rows = [late, done('AHTN', '2026-09-30', 5)];

  test('given the Q1 update of 10/4 marked "Quý I", the year report has Q1 done late (hạn 31/3) and Q2 not done, late', () => {
    const report = buildReport(input('AHTN', year(), '2026-11-30', rows));
    expect(report.data.standing.map((r) => [r.occurrence, r.state, r.dateDone, r.late ?? false, r.due ?? null])).toEqual([
      ['quý I năm 2026', 'done', '2026-04-10', true, '2026-03-31'],
      ['quý II năm 2026', 'not-done', null, true, '2026-06-30'],
      ['quý III năm 2026', 'done', '2026-09-30', false, null],
      ['quý IV năm 2026', 'in-progress', null, false, '2026-12-31'],
    ]);
  });

  test("given the same rows in the unit's own report, the count says which occurrence was done late beside it (seventh tester)", () => {
    const report = buildReport(input('AHTN', year(), '2026-11-30', rows));
    const sentence = texts(report.layout)
      .map((x) => x.text)
      .find((x) => x.includes('lượt'));
    expect(sentence).toContain('đã thực hiện 2/3 lượt, trong đó hoàn thành chậm quý I năm 2026; chưa thực hiện quý II năm 2026 (quá hạn 30/06/2026)');
  });

  test('given the same rows in the district report, the sentence says Q1 "hoàn thành chậm" with its dates in one parenthesis and Q2 "quá hạn"', () => {
    const report = buildReport({ ...input('AHTN', year(), '2026-11-30', rows), scope: { kind: 'district' } });
    const sentence = texts(report.layout)
      .map((x) => x.text)
      .find((x) => x.includes('hoàn thành chậm'));
    expect(sentence).toContain('hoàn thành chậm: ấp Hòa Thành (quý I năm 2026: ngày 10/04/2026, hạn 31/03/2026)');
    expect(sentence).toContain('quá hạn: ấp Hòa Thành (quý II năm 2026)');
  });
});
