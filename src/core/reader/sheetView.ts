import type { CellBlock, RawCell, RawSheet } from '../ports/workbookPort';
import { cellText } from '../text/cellText';
import { LONGEST_LABEL, tidyNfc } from '../text/fold';
import { decoderFor } from '../text/legacyText';

/**
 * A sheet as the officer sees it, cell by cell:
 * - a cell covered by a merge shows the merge's value when it is in the merge's first column (a
 *   date or a channel typed once and merged down over the items below belongs to each of them);
 *   covered cells to the right of the first column stay blank, so a title merged across three
 *   columns is not read three times;
 * - text typed in TCVN3 or VNI reads as the Unicode it means (the whole sheet is decoded alike);
 * - hidden rows and hyperlinks are looked up by row and cell.
 * Costs follow the cells present: merges are indexed by the rows they cover, and a whole-sheet
 * merge is never expanded.
 */
export interface SheetView {
  readonly name: string;
  readonly hidden: boolean;
  /** First and last 1-based rows holding anything. */
  readonly top: number;
  readonly bottom: number;
  /** Last 1-based column holding anything in any row. */
  readonly right: number;
  /** The value the officer sees in a cell (1-based row and column). */
  cell(row: number, column: number): RawCell;
  /** The row's cells from column 1 to its last used column, as the officer sees them. */
  rowCells(row: number): readonly RawCell[];
  /**
   * rowCells as tidy text (text/cellText: '' for a blank), built once per row: the column statistics,
   * the totals, the row kinds and the rows' reading each asked the text memo for every cell again
   * (issue 11: the memo's lookups were a tenth of reading a tracker).
   */
  rowTexts(row: number): readonly string[];
  /**
   * For a row of a TCVN3/VNI-typed sheet: the text as typed of each cell whose text decoding changed
   * (merges filled as in `cell`), undefined for the others; undefined when it changed none. Found once, as the row's cells
   * are decoded (issue 11: each of a TCVN3 row's texts was compared with its typed text again, 33 ms).
   */
  rowTyped(row: number): readonly (string | undefined)[] | undefined;
  /** The merge whose first column covers the cell below its top, if any (its top-left holds the value). */
  mergeAbove(row: number, column: number): CellBlock | undefined;
  /** The merge that starts at this cell and spans columns to its right, if any. */
  mergeAcross(row: number, column: number): CellBlock | undefined;
  isHiddenRow(row: number): boolean;
  link(row: number, column: number): string | undefined;
}

const NO_CELLS: readonly RawCell[] = Object.freeze([]);
const NO_TEXTS: readonly string[] = Object.freeze([]);

/** Merges taller than this are not filled down: a whole-sheet or whole-column merge is no data. */
const MAX_FILL_ROWS = 5000;

