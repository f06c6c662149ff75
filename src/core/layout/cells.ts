import type { CellValue, SheetLayout } from './types';

/** Small constructors so layouts read as tables of values rather than object literals. */
export const empty: CellValue = { kind: 'empty' };

export function text(value: string): CellValue {
  return value.length === 0 ? empty : { kind: 'text', text: value };
}

export function num(value: number): CellValue {
  return { kind: 'number', value };
}

export function date(iso: string): CellValue {
  return { kind: 'date', iso };
}

export function formula(value: string): CellValue {
  return { kind: 'formula', formula: value.startsWith('=') ? value : `=${value}` };
}

/** A value that may be absent: text, number or nothing. */
export function cell(value: string | number | undefined): CellValue {
  if (value === undefined) return empty;
  return typeof value === 'number' ? num(value) : text(value);
}

/** A sheet with nothing on it yet; layouts spread this and fill what they need. */
export function blankSheet(name: string): SheetLayout {
  return {
    name,
    blocks: [],
    styles: [],
    merges: [],
    columns: [],
    rows: [],
    tables: [],
    validations: [],
    conditionalFormats: [],
    visibility: 'visible',
  };
}

export function bool(value: boolean): CellValue {
  return { kind: 'boolean', value };
}
