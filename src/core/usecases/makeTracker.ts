import { sheetClashes } from './adoptTracker';
import type { WorkbookLayout } from '../layout/types';
import { PLAN_SHEET_ALIASES } from '../plan/planSheetFormat';
import { readPlanFromSheets } from '../plan/planSheetReader';
import type { Plan, Unit } from '../plan/types';
import { foldForMatch } from '../text/fold';
import type { ProgressListener, RawSheet, WorkbookPort, WorkbookReader } from '../ports/workbookPort';
import { OUTPUT_SHEET, SPENDING_SHEET, STANDING_SHEET } from '../records/recordSheets';
import { buildTemplate, type ExistingRows } from '../template/buildTemplate';
import { FIRST_DATA_ROW } from '../template/entrySheet';
import { readExistingRows } from '../template/readExisting';
import { readStamp, STAMP_SHEET_NAME, type WorkbookKind } from '../template/stamp';

export interface TrackerInputs {
  readonly plan: Plan;
  readonly kind: WorkbookKind;
  readonly unit: Unit;
  /** ISO date stamped as the day the tracker was made. */
  readonly today: string;
  /**
   * The layout replaces the read workbook's sheets of the same names (the pane writes into the open
   * workbook), rather than going to a new file (`cchc template -o`, where the read workbook is only
   * a source of rows). Only then can an office's own sheet be lost, so only then the clash rule holds.
   */
  readonly inPlace: boolean;
  /** Sheets that may be replaced even in a workbook without a stamp (the plan sheet the pane reads). */
  readonly replaceable?: readonly string[];
}

/** Notes about the earlier workbook, said but not refused: the new tracker is the one chosen. */
export interface TrackerNotes {
  /** The earlier workbook's stamp names another unit or kind. */
  readonly otherOwner?: { readonly unit: string };
  /** The earlier workbook's stamp names another plan. */
  readonly otherPlan?: { readonly planId: string };
}

export type TrackerOutcome =
  | {
      readonly ok: true;
      /** What to write: every tracker sheet, with the rows already entered carried in. */
      readonly layout: WorkbookLayout;
      /** The rows carried from the earlier record sheets, by kind. */
      readonly kept: { readonly outputs: number; readonly standing: number; readonly spending: number; readonly total: number };
      readonly notes: TrackerNotes;
      /** Where the officer starts typing once it is written. */
      readonly firstCell: { readonly sheet: string; readonly address: string };
    }
  /** The workbook has no stamp (not made by the add-in) and sheets named like the tracker's: nothing may be written. */
  | { readonly ok: false; readonly refusal: { readonly reason: 'sheetClash'; readonly sheets: readonly string[] } };

const RECORD_SHEETS = [OUTPUT_SHEET, STANDING_SHEET, SPENDING_SHEET].map((def) => def.sheetName);

/**
 * "Tạo/Cập nhật sổ" / `cchc template [--upgrade BOOK]`: the tracker layout for the unit, with every
 * row already entered in the workbook's record sheets carried in (upgrade in place), so running it
 * twice, or over a workbook made by an older template, never loses an entry. Only the record
 * sheets are read. Written in place into a workbook without a stamp, a sheet named like one of the
 * tracker's (compared ignoring case, as Excel names are) is the office's own and is never replaced:
 * the outcome is the `sheetClash` refusal (adopting is the way to bring its rows in).
 *
 * Written in place, the workbook's own plan sheet is never replaced: it is the officer's edit of the
 * plan. It is read again (the pane may hold a plan read before the edit) and, when it reads to a
 * plan naming the unit, the tracker is built from it; the layout then leaves the plan sheet out.
 */
