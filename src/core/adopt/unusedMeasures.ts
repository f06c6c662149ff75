import { columnLetters } from '../layout/a1';
import type { Plan } from '../plan/types';
import type { RawSheet } from '../ports/workbookPort';
import { parseCost, parseMinutes } from '../records/measure';
import type { OutputBlock } from '../reader/types';
import { cellText } from '../text/cellText';
import { foldForMatch } from '../text/fold';
import type { UnusedMeasure } from './types';

/** Header words of a money column ("Số tiền", "Kinh phí", "Chi phí (đồng)"), folded. */
const MONEY_WORDS = ['tien', 'kinh phi', 'chi phi', 'dong', 'vnd'];

/**
 * Number columns of an outputs table that adopt leaves out while the plan has a target measured in
 * the unit they could hold (try13j defect 2: KP2's "Thời gian (phút)" was not taken and every
 * Thời lượng cell stayed empty, the loudspeaker target counting 0 minutes, without a word). A column
 * is one when it has no field, every filled data cell reads as a number (records/measure) and the
 * cells are not a row count 1, 2, 3…; it is said as minutes, or as đồng when its header speaks of
 * money, only when the plan has such a target and the table has no column read as that measure.
 *
 * @param blocks the reader's outputs blocks of the sheets taken, with the officer's column roles
 * @returns one per column: sheet, column letter, header, measure ('minutes' | 'amount') and the plan targets measured so
 */
export function unusedMeasureColumns(plan: Plan, sheets: readonly RawSheet[], blocks: readonly OutputBlock[]): UnusedMeasure[] {
  const targets = (measure: 'minutes' | 'amount'): string =>
    plan.targets
      .filter((t) => t.measure === measure)
      .map((t) => t.id)
      .join(', ');
  const found: UnusedMeasure[] = [];
  for (const block of blocks) {
    const sheet = sheets.find((s) => s.name === block.sheet);
    if (sheet === undefined) continue;
    const dataRows = block.rows.filter((r) => r.kind === 'data').map((r) => sheet.values[r.row - sheet.origin.row] ?? []);
    for (const column of block.columns) {
      if (column.role !== null) continue;
      const measure = MONEY_WORDS.some((w) => ` ${foldForMatch(column.header)} `.includes(` ${w} `)) ? 'amount' : 'minutes';
      const wanted = targets(measure);
      if (wanted === '' || block.columns.some((c) => c.role === measure)) continue;
      const cells = dataRows.map((cells) => cells[column.column - sheet.origin.column] ?? null).filter((c) => cellText(c).trim() !== '');
      const read = cells.map((c) => (measure === 'amount' ? parseCost(c) : parseMinutes(c)));
      if (cells.length === 0 || read.some((n) => n === null)) continue;
      if (read.every((n, i) => n === i + 1)) continue;
      found.push({ sheet: block.sheet, column: columnLetters(column.column), header: column.header, measure, targets: wanted });
    }
  }
  return found;
}
