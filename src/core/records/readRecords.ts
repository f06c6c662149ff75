import { parseDate } from '../dates/parseDate';
import { columnLetters } from '../layout/a1';
import type { RawCell, RawSheet } from '../ports/workbookPort';
import { cellText } from '../text/cellText';
import { foldForMatch } from '../text/fold';
import { fieldForHeader, type HeaderMatch } from './findHeader';
import type { RecordSheet } from './recordSheets';
import type { FieldOf, RawRecord, RecordKind } from './types';

/**
 * Reads the rows under a header into raw records, and says what every other row was. Nothing is
 * dropped silently: each row below the header is a record, or counted as blank, title (a month
 * heading, a repeated header) or total ("Tổng cộng"). Conservation: rowsRead = records + blank +
 * titles + totals.
 */

export interface SkippedRow {
  readonly sheet: string;
  readonly row: number;
  readonly reason: 'blank' | 'title' | 'total';
}

export interface ReadRecords<K extends RecordKind> {
  readonly records: RawRecord<K>[];
  readonly skipped: SkippedRow[];
  readonly rowsRead: number;
}

const TOTAL_WORDS = /^(tong cong|tong so|tong|cong|total|sum)\b/;
const TITLE_WORDS = /^(thang|quy|nam|dot|dau|cuoi|6 thang|sau thang|month|quarter)\b/;

function classify<K extends RecordKind>(cells: readonly RawCell[], def: RecordSheet<K>, match: HeaderMatch<K>): SkippedRow['reason'] | 'data' {
  const texts = [...match.columns.values()].map((column) => cellText(cells[column - 1] ?? null));
  const filled = texts.filter((t) => t !== '');
  const everywhere = cells.map((c) => cellText(c)).filter((t) => t !== '');
  if (everywhere.length === 0) return 'blank';
  const first = foldForMatch(everywhere[0] ?? '');
  if (TOTAL_WORDS.test(first) && !hasDate(cells, match)) return 'total';
  // A header repeated lower down (one per month on the same sheet) is a title, not data.
  const headerLike = everywhere.filter((t) => fieldForHeader(def, t) !== null).length;
  if (headerLike >= 2 && headerLike === everywhere.length) return 'title';
  if (everywhere.length === 1 && filled.length <= 1 && (TITLE_WORDS.test(first) || isCapitalHeading(everywhere[0] ?? ''))) return 'title';
  return 'data';
}

/** Whether the row's date cell holds a real date: "Tổng cộng" typed in the date column does not. */
function hasDate<K extends RecordKind>(cells: readonly RawCell[], match: HeaderMatch<K>): boolean {
  const column = match.columns.get('date' as FieldOf<K>);
  return column !== undefined && parseDate(cells[column - 1] ?? null) !== null;
}

function isCapitalHeading(text: string): boolean {
  return /\p{L}/u.test(text) && text === text.toUpperCase() && text.includes(' ');
}

export interface ReadOptions {
  /** Source file name recorded on each record (consolidation). */
  readonly file?: string;
  /**
   * 'tracker' (default) recognises title and total rows in an office's own sheet. 'template' reads
   * the add-in's own tables, where every non-blank row is the officer's entry and must be kept,
   * even a lone line in capitals.
   */
  readonly mode?: 'tracker' | 'template';
}

/** "Tháng …" heads months, "Quý …" quarters: what a bare number under the period header is (issue 13, eighth tester, D1). */
function periodBareOf<K extends RecordKind>(match: HeaderMatch<K>): 'month' | 'quarter' | undefined {
  const column = match.columns.get('period' as FieldOf<K>);
  const header = foldForMatch(column === undefined ? '' : (match.headers.get(column) ?? ''));
  return /^thang\b/.test(header) ? 'month' : /^quy\b/.test(header) ? 'quarter' : undefined;
}

/**
 * The hyperlink targets of an outputs table's title and link columns, by sheet row: a row's record
 * keeps its title's, else its link's (the office-tracker reader's order, reader/outputTables). Empty
 * for other tables and for sheets the adapter gave no links for. The last link given for a cell wins.
 */
function hyperlinksOf<K extends RecordKind>(sheet: RawSheet, def: RecordSheet<K>, match: HeaderMatch<K>): Map<number, string> {
  const byRow = new Map<number, string>();
  if (def.kind !== 'output' || sheet.links === undefined || sheet.links.length === 0) return byRow;
  const title = match.columns.get('title' as FieldOf<K>);
  const link = match.columns.get('link' as FieldOf<K>);
  const onTitle = new Map<number, string>();
  for (const l of sheet.links) {
    if (l.column === title) onTitle.set(l.row, l.target);
    else if (l.column === link) byRow.set(l.row, l.target);
  }
  for (const [row, target] of onTitle) byRow.set(row, target);
  return byRow;
}

export function readRecords<K extends RecordKind>(sheet: RawSheet, def: RecordSheet<K>, match: HeaderMatch<K>, options: ReadOptions = {}): ReadRecords<K> {
  const { file, mode = 'tracker' } = options;
  const records: RawRecord<K>[] = [];
  const skipped: SkippedRow[] = [];
  const columns: Partial<Record<FieldOf<K>, string>> = {};
  for (const [field, column] of match.columns) columns[field] = columnLetters(column);
  const periodBare = periodBareOf(match);
  const hyperlinks = hyperlinksOf(sheet, def, match);
  const start = match.row + 1;
  const end = sheet.origin.row + sheet.values.length - 1;
  for (let row = start; row <= end; row += 1) {
    const rowValues = sheet.values[row - sheet.origin.row] ?? [];
    // Index by sheet column: pad on the left when the used range does not start at column A.
    const cells: RawCell[] = [...Array<RawCell>(sheet.origin.column - 1).fill(null), ...rowValues];
    const kind = mode === 'tracker' ? classify(cells, def, match) : cells.every((c) => cellText(c ?? null) === '') ? 'blank' : 'data';
    if (kind !== 'data') {
      skipped.push({ sheet: sheet.name, row, reason: kind });
      continue;
    }
    const values: Partial<Record<FieldOf<K>, RawCell>> = {};
    for (const [field, column] of match.columns) values[field] = cells[column - 1] ?? null;
    records.push({
      kind: def.kind,
      source: { ...(file === undefined ? {} : { file }), sheet: sheet.name, row },
      cells: values,
      columns,
      ...(periodBare === undefined ? {} : { periodBare }),
      ...(hyperlinks.has(row) ? { hyperlink: hyperlinks.get(row) } : {}),
    });
  }
  return { records, skipped, rowsRead: Math.max(0, end - start + 1) };
}
