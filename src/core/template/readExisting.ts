import { serialToIso } from '../dates/serial';
import { bool, date, empty, num, text } from '../layout/cells';
import type { CellValue } from '../layout/types';
import type { RawCell, RawSheet } from '../ports/workbookPort';
import { findHeader } from '../records/findHeader';
import { readRecords } from '../records/readRecords';
import { OUTPUT_SHEET, SPENDING_SHEET, STANDING_SHEET, type RecordSheet } from '../records/recordSheets';
import type { RecordKind } from '../records/types';
import type { ExistingRows } from './buildTemplate';

/**
 * The rows already entered in a workbook the add-in made, ready to be laid out again by an
 * upgrade. Values are kept as typed: a date typed as unreadable text stays that text (validation
 * will point at it), only numbers in date columns become dates again.
 */

const DATE_FIELDS = new Set<string>(['date', 'dateDone']);

function cellValueOf(raw: RawCell | undefined, isDate: boolean): CellValue {
  if (raw === null || raw === undefined) return empty;
  if (typeof raw === 'number') return isDate && raw > 0 ? date(serialToIso(raw)) : num(raw);
  if (typeof raw === 'boolean') return bool(raw);
  return text(raw);
}

function rowsOf<K extends RecordKind>(sheets: readonly RawSheet[], def: RecordSheet<K>): CellValue[][] {
  const sheet = sheets.find((s) => s.name === def.sheetName);
  if (!sheet) return [];
  const header = findHeader(sheet, def);
  if (!header) return [];
  return readRecords(sheet, def, header, { mode: 'template' }).records.map((record) =>
    def.columns.map((column) => cellValueOf(record.cells[column.field], DATE_FIELDS.has(column.field))),
  );
}

/** The seven columns every outputs table has; the measure columns after them are kept only when they hold something. */
const BASE_OUTPUT_COLUMNS = OUTPUT_SHEET.columns.findIndex((c) => c.field === 'note') + 1;

function withoutBlankMeasures(row: CellValue[]): CellValue[] {
  let end = row.length;
  while (end > BASE_OUTPUT_COLUMNS && row[end - 1]?.kind === 'empty') end -= 1;
  return row.slice(0, end);
}

export function readExistingRows(sheets: readonly RawSheet[]): ExistingRows {
  return {
    outputs: rowsOf(sheets, OUTPUT_SHEET).map(withoutBlankMeasures),
    standing: rowsOf(sheets, STANDING_SHEET),
    spending: rowsOf(sheets, SPENDING_SHEET),
  };
}
