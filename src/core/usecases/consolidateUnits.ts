import { planToSheet } from '../plan/planSheetLayout';
import { consolidate } from '../consolidate/consolidate';
import { consolidationSheets } from '../consolidate/consolidationSheets';
import type { ConsolidationOptions, ConsolidationResult, SetAsideFile, UnitFileInput } from '../consolidate/types';
import type { Language } from '../i18n/messages';
import type { WorkbookLayout } from '../layout/types';
import type { IsoDate, Plan } from '../plan/types';
import { buildReport } from '../report';
import { BLANK_NUMBER } from './writeReport';
import { consolidationChoices } from '../decisions/decisionChoices';
import { decisionsSheet } from '../decisions/decisionsSheet';
import { mergeDecisions } from '../decisions/mergeDecisions';
import type { Decision } from '../decisions/types';
import { fileReviews, type FileReviewState, type OfficerReview } from '../review/reviewStates';

/**
 * Tổng hợp and `cchc consolidate`, written once: the units' files (already read, or marked
 * unreadable) consolidated by the core, and the workbook both front ends write — the "TH …"
 * sheets and the district report of the period, in one layout. The pane writes it into the open
 * workbook through the port; the CLI renders it to an .xlsx file. Neither assembles it itself.
 */

export interface ConsolidationWorkbookOptions {
  /** Each listed file's review state and note for the unit list sheet (issue 15); absent: the proposals. */
  readonly reviews?: readonly FileReviewState[];
  /** The date printed on the report (dd/mm/yyyy in its place-and-date line). */
  readonly reportDate: IsoDate;
  /** The report's number; blank spaces (default) for the clerk to write by hand. */
  readonly documentNumber?: string;
  readonly language: Language;
  /** Files of the folders given that were not read, with why in Vietnamese: listed on TH Đơn vị (consolidationSheets). */
  readonly skipped?: readonly SetAsideFile[];
}

export interface ConsolidationWorkbook {
  readonly layout: WorkbookLayout;
  /** The name of the district report's sheet within `layout`. */
  readonly reportSheet: string;
}

/** The result's sheets and district report, as one layout (only sheets of these names are replaced when written). */
export function consolidationWorkbook(plan: Plan, result: ConsolidationResult, options: ConsolidationWorkbookOptions): ConsolidationWorkbook {
  const sheets = consolidationSheets(plan, result, options.language, options.reviews, options.skipped);
  const report = buildReport({
    plan,
    period: result.period,
    scope: { kind: 'district' },
    records: { outputs: result.outputs, standing: result.standing, spending: result.spending },
    reportDate: options.reportDate,
    documentNumber: options.documentNumber ?? BLANK_NUMBER,
    language: options.language,
    // Units without a file are "Chưa BC", not zeros, as a report made later from this workbook says (readNotReported; sixth tester, D1).
    notReported: result.reporting.filter((r) => r.status === 'missing').map((r) => r.unit),
  });
  return { layout: { sheets: [...sheets.sheets, report.layout], definedNames: sheets.definedNames }, reportSheet: report.layout.name };
}

/**
 * The officer's decisions about the units' files: `kept`, the rows of the district workbook's
 * "Ghi nhớ đọc tệp" sheet (core/decisions/readDecisions), and `added`, what was decided this time
 * (in the pane's review, a CLI mapping file or --unit-of).
 */
export interface ConsolidationDecisions {
  readonly kept: readonly Decision[];
  readonly added?: readonly Decision[];
}

/**
 * Consolidates the files and returns the result with the workbook to write: the whole use case.
 * With `decisions`, each file is read with the decisions about every file and about it (its
 * columns, labels, unit), `unitOfFile` given here still winning, and the workbook gets the
 * "Ghi nhớ đọc tệp" sheet with the kept rows and the added ones merged in (mergeDecisions: no
 * officer's row is lost), so the next consolidation of the same files asks nothing.
 */
export function consolidateUnits(
  plan: Plan,
  inputs: readonly UnitFileInput[],
  options: ConsolidationOptions &
    Omit<ConsolidationWorkbookOptions, 'reportDate' | 'reviews'> & {
      readonly reportDate?: IsoDate;
      readonly decisions?: ConsolidationDecisions;
      /** The officer's reviews (issue 15): carried from the workbook's unit list sheet (carriedReviews), then the pane's; later ones win. */
      readonly reviews?: readonly OfficerReview[];
    },
): ConsolidationWorkbook & { readonly result: ConsolidationResult; readonly decisions: readonly Decision[]; readonly reviews: readonly FileReviewState[] } {
  const decisions = options.decisions === undefined ? [] : mergeDecisions(options.decisions.kept, options.decisions.added ?? []);
  const decided = consolidationChoices(
    decisions,
    inputs.map((i) => i.file),
  );
  const result = consolidate(plan, inputs, {
    ...options,
    choicesOfFile: new Map([...decided.choicesOfFile, ...(options.choicesOfFile ?? [])]),
    unitOfFile: new Map([...decided.unitOfFile, ...(options.unitOfFile ?? [])]),
    // A file the officer sent back counts nothing (consolidate); the same reviews then fill TH Đơn vị's columns.
    reviews: options.reviews ?? [],
  });
  const reviews = fileReviews(result, options.reviews ?? []);
  const workbook = consolidationWorkbook(plan, result, {
    reviews,
    reportDate: options.reportDate ?? options.today,
    language: options.language,
    ...(options.documentNumber === undefined ? {} : { documentNumber: options.documentNumber }),
    ...(options.skipped === undefined ? {} : { skipped: options.skipped }),
  });
  return { result, ...workbook, layout: withDecisionsSheet(plan, workbook.layout, decisions), decisions, reviews };
}

/** The layout with the "Ghi nhớ đọc tệp" sheet of `decisions` added; unchanged when there are none (no empty sheet in a first consolidation). */
export function withDecisionsSheet(plan: Plan, layout: WorkbookLayout, decisions: readonly Decision[]): WorkbookLayout {
  return decisions.length === 0 ? layout : { ...layout, sheets: [...layout.sheets, decisionsSheet(plan, decisions)] };
}

/**
 * The layout with the plan's editable "Kế hoạch" sheet added, for a district workbook written
 * outside Excel (`cchc consolidate -o`): `cchc report` on it, and the next round's `--map` on it,
 * then take the plan the round was made under instead of the built-in one (tester, issue 13: a
 * commune's consolidation reported as Gò Dầu 2018). The pane needs none: it writes into a workbook
 * that has its plan sheet already. Unchanged when the layout has a sheet of that name.
 */
export function withPlanSheet(plan: Plan, layout: WorkbookLayout): WorkbookLayout {
  const planSheet = planToSheet(plan);
  const names = new Set(layout.sheets.map((sheet) => sheet.name));
  if (planSheet.sheets.some((sheet) => names.has(sheet.name))) return layout;
  return { sheets: [...layout.sheets, ...planSheet.sheets], definedNames: [...layout.definedNames, ...planSheet.definedNames] };
}
