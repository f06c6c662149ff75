import type { Plan } from '../../core/plan/types';
import type { ProgressListener, RawSheet, WorkbookPort } from '../../core/ports/workbookPort';
import { OUTPUT_SHEET, SPENDING_SHEET, STANDING_SHEET } from '../../core/records/recordSheets';
import { buildTemplate } from '../../core/template/buildTemplate';
import { FIRST_DATA_ROW } from '../../core/template/entrySheet';
import { readExistingRows } from '../../core/template/readExisting';
import type { TrackerChoice } from '../state/trackerJob';

export interface TrackerResult {
  readonly unitName: string;
  readonly sheets: number;
  readonly cells: number;
  readonly keptRows: number;
}

/**
 * Lays out the tracker for the chosen unit and writes it through the port. Rows already entered in
 * the record sheets are read first and written back (upgrade in place), so running it twice, or on
 * a workbook made by an older template, never loses an entry.
 */
export async function createTracker(
  port: WorkbookPort,
  plan: Plan,
  choice: TrackerChoice,
  today: string,
  onProgress?: ProgressListener,
): Promise<TrackerResult> {
  const unit = plan.units.find((candidate) => candidate.code === choice.unitCode);
  if (unit === undefined) throw new RangeError(`Unit ${choice.unitCode} is not in plan ${plan.identity.id}.`);
  const present = new Set(await port.listSheets());
  const recordSheets = [OUTPUT_SHEET, STANDING_SHEET, SPENDING_SHEET].map((def) => def.sheetName).filter((name) => present.has(name));
  const existingSheets: RawSheet[] = [];
  for (const name of recordSheets) {
    // One read per record sheet that exists (at most three); each is its own small batch.
    const sheet = await port.readSheet(name);
    if (sheet !== null) existingSheets.push(sheet);
  }
  const existing = readExistingRows(existingSheets);
  const keptRows = existing.outputs.length + existing.standing.length + existing.spending.length;
  const layout = buildTemplate({ plan, kind: choice.kind, unit, createdOn: today, ...(keptRows > 0 ? { existing } : {}) });
  const stats = await port.writeSheets(layout, onProgress);
  await port.selectCell(OUTPUT_SHEET.sheetName, `A${FIRST_DATA_ROW}`);
  return { unitName: unit.name, sheets: stats.sheets, cells: stats.cells, keptRows };
}
