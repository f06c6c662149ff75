import { readDate } from '../dates/readDate';
import type { RawCell } from '../ports/workbookPort';
import { cellText } from '../text/cellText';
import { namesChannelGroup, roleForHeader } from './headerWords';
import type { SheetView } from './sheetView';
import type { ColumnRole } from './types';

/**
 * Finds the header rows of outputs tables on a sheet: the template's own, an office tracker's under
 * its title rows, several month blocks stacked on one sheet (each with its own header, columns in
 * another order), and two-row headers whose parent is merged over sub-columns ("Phát trên" over
 * "Báo", "Đài", "Website").
 */

export interface HeaderColumn {
  readonly column: number;
  /** What the officer sees over the column; two rows joined with " / ". */
  readonly header: string;
  /** The role its words name, or 'mark' for a sub-column under a channel heading. */
  readonly role: ColumnRole | null;
  readonly markLabel?: string;
}

export interface FoundHeader {
  readonly top: number;
  readonly bottom: number;
  readonly columns: readonly HeaderColumn[];
}

/** Header cells are short: a long text is a title or an item, not a column heading. */
const MAX_HEADER_LENGTH = 60;

/** A text cell's tidy text when it is short enough to be a heading, else null. */
function shortText(raw: RawCell, tidy: string): string | null {
  if (typeof raw !== 'string') return null;
  return tidy !== '' && tidy.length <= MAX_HEADER_LENGTH ? tidy : null;
}

/**
 * Whether a row reads as column headings: two roles named (or one with STT), nothing that is data.
 * `cellTexts` are the cells' tidy texts as the sheet view built them (SheetView.rowTexts).
 */
function headerScore(cells: readonly RawCell[], cellTexts: readonly string[]): number {
  let roles = 0;
  let seq = false;
  let texts = 0;
  let other = 0;
  // Made at the first heading met: most rows a sheet holds are data, answered before any (issue 11).
  let seen: Set<ColumnRole> | undefined;
  for (let i = 0; i < cells.length; i += 1) {
    const raw = cells[i] ?? null;
    if (raw === null || raw === '') continue;
    if (typeof raw !== 'string') return 0; // a number or date in the row: data, not headings
    const text = shortText(raw, cellTexts[i] ?? cellText(raw));
    if (text === null) {
      other += 1;
      continue;
    }
    if (readDate(text).kind === 'date') return 0;
    texts += 1;
    const role = roleForHeader(text);
    if (role === 'seq') seq = true;
    else if (role !== null && !(seen ??= new Set<ColumnRole>()).has(role)) {
      seen.add(role);
      roles += 1;
    }
  }
  if (other > 1 || seen === undefined) return 0;
  // A table of outputs says when or what: a row heading neither a date nor a title column ("Kênh |
  // Hình thức" over a dropdown lists sheet) heads no entry table (issue 11's fourth tester, F2: a hidden
  // "DM" sheet's labels were read as rows without a date and set aside).
  const enough = (roles >= 2 || (roles >= 1 && seq)) && (seen.has('date') || seen.has('title'));
  const score = roles + (seq ? 1 : 0);
  // Most headings must be recognisable: a data row with one cell starting "Tin ..." is not a header.
  // A row naming the date, the title and a third role is one however many columns of its own the
  // office keeps beside them (issue 11's third tester: a 23-column log with "Nhuận bút", "Người
  // duyệt", "Lượt xem"… was refused whole, "no entry table", for having more own columns than ours).
  return enough && (score * 2 >= texts || (seen.has('date') && seen.has('title') && roles >= 3)) ? score : 0;
}

/** The sub-header row under a header, when the header's parents span sub-columns. */
function subHeader(view: SheetView, row: number, parents: readonly RawCell[]): readonly RawCell[] | null {
  if (row > view.bottom) return null;
  const cells = view.rowCells(row);
  let texts = 0;
  for (let i = 0; i < cells.length; i += 1) {
    const raw = cells[i] ?? null;
    if (raw === null || raw === '') continue;
    // A heading merged down over both rows ("STT" in A3:A4) shows in the lower row too.
    if (view.mergeAbove(row, i + 1) !== undefined) continue;
    if (shortText(raw, cellText(raw)) === null || readDate(raw).kind === 'date') return null;
    const column = i + 1;
    const parent = parents[i] ?? null;
    // A sub-heading sits under a blank parent cell (covered by a merge), under a merge's start, or
    // under a parent followed by blank parent cells (a merge the adapter could not report).
    const nextParent = parents[i + 1] ?? null;
    const underMerge =
      parent === null ||
      parent === '' ||
      view.mergeAcross(row - 1, column) !== undefined ||
      ((nextParent === null || nextParent === '') && cells[i + 1] !== null && cells[i + 1] !== undefined);
    if (!underMerge) return null;
    texts += 1;
  }
  return texts >= 2 ? cells : null;
}

function parentOf(view: SheetView, row: number, column: number, parents: readonly RawCell[]): string {
  const own = cellText(parents[column - 1] ?? null);
  if (own !== '') return own;
  // A blank parent cell belongs to the heading on its left: the merge that covers it (reported or not).
  for (let left = column - 1; left >= 1; left -= 1) {
    const text = cellText(parents[left - 1] ?? null);
    if (text === '') continue;
    const merge = view.mergeAcross(row, left);
    return merge === undefined || merge.right >= column ? text : '';
  }
  return '';
}

function columnsOf(view: SheetView, top: number, parents: readonly RawCell[], children: readonly RawCell[] | null): HeaderColumn[] {
  const width = Math.max(parents.length, children?.length ?? 0);
  const columns: HeaderColumn[] = [];
  for (let column = 1; column <= width; column += 1) {
    const parent = children ? parentOf(view, top, column, parents) : cellText(parents[column - 1] ?? null);
    const child = children ? cellText(children[column - 1] ?? null) : '';
    if (parent === '' && child === '') continue;
    const header = child === '' ? parent : parent === '' || parent === child ? child : `${parent} / ${child}`;
    const childRole = child === '' ? null : roleForHeader(child);
    if (child !== '' && childRole === null && parent !== '' && namesChannelGroup(parent)) {
      columns.push({ column, header, role: 'mark', markLabel: child });
      continue;
    }
    columns.push({ column, header, role: childRole ?? roleForHeader(parent) });
  }
  return columns;
}

/**
 * Every header on the sheet, top to bottom. Of adjacent candidate rows the one naming the most
 * roles wins (a title row "Ngày ... tháng ..." above the real header is not a header).
 */
export function findHeaders(view: SheetView, forcedRow?: number): FoundHeader[] {
  if (forcedRow !== undefined) {
    // The officer said where the header is: that row (and the row under it, if it holds sub-headings).
    const parents = view.rowCells(forcedRow);
    const children = subHeader(view, forcedRow + 1, parents);
    return [{ top: forcedRow, bottom: children ? forcedRow + 1 : forcedRow, columns: columnsOf(view, forcedRow, parents, children) }];
  }
  const found: FoundHeader[] = [];
  let row = view.top;
  while (row <= view.bottom) {
    const score = headerScore(view.rowCells(row), view.rowTexts(row));
    if (score === 0) {
      row += 1;
      continue;
    }
    const next = row + 1 <= view.bottom ? headerScore(view.rowCells(row + 1), view.rowTexts(row + 1)) : 0;
    if (next > score) {
      row += 1;
      continue;
    }
    const parents = view.rowCells(row);
    const children = subHeader(view, row + 1, parents);
    found.push({ top: row, bottom: children ? row + 1 : row, columns: columnsOf(view, row, parents, children) });
    row += children ? 2 : 1;
  }
  return found;
}
