import { examplePlan } from '../support/fixturePlans';
import ExcelJS from 'exceljs';
import type { Plan, Unit } from '../../src/core/plan/types';
import type { RawSheet } from '../../src/core/ports/workbookPort';
import { FIRST_DATA_ROW } from '../../src/core/template/entrySheet';
import { buildTemplate } from '../../src/core/template/buildTemplate';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { renderToBuffer } from '../../src/xlsx/renderWorkbook';

/**
 * The province example (examples/ke-hoach-tinh-2026.xlsx) as the tests take it: the plan read from
 * its sheet, a unit's tracker made by the template and filled in with exceljs as an officer types
 * rows, and the small trackers a commune keeps on its own.
 */

export async function provincePlan(): Promise<Plan> {
  return examplePlan('ke-hoach-tinh-2026.xlsx');
}

export function unitNamed(plan: Plan, name: string): Unit {
  const unit = plan.units.find((u) => u.name === name);
  if (!unit) throw new Error(`no unit ${name}`);
  return unit;
}

/** A row typed into "Tin bài": date, channel, form, title (the template's column order), and the unit column of a consolidating workbook. */
export interface Typed {
  readonly date: string;
  readonly channel: string;
  readonly form: string;
  readonly title: string;
  readonly unit?: string;
}

const asDate = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** The unit's tracker from the template, with `rows` typed under the "Tin bài" table's header by exceljs, read back as the CLI reads it. */
export async function filledTracker(plan: Plan, unit: Unit, rows: readonly Typed[], kind: 'unit' | 'district' = 'unit'): Promise<RawSheet[]> {
  const layout = buildTemplate({ plan, kind, unit, createdOn: '2026-01-26', existing: { outputs: [], standing: [], spending: [] } });
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await renderToBuffer(layout)) as unknown as ExcelJS.Buffer);
  const sheet = book.getWorksheet('Tin bài');
  if (!sheet) throw new Error('the template has no "Tin bài" sheet');
  rows.forEach((row, index) => {
    const cells = sheet.getRow(FIRST_DATA_ROW + index);
    cells.getCell(1).value = asDate(row.date);
    cells.getCell(2).value = row.channel;
    cells.getCell(3).value = row.form;
    cells.getCell(4).value = row.title;
    if (row.unit !== undefined) cells.getCell(6).value = row.unit;
  });
  return readWorkbook(new Uint8Array(await book.xlsx.writeBuffer()));
}

/** An office's own small tracker (not made by the add-in): a title, a header row and its rows (with a unit column when a row names one). */
export async function ownTracker(title: string, rows: readonly Typed[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Tin bài');
  sheet.addRow([title]);
  const units = rows.some((row) => row.unit !== undefined);
  sheet.addRow(['STT', 'Ngày đăng', 'Kênh', 'Hình thức', 'Tên tin, bài', ...(units ? ['Đơn vị thực hiện'] : [])]);
  rows.forEach((row, index) => sheet.addRow([index + 1, asDate(row.date), row.channel, row.form, row.title, ...(units ? [row.unit ?? ''] : [])]));
  return new Uint8Array(await book.xlsx.writeBuffer());
}
