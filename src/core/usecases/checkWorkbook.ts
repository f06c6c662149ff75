import type { Period } from '../periods';
import type { Plan } from '../plan/types';
import { MARKS_SHEET_NAME, type WorkbookReader } from '../ports/workbookPort';
import { validateWorkbook, type ValidationReport } from '../validation';
import { readAllSheets } from './readSheets';

export interface CheckInputs {
  readonly plan: Plan;
  /** ISO date (yyyy-mm-dd) the rules take as today (a date in the future is a warning). */
  readonly today: string;
  /** Only records of this period are held to the period's rules. */
  readonly period?: Period;
  /** The unit the workbook belongs to when its stamp does not say (an adopted tracker). */
  readonly unit?: string;
  /** The file name issues are reported against (the CLI's path); the pane has none. */
  readonly file?: string;
}

export interface CheckResult {
  /** Issues (codes and parameters, never text) by sheet and cell, counts by severity and sheet. */
  readonly report: ValidationReport;
  /** Sheets read and checked. */
  readonly sheets: number;
}

/**
 * "Kiểm tra" / `cchc validate`: every sheet of the workbook read (the marks sheet, which holds the
 * fills the pane replaced, is not data) and checked against the plan with the core's rules.
 * Never throws for data problems: an unreadable record is an issue in the report.
 */
export async function checkWorkbook(book: WorkbookReader, inputs: CheckInputs): Promise<CheckResult> {
  const sheets = await readAllSheets(book, (name) => name !== MARKS_SHEET_NAME);
  const { plan, today, period, unit, file } = inputs;
  const report = validateWorkbook(plan, sheets, { today, ...(period ? { period } : {}), ...(unit ? { unit } : {}), ...(file ? { file } : {}) });
  return { report, sheets: sheets.length };
}
