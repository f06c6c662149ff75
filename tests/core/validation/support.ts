import type ExcelJS from 'exceljs';
import { isoToSerial } from '../../../src/core/dates/serial';
import { empty, num, text } from '../../../src/core/layout/cells';
import type { CellValue } from '../../../src/core/layout/types';
import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import type { Plan, Unit } from '../../../src/core/plan/types';
import type { RawCell, RawSheet } from '../../../src/core/ports/workbookPort';
import { buildTemplate, type ExistingRows } from '../../../src/core/template/buildTemplate';
import type { WorkbookKind } from '../../../src/core/template/stamp';
import { validateWorkbook } from '../../../src/core/validation';
import type { ValidationOptions, ValidationReport } from '../../../src/core/validation/types';
import { renderWorkbook, writeBuffer } from '../../../src/xlsx/renderWorkbook';
import { readWorkbook } from '../../../src/xlsx/readWorkbook';
import { layoutToRawSheets } from '../../support/layoutToRawSheets';

/** Small builders so each rule's tests read as tables of typed rows. */

export const plan = GO_DAU_116;
export const TODAY = '2018-07-01';

export function unit(code: string, from: Plan = plan): Unit {
  const found = from.units.find((u) => u.code === code);
  if (!found) throw new Error(`no unit ${code}`);
  return found;
}

/** An Excel date serial, as a date cell reads back. */
export const d = (iso: string): number => isoToSerial(iso);

/** A row of raw values as a template row: strings are text, numbers numbers, null blank. */
export function row(...values: RawCell[]): CellValue[] {
  return values.map((v) => (v === null ? empty : typeof v === 'number' ? num(v) : typeof v === 'boolean' ? text(String(v)) : text(v)));
}

export interface TemplateRows {
  readonly outputs?: readonly RawCell[][];
  readonly standing?: readonly RawCell[][];
  readonly spending?: readonly RawCell[][];
}

/** A workbook made by the add-in for a unit (Xã Thạnh Đức by default), with these rows entered. */
export function templateSheets(rows: TemplateRows = {}, options: { unit?: Unit; kind?: WorkbookKind; plan?: Plan } = {}): RawSheet[] {
  const existing: ExistingRows = {
    outputs: (rows.outputs ?? []).map((r) => row(...r)),
    standing: (rows.standing ?? []).map((r) => row(...r)),
    spending: (rows.spending ?? []).map((r) => row(...r)),
  };
  const layout = buildTemplate({
    plan: options.plan ?? plan,
    kind: options.kind ?? 'unit',
    unit: options.unit ?? unit('XTD'),
    createdOn: '2018-06-10',
    existing,
  });
  return layoutToRawSheets(layout);
}

/** A sheet from a grid starting at A1 (rows may be ragged). */
export function rawSheet(name: string, rows: readonly (readonly RawCell[])[]): RawSheet {
  const width = Math.max(0, ...rows.map((r) => r.length));
  return { name, values: rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null)), origin: { row: 1, column: 1 } };
}

export function validate(sheets: readonly RawSheet[], options: Partial<ValidationOptions> = {}, against: Plan = plan): ValidationReport {
  return validateWorkbook(against, sheets, { today: TODAY, ...options });
}

/** [code, cell] of every issue, in report order; optionally only codes starting with a prefix. */
export function found(report: ValidationReport, prefix = ''): [string, string | undefined][] {
  return report.issues.filter((i) => i.code.startsWith(prefix)).map((i) => [i.code, i.where.cell]);
}

/** The only issue with the given code, for checking its parameters. */
export function only(report: ValidationReport, code: string): ValidationReport['issues'][number] {
  const matches = report.issues.filter((i) => i.code === code);
  if (matches.length !== 1) throw new Error(`expected one ${code}, got ${matches.length}: ${JSON.stringify(report.issues)}`);
  const [first] = matches;
  if (!first) throw new Error('unreachable');
  return first;
}

/** Output row columns: Ngày, Kênh, Hình thức, Tiêu đề, Liên kết, Đơn vị, Ghi chú. */
export const OK_OUTPUT: RawCell[] = [
  d('2018-03-05'),
  'Báo Tây Ninh',
  'Tin',
  'Gò Dầu đẩy mạnh cải cách hành chính',
  'https://baotayninh.vn/go-dau-cchc.html',
  null,
  null,
];

/**
 * The same template written to a real .xlsx (exceljs, as the add-in writes it), edited as an officer
 * would in Excel (`edit`: hide a row, type over a cell), saved and read back by the file reader.
 */
export async function templateWorkbook(
  rows: TemplateRows,
  options: { unit?: Unit; plan?: Plan },
  edit: (book: ExcelJS.Workbook) => void = () => undefined,
): Promise<RawSheet[]> {
  const existing: ExistingRows = {
    outputs: (rows.outputs ?? []).map((r) => row(...r)),
    standing: (rows.standing ?? []).map((r) => row(...r)),
    spending: (rows.spending ?? []).map((r) => row(...r)),
  };
  const book = renderWorkbook(
    buildTemplate({ plan: options.plan ?? plan, kind: 'unit', unit: options.unit ?? unit('XTD'), createdOn: '2018-06-10', existing }),
  );
  edit(book);
  return readWorkbook(await writeBuffer(book));
}
