import type { Plan } from '../plan/types';
import type { WorkbookReader } from '../ports/workbookPort';
import { DECISIONS_SHEET_NAME } from './decisionsSheet';
import { readDecisions, type DecisionsReading } from './readDecisions';

/**
 * The decisions kept in a district workbook (the open one in the pane), read through the port:
 * only the "Ghi nhớ đọc tệp" sheet is read, so asking costs one sheet, and nothing when it is absent.
 */
export async function readKeptDecisions(book: WorkbookReader, plan: Plan): Promise<DecisionsReading> {
  const sheet = (await book.listSheets()).includes(DECISIONS_SHEET_NAME) ? await book.readSheet(DECISIONS_SHEET_NAME) : null;
  return sheet === null ? { decisions: [], issues: [], found: false } : readDecisions(plan, [sheet]);
}
