import type { Language } from '../../core/i18n/messages';
import { periodLabel, type Period } from '../../core/periods';
import type { Plan } from '../../core/plan/types';
import type { RawSheet, WorkbookPort } from '../../core/ports/workbookPort';
import { CONSOLIDATION_SHEETS } from '../../core/consolidate/consolidationSheets';
import { buildReport } from '../../core/report';
import type { ReportScope } from '../../core/report/types';
import { validateWorkbook } from '../../core/validation';
import { readConsolidatedRecords } from '../../core/consolidate/readConsolidated';
import type { PaneMessage } from '../state/trackerJob';

export type ReportOutcome =
  | { readonly ok: true; readonly sheet: string; readonly period: string; readonly owner: string; readonly errors: number; readonly note?: PaneMessage }
  | { readonly ok: false; readonly message: PaneMessage };

/**
 * The period report of the open workbook: reads its sheets, resolves the records against the plan
 * (the core's validation does that), lays out the report and writes it as one more sheet. Whose
 * report it is comes from the workbook's stamp, which the tracker template writes.
 */
export async function writeReport(
  port: WorkbookPort,
  plan: Plan,
  period: Period,
  today: string,
  language: Language,
): Promise<ReportOutcome> {
  const sheets: RawSheet[] = [];
  const names = await port.listSheets();
  for (const name of names) {
    const sheet = await port.readSheet(name);
    if (sheet !== null) sheets.push(sheet);
  }
  const checked = validateWorkbook(plan, sheets, { today });
  const stamp = checked.stamp;
  if (stamp === null) return { ok: false, message: { key: 'pane.report.noStamp', params: {} } };
  let scope: ReportScope;
  if (stamp.kind === 'district') {
    scope = { kind: 'district' };
  } else {
    const unit = plan.units.find((candidate) => candidate.code === stamp.unitCode);
    if (unit === undefined) return { ok: false, message: { key: 'pane.report.unknownUnit', params: { unit: stamp.unitName } } };
    scope = { kind: 'unit', unit };
  }
  // After a consolidation, the district report counts the units' records as consolidated ("TH …"
  // sheets), so a report for another period needs no files picked again.
  const consolidated = scope.kind === 'district' ? readConsolidatedRecords(plan, sheets) : null;
  const report = buildReport({ plan, period, scope, records: consolidated ?? checked.records, reportDate: today, documentNumber: '    ', language });
  await port.writeSheets({ sheets: [report.layout], definedNames: [] });
  await port.selectCell(report.layout.name, 'A1');
  return {
    ok: true,
    sheet: report.layout.name,
    period: periodLabel(period, language),
    owner: scope.kind === 'unit' ? scope.unit.name : '',
    errors: checked.counts.error,
    ...(consolidated !== null ? { note: { key: 'pane.report.districtFromConsolidation', params: { sheet: CONSOLIDATION_SHEETS.records } } } : {}),
  };
}
