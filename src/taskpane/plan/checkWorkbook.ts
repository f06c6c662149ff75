import type { Issue } from '../../core/issues';
import type { Plan } from '../../core/plan/types';
import { MARKS_SHEET_NAME, type RawSheet, type WorkbookPort } from '../../core/ports/workbookPort';
import { validateWorkbook } from '../../core/validation';

export interface CheckResult {
  readonly issues: readonly Issue[];
  readonly sheets: number;
}

/**
 * Reads every sheet of the open workbook through the port (read only) and checks it against the
 * plan with the core's rules. Sheets are read one by one: each read is a single batch, and a
 * tracker has a handful of sheets.
 */
export async function checkWorkbook(port: WorkbookPort, plan: Plan, today: string): Promise<CheckResult> {
  const sheets: RawSheet[] = [];
  // The marks sheet holds fills to restore, not records.
  for (const name of (await port.listSheets()).filter((n) => n !== MARKS_SHEET_NAME)) {
    const sheet = await port.readSheet(name);
    if (sheet !== null) sheets.push(sheet);
  }
  const report = validateWorkbook(plan, sheets, { today });
  return { issues: report.issues, sheets: sheets.length };
}