export async function makeTracker(book: WorkbookReader, inputs: TrackerInputs): Promise<TrackerOutcome> {
  const { kind, today } = inputs;
  const names = await book.listSheets();
  const officersPlan = inputs.inPlace ? await readOwnPlan(book, names) : null;
  const fresh = officersPlan?.plan?.units.find((u) => u.code === inputs.unit.code);
  const plan = fresh && officersPlan?.plan ? officersPlan.plan : inputs.plan;
  const unit = fresh ?? inputs.unit;
  const readable = new Set([...RECORD_SHEETS, STAMP_SHEET_NAME]);
  const sheets: RawSheet[] = [];
  // At most four small reads: the record sheets and the stamp; the office's other sheets are never read.
  for (const name of names.filter((n) => readable.has(n))) {
    const sheet = await book.readSheet(name);
    if (sheet !== null) sheets.push(sheet);
  }
  const stamp = readStamp(sheets);
  const existing: ExistingRows = readExistingRows(sheets.filter((sheet) => sheet.name !== STAMP_SHEET_NAME));
  const total = existing.outputs.length + existing.standing.length + existing.spending.length;
  const keptPlanSheet = officersPlan === null ? {} : { keptPlanSheet: fresh && officersPlan.plan ? officersPlan.raw : null };
  const built = buildTemplate({ plan, kind, unit, createdOn: today, ...(total > 0 ? { existing } : {}), ...keptPlanSheet });
  const layout: WorkbookLayout =
    officersPlan === null ? built : { ...built, sheets: built.sheets.filter((sheet) => foldForMatch(sheet.name) !== foldForMatch(officersPlan.sheet)) };
  if (inputs.inPlace && !names.includes(STAMP_SHEET_NAME)) {
    const clashes = sheetClashes(names, layout, inputs.replaceable ?? []);
    if (clashes.length > 0) return { ok: false, refusal: { reason: 'sheetClash', sheets: clashes } };
  }
  const notes: TrackerNotes = {
    ...(stamp && (stamp.unitCode !== unit.code || stamp.kind !== kind) ? { otherOwner: { unit: stamp.unitName || stamp.unitCode } } : {}),
    ...(stamp && stamp.planId !== plan.identity.id ? { otherPlan: { planId: stamp.planId } } : {}),
  };
  return {
    ok: true,
    layout,
    kept: { outputs: existing.outputs.length, standing: existing.standing.length, spending: existing.spending.length, total },
    notes,
    firstCell: { sheet: OUTPUT_SHEET.sheetName, address: `A${FIRST_DATA_ROW}` },
  };
}

/**
 * The workbook's plan sheet, if it has one: its name, and its plan when that reads without errors
 * and still names the unit (else null: the tracker is built from the plan given, the sheet kept).
 */
async function readOwnPlan(
  book: WorkbookReader,
  names: readonly string[],
): Promise<{ readonly sheet: string; readonly raw: RawSheet; readonly plan: Plan | null } | null> {
  const wanted = new Set(PLAN_SHEET_ALIASES.map(foldForMatch));
  const name = names.find((n) => wanted.has(foldForMatch(n)));
  if (name === undefined) return null;
  const sheet = await book.readSheet(name);
  if (sheet === null) return null;
  return { sheet: name, raw: sheet, plan: readPlanFromSheets([sheet]).plan };
}

export type TrackerWritten =
  | { readonly ok: true; readonly unitName: string; readonly sheets: number; readonly cells: number; readonly keptRows: number; readonly notes: TrackerNotes }
  | Extract<TrackerOutcome, { ok: false }>;

/**
 * The pane's form of makeTracker: the tracker written into the open workbook through the port
 * (replacing the tracker's sheets, other sheets untouched) and the first entry cell selected.
 * Returns the figures the pane shows (sheets, cells written, rows kept) or the `sheetClash` refusal.
 */
export async function makeTrackerInPlace(port: WorkbookPort, inputs: Omit<TrackerInputs, 'inPlace'>, onProgress?: ProgressListener): Promise<TrackerWritten> {
  const outcome = await makeTracker(port, { ...inputs, inPlace: true });
  if (!outcome.ok) return outcome;
  const stats = await port.writeSheets(outcome.layout, onProgress);
  await port.selectCell(outcome.firstCell.sheet, outcome.firstCell.address);
  return { ok: true, unitName: inputs.unit.name, sheets: stats.sheets, cells: stats.cells, keptRows: outcome.kept.total, notes: outcome.notes };
}
