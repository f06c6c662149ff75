import { acceptProposal, channelLabels, proposeAdoption, sheetFromHeaderRow } from '../../core/adopt/proposeAdoption';
import type { AdoptionProposal, ColumnProposal, LabelProposal } from '../../core/adopt/types';
import type { Plan } from '../../core/plan/types';
import type { ProgressListener, RawSheet, WorkbookPort } from '../../core/ports/workbookPort';
import { OUTPUT_SHEET } from '../../core/records/recordSheets';
import type { ColumnRole } from '../../core/reader/types';
import { buildTemplate } from '../../core/template/buildTemplate';
import { readStamp, STAMP_SHEET_NAME } from '../../core/template/stamp';
import { adoptIntoTracker, sheetClashes } from '../../core/usecases/adoptTracker';
import { withColumn, type AdoptScan, type AdoptSummary } from '../state/adoptJob';
import type { TrackerChoice } from '../state/trackerJob';

/**
 * The pane's side of adopting an office's own tracker: read the workbook through the port, propose,
 * and, once the officer has confirmed, write the tracker's sheets with the adopted rows beside the
 * office's sheets, which are only read.
 */

/** Names of the sheets a tracker made from this plan has (they are never read as the office's own). */
export function trackerSheetNames(plan: Plan): string[] {
  const unit = plan.units[0];
  if (unit === undefined) return [];
  return buildTemplate({ plan, kind: 'unit', unit, createdOn: `${plan.identity.year}-01-01` }).sheets.map((s) => s.name);
}

export interface ScanResult {
  readonly stamped: boolean;
  /**
   * In a unit's tracker the add-in made (stamped), the sheets that are not the tracker's own, a report
   * or a consolidation: the office's sheets an adoption read, which "Nhận lại" reads again (issue 15).
   * Absent when there are none; only their names are listed, nothing is read until the officer asks.
   */
  readonly officeSheets?: readonly string[];
  readonly sheets: readonly RawSheet[];
  readonly proposal: AdoptionProposal;
}

const EMPTY_PROPOSAL: AdoptionProposal = { sheets: [], sheetsWithoutHeader: [], channels: [], forms: [], defaultForm: null };

/** Sheets the add-in writes beside a tracker: its reports ("BC …") and consolidations ("TH …"), never an office's. */
const WRITTEN_PREFIXES = ['BC ', 'TH '];

/**
 * Reads the workbook (one batch per sheet) and proposes an adoption, unless it carries a stamp; with
 * `again` ("Nhận lại" in a tracker made by adopting, issue 15), the office's sheets beside the stamp are read all the same.
 */
export async function scanForAdoption(port: WorkbookPort, plan: Plan, onProgress?: ProgressListener, again = false): Promise<ScanResult> {
  const names = await port.listSheets();
  const own = trackerSheetNames(plan);
  const office = names.filter((name) => !name.startsWith('_') && !own.includes(name) && !WRITTEN_PREFIXES.some((prefix) => name.startsWith(prefix)));
  const read = async (wanted: readonly string[]): Promise<RawSheet[]> => {
    const sheets: RawSheet[] = [];
    onProgress?.(0, wanted.length);
    for (const name of wanted) {
      const sheet = await port.readSheet(name);
      if (sheet !== null) sheets.push(sheet);
      onProgress?.(sheets.length, wanted.length);
    }
    return sheets;
  };
  if (names.includes(STAMP_SHEET_NAME) && !again) {
    const stampSheet = await port.readSheet(STAMP_SHEET_NAME);
    const stamp = stampSheet === null ? null : readStamp([stampSheet]);
    if (stamp !== null) {
      // Only sheets holding a table the reader takes are an office's tracker (an empty "Sheet1" is not).
      const found = stamp.kind === 'unit' && office.length > 0 ? proposeAdoption(plan, await read(office), own).sheets.map((sheet) => sheet.sheet) : [];
      return { stamped: true, sheets: [], proposal: EMPTY_PROPOSAL, ...(found.length > 0 ? { officeSheets: found } : {}) };
    }
  }
  const sheets = await read(again ? office : names.filter((name) => !name.startsWith('_') && !own.includes(name)));
  return { stamped: false, sheets, proposal: proposeAdoption(plan, sheets, own) };
}

