import type { Plan } from '../../core/plan/types';
import type { ProgressListener, RawSheet, WorkbookPort } from '../../core/ports/workbookPort';
import { OUTPUT_SHEET, SPENDING_SHEET, STANDING_SHEET } from '../../core/records/recordSheets';
import { buildTemplate } from '../../core/template/buildTemplate';
import { FIRST_DATA_ROW } from '../../core/template/entrySheet';
import { readExistingRows } from '../../core/template/readExisting';
import { STAMP_SHEET_NAME } from '../../core/template/stamp';
import type { TrackerChoice } from '../state/trackerJob';

export interface TrackerResult {
  readonly unitName: string;
  readonly sheets: number;
  readonly cells: number;
  readonly keptRows: number;
}

/**
 * The open workbook was not made by the add-in but has sheets named like the tracker's: writing
 * would replace an office's own sheet, so nothing is written (adopting is the way to bring its rows).
 */
export class TrackerSheetClashError extends Error {
  override readonly name = 'TrackerSheetClashError';
  constructor(readonly sheets: readonly string[]) {
    super(`The workbook already has sheets named like the tracker's: ${sheets.join(', ')}.`);
  }
}

/**
 * Lays out the tracker for the chosen unit and writes it through the port. Rows already entered in
 * the record sheets are read first and written back (upgrade in place), so running it twice, or on
 * a workbook made by an older template, never loses an entry. In a workbook without a stamp, a
 * sheet named like one of the tracker's is the office's own: nothing is written.
 */
export async function createTracker(
  port: WorkbookPort,
  plan: Plan,
  choice: TrackerChoice,
  today: string,
  onProgress?: ProgressListener,
  /** Sheets that may be replaced even in a workbook without a stamp (the plan sheet the pane reads). */
  keep: readonly string[] = [],
): Promise<TrackerResult> {
  const unit = plan.units.find((candidate) => candidate.code === choice.unitCode);
  if (unit === undefined) throw new RangeError(`Unit ${choice.unitCode} is not in plan ${plan.identity.id}.`);
  const names = await port.listSheets();
  const present = new Set(names);
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
  if (!present.has(STAMP_SHEET_NAME)) {
    const kept = new Set(keep.map((name) => name.toLowerCase()));
    const ours = new Set(layout.sheets.map((sheet) => sheet.name.toLowerCase()));
    const clashes = names.filter((name) => ours.has(name.toLowerCase()) && !kept.has(name.toLowerCase()));
    if (clashes.length > 0) throw new TrackerSheetClashError(clashes);
  }
  const stats = await port.writeSheets(layout, onProgress);
  await port.selectCell(OUTPUT_SHEET.sheetName, `A${FIRST_DATA_ROW}`);
  return { unitName: unit.name, sheets: stats.sheets, cells: stats.cells, keptRows };
}
