import { periodFor } from '../../../src/core/periods';
import type { Plan } from '../../../src/core/plan/types';
import { buildReport, type ReportInput } from '../../../src/core/report';
import { reportDocument } from '../../../src/core/report/reportDocument';
import { texts } from './layoutQuery';
import { fixturePlan } from '../../support/fixturePlans';
import { unitOf } from '../usecases/books';

/**
 * The fifth tester's finding 13a of issue 13: the reception centre's Q1 report (no target given
 * to it, nothing counted) printed section I's target table with its header row alone. The
 * commune plan of tests/fixtures/plans/ke-hoach-hoa-hoi-2026.xlsx gives TTPV standing items only.
 */
let plan: Plan;
beforeAll(async () => {
  plan = await fixturePlan('ke-hoach-hoa-hoi-2026.xlsx');
});

const input = (code: string, outputs: ReportInput['records']['outputs'] = []): ReportInput => ({
  plan,
  period: periodFor('quarter', 2026, 1, 'calendar'),
  scope: { kind: 'unit', unit: unitOf(code, plan) },
  records: { outputs, standing: [], spending: [] },
  reportDate: '2026-04-05',
  documentNumber: '…',
});

describe('a unit report with no target in the period', () => {
  it('given the centre, given no target and nothing counted, says so in one line in the sheet and in Word, with no target table', () => {
    const report = buildReport(input('TTPV'));
    expect(report.data.targets.filter((row) => row.applies)).toEqual([]);
    const lines = texts(report.layout).map((x) => x.text);
    expect(lines).toContain('Trong kỳ, đơn vị không có chỉ tiêu được giao.');
    expect(lines).not.toContain('Chỉ tiêu');
    const doc = reportDocument(input('TTPV'));
    const sectionOne = doc.body.slice(
      0,
      doc.body.findIndex((b, i) => i > 1 && b.kind === 'heading' && b.text.startsWith('II.')),
    );
    expect(sectionOne.filter((b) => b.kind === 'table')).toEqual([]);
    expect(sectionOne).toContainEqual({ kind: 'paragraph', text: 'Trong kỳ, đơn vị không có chỉ tiêu được giao.' });
  });
});