/**
 * The channel labels once the officer changed the proposal, read by the one reader with the
 * officer's decisions: a label seen before keeps its choice (from `previous`), a new one gets the
 * plan's best guess.
 */
export function countChannels(plan: Plan, sheets: readonly RawSheet[], proposal: AdoptionProposal, previous: readonly LabelProposal[]): LabelProposal[] {
  return channelLabels(plan, sheets, acceptProposal(proposal), previous);
}

/** The channels once `column` of `sheet` has the role `field` (the column that had the role gives it up). */
export function recountChannels(plan: Plan, scan: AdoptScan, sheet: string, column: string, field: ColumnRole | null): LabelProposal[] {
  return countChannels(plan, scan.sheets, withColumn(scan.proposal, sheet, column, field), scan.proposal.channels);
}

/** The sheet's columns read from another header row, and the channels they give. */
export function withHeaderRow(plan: Plan, scan: AdoptScan, sheet: string, headerRow: number): { columns: ColumnProposal[]; channels: LabelProposal[] } {
  const found = sheetFromHeaderRow(plan, scan.sheets, sheet, headerRow);
  const columns = found ? [...found.columns] : [];
  const proposal = { ...scan.proposal, sheets: scan.proposal.sheets.map((s) => (s.sheet === sheet ? { ...s, headerRow, columns } : s)) };
  return { columns, channels: countChannels(plan, scan.sheets, proposal, scan.proposal.channels) };
}

export type AdoptOutcome = { readonly kind: 'clash'; readonly clashes: readonly string[] } | { readonly kind: 'done'; readonly summary: AdoptSummary };

/**
 * Writes the tracker with the adopted rows. If the workbook already has a sheet named like one of
 * the tracker's (other than `keep`, e.g. the plan sheet the pane reads its plan from), nothing is
 * written: the officer renames it first, so an office's sheet is never replaced.
 */
export async function adoptTracker(
  port: WorkbookPort,
  plan: Plan,
  scan: AdoptScan,
  choice: TrackerChoice,
  today: string,
  keep: readonly string[] = [],
  onProgress?: ProgressListener,
): Promise<AdoptOutcome> {
  const unit = plan.units.find((candidate) => candidate.code === choice.unitCode);
  if (unit === undefined) throw new RangeError(`Unit ${choice.unitCode} is not in plan ${plan.identity.id}.`);
  const { result, layout, firstCell } = adoptIntoTracker({ plan, sheets: scan.sheets, mapping: acceptProposal(scan.proposal), unit, kind: choice.kind, today });
  // The stamp sheet is the add-in's own (a stamp it could not read): replacing it loses nothing.
  const clashes = sheetClashes(await port.listSheets(), layout, [...keep, STAMP_SHEET_NAME]);
  if (clashes.length > 0) return { kind: 'clash', clashes };
  await port.writeSheets(layout, onProgress);
  await port.selectCell(firstCell.sheet, firstCell.address);
  const count = (reason: 'blank' | 'title' | 'total'): number => result.skipped.filter((s) => s.reason === reason).length;
  return {
    kind: 'done',
    summary: {
      unitName: unit.name,
      sheet: OUTPUT_SHEET.sheetName,
      taken: result.taken,
      takenStanding: result.takenStanding,
      takenSpending: result.takenSpending,
      rowsRead: result.rowsRead,
      quarantined: result.quarantined,
      matchedByTitle: result.matchedByTitle,
      unreadStates: result.unreadStates,
      blankContent: result.blankContent,
      fundingRenamed: result.fundingRenamed,
      unusedMeasures: result.unusedMeasures,
      blank: count('blank'),
      titles: count('title'),
      totals: count('total'),
    },
  };
}
