import { MAX_COLUMNS, qualify, type Rect } from './addresses';
import { invalidArgument } from './errors';
import type { SheetState } from './model';
import { ClientObject } from './request';

/**
 * RangeAreas (ExcelApi 1.9): several rectangles on one sheet, as Range.getSpecialCells and
 * Range.getMergedAreasOrNullObject give them ("Work with multiple ranges simultaneously",
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-multiple-ranges). The host
 * loads `address` ("Sheet1!A1:B4, Sheet1!D1:D4", one qualified block per area) and `areaCount`.
 */

export interface AreasTarget {
  readonly sheet: SheetState;
  readonly rects: readonly Rect[];
}

/** Runs of consecutive numbers in [from, to] that `keep` accepts. */
function runs(from: number, to: number, keep: (n: number) => boolean): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  for (let n = from; n <= to + 1; n++) {
    const inside = n <= to && keep(n);
    if (inside && start < 0) start = n;
    if (!inside && start >= 0) {
      out.push([start, n - 1]);
      start = -1;
    }
  }
  return out;
}

/** Row runs of cells that match, merged downwards while a run repeats in the next row. */
function cellAreas(sheet: SheetState, rect: Rect, match: (value: unknown, formula: string | null, error: boolean) => boolean): Rect[] {
  const byRow = new Map<number, number[]>();
  for (const [key, cell] of sheet.cells) {
    const row = Math.floor(key / MAX_COLUMNS);
    const column = (key % MAX_COLUMNS) + 1;
    if (row < rect.top || row > rect.bottom || column < rect.left || column > rect.right) continue;
    if (!match(cell.value, cell.formula, cell.error)) continue;
    const list = byRow.get(row) ?? [];
    list.push(column);
    byRow.set(row, list);
  }
  const open = new Map<string, Rect>();
  const done: Rect[] = [];
  let previousRow = -1;
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const columns = new Set(byRow.get(row));
    const sorted = [...columns].sort((a, b) => a - b);
    const here = runs(sorted[0] ?? 0, sorted[sorted.length - 1] ?? -1, (c) => columns.has(c));
    const next = new Map<string, Rect>();
    for (const [left, right] of here) {
      const key = `${left}:${right}`;
      const above = row === previousRow + 1 ? open.get(key) : undefined;
      next.set(key, above ? { ...above, bottom: row } : { top: row, bottom: row, left, right });
      open.delete(key);
    }
    done.push(...open.values());
    open.clear();
    for (const [key, area] of next) open.set(key, area);
    previousRow = row;
  }
  done.push(...open.values());
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}

const SPECIAL_VALUE_TYPES: Readonly<Record<string, (value: unknown, error: boolean) => boolean>> = {
  All: () => true,
  Errors: (_v, error) => error,
  Logical: (v, error) => !error && typeof v === 'boolean',
  Numbers: (v, error) => !error && typeof v === 'number',
  Text: (v, error) => !error && typeof v === 'string',
};

/**
 * The areas of Range.getSpecialCells(cellType, cellValueType) (Excel.SpecialCellType,
 * https://learn.microsoft.com/javascript/api/excel/excel.specialcelltype): Constants, Formulas
 * (the host does not calculate, so a formula's value type is not known: only All is accepted)
 * and Visible (the rectangle minus hidden rows and columns). Found from the cells that exist, so
 * a whole-sheet rectangle costs what its cells cost.
 */
export function specialAreas(sheet: SheetState, rect: Rect, cellType: string, cellValueType?: string): Rect[] {
  const valueType = cellValueType ?? 'All';
  const valueMatch = SPECIAL_VALUE_TYPES[valueType];
  if (!valueMatch) throw invalidArgument(`'${valueType}' is not a SpecialCellValueType the host supports.`);
  switch (cellType) {
    case 'Constants':
      return cellAreas(sheet, rect, (value, formula, error) => formula === null && value !== '' && value !== null && valueMatch(value, error));
    case 'Formulas':
      if (valueType !== 'All') throw invalidArgument('The host does not calculate: Formulas takes no value type.');
      return cellAreas(sheet, rect, (_value, formula) => formula !== null);
    case 'Visible': {
      if (cellValueType !== undefined) throw invalidArgument('A value type applies only to Constants and Formulas.');
      const rows = runs(rect.top, rect.bottom, (r) => !sheet.hiddenRows.has(r));
      const columns = runs(rect.left, rect.right, (c) => !sheet.hiddenColumns.has(c));
      return rows.flatMap(([top, bottom]) => columns.map(([left, right]) => ({ top, bottom, left, right })));
    }
    default:
      throw invalidArgument(`'${cellType}' is not a SpecialCellType the host supports.`);
  }
}

export class RangeAreasProxy extends ClientObject<AreasTarget> {
  protected readonly typeName = 'RangeAreas';
  protected readonly scalarProperties = ['address', 'areaCount'];

  protected snapshot(target: AreasTarget, property: string): unknown {
    switch (property) {
      case 'address':
        return target.rects.map((r) => qualify(target.sheet.name, r)).join(', ');
      case 'areaCount':
        return target.rects.length;
      default:
        throw invalidArgument(`RangeAreas has no property '${property}'.`);
    }
  }

  protected override isGone(target: AreasTarget): boolean {
    return target.sheet.deleted;
  }

  get address(): string {
    return this.read('address');
  }
  get areaCount(): number {
    return this.read('areaCount');
  }
}