export function viewOf(sheet: RawSheet): SheetView {
  const decode = decoderFor(sheet.values);
  const { origin } = sheet;
  const top = origin.row;
  const bottom = origin.row + sheet.values.length - 1;
  let right = 0;
  for (const row of sheet.values) right = Math.max(right, origin.column + row.length - 1);

  const raw = (row: number, column: number): RawCell => sheet.values[row - origin.row]?.[column - origin.column] ?? null;
  // Each distinct label decoded once: the passes over a table ask for the same cells several times,
  // and looking a text up again is cheaper than testing it for TCVN3/VNI again (issue 11). A longer
  // text (a title, a note) is met once, by its row's cells (rowCells keeps them): memoising it only
  // hashed and stored every title of a TCVN3 tracker.
  const decodedTexts = new Map<string, string>();
  const decoded = (value: RawCell): RawCell => {
    if (decode === null || typeof value !== 'string') return value;
    if (value.length > LONGEST_LABEL) return decode(value);
    let text = decodedTexts.get(value);
    if (text === undefined) {
      text = decode(value);
      decodedTexts.set(value, text);
    }
    return text;
  };

  // Covered cells of merges, keyed by row: only the first column of each merge is filled down.
  const fillDown = new Map<number, Map<number, CellBlock>>();
  const across = new Map<string, CellBlock>();
  for (const merge of sheet.merges ?? []) {
    if (merge.right > merge.left) across.set(`${merge.top},${merge.left}`, merge);
    if (merge.bottom <= merge.top || merge.bottom - merge.top > MAX_FILL_ROWS) continue;
    for (let row = merge.top + 1; row <= merge.bottom; row += 1) {
      let byColumn = fillDown.get(row);
      if (!byColumn) fillDown.set(row, (byColumn = new Map<number, CellBlock>()));
      byColumn.set(merge.left, merge);
    }
  }
  const hiddenRows = new Set(sheet.hiddenRows ?? []);
  // Keyed by column, then row: every data row asks for its title's and link's hyperlink, and a key
  // written per ask was garbage (issue 11). A sheet's links sit in a column or two: a Map per row with
  // a link was one more object each for the collector to copy (a 200,000-row set with a link a row: 13 MB).
  const links = new Map<number, Map<number, string>>();
  for (const l of sheet.links ?? []) {
    let byRow = links.get(l.column);
    if (!byRow) links.set(l.column, (byRow = new Map<number, string>()));
    // The last link given for a cell wins, as it did when they were keyed by the cell.
    byRow.set(l.row, l.target);
  }

  const typed = (row: number, column: number): RawCell => {
    const merge = fillDown.get(row)?.get(column);
    return merge ? raw(merge.top, merge.left) : raw(row, column);
  };
  const cell = (row: number, column: number): RawCell => decoded(typed(row, column));
  const builtRows: (readonly RawCell[] | undefined)[] = [];
  const builtTexts: (readonly string[] | undefined)[] = [];
  const builtTyped: (readonly (string | undefined)[] | undefined)[] = [];

  const view: SheetView = {
    name: sheet.name,
    hidden: sheet.visibility !== undefined && sheet.visibility !== 'visible',
    top,
    bottom,
    right,
    cell,
    rowCells(row) {
      // Built once per row: the header search and the table's reading both ask for every row (issue 11).
      const index = row - origin.row;
      const known = index >= 0 ? builtRows[index] : undefined;
      if (known !== undefined) return known;
      const values = sheet.values[index] ?? [];
      const merged = fillDown.get(row);
      // An empty row is one shared answer, never kept per row: a stray cell at XFD1048576 makes a
      // million of them, and keeping one array each grew that file's peak by 75 MB (hostile.cjs).
      if (values.length === 0 && merged === undefined && origin.column <= 1) return NO_CELLS;
      // A row with nothing to fill or decode, starting at column A, is the sheet's own row (its blanks
      // are null: the .xlsx reader and Office.js both give dense rows): a copy of each row lived as long
      // as the file's reading, one more array a row for the collector to copy (issue 11).
      if (merged === undefined && decode === null && origin.column === 1 && index >= 0) return values;
      // The row's last column, or a merge's filled down further right; cell() unrolled: this runs for every row a reader looks at (issue 11).
      let last = origin.column + values.length - 1;
      if (merged) for (const column of merged.keys()) if (column > last) last = column;
      if (decode === null) {
        const out: RawCell[] = [];
        for (let column = 1; column <= last; column += 1) {
          const merge = merged?.get(column);
          out.push(merge ? raw(merge.top, merge.left) : (values[column - origin.column] ?? null));
        }
        if (index >= 0 && index < sheet.values.length) builtRows[index] = out;
        return out;
      }
      // A legacy-typed sheet: the row's texts are made with its cells. A text the decoder changed is
      // NFC as it comes out (decodeLegacy), so only its white space is tidied (tidyNfc): normalising
      // every decoded title again was a fifth of decoding a TCVN3 tracker (issue 11).
      // Sized once: arrays grown by push made a larger store and dropped it, every row (issue 11).
      const cells = new Array<RawCell>(last);
      const texts = new Array<string>(last);
      let typedRow: (string | undefined)[] | undefined;
      for (let column = 1; column <= last; column += 1) {
        const merge = merged?.get(column);
        const typedValue = merge ? raw(merge.top, merge.left) : (values[column - origin.column] ?? null);
        const value = decoded(typedValue);
        cells[column - 1] = value;
        if (typeof value === 'string' && value !== typedValue) {
          texts[column - 1] = tidyNfc(value);
          (typedRow ??= new Array<string | undefined>(last))[column - 1] = typedValue as string;
        } else texts[column - 1] = cellText(value);
      }
      if (index >= 0 && index < sheet.values.length) {
        builtRows[index] = cells;
        builtTexts[index] = last === 0 ? NO_TEXTS : texts;
        builtTyped[index] = typedRow;
      }
      return cells;
    },
    rowTexts(row) {
      const index = row - origin.row;
      const known = index >= 0 ? builtTexts[index] : undefined;
      if (known !== undefined) return known;
      const cells = view.rowCells(row);
      if (cells.length === 0) return NO_TEXTS;
      const texts: string[] = new Array<string>(cells.length);
      for (let i = 0; i < cells.length; i += 1) texts[i] = cellText(cells[i] ?? null);
      if (index >= 0 && index < sheet.values.length) builtTexts[index] = texts;
      return texts;
    },
    rowTyped(row) {
      if (decode === null) return undefined;
      const index = row - origin.row;
      if (index < 0 || index >= sheet.values.length) return undefined;
      if (builtRows[index] === undefined) view.rowCells(row);
      return builtTyped[index];
    },
    mergeAbove: (row, column) => fillDown.get(row)?.get(column),
    mergeAcross: (row, column) => across.get(`${row},${column}`),
    isHiddenRow: (row) => hiddenRows.has(row),
    link: (row, column) => links.get(column)?.get(row),
  };
  return view;
}
