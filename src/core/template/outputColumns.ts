import type { CellValue } from '../layout/types';
import type { Plan, TargetMeasure } from '../plan/types';
import { OUTPUT_SHEET, type RecordSheet } from '../records/recordSheets';
import type { OutputField } from '../records/types';

/**
 * The outputs table a template writes: OUTPUT_SHEET's columns, with only the measure columns the
 * plan's targets are counted in (issue 13): "Số lượng" for a target in things, "Thời lượng
 * (phút)" for one in minutes, "Kinh phí (đồng)" for one in money. 116/KH-UBND counts outputs, so
 * its trackers keep their seven columns. A measure column that already holds values in the rows
 * being laid out again stays, so an upgrade under a plan without it loses nothing.
 */

const MEASURE_COLUMN: Readonly<Record<Exclude<TargetMeasure, 'count'>, OutputField>> = {
  quantity: 'count',
  minutes: 'minutes',
  amount: 'amount',
};
const MEASURE_FIELDS: ReadonlySet<OutputField> = new Set(Object.values(MEASURE_COLUMN));

/** The outputs table of a template for the plan; `rows` aligned with OUTPUT_SHEET's columns (kept values keep their column). */
export function outputSheetFor(plan: Pick<Plan, 'targets'>, rows: readonly (readonly CellValue[])[] = []): RecordSheet<'output'> {
  const needed = new Set<OutputField>(plan.targets.flatMap((t) => (t.measure === undefined || t.measure === 'count' ? [] : [MEASURE_COLUMN[t.measure]])));
  OUTPUT_SHEET.columns.forEach((column, index) => {
    if (MEASURE_FIELDS.has(column.field) && rows.some((row) => (row[index]?.kind ?? 'empty') !== 'empty')) needed.add(column.field);
  });
  return { ...OUTPUT_SHEET, columns: OUTPUT_SHEET.columns.filter((c) => !MEASURE_FIELDS.has(c.field) || needed.has(c.field)) };
}

/** Rows aligned with OUTPUT_SHEET's columns (shorter ones padded blank), realigned with `def`'s. */
export function alignOutputRows(rows: readonly (readonly CellValue[])[], def: RecordSheet<'output'>): CellValue[][] {
  const indexes = def.columns.map((column) => OUTPUT_SHEET.columns.findIndex((c) => c.field === column.field));
  return rows.map((row) => indexes.map((index) => row[index] ?? { kind: 'empty' }));
}
