import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { IDENTITY_FIELDS, PLAN_SHEET_NAME, SECTIONS, type IdentityField, type SectionKey } from '../src/core/plan/planSheetFormat';

/** One example plan as an officer types it: the identity fields' values and, per section, rows of cell text. */
export interface PlanSheetText {
  readonly identity: Readonly<Record<IdentityField, string | number>>;
  readonly rows: Readonly<Partial<Record<SectionKey, readonly (readonly string[])[]>>>;
}

/**
 * The plan sheet's cell values, top to bottom: a title row, then each section of the plan sheet
 * layout (core/plan/planSheetFormat) with its heading and header row, then its rows, then a blank
 * row. The identity section is label/value pairs. Nothing here builds a Plan object: the add-in
 * reads the workbook made from these values exactly as it reads an officer's sheet.
 */
export function planSheetValues(plan: PlanSheetText): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [[`KẾ HOẠCH ${String(plan.identity.number)}: ${String(plan.identity.title)}`], [null]];
  for (const section of SECTIONS) {
    rows.push(
      [section.headings[0] ?? section.key],
      section.columns.map((column) => column.headers[0] ?? column.key),
    );
    if (section.key === 'identity') for (const field of IDENTITY_FIELDS) rows.push([field.labels[0] ?? field.key, plan.identity[field.key]]);
    else for (const row of plan.rows[section.key] ?? []) rows.push([...row]);
    rows.push([null]);
  }
  return rows;
}

/** Writes a one-sheet plan workbook ("Kế hoạch", column B wide for the long texts) to `target` and says so. */
export async function writePlanWorkbook(plan: PlanSheetText, target: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(PLAN_SHEET_NAME);
  planSheetValues(plan).forEach((row) => sheet.addRow(row));
  sheet.columns.forEach((column, index) => (column.width = index === 1 ? 56 : 20));
  writeFileSync(target, new Uint8Array(await book.xlsx.writeBuffer()));
  console.log(`wrote ${target}`);
}
