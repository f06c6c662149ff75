import { PLAN_SHEET_ALIASES } from '../../core/plan/planSheetFormat';
import { readPlanFromSheets } from '../../core/plan/planSheetReader';
import type { WorkbookPort } from '../../core/ports/workbookPort';
import { foldForMatch } from '../../core/text/fold';
import type { PaneAction } from '../state/paneReducer';

/**
 * Reads the open workbook's plan sheet through the port (two round trips: the sheet names, then
 * that one sheet) and answers with the reducer action that records the outcome.
 */
export async function readWorkbookPlan(port: WorkbookPort): Promise<PaneAction> {
  const wanted = new Set(PLAN_SHEET_ALIASES.map(foldForMatch));
  const name = (await port.listSheets()).find((sheet) => wanted.has(foldForMatch(sheet)));
  if (name === undefined) return { type: 'planSheetMissing' };
  const sheet = await port.readSheet(name);
  if (sheet === null) return { type: 'planSheetMissing' };
  return { type: 'planRead', sheet: name, result: readPlanFromSheets([sheet]) };
}
