import { formatFigure, formatMeasure } from '../../core/report/measureText';
import { consolidate } from '../../core/consolidate/consolidate';
import { districtTargetLines, rejectKey } from '../../core/consolidate/consolidationSheets';
import { consolidateUnits } from '../../core/usecases/consolidateUnits';
import { skippedInWords } from '../../core/usecases/skippedInWords';
import type { SkippedFile } from '../../core/consolidate/folderEntries';
import type { ConsolidationResult, FileOutcome, UnitFileInput, UnitReporting } from '../../core/consolidate/types';
import { readKeptDecisions } from '../../core/decisions/readKeptDecisions';
import { filesToReturn } from '../../core/review/filesToReturn';
import { readStamp, STAMP_SHEET_NAME } from '../../core/template/stamp';
import type { Decision } from '../../core/decisions/types';
import type { Language } from '../../core/i18n/messages';
import { periodLabel, type Period } from '../../core/periods';
import type { WorkbookLayout } from '../../core/layout/types';
import type { Plan } from '../../core/plan/types';
import type { ProgressListener, WorkbookPort, WorkbookReader } from '../../core/ports/workbookPort';
import type { ConsolidationSummary, FileCheck } from '../state/consolidateJob';
import { reminders } from '../../core/review/reminders';
import type { FileReviewState, OfficerReview } from '../../core/review/reviewStates';
import { keptReviews, listedOnce, type Round } from '../sections/consolidate/review/keptReviews';

export interface ConsolidateOptions {
  readonly period: Period;
  readonly today: string;
  readonly language: Language;
  /** Unit code → file name, for units that sent several files. */
  readonly preferred: ReadonlyMap<string, string>;
  /**
   * The reading decisions (issue 9): `kept` read from the open workbook's "Ghi nhớ đọc tệp" sheet
   * (keptDecisions, on the page: the worker has no workbook), `added` taken in "Xem lại" since.
   * Each file is read with them, and the sheet is written back with the officer's rows.
   */
  readonly decisions?: { readonly kept: readonly Decision[]; readonly added: readonly Decision[] };
  /** The officer's review states (issue 15): carried from the open workbook's unit list sheet (keptReviews), then set in the pane. */
  readonly reviews?: readonly OfficerReview[];
  /** What a folder pick left out (not a spreadsheet, Excel's lock file…): listed on TH Đơn vị with why, as the CLI lists a folder's. */
  readonly skipped?: readonly SkippedFile[];
}

/**
 * What the list shows of a file: its unit, rows, errors, warnings, or why it is refused. A date outside the
 * chosen period is not the file's fault: consolidation already leaves it out of the file's warnings
 * (core/consolidate/outsidePeriod), counting such rows in `outsidePeriod` for TH Đơn vị.
 */
export function fileCheck(outcome: FileOutcome): FileCheck {
  return {
    unit: outcome.unit,
    status: outcome.status,
    records: outcome.records,
    errors: outcome.errors,
    warnings: outcome.warnings,
    ...(outcome.reason === undefined ? {} : { reason: { key: rejectKey(outcome.reason), params: { detail: outcome.detail ?? '' } } }),
    ...(outcome.times?.savedAt === undefined ? {} : { savedAt: outcome.times.savedAt }),
  };
}

/** One file on its own, as the list shows it right after reading: its unit, rows, errors, warnings or why it is refused. */
export function checkUnitFile(plan: Plan, input: UnitFileInput, period: Period, today: string): FileCheck {
  const outcome = consolidate(plan, [input], { period, today }).files[0];
  return outcome === undefined ? { unit: null, status: 'empty', records: 0, errors: 0, warnings: 0 } : fileCheck(outcome);
}

function summaryOf(
  plan: Plan,
  result: ConsolidationResult,
  sheets: readonly string[],
  reportSheet: string,
  language: Language,
  reviews: readonly FileReviewState[],
): ConsolidationSummary {
  const names = new Map(plan.units.map((unit) => [unit.code, unit.name]));
  const unitsWith = (status: UnitReporting['status']): string[] => result.reporting.filter((r) => r.status === status).map((r) => names.get(r.unit) ?? r.unit);
  return {
    period: periodLabel(result.period, language),
    records: result.conservation.consolidated,
    outputs: result.outputs.length,
    reported: unitsWith('reported'),
    missing: unitsWith('missing'),
    rejected: unitsWith('rejected'),
    returned: unitsWith('returned'),
    refusedFiles: result.files.filter((f) => f.reason !== undefined && f.reason !== 'superseded').map((f) => f.file),
    units: plan.units.length,
    targets: districtTargetLines(plan, result).map((r) => ({
      id: r.target.id,
      title: r.target.title,
      minimum: r.minimum,
      achieved: r.inPeriod,
      yearToDate: r.yearToDate,
      met: r.met,
      ...(r.running === true ? { running: true as const } : {}),
      ...(r.unreported === true ? { unreported: true as const } : {}),
      ...(r.target.measure === 'minutes' || r.target.measure === 'amount'
        ? {
            display: {
              inPeriod: formatMeasure(r.inPeriod, r.target.measure, language),
              yearToDate: formatFigure(r.yearToDate, r.target.measure, language),
              minimum: formatMeasure(r.minimum, r.target.measure, language),
            },
          }
        : {}),
    })),
    conservation: result.conservation,
    sheets,
    reportSheet,
    returns: filesToReturn(result, reviews).map((f) => {
      const errors = f.issues.filter((found) => found.severity === 'error').length;
      return { file: f.file, unit: (f.unit === null ? undefined : names.get(f.unit)) ?? f.file, errors, warnings: f.issues.length - errors };
    }),
  };
}

