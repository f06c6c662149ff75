import type { CellPatch } from '../core/ports/workbookPort';
import { DATE_FORMAT, TEXT_FORMAT, cellWrite } from './cellInput';

/**
 * "Chuẩn hóa" through Office.js: each listed cell gets its new value, and only the format its value
 * needs (a date dd/mm/yyyy, an amount #,##0, text that Excel would otherwise take for a formula or
 * a number "@"), so the Tiến độ formulas count it. One batch, one sync: the list is a few hundred
 * cells at most (Range.values, Range.numberFormat: https://learn.microsoft.com/javascript/api/excel/excel.range).
 * A cell on a sheet that is gone is skipped, not an error.
 */
export async function writeCells(context: Excel.RequestContext, patches: readonly CellPatch[]): Promise<number> {
  const sheets = context.workbook.worksheets.load('items/name');
  await context.sync();
  const present = new Set(sheets.items.map((s) => s.name));
  let written = 0;
  for (const patch of patches) {
    if (!present.has(patch.sheet)) continue;
    const write = cellWrite(patch.value);
    const range = context.workbook.worksheets.getItem(patch.sheet).getRange(patch.cell);
    if (write.date) range.numberFormat = [[DATE_FORMAT]];
    else if (patch.value.kind === 'number') range.numberFormat = [['#,##0']];
    else if (write.protect) range.numberFormat = [[TEXT_FORMAT]];
    range.values = [[write.input]];
    written += 1;
  }
  await context.sync();
  return written;
}
