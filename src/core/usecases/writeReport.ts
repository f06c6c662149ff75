import { CONSOLIDATION_SHEETS } from '../consolidate/consolidationSheets';
import { readConsolidatedRecords } from '../consolidate/readConsolidated';
import { readNotReported } from '../consolidate/readNotReported';
import type { Language } from '../i18n/messages';
import type { Period } from '../periods';
import type { Plan, Unit } from '../plan/types';
import type { WorkbookPort, WorkbookReader } from '../ports/workbookPort';
import { buildReport, reportDocument, type Report, type ReportDocument } from '../report';
import type { ReportInput, ReportScope } from '../report/types';
import { readStamp } from '../template/stamp';
import { validateWorkbook } from '../validation';
import { readAllSheets } from './readSheets';

export interface ReportInputs {
  readonly plan: Plan;
  readonly period: Period;
  /** ISO date the rules take as today. */
  readonly today: string;
  /** ISO date printed in the place-and-date line; today when absent. */
  readonly reportDate?: string;
  /** The unit whose report it is, overriding the stamp (an adopted tracker has none; a district workbook holds every unit). */
  readonly unit?: Unit;
  /** What follows "Số:"; blank spaces for the clerk when absent. */
  readonly documentNumber?: string;
  readonly language: Language;
}

/**
 * Why no report is made. `otherPlan`: the workbook's stamp names another plan, whose targets and
 * units are not this plan's. `noOwner`: no stamp, no consolidation and no unit chosen, so whose
 * report it is is unknown. `unknownUnit`: the stamp's unit is not in the plan. Each front end says
 * it with its own key, since the remedy names its own control (--plan/--unit, or the pane's sections).
 */
export type ReportRefusal =
  | { readonly reason: 'otherPlan'; readonly planId: string; readonly id: string }
  | { readonly reason: 'noOwner' }
  | { readonly reason: 'unknownUnit'; readonly unit: string };

export interface ReportSource {
  readonly ok: true;
  /** What the sheet and the Word document are both built from, so the two agree. */
  readonly input: ReportInput;
  /** Errors validation found in the workbook (the report still counts the records it could read). */
  readonly errors: number;
  /** The sheet of consolidated records the report counts ("TH …", written by a consolidation), or null when it counts the workbook's own entries. */
  readonly consolidatedFrom: string | null;
}

/** A documentNumber of blank spaces: the clerk writes the number by hand on the printed report. */
export const BLANK_NUMBER = '      ';

/**
 * Whose report, from which records: one place for the rules both front ends follow. The scope is
 * the chosen unit, else the district for a district stamp or a workbook holding a consolidation
 * (`cchc consolidate -o`, or Tổng hợp), else the stamp's unit. A unit's report from a district
 * workbook counts that unit's rows only. Validation resolves the records against the plan.
 */
export async function reportSource(
  book: WorkbookReader,
  inputs: ReportInputs,
): Promise<ReportSource | { readonly ok: false; readonly refusal: ReportRefusal }> {
  const { plan, period, today, unit, language } = inputs;
  const sheets = await readAllSheets(book);
  const stamp = readStamp(sheets);
  if (stamp && stamp.planId !== plan.identity.id) return { ok: false, refusal: { reason: 'otherPlan', planId: stamp.planId, id: plan.identity.id } };
  const consolidated = stamp?.kind === 'unit' ? null : readConsolidatedRecords(plan, sheets);
  let scope: ReportScope;
  if (unit) scope = { kind: 'unit', unit };
  else if (stamp?.kind === 'district' || consolidated !== null) scope = { kind: 'district' };
  else if (stamp === null) return { ok: false, refusal: { reason: 'noOwner' } };
  else {
    const owner = plan.units.find((candidate) => candidate.code === stamp.unitCode);
    if (!owner) return { ok: false, refusal: { reason: 'unknownUnit', unit: stamp.unitName || stamp.unitCode } };
    scope = { kind: 'unit', unit: owner };
  }
  const checked = validateWorkbook(plan, sheets, { today, period, ...(scope.kind === 'unit' ? { unit: scope.unit.code } : {}) });
  const shared = stamp?.kind === 'district' || consolidated !== null;
  const own = <T extends { unit: string | null }>(rows: readonly T[]): readonly T[] =>
    scope.kind === 'unit' && shared ? rows.filter((r) => r.unit === scope.unit.code) : rows;
  const { outputs, standing, spending } = consolidated ?? checked.records;
  return {
    ok: true,
    input: {
      plan,
      period,
      scope,
      records: { outputs: own(outputs), standing: own(standing), spending: own(spending) },
      reportDate: inputs.reportDate ?? today,
      documentNumber: inputs.documentNumber ?? BLANK_NUMBER,
      language,
      // The district report from a consolidation names the units that sent no file, never shows them as zeros (issue 13).
      ...(scope.kind === 'district' && consolidated !== null ? { notReported: readNotReported(plan, sheets) } : {}),
    },
    errors: checked.counts.error,
    consolidatedFrom: consolidated === null ? null : CONSOLIDATION_SHEETS.records,
  };
}

export type SheetReportOutcome =
  { readonly ok: true; readonly report: Report; readonly source: ReportSource } | { readonly ok: false; readonly refusal: ReportRefusal };

/**
 * "Ghi báo cáo" / `cchc report -o FILE.xlsx`: the period report as a sheet layout (Nghị định
 * 30/2020 form) and its figures (`report.data`). The caller writes the layout: into the open
 * workbook (src/excel) or a new file (src/xlsx).
 */
export async function sheetReport(book: WorkbookReader, inputs: ReportInputs): Promise<SheetReportOutcome> {
  const source = await reportSource(book, inputs);
  return source.ok ? { ok: true, report: buildReport(source.input), source } : source;
}

export type WordReportOutcome =
  { readonly ok: true; readonly document: ReportDocument; readonly source: ReportSource } | { readonly ok: false; readonly refusal: ReportRefusal };

/**
 * "Tải báo cáo Word" / `cchc report -o FILE.docx`: the same report as a Word document model, from
 * the same records as the sheet. The caller renders it with src/docx.
 */
export async function wordReport(book: WorkbookReader, inputs: ReportInputs): Promise<WordReportOutcome> {
  const source = await reportSource(book, inputs);
  return source.ok ? { ok: true, document: reportDocument(source.input), source } : source;
}

export type ReportWritten =
  { readonly ok: true; readonly report: Report; readonly source: ReportSource } | { readonly ok: false; readonly refusal: ReportRefusal };

/**
 * The pane's form of sheetReport: the report written into the open workbook as one more sheet
 * (named for the period and unit, replacing a sheet of that name) and its first cell selected.
 */
export async function writeReportSheet(port: WorkbookPort, inputs: ReportInputs): Promise<ReportWritten> {
  const outcome = await sheetReport(port, inputs);
  if (!outcome.ok) return outcome;
  await port.writeSheets({ sheets: [outcome.report.layout], definedNames: [] });
  await port.selectCell(outcome.report.layout.name, 'A1');
  return outcome;
}
