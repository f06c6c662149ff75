import { isoToSerial } from '../dates/serial';
import { parseAddress } from '../layout/a1';
import { cellFixes, type CellFix, type UnsettledCell } from '../normalise/cellFixes';
import type { Plan } from '../plan/types';
import { MARKS_SHEET_NAME, type RawSheet, type WorkbookReader } from '../ports/workbookPort';
import { validateWorkbook } from '../validation';
import { readAllSheets } from './readSheets';

/**
 * "Chuẩn hóa" / `cchc normalise`: the cell writes that make the Tiến độ formulas count every row the
 * report counts (list values in the list's exact text, NFC and single-spaced; the list's name for a
 * known alias; real dates and whole-đồng numbers for dates and amounts typed as text). Pure: sheets
 * in, writes out, each with the old value, the new one and the reason; the adapters apply them and
 * touch nothing else. A cell the formulas look at that cannot be settled (a name the plan does not
 * know, a date or amount that does not read) is left as typed and listed.
 */

export type NormaliseResult =
  /** Only workbooks the add-in made (stamped) have a live Tiến độ sheet and list columns to match. */
  | { readonly kind: 'notTemplate' }
  | {
      readonly kind: 'planned';
      /** In sheet order, then row, then column. Empty when the workbook is already normalised. */
      readonly writes: readonly CellFix[];
      readonly unsettled: readonly UnsettledCell[];
    };

export interface NormaliseInputs {
  readonly plan: Plan;
  /** ISO date the reading takes as today (dates are read the same way Kiểm tra reads them). */
  readonly today: string;
  readonly file?: string;
}

/** The writes for sheets already read: the pure half, shared by the pane, the CLI and the tests. */
export function planNormalise(sheets: readonly RawSheet[], inputs: NormaliseInputs): NormaliseResult {
  // No rules: only the reading (with the workbook's own unit for blank unit cells) is needed.
  const report = validateWorkbook(inputs.plan, sheets, { today: inputs.today, ...(inputs.file === undefined ? {} : { file: inputs.file }) }, []);
  if (report.stamp === null) return { kind: 'notTemplate' };
  const { fixes, unsettled } = cellFixes(inputs.plan, report.reading.entries, report.stamp.kind === 'district');
  return { kind: 'planned', writes: fixes, unsettled };
}

/** Reads every sheet (not the marks sheet) through the port and plans the writes. */
export async function normaliseWorkbook(book: WorkbookReader, inputs: NormaliseInputs): Promise<NormaliseResult> {
  const sheets = await readAllSheets(book, (name) => name !== MARKS_SHEET_NAME);
  return planNormalise(sheets, inputs);
}

/**
 * The sheets with the writes applied, as a file adapter or a test sees the result (dates become
 * serials, as Excel stores them). Sheets and cells not written are returned unchanged.
 */
export function applyWrites(sheets: readonly RawSheet[], writes: readonly Pick<CellFix, 'sheet' | 'cell' | 'value'>[]): RawSheet[] {
  return sheets.map((sheet) => {
    const mine = writes.filter((w) => w.sheet === sheet.name);
    if (mine.length === 0) return sheet;
    const values = sheet.values.map((row) => [...row]);
    for (const write of mine) {
      const at = parseAddress(write.cell);
      const [row, column] = [at.row - sheet.origin.row, at.column - sheet.origin.column];
      const target = (values[row] ??= []);
      while (target.length <= column) target.push(null);
      const v = write.value;
      target[column] = v.kind === 'text' ? v.text : v.kind === 'number' ? v.value : v.kind === 'date' ? isoToSerial(v.iso) : null;
    }
    return { ...sheet, values };
  });
}