/** What a consolidation run hands the writer and the pane: the sheets to write, the summary, each file's check. */
export interface Consolidation {
  readonly layout: WorkbookLayout;
  readonly summary: ConsolidationSummary;
  readonly checks: Readonly<Record<string, FileCheck>>;
  /** Each listed file's review state and the reminders to units (issue 15). */
  readonly round: Round;
  /** The files that go back with their issues (kept where the files' bytes are, for "Tải bản trả lại"). */
  readonly returnable: readonly FileOutcome[];
}

/**
 * Consolidates the files already read, for the period: the consolidation sheets ("TH …") and the
 * plan-wide report of that period as one layout, with the pane's summary. Pure computation, so the
 * pane runs it in its worker (src/taskpane/worker) and only the write stays on the page.
 */
export function consolidationOf(plan: Plan, inputs: readonly UnitFileInput[], options: ConsolidateOptions): Consolidation {
  const { period, today, language, preferred, decisions, reviews: officer, skipped } = options;
  const { result, layout, reportSheet, reviews } = consolidateUnits(plan, inputs, {
    period,
    today,
    preferred,
    language,
    // TH Đơn vị is Vietnamese whatever the pane's language (as the CLI writes it): the reasons too.
    ...(skipped === undefined ? {} : { skipped: skippedInWords(skipped, 'vi') }),
    ...(decisions === undefined ? {} : { decisions }),
    ...(officer === undefined ? {} : { reviews: officer }),
  });
  const names = layout.sheets.map((sheet) => sheet.name);
  // A file set aside for another of its unit keeps its own check, so the choice stays offered.
  const checks = Object.fromEntries(result.files.filter((f) => f.reason !== 'superseded').map((f) => [f.file, fileCheck(f)]));
  return {
    layout,
    summary: summaryOf(plan, result, names, reportSheet, language, reviews),
    checks,
    round: { reviews, reminders: reminders(plan, result, { today, reviews }) },
    returnable: filesToReturn(result, reviews),
  };
}

/**
 * Writes a consolidation into the open workbook (only sheets of its names are replaced; the units'
 * files are never written) and lands the officer on its first sheet.
 */
export async function writeConsolidation(port: WorkbookPort, layout: WorkbookLayout, onProgress?: ProgressListener): Promise<void> {
  await port.writeSheets(layout, onProgress);
  const first = layout.sheets[0]?.name;
  if (first !== undefined) await port.selectCell(first, 'A1');
}

/** The decisions kept in the open workbook's "Ghi nhớ đọc tệp" sheet (none when it has no such sheet). */
export async function keptDecisions(port: WorkbookReader, plan: Plan): Promise<readonly Decision[]> {
  return (await readKeptDecisions(port, plan)).decisions;
}

/** consolidationOf then writeConsolidation, in one call (the inline path and the tests). */
export async function consolidateInto(
  port: WorkbookPort,
  plan: Plan,
  inputs: readonly UnitFileInput[],
  options: ConsolidateOptions,
  onProgress?: ProgressListener,
): Promise<{ readonly summary: ConsolidationSummary; readonly checks: Readonly<Record<string, FileCheck>> }> {
  const book = listedOnce(port);
  const decisions = { kept: await keptDecisions(book, plan), added: options.decisions?.added ?? [] };
  const reviews = [...(await keptReviews(book, options.period)), ...(options.reviews ?? [])];
  const { layout, summary, checks } = consolidationOf(plan, inputs, { ...options, decisions, reviews });
  await writeConsolidation(port, layout, onProgress);
  return { summary, checks };
}

/**
 * What the open workbook is, for Tổng hợp's guided path (issue 15): `none` when the add-in never made a
 * tracker in it (Tổng hợp then offers to make it the district's workbook in the same click), else the
 * kind its stamp says. Reads the sheet list and the one small stamp sheet only.
 */
export async function workbookKind(port: WorkbookPort): Promise<'none' | 'unit' | 'district'> {
  if (!(await port.listSheets()).includes(STAMP_SHEET_NAME)) return 'none';
  const sheet = await port.readSheet(STAMP_SHEET_NAME);
  return (sheet === null ? null : readStamp([sheet]))?.kind ?? 'none';
}
