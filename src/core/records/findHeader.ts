import { address } from '../layout/a1';
import type { RawSheet } from '../ports/workbookPort';
import { cellText } from '../text/cellText';
import { toUnicode } from '../text/legacyText';
import { foldForMatch, foldPrefix } from '../text/fold';
import type { RecordSheet } from './recordSheets';
import type { FieldOf, RecordKind } from './types';

/**
 * Finds the header row of an entry table on a sheet: the template's own (row 3) or an office's
 * tracker with title rows above and its own words for each column. The best row among the first
 * SCAN_ROWS is the one whose cells name the most fields; a header is accepted when it names the
 * fields that identify the table (date and title for outputs, item and state for standing items,
 * or item and the day it was done with no state column, date and amount for spending).
 */

const SCAN_ROWS = 30;
const SCAN_COLUMNS = 30;

export interface HeaderMatch<K extends RecordKind> {
  /** 1-based sheet row of the header. */
  readonly row: number;
  /** 1-based sheet column of each field found. */
  readonly columns: ReadonlyMap<FieldOf<K>, number>;
  /** The header text found in each column, for showing the mapping to the officer. */
  readonly headers: ReadonlyMap<number, string>;
}

/**
 * Each kind's sets of fields, any one of which identifies its table. An office's standing-items table
 * often has no code column ("Công việc | Quý | Tình trạng | Ngày hoàn thành | Minh chứng"): the item's
 * title with its state and its period or evidence names it as surely (issue 13, seventh tester, D2).
 */
const IDENTIFYING: Record<RecordKind, readonly (readonly string[])[]> = {
  output: [['date', 'title']],
  standing: [
    ['item', 'state'],
    ['title', 'state', 'period'],
    ['title', 'state', 'evidence'],
    // "TT | Công việc | Ngày thực hiện | Tình hình | Ghi chú": the work, its state and the day it was done (issue 13, ninth tester, D1).
    ['title', 'state', 'dateDone'],
  ],
  spending: [['date', 'amount']],
};

/**
 * A standing table with no state column ("STT | Hạng mục | Số lượng | Ngày hoàn thành | Ghi chú"), the
 * day the work was done its only word on it (standing13): identified by its item or title with that day,
 * only under a completion-date header (COMPLETION_DATE), since a bare "Ngày" beside "Nội dung" heads news.
 */
const IDENTIFYING_BY_COMPLETION: Partial<Record<RecordKind, readonly (readonly string[])[]>> = {
  standing: [
    ['item', 'dateDone'],
    ['title', 'dateDone'],
  ],
};

/**
 * Folded header words that say a day is the day the work was done ("Ngày hoàn thành", "Ngày thực hiện",
 * "Thời gian hoàn thành", "Thời gian thực hiện (ngày/tháng)"), not any day ("Ngày", "Ngày đăng"):
 * only under such a header is a standing table without a state column recognised (IDENTIFYING_BY_COMPLETION).
 */
const COMPLETION_DATE = ['ngay hoan thanh', 'ngay thuc hien', 'ngay hoan tat', 'thoi gian hoan thanh', 'thoi gian thuc hien', 'date done'];

/** Whether a header row's completion-date column is headed as the day the work was done (COMPLETION_DATE). */
export function namesCompletionDate<K extends RecordKind>(match: HeaderMatch<K>): boolean {
  const column = match.columns.get('dateDone' as FieldOf<K>);
  if (column === undefined) return false;
  const header = foldForMatch(match.headers.get(column) ?? '');
  return COMPLETION_DATE.some((words) => header === words || header.startsWith(`${words} `));
}

interface HeaderIndex<K extends RecordKind> {
  readonly exact: ReadonlyMap<string, FieldOf<K>>;
  /**
   * Folded aliases, longest first, for headers that start with an alias ("Ngày đăng tin"), by their
   * first character: a header is compared only with the aliases that start as it does (issue 11).
   */
  readonly prefixes: ReadonlyMap<number, readonly (readonly [string, FieldOf<K>])[]>;
  /** Answers already given, by folded header: rows are classified by their cells, so texts repeat. */
  readonly memo: Map<string, FieldOf<K> | null>;
  /** The longest folded alias, code units: a longer folded text can only start with an alias. */
  readonly longest: number;
}

const INDEXES = new WeakMap<object, HeaderIndex<RecordKind>>();

/** Folds a table's header aliases once, not once per cell read (a 100,000-row tracker asks 1e6 times). */
function indexOf<K extends RecordKind>(def: RecordSheet<K>): HeaderIndex<K> {
  const cached = INDEXES.get(def) as HeaderIndex<K> | undefined;
  if (cached) return cached;
  const exact = new Map<string, FieldOf<K>>();
  const prefixes: [string, FieldOf<K>][] = [];
  for (const column of def.columns) {
    for (const alias of column.headers) {
      const key = foldForMatch(alias);
      if (!exact.has(key)) exact.set(key, column.field);
      prefixes.push([key, column.field]);
    }
  }
  prefixes.sort((a, b) => b[0].length - a[0].length);
  const byFirst = new Map<number, [string, FieldOf<K>][]>();
  for (const entry of prefixes) {
    const first = entry[0].charCodeAt(0);
    byFirst.set(first, [...(byFirst.get(first) ?? []), entry]);
  }
  const index: HeaderIndex<K> = { exact, prefixes: byFirst, memo: new Map(), longest: prefixes[0]?.[0].length ?? 0 };
  INDEXES.set(def, index);
  return index;
}

