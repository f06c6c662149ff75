import { planToSheet } from '../../src/core/plan/planSheetLayout';
import type { readPlanFromSheets } from '../../src/core/plan/planSheetReader';
import type { Plan } from '../../src/core/plan/types';
import type { RawSheet } from '../../src/core/ports/workbookPort';
import { layoutToRawSheets } from './layoutToRawSheets';

/** The "Kế hoạch" sheet the add-in writes for `plan`, as the reader receives it (edit it with withCell). */
export const sheetOf = (plan: Plan): RawSheet => {
  const [sheet] = layoutToRawSheets(planToSheet(plan));
  if (!sheet) throw new Error('the plan layout has no sheet');
  return sheet;
};

/** The 1-based row whose column A holds `text`, so tests do not hard-code layout rows. */
export const rowOf = (sheet: RawSheet, text: string): number => {
  const index = sheet.values.findIndex((r) => r[0] === text);
  if (index < 0) throw new Error(`no row starts with ${text}`);
  return index + 1;
};

/** The 1-based row whose column A holds `text`, below the section headed `heading`. */
export const rowAfter = (sheet: RawSheet, heading: string, text: string): number => {
  const top = rowOf(sheet, heading);
  const index = sheet.values.findIndex((r, i) => i >= top && r[0] === text);
  if (index < 0) throw new Error(`no row starts with ${text} under ${heading}`);
  return index + 1;
};

/** A plan read's issues as "code@cell", the shape the plan sheet tests compare. */
export const codes = (result: ReturnType<typeof readPlanFromSheets>): string[] => result.issues.map((i) => `${i.code}@${i.where.cell ?? ''}`);
