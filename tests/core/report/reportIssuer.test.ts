import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import { planToSheet } from '../../../src/core/plan/planSheetLayout';
import { readPlanFromSheets } from '../../../src/core/plan/planSheetReader';
import type { Plan } from '../../../src/core/plan/types';
import { periodFor } from '../../../src/core/periods';
import { issuerFacts } from '../../../src/core/report';
import { reportDocument } from '../../../src/core/report/reportDocument';
import { consolidateUnits } from '../../../src/core/usecases/consolidateUnits';
import { renderToBuffer } from '../../../src/xlsx/renderWorkbook';
import { readWorkbook } from '../../../src/xlsx/readWorkbook';
import { fixturePlan } from '../../support/fixturePlans';

/**
 * "Cơ quan ban hành báo cáo tổng hợp" (issue 13, closing note item 7): in the eighth tester's ward
 * (tests/fixtures/plans/ke-hoach-long-hoa-2026.xlsx) the Văn phòng HĐND-UBND consolidates and
 * drafts, and naming it made it the issuer ("VĂN PHÒNG …", "TRƯỞNG PHÒNG" with no name). Nghị định
 * 30/2020: UBND phường issues, its Chủ tịch signs "TM. ỦY BAN NHÂN DÂN". The field says so; the
 * plan is written to a real .xlsx and read back as an officer's edited sheet is.
 */
let ward: Plan;
beforeAll(async () => {
  ward = await fixturePlan('ke-hoach-long-hoa-2026.xlsx');
});

async function throughSheet(plan: Plan): Promise<ReturnType<typeof readPlanFromSheets>> {
  return readPlanFromSheets(await readWorkbook(await renderToBuffer(planToSheet(plan))));
}

const q3 = periodFor('quarter', 2026, 3, 'calendar');

describe('who issues the consolidated report (Cơ quan ban hành báo cáo tổng hợp)', () => {
  test('given the tester’s ward plan without the field, the Văn phòng issues what it drafts, as before', () => {
    expect(ward.reportIssuer).toBeUndefined();
    const facts = issuerFacts(ward, { kind: 'district' }, 'vi');
    expect(facts.bodyLines).toEqual(['VĂN PHÒNG HĐND VÀ UBND PHƯỜNG']);
    expect(facts.symbol).toBe('VP');
  });

  test('given the plan’s issuer typed in the field, the sheet reads it back and the report is headed and signed by UBND phường, the Văn phòng still consolidating', async () => {
    const read = await throughSheet({ ...ward, reportIssuer: { kind: 'plan' } });
    expect(read.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const plan = read.plan;
    if (plan === null) throw new Error('the plan did not read');
    expect(plan.reportIssuer).toEqual({ kind: 'plan' });
    expect(plan.reportingBody).toBe('VP');
    const facts = issuerFacts(plan, { kind: 'district' }, 'vi');
    expect(facts.superior).toBeNull();
    expect(facts.bodyLines).toEqual(['ỦY BAN NHÂN DÂN', 'PHƯỜNG LONG HOA']);
    expect(facts.symbol).toBe('UBND');
    expect(facts.signer).toEqual({ onBehalf: 'TM. ỦY BAN NHÂN DÂN', deputyFor: null, title: 'CHỦ TỊCH', name: 'Nguyễn Thị Thu Hằng' });
    expect(facts.recipients).toEqual(ward.reportRecipients);
    // The consolidation is the office's: it is still the consolidating body (owes a file for its own items), and the Word report is the committee's.
    const { result } = consolidateUnits(plan, [], { period: q3, today: '2026-11-30', language: 'vi' });
    expect(result.reporting.find((r) => r.unit === 'VP')?.status).toBe('missing');
    const word = reportDocument({
      plan,
      period: q3,
      scope: { kind: 'district' },
      records: { outputs: [], standing: [], spending: [] },
      reportDate: '2026-10-05',
      documentNumber: '  ',
      notReported: result.reporting.filter((r) => r.status === 'missing').map((r) => r.unit),
    });
    expect(word.header.bodyLines).toEqual(['ỦY BAN NHÂN DÂN', 'PHƯỜNG LONG HOA']);
    expect(word.header.number).toMatch(/\/BC-UBND$/u);
    expect(word.header.placeDate).toMatch(/^Long Hoa, ngày 05 tháng 10 năm 2026/u);
    expect(word.signer).toEqual({ titles: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], name: 'Nguyễn Thị Thu Hằng' });
  });

  test('given "Ủy ban nhân dân phường Long Hoa" written out, it is the plan’s issuer too', async () => {
    const sheet = planToSheet({ ...ward, reportIssuer: { kind: 'plan' } });
    const sheets = await readWorkbook(await renderToBuffer(sheet));
    const planSheet = sheets[0];
    if (planSheet === undefined) throw new Error('no plan sheet');
    const edited = {
      ...planSheet,
      values: planSheet.values.map((row) => row.map((cell) => (cell === 'UBND phường Long Hoa' ? 'Ủy ban nhân dân phường Long Hoa' : cell))),
    };
    const read = readPlanFromSheets([edited, ...sheets.slice(1)]);
    expect(read.plan?.reportIssuer).toEqual({ kind: 'plan' });
  });

  test('given a unit’s code in the field, that unit issues the report', async () => {
    const read = await throughSheet({ ...ward, reportIssuer: { kind: 'unit', code: 'PVHXH' } });
    expect(read.plan?.reportIssuer).toEqual({ kind: 'unit', code: 'PVHXH' });
    if (read.plan === null) throw new Error('the plan did not read');
    expect(issuerFacts(read.plan, { kind: 'district' }, 'vi').bodyLines).toEqual(['PHÒNG VĂN HÓA - XÃ HỘI']);
  });

  test('given a body that is neither a unit nor the plan’s issuer, the cell is pointed at and nothing is guessed', async () => {
    const read = await throughSheet({ ...ward, reportIssuer: { kind: 'unit', code: 'UBND tỉnh Tây Ninh' } });
    const found = read.issues.find((i) => i.code === 'plan.field.badReportIssuer');
    expect(found?.severity).toBe('error');
    expect(found?.where.cell).toMatch(/^B\d+$/u);
    expect(found?.params).toEqual({ value: 'UBND tỉnh Tây Ninh', issuer: 'UBND phường Long Hoa' });
  });

  test('given 116/KH-UBND, the field is blank on its sheet and Phòng Nội vụ issues its report as before', async () => {
    const read = await throughSheet(GO_DAU_116);
    expect(read.plan?.reportIssuer).toBeUndefined();
    expect(issuerFacts(GO_DAU_116, { kind: 'district' }, 'vi').bodyLines).toEqual(['PHÒNG NỘI VỤ']);
  });
});