/** The field a header names, by exact folded match first, then by the longest alias it starts with. */
export function fieldForHeader<K extends RecordKind>(def: RecordSheet<K>, header: string): FieldOf<K> | null {
  return fieldForFolded(def, foldForMatch(header));
}

/** fieldForHeader of a header already folded. */
function fieldForFolded<K extends RecordKind>(def: RecordSheet<K>, folded: string): FieldOf<K> | null {
  if (folded === '') return null;
  const index = indexOf(def);
  // Longer than every alias (a title, mostly, met once): no exact match, not worth a memo entry.
  if (folded.length > index.longest) return prefixField(index, folded);
  const known = index.memo.get(folded);
  if (known !== undefined) return known;
  const field = index.exact.get(folded) ?? prefixField(index, folded);
  if (index.memo.size < 10_000) index.memo.set(folded, field);
  return field;
}

/** The field of the longest alias `folded` starts with, followed by a space ("ngay dang tin"), else null. */
function prefixField<K extends RecordKind>(index: HeaderIndex<K>, folded: string): FieldOf<K> | null {
  // Tested without writing "alias " for every alias and cell (issue 11).
  return (
    index.prefixes
      .get(folded.charCodeAt(0))
      ?.find(([key]) => folded.length > key.length && folded.charCodeAt(key.length) === 32 && folded.startsWith(key))?.[1] ?? null
  );
}

export function matchHeaderRow<K extends RecordKind>(sheet: RawSheet, def: RecordSheet<K>, row: number): HeaderMatch<K> {
  return matchHeaderRowEach(sheet, [def], row)[0] as HeaderMatch<K>;
}

/**
 * matchHeaderRow for several tables at once: each cell is read, decoded and folded once for all of
 * them (issue 11: a sheet's first rows were read once for the standing items' header and again for
 * the spending's). The matches share one readonly map of the row's header texts.
 */
function matchHeaderRowEach<K extends RecordKind>(sheet: RawSheet, defs: readonly RecordSheet<K>[], row: number): HeaderMatch<K>[] {
  const columns = defs.map(() => new Map<FieldOf<K>, number>());
  const headers = new Map<number, string>();
  // A header is matched on its first words: a longer cell is folded only as far as the longest alias
  // and two units more (the space after it and a letter), which decides the same (issue 11: the
  // titles in a sheet's first rows were folded whole for each search).
  const foldTo = Math.max(...defs.map((def) => indexOf(def).longest)) + 2;
  const cells = sheet.values[row - sheet.origin.row] ?? [];
  cells.slice(0, SCAN_COLUMNS).forEach((raw, i) => {
    const text = cellText(raw);
    if (text === '') return;
    // A tracker typed in TCVN3 or VNI has headers like "Ngµy ®¨ng": read them as the Unicode they mean.
    const header = toUnicode(text);
    const column = sheet.origin.column + i;
    headers.set(column, header);
    const folded = header.length > foldTo ? foldPrefix(header, foldTo) : foldForMatch(header);
    defs.forEach((def, d) => {
      const field = fieldForFolded(def, folded);
      const found = columns[d];
      if (field && found && !found.has(field)) found.set(field, column);
    });
  });
  return columns.map((found) => ({ row, columns: found, headers }));
}

/** Whether a header row's fields name a table of this kind (IDENTIFYING). */
export function identifiesTable<K extends RecordKind>(kind: K, match: HeaderMatch<K>): boolean {
  const named = (set: readonly string[]): boolean => set.every((field) => match.columns.has(field as FieldOf<K>));
  return IDENTIFYING[kind].some(named) || (IDENTIFYING_BY_COMPLETION[kind]?.some(named) === true && namesCompletionDate(match));
}

export function findHeader<K extends RecordKind>(sheet: RawSheet, def: RecordSheet<K>): HeaderMatch<K> | null {
  return findHeaderEach(sheet, [def])[0] ?? null;
}

/** findHeader of each table, in the order given, reading the sheet's first rows once for all of them (matchHeaderRowEach). */
export function findHeaderEach<K extends RecordKind>(sheet: RawSheet, defs: readonly RecordSheet<K>[]): (HeaderMatch<K> | null)[] {
  const best: (HeaderMatch<K> | null)[] = defs.map(() => null);
  const last = Math.min(sheet.values.length, SCAN_ROWS);
  for (let i = 0; i < last; i += 1) {
    const matches = matchHeaderRowEach(sheet, defs, sheet.origin.row + i);
    defs.forEach((def, d) => {
      const match = matches[d];
      if (match === undefined || !identifiesTable(def.kind, match)) return;
      const sofar = best[d];
      if (!sofar || match.columns.size > sofar.columns.size) best[d] = match;
    });
  }
  return best;
}

/** "Tin bài!B7" style address of a field's cell in a row. */
export function fieldAddress<K extends RecordKind>(match: HeaderMatch<K>, field: FieldOf<K>, row: number): string | undefined {
  const column = match.columns.get(field);
  return column === undefined ? undefined : address(row, column);
}
