import type { Language } from '../../core/i18n/messages';
import { periodLabel, type Period } from '../../core/periods';
import type { Plan } from '../../core/plan/types';
import type { RawSheet, WorkbookPort } from '../../core/ports/workbookPort';
import { CONSOLIDATION_SHEETS } from '../../core/consolidate/consolidationSheets';
import { buildReport, reportDocument, type ReportDocument } from '../../core/report';
import type { ReportInput, ReportScope } from '../../core/report/types';
import { validateWorkbook } from '../../core/validation';
import { readConsolidatedRecords } from '../../core/consolidate/readConsolidated';
import type { PaneMessage } from '../state/trackerJob';

export type ReportOutcome =
  | { readonly ok: true; readonly sheet: string; readonly period: string; readonly owner: string; readonly errors: number; readonly note?: PaneMessage }
  | { readonly ok: false; readonly message: PaneMessage };

type ReportSource = { readonly ok: true; readonly input: ReportInput; readonly errors: number; readonly consolidated: boolean } | { readonly ok: false; readonly message: PaneMessage };

/**
 * What a report of the open workbook is made from: its sheets read, the records resolved against
 * the plan (the core's validation does that), whose report it is from the workbook's stamp (the
 * tracker template writes it), and in a district workbook after a consolidation the units'
 * records as consolidated ("TH …" sheets), so another period needs no files picked again.
 */
async function reportSource(port: WorkbookPort, plan: Plan, period: Period, today: string, language: Language): Promise<ReportSource> {
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
  const consolidated = scope.kind === 'district' ? readConsolidatedRecords(plan, sheets) : null;
  return {
    ok: true,
    input: { plan, period, scope, records: consolidated ?? checked.records, reportDate: today, documentNumber: '    ', language },
    errors: checked.counts.error,
    consolidated: consolidated !== null,
  };
}

function owner(input: ReportInput): string {
  return input.scope.kind === 'unit' ? input.scope.unit.name : '';
}

/** The period report of the open workbook, written as one more sheet (named for the period and unit). */
export async function writeReport(
  port: WorkbookPort,
  plan: Plan,
  period: Period,
  today: string,
  language: Language,
): Promise<ReportOutcome> {
  const source = await reportSource(port, plan, period, today, language);
  if (!source.ok) return source;
  const report = buildReport(source.input);
  await port.writeSheets({ sheets: [report.layout], definedNames: [] });
  await port.selectCell(report.layout.name, 'A1');
  return {
    ok: true,
    sheet: report.layout.name,
    period: periodLabel(period, language),
    owner: owner(source.input),
    errors: source.errors,
    ...(source.consolidated ? { note: { key: 'pane.report.districtFromConsolidation', params: { sheet: CONSOLIDATION_SHEETS.records } } } : {}),
  };
}

export type WordReportOutcome =
  | { readonly ok: true; readonly document: ReportDocument; readonly period: string; readonly owner: string; readonly errors: number }
  | { readonly ok: false; readonly message: PaneMessage };

/**
 * The same report as a Word document model (the pane renders it with src/docx, loaded on demand):
 * from the same records as the sheet, so the two agree. Nothing is written to the workbook.
 */
export async function wordReport(port: WorkbookPort, plan: Plan, period: Period, today: string, language: Language): Promise<WordReportOutcome> {
  const source = await reportSource(port, plan, period, today, language);
  if (!source.ok) return source;
  return { ok: true, document: reportDocument(source.input), period: periodLabel(period, language), owner: owner(source.input), errors: source.errors };
}

export type WordFileOutcome =
  | { readonly ok: true; readonly file: string; readonly bytes: Uint8Array<ArrayBuffer>; readonly period: string; readonly owner: string }
  | { readonly ok: false; readonly message: PaneMessage };

/** The Word report as a file to download ("BC 6T-2018 XTD.docx"); the docx renderer loads only now. */
export async function wordReportFile(port: WorkbookPort, plan: Plan, period: Period, today: string, language: Language): Promise<WordFileOutcome> {
  const outcome = await wordReport(port, plan, period, today, language);
  if (!outcome.ok) return outcome;
  const { reportDocxBytes } = await import(/* webpackChunkName: "docx" */ '../../docx');
  return { ok: true, file: `${outcome.document.fileName}.docx`, bytes: await reportDocxBytes(outcome.document), period: outcome.period, owner: outcome.owner };
}
