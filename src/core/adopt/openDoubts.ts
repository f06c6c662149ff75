import type { ReadingNote } from '../reader/types';
import type { ColumnProposal, SheetProposal } from './types';

/** The cell a doubt about a column is said at: the column's header cell ("D5"), as the reader notes it. */
export const columnCell = (sheet: Pick<SheetProposal, 'headerRow'>, column: Pick<ColumnProposal, 'column'>): string => `${column.column}${sheet.headerRow}`;

/**
 * The reader's doubts (AdoptionProposal.doubts: a quantity column that looks like airtime, cells not
 * read) the officer has not settled: a doubt at a column's header cell is settled once that column is
 * made the count on purpose (the pane's choice, or "count" in the mapping file). One rule for the
 * CLI's summary and the pane's warning beside the column.
 */
export function openDoubts(doubts: readonly ReadingNote[] | undefined, sheets: readonly SheetProposal[]): ReadingNote[] {
  return (doubts ?? []).filter(
    (doubt) => !sheets.some((sheet) => sheet.sheet === doubt.sheet && sheet.columns.some((c) => c.field === 'count' && columnCell(sheet, c) === doubt.cell)),
  );
}
