import { applyAdoption } from '../adopt/applyAdoption';
import type { AdoptionMapping, AdoptionResult } from '../adopt/types';
import type { WorkbookLayout } from '../layout/types';
import type { IsoDate, Plan, Unit } from '../plan/types';
import type { RawSheet } from '../ports/workbookPort';
import { buildTemplate } from '../template/buildTemplate';
import { FIRST_DATA_ROW } from '../template/entrySheet';
import type { WorkbookKind } from '../template/stamp';
import { OUTPUT_SHEET } from '../records/recordSheets';

/**
 * Adopting an office's own tracker (Sổ theo dõi's "Nhận sổ riêng" and `cchc adopt`), written once:
 * the office's sheets read by the one reader with the officer's confirmed mapping, every row taken
 * or refused with its reason, and the tracker layout holding the rows taken. The pane writes the
 * layout into the open workbook (after sheetClashes), the CLI to a new file.
 */

export interface AdoptInputs {
  readonly plan: Plan;
  /** The office's own sheets (never written). */
  readonly sheets: readonly RawSheet[];
  /** The proposal as the officer confirmed or changed it. */
  readonly mapping: AdoptionMapping;
  readonly unit: Unit;
  readonly kind: WorkbookKind;
  readonly today: IsoDate;
}

export interface Adopted {
  readonly result: AdoptionResult;
  readonly layout: WorkbookLayout;
  /** Where the officer lands: the first entry row of Tin bài. */
  readonly firstCell: { readonly sheet: string; readonly address: string };
}

export function adoptIntoTracker(inputs: AdoptInputs): Adopted {
  const { plan, sheets, mapping, unit, kind, today } = inputs;
  const result = applyAdoption(plan, sheets, mapping, unit);
  const layout = buildTemplate({
    plan,
    kind,
    unit,
    createdOn: today,
    existing: { outputs: result.rows, standing: result.standing, spending: result.spending },
  });
  return { result, layout, firstCell: { sheet: OUTPUT_SHEET.sheetName, address: `A${FIRST_DATA_ROW}` } };
}

/**
 * The sheets of the open workbook that writing `layout` would replace (names compared ignoring
 * case, as Excel does), other than those the caller may replace: an office's own sheet is never
 * replaced, the officer renames it first.
 */
export function sheetClashes(present: readonly string[], layout: WorkbookLayout, replaceable: readonly string[]): string[] {
  const ours = new Set(layout.sheets.map((sheet) => sheet.name.toLowerCase()));
  const allowed = new Set(replaceable.map((name) => name.toLowerCase()));
  return present.filter((name) => ours.has(name.toLowerCase()) && !allowed.has(name.toLowerCase()));
}
