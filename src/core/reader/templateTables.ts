import type { PlanLookup } from '../plan/planLookup';
import type { RawSheet } from '../ports/workbookPort';
import { findHeader, matchHeaderRow, type HeaderMatch } from '../records/findHeader';
import { readRecords, type ReadOptions } from '../records/readRecords';
import { OUTPUT_SHEET, RECORD_SHEETS, SPENDING_SHEET, STANDING_SHEET, type RecordSheet } from '../records/recordSheets';
import { resolveOutput, resolveSpending, resolveStanding, type ResolveContext } from '../records/resolveRecords';
import type { FieldOf, RawRecord, RecordKind, StandingField } from '../records/types';
import { PLAN_SHEET_NAME } from '../plan/planSheetFormat';
import { INSTRUCTIONS_SHEET_NAME, LISTS_SHEET_NAME, PROGRESS_SHEET_NAME } from '../template/sheetNames';
import { STAMP_SHEET_NAME, type Stamp } from '../template/stamp';
import { cellText } from '../text/cellText';
import { columnLetters, columnNumber } from '../layout/a1';
import { readDate } from '../dates/readDate';
import { isTotalLabel } from './rowKinds';
import type { ReadingNote } from './types';
import type { EntriesByKind, EntryOf, ResolvedOf, Table, TableOf } from '../validation/types';

/**
 * Finds the entry tables of a workbook and reads their rows. A workbook the add-in made (it has a
 * stamp) keeps its tables on their own sheets; an office's tracker may keep outputs on any sheet,
 * often one per month, under title rows and its own headers, so every sheet is tried and each is
 * read as the kind of table whose header it matches best.
 */

type AnyDef = RecordSheet<'output'> | RecordSheet<'standing'> | RecordSheet<'spending'>;

interface Found {
  readonly sheet: RawSheet;
  readonly def: AnyDef;
  readonly header: HeaderMatch<RecordKind>;
}

function bestTable(sheet: RawSheet, defs: readonly AnyDef[]): Found | null {
  let best: Found | null = null;
  for (const def of defs) {
    const header = findHeader<RecordKind>(sheet, def);
    if (header && (!best || header.columns.size > best.header.columns.size)) best = { sheet, def, header };
  }
  return best;
}

/**
 * The add-in's own sheets that are not entry tables. Skipped in a workbook without a stamp too (a
 * template whose stamp was lost): the lists sheet's header ("Mã hạng mục", "Tình trạng") would
 * otherwise read as a standing-items table.
 */
const NOT_ENTRY_SHEETS = new Set([STAMP_SHEET_NAME, LISTS_SHEET_NAME, PLAN_SHEET_NAME, PROGRESS_SHEET_NAME, INSTRUCTIONS_SHEET_NAME]);

type GivenSheets = ReadonlyMap<string, { readonly kind: 'standing' | 'spending'; readonly headerRow: number }>;

function tablesOf(sheets: readonly RawSheet[], stamped: boolean, given?: GivenSheets): Found[] {
  if (stamped) {
    return RECORD_SHEETS.flatMap((def) => {
      const sheet = sheets.find((s) => s.name === def.sheetName);
      const header = sheet ? findHeader<RecordKind>(sheet, def) : null;
      return sheet && header ? [{ sheet, def, header }] : [];
    });
  }
  return sheets.flatMap((sheet) => {
    if (NOT_ENTRY_SHEETS.has(sheet.name)) return [];
    // A sheet the officer named as standing work or spending is read from his header row, whatever it names.
    const told = given?.get(sheet.name);
    if (told !== undefined) {
      const def = told.kind === 'standing' ? STANDING_SHEET : SPENDING_SHEET;
      return [{ sheet, def, header: matchHeaderRow<RecordKind>(sheet, def, told.headerRow) }];
    }
    const found = bestTable(sheet, RECORD_SHEETS);
    return found ? [found] : [];
  });
}

const RESOLVE = {
  output: resolveOutput,
  standing: resolveStanding,
  spending: resolveSpending,
} as const;

function textsOf<K extends RecordKind>(raw: RawRecord<K>): Partial<Record<FieldOf<K>, string>> {
  const texts: Partial<Record<FieldOf<K>, string>> = {};
  for (const field of Object.keys(raw.cells) as FieldOf<K>[]) texts[field] = cellText(raw.cells[field] ?? null);
  return texts;
}

function read<K extends RecordKind>(
  sheet: RawSheet,
  def: RecordSheet<K>,
  header: HeaderMatch<K>,
  resolve: (record: RawRecord<K>, context: ResolveContext) => ResolvedOf[K],
  context: ResolveContext,
  options: ReadOptions,
): { table: TableOf<K>; entries: EntryOf<K>[]; notes: ReadingNote[] } {
  const result = readRecords(sheet, def, header, options);
  const totals = options.mode === 'template' ? result.records.filter((raw) => totalLabelOf(raw, header) !== null) : [];
  const records = totals.length === 0 ? result.records : result.records.filter((raw) => !totals.includes(raw));
  const skipped = [...result.skipped, ...totals.map((raw) => ({ sheet: sheet.name, row: raw.source.row, reason: 'total' as const }))].sort(
    (a, b) => a.row - b.row,
  );
  const elsewhere = def.kind === 'standing' ? standingFieldsElsewhere(header as HeaderMatch<'standing'>) : [];
  const table: TableOf<K> = {
    kind: def.kind,
    sheet: sheet.name,
    header,
    skipped,
    rowsRead: result.rowsRead,
    ...(elsewhere.length === 0 ? {} : { fieldsElsewhere: elsewhere as FieldOf<K>[] }),
  };
  const entries = records.map((raw): EntryOf<K> => ({ kind: def.kind, raw, record: resolve(raw, context), text: textsOf(raw), table }));
  const notes = totals.map((raw): ReadingNote => ({
    code: 'reader.totalRowSetAside',
    severity: 'warning',
    sheet: sheet.name,
    cell: `${columnLetters(totalLabelOf(raw, header)?.column ?? 1)}${raw.source.row}`,
    params: { row: raw.source.row, label: totalLabelOf(raw, header)?.label ?? '' },
  }));
  return { table, entries, notes };
}

/**
 * The required standing fields an office's table gives without their own column (validation's
 * table-columns rule asks no column for them): the item, named by the title ("Công việc", "Hạng
 * mục") when there is no code column (resolveStanding); the state, said by the day the work was
 * done when there is no state column (resolveStanding's stateByCompletion, standing13).
 */
function standingFieldsElsewhere(header: HeaderMatch<'standing'>): StandingField[] {
  const { columns } = header;
  return [
    ...(columns.has('item') || !columns.has('title') ? [] : (['item'] as const)),
    ...(columns.has('state') || !columns.has('dateDone') ? [] : (['state'] as const)),
  ];
}

/**
 * The label of a totals row an officer typed into the template's own table ("Cộng", "Tổng cộng:
 * 36 tin"), or null for an entry. The template keeps every other non-blank row as an entry (a
 * line in capitals is a title); a total row has no date and its first words are a total's
 * (rowKinds.isTotalLabel: "Cộng đồng…" and "Tổng kết…" are news), so it is set aside, listed,
 * and not reported as a row missing its date, channel and form (issue 13, second tester).
 */
function totalLabelOf<K extends RecordKind>(raw: RawRecord<K>, header: HeaderMatch<K>): { label: string; column: number } | null {
  const byColumn = [...header.columns].sort((a, b) => a[1] - b[1]);
  const date = raw.cells['date' as FieldOf<K>] ?? null;
  if (readDate(date).kind === 'date') return null;
  for (const [field, column] of byColumn) {
    const text = cellText(raw.cells[field] ?? null);
    if (text === '' || /^\d{1,3}[.)]?$/.test(text)) continue;
    return typeof raw.cells[field] === 'string' && isTotalLabel(text) ? { label: text, column } : null;
  }
  return null;
}

export interface ReadTables {
  readonly tables: Table[];
  readonly entries: EntriesByKind;
  /** Totals rows set aside from the template's own tables, one warning each. */
  readonly notes: ReadingNote[];
}

/**
 * A header with the officer's columns for it (ReadingChoices.otherColumns): a field given to a column
 * leaves the column it had, a column given null is not read. Unchanged when nothing is given for it.
 */
export function withColumns<K extends RecordKind>(header: HeaderMatch<K>, given: ReadonlyMap<string, string | null> | undefined): HeaderMatch<K> {
  if (given === undefined || given.size === 0) return header;
  const columns = new Map(header.columns);
  for (const [letter, field] of given) {
    const column = columnNumber(letter);
    for (const [f, c] of columns) if (c === column) columns.delete(f);
    if (field !== null) columns.set(field as FieldOf<K>, column);
  }
  return { ...header, columns };
}

/**
 * @param otherColumns the officer's columns of standing-items and spending tables, by "kind!Sheet!headerRow"
 *   (ReadingChoices.otherColumns); a tracker's tables only
 * @param otherSheets sheets read as a standing-items or spending table from the header row given (ReadingChoices.otherSheets)
 */
export function readTables(
  sheets: readonly RawSheet[],
  lookup: PlanLookup,
  defaultUnit: string | null,
  stamp: Stamp | null,
  file?: string,
  otherColumns?: ReadonlyMap<string, ReadonlyMap<string, string | null>>,
  otherSheets?: GivenSheets,
): ReadTables {
  const context: ResolveContext = { lookup, defaultUnit };
  // The add-in's own tables keep every non-blank row; a tracker's title and total rows are skipped.
  const options: ReadOptions = { file, mode: stamp === null ? 'tracker' : 'template' };
  const tables: Table[] = [];
  const output: EntryOf<'output'>[] = [];
  const standing: EntryOf<'standing'>[] = [];
  const spending: EntryOf<'spending'>[] = [];
  const notes: ReadingNote[] = [];
  for (const found of tablesOf(sheets, stamp !== null, otherSheets)) {
    const { sheet } = found;
    switch (found.def.kind) {
      case 'output': {
        const r = read(sheet, OUTPUT_SHEET, found.header as HeaderMatch<'output'>, RESOLVE.output, context, options);
        tables.push(r.table);
        notes.push(...r.notes);
        for (const e of r.entries) output.push(e);
        break;
      }
      case 'standing': {
        const header = withColumns(found.header as HeaderMatch<'standing'>, otherColumns?.get(`standing!${sheet.name}!${found.header.row}`));
        const r = read(sheet, STANDING_SHEET, header, RESOLVE.standing, context, options);
        tables.push(r.table);
        notes.push(...r.notes);
        for (const e of r.entries) standing.push(e);
        break;
      }
      case 'spending': {
        const header = withColumns(found.header as HeaderMatch<'spending'>, otherColumns?.get(`spending!${sheet.name}!${found.header.row}`));
        const r = read(sheet, SPENDING_SHEET, header, RESOLVE.spending, context, options);
        tables.push(r.table);
        notes.push(...r.notes);
        for (const e of r.entries) spending.push(e);
        break;
      }
    }
  }
  return { tables, entries: { output, standing, spending }, notes };
}
