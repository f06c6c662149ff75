import { parseCost, parseMinutes } from '../records/measure';
import { readDate, type DateReading } from '../dates/readDate';
import { serialToIso, toIso } from '../dates/serial';
import { columnLetters } from '../layout/a1';
import { createPlanLookup, type PlanLookup } from '../plan/planLookup';
import type { Plan } from '../plan/types';
import type { RawCell, RawSheet } from '../ports/workbookPort';
import type { SkippedRow } from '../records/readRecords';
import { findHeader, findHeaderEach, identifiesTable, matchHeaderRow } from '../records/findHeader';
import { OUTPUT_SHEET, SPENDING_SHEET, STANDING_SHEET } from '../records/recordSheets';
import { inferForm } from '../records/inferForm';
import type { OutputField, OutputRecord, RawRecord } from '../records/types';
import { PLAN_SHEET_NAME } from '../plan/planSheetFormat';
import { INSTRUCTIONS_SHEET_NAME, LISTS_SHEET_NAME, PROGRESS_SHEET_NAME } from '../template/sheetNames';
import { readStamp, STAMP_SHEET_NAME, type Stamp } from '../template/stamp';
import { cellText } from '../text/cellText';
import { foldForMatch } from '../text/fold';
import { readTables } from './templateTables';
import { CONSOLIDATION_SHEETS } from '../consolidate/consolidationSheetNames';
import { DECISIONS_SHEET_NAME } from '../decisions/decisionsSheetName';
import type { EntriesByKind, EntryOf, Table, TableOf } from '../validation/types';
import { createLabelResolver, type LabelResolver } from './labels';
import { readSheetOutputs } from './outputTables';
import { sideBySide } from './sideBySide';
import { viewOf } from './sheetView';
import type { DateHow, OutputBlock, OutputCellField, OutputRow, ReadingChoices, ReadingNote } from './types';

// Per-cell patterns as constants: a literal in a function body is a new RegExp each time it runs (issue 11).
const TEXT_DATE_DAY = /^\D*(\d{1,2})\s*[/.-]/;

/**
 * The one reader: a workbook's sheets → tables → column roles → rows → typed records with
 * provenance. Adopt, Kiểm tra, Báo cáo and Tổng hợp (pane and CLI) read workbooks through it;
 * validation rules consume what it returns and are never the way to get records.
 *
 * A workbook the add-in made (it carries a stamp) is read by its template's fixed tables, every
 * non-blank row kept. An office's own tracker is read the way an officer reads it: headers found
 * under title rows on every sheet, month blocks stacked on a sheet, two-row headers, columns given
 * roles by their words and their content, merged cells filled, section rows naming the channel,
 * total and title rows counted as such, counts, hidden rows, TCVN3/VNI text, dates in every way
 * offices type them. Nothing is dropped: every row read is blank, title, total or data.
 */

export interface ReadOptions {
  /** The source file's name, kept on every record. */
  readonly file?: string;
  readonly choices?: ReadingChoices;
  /** Reuse one lookup across many files (consolidation). */
  readonly lookup?: PlanLookup;
  readonly labels?: LabelResolver;
  /**
   * The unit a tracker without a stamp comes from, given its title rows' text (BookReading.titleText),
   * or null when that is not known: its rows with a blank unit cell are read as that unit's, as
   * checkReading would give them (assignUnit) by a copy of each row's entry and record. Consolidation
   * knows the sender from the file's name and titles (examine); a copy a row lived as long as the
   * consolidation (issue 11). Absent: such rows are read with no unit.
   */
  readonly senderOf?: (titleText: readonly string[]) => string | null;
}

/** One output row as read and resolved, with what the reader noticed about it. */
export interface OutputEntry extends EntryOf<'output'> {
  readonly hidden: boolean;
  /** How the date was read; absent when there is no date. */
  readonly dateHow?: DateHow;
  readonly date: DateReading;
  /**
   * The unit cell's text when it names no plan unit: never credited to the file's unit instead, except
   * as the sender's own offices and hamlets when the workbook names no other plan unit (assignUnit).
   */
  readonly unknownUnit?: string;
  /** The officer mapped the unit cell's text to no unit (ReadingChoices.units null): never credited to anyone, not even the sender (assignUnit). */
  readonly unitRefused?: true;
  /** With `unknownUnit`, the names of the plan's units it could mean once folded (two or more: names a tone mark apart, Thạnh/Thanh). */
  readonly unitCandidates?: readonly string[];
  /** The channel and form labels as the officer means them (TCVN3/VNI decoded), for review and mapping. */
  readonly channelLabel: string;
  readonly formLabel: string;
}

export interface BookReading {
  readonly stamp: Stamp | null;
  /** Every table read, for validation and for the conservation line. */
  readonly tables: readonly Table[];
  readonly entries: EntriesByKind;
  /** The output entries with the reader's details (same objects as entries.output). */
  readonly outputs: readonly OutputEntry[];
  /** Outputs tables of an office tracker as found (columns and roles, rows and kinds), for review. */
  readonly blocks: readonly OutputBlock[];
  readonly notes: readonly ReadingNote[];
  /** Visible sheets with content but no table (said, never silently skipped). */
  readonly sheetsWithoutTable: readonly string[];
  readonly hiddenSheets: readonly string[];
  /** Text of each sheet's title rows (above its first header): where a tracker names its unit. */
  readonly titleText: readonly string[];
  /**
   * The workbook holds a consolidation (its "TH Tin bài" sheet, from Tổng hợp or `cchc consolidate -o`):
   * a district workbook, whose rows are the units' and are never read as its own entries, so having no
   * entry table of its own is not a fault (issue 13, second tester: validate said "Không tìm thấy bảng
   * nhập liệu nào" on the tool's own file).
   */
  readonly holdsConsolidation: boolean;
}

/** The add-in's own sheets that are never entry tables. */
const OWN_SHEETS = new Set([STAMP_SHEET_NAME, LISTS_SHEET_NAME, PLAN_SHEET_NAME, PROGRESS_SHEET_NAME, INSTRUCTIONS_SHEET_NAME]);

/**
 * What the add-in writes beside a tracker and must not read back as a unit's entries: the
 * consolidation's TH sheets and the decisions sheet (a district workbook holds them after Tổng
 * hợp), and, in a workbook the add-in made (stamped, or a consolidation written to a file), its
 * report sheets ("BC Q1-2018"…). An office's own sheet named "BC tháng 3" in its tracker is still read.
 */
const OUTPUT_SHEETS: ReadonlySet<string> = new Set([...Object.values(CONSOLIDATION_SHEETS), DECISIONS_SHEET_NAME]);

function isAddinOutput(sheet: RawSheet, madeByAddin: boolean): boolean {
  return OUTPUT_SHEETS.has(sheet.name) || (madeByAddin && sheet.name.startsWith('BC '));
}

const TITLE_ROWS = 6;

export function readBook(plan: Plan, allSheets: readonly RawSheet[], options: ReadOptions = {}): BookReading {
  const stamp = readStamp(allSheets);
  // A consolidation written to a file (cchc consolidate -o) has no stamp, but its TH sheets say whose its report sheet is.
  const holdsConsolidation = allSheets.some((sheet) => sheet.name === CONSOLIDATION_SHEETS.records);
  const madeByAddin = stamp !== null || holdsConsolidation;
  const sheets = allSheets.filter((sheet) => !isAddinOutput(sheet, madeByAddin));
  const lookup = options.lookup ?? options.labels?.lookup ?? createPlanLookup(plan);
  if (stamp !== null) return { ...readStamped(plan, sheets, stamp, lookup, options.file), holdsConsolidation };
  const labels = options.labels ?? createLabelResolver(plan, lookup);
  const choices = options.choices ?? {};
  const notes: ReadingNote[] = [];
  const blocks: OutputBlock[] = [];
  const read: { block: OutputBlock; rows: readonly OutputRow[] }[] = [];
  const sheetsWithoutTable: string[] = [];
  const hiddenSheets: string[] = [];
  const titleText: string[] = [];
  const otherSheets: RawSheet[] = [];
  // Bands of a sheet holding tables side by side (sideBySide) that go to the standing and spending reader.
  const bandSheets = new Set<RawSheet>();

  const readSheet = (sheet: RawSheet): void => {
    // The officer's word that the sheet is standing work or spending wins over what its header looks like.
    if (choices.otherSheets?.has(sheet.name) === true) {
      otherSheets.push(sheet);
      return;
    }
    // Tables side by side, a blank column between them: each read on its own (read13m defect 3).
    const bands = sideBySide(sheet);
    if (bands !== null) {
      for (const band of bands) {
        // A band with no news header is standing work or spending: read by those tables' headers, or said not read.
        if (findHeader(band, OUTPUT_SHEET) === null) {
          otherSheets.push(band);
          bandSheets.add(band);
        } else readSheet(band);
      }
      return;
    }
    const view = viewOf(sheet);
    // A standing-items or spending sheet names those tables' own columns ("Tình trạng", "Số tiền"): not outputs.
    const other = otherHeaders(sheet);
    if (other.kept) {
      // A news table below the standing work or the spending is read as news (issue 13, closing note 5).
      for (const part of byTable(sheet)) {
        if (part.kind === 'output') readSheet(part.sheet);
        else otherSheets.push(part.sheet);
      }
      return;
    }
    const found = readSheetOutputs(view, labels, choices);
    // A standing-items or spending table ABOVE the news on the same sheet is read by its own header, not
    // passed over as title rows (issue 13, closing note 5). Its header was found by otherHeaders already.
    const firstTop = found.tables[0]?.block.headerTop;
    if (firstTop !== undefined && other.rows.some((row) => row < firstTop))
      otherSheets.push(...byTable(rowsOf(sheet, sheet.origin.row, firstTop - 1)).map((p) => p.sheet));
    // A standing-items or spending table kept below the outputs on the same sheet is read by its own headers, not as news (issue 13, D2).
    const tablesKept: (typeof found.tables)[number][] = [];
    for (const t of found.tables) {
      const split = otherTableIn(sheet, t, found.tables.length > 1);
      if (split === null) tablesKept.push(t);
      else {
        otherSheets.push(...byTable(blockSheet(sheet, split.from, t.block)).map((p) => p.sheet));
        if (split.kept) tablesKept.push(split.kept);
      }
    }
    const sheetRead = tablesKept.every((t, i) => t === found.tables[i]) && tablesKept.length === found.tables.length ? found : { ...found, tables: tablesKept };
    const sheetBlocks = sheetRead.tables.map((t) => t.block);
    // Title rows end at the first header of any table: the standing work above the news is no title.
    const firstHeader = Math.min(sheetBlocks[0]?.headerTop ?? view.top + TITLE_ROWS, ...other.rows);
    // A hidden sheet with no table holds the dropdowns' lists (a "DM" sheet of channels and forms), never a
    // title the officer reads: its "Đài Truyền thanh huyện" made 21 communes' weekly files the radio
    // station's (issue 11, session 28 review).
    const titleEnd = sheetBlocks.length === 0 && view.hidden ? view.top : Math.min(firstHeader, view.top + TITLE_ROWS * 2);
    for (let row = view.top; row < titleEnd; row += 1) {
      const cells = view.rowCells(row);
      // A sheet with no table has title rows only until a row holds a number: a summary's channel list
      // beside its counts is data, and "Đài Truyền thanh huyện" there made a town's file the radio
      // station's (issue 11's fifth tester, F1: the town then counted as not reported).
      if (sheetBlocks.length === 0 && cells.some((c) => typeof c === 'number')) break;
      for (const c of cells) {
        const text = cellText(c);
        if (text !== '') titleText.push(text);
      }
    }
    if (sheetBlocks.length === 0) {
      otherSheets.push(sheet);
      return;
    }
    if (view.hidden) {
      hiddenSheets.push(sheet.name);
      notes.push({ code: 'reader.hiddenSheet', severity: 'warning', sheet: sheet.name, params: { sheet: sheet.name } });
    }
    blocks.push(...sheetBlocks);
    read.push(...sheetRead.tables);
    notes.push(...sheetRead.notes);
    const hiddenRows = sheetBlocks.flatMap((b) => b.rows).filter((r) => r.kind === 'data' && r.hidden && !view.hidden).length;
    if (hiddenRows > 0) notes.push({ code: 'reader.hiddenRows', severity: 'warning', sheet: sheet.name, params: { count: hiddenRows } });
  };
  for (const sheet of sheets) {
    if (OWN_SHEETS.has(sheet.name) || sheet.name.startsWith('_')) continue;
    readSheet(sheet);
  }

  // Standing items and spending kept by an office on their own sheets: read by their headers.
  const others = readTables(otherSheets, lookup, null, null, options.file, choices.otherColumns, choices.otherSheets);
  const otherTables = others.tables.filter((t) => t.kind !== 'output');
  for (const sheet of otherSheets) {
    const hasTable = otherTables.some((t) => t.sheet === sheet.name);
    const hasContent = sheet.values.some((r) => r.some((c) => cellText(c) !== ''));
    if (!hasTable && hasContent && sheet.visibility !== 'hidden' && sheet.visibility !== 'veryHidden') {
      // A side table not read is said by its cells: the sheet's other table was read (read13m defect 3).
      if (bandSheets.has(sheet)) {
        const range = usedRange(sheet);
        notes.push({ code: 'reader.cellsNotRead', severity: 'warning', sheet: sheet.name, cell: range.split(':')[0] ?? range, params: { range } });
      } else sheetsWithoutTable.push(sheet.name);
    }
  }

  const swap = usDateSwap(
    read.flatMap((t) => t.rows),
    plan.identity.year,
    choices.usDates ?? 'swap',
  );
  const sender = options.senderOf?.(titleText) ?? null;
  const { tables, outputs } = resolveTables(plan, read, labels, choices, swap, options.file, notes, sender);
  return {
    stamp: null,
    tables: [...tables, ...otherTables],
    entries: { output: outputs, standing: others.entries.standing, spending: others.entries.spending },
    outputs,
    blocks,
    notes,
    sheetsWithoutTable,
    hiddenSheets,
    titleText,
    holdsConsolidation,
  };
}

/**
 * Each outputs table read as a table of the reading and its rows as entries (resolveRow). A function
 * of its own: the engine compiles this hot loop alone rather than the whole of readBook (issue 11).
 */
function resolveTables(
  plan: Plan,
  read: readonly { block: OutputBlock; rows: readonly OutputRow[] }[],
  labels: LabelResolver,
  choices: ReadingChoices,
  swap: ReadonlySet<OutputRow>,
  file: string | undefined,
  notes: ReadingNote[],
  sender: string | null,
): { tables: TableOf<'output'>[]; outputs: OutputEntry[] } {
  const tables: TableOf<'output'>[] = [];
  const outputs: OutputEntry[] = [];
  for (const { block, rows } of read) {
    const table = outputTable(block);
    tables.push(table);
    const letters = columnLettersOf(table);
    for (const row of rows) outputs.push(resolveRow(plan, row, table, letters, labels, choices, swap, file, notes, sender));
  }
  return { tables, outputs };
}

/** The A1 range of a sheet's cells that hold something ("H3:K5"). */
function usedRange(sheet: RawSheet): string {
  let top = Infinity;
  let bottom = -Infinity;
  let left = Infinity;
  let right = -Infinity;
  sheet.values.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cellText(cell) === '') return;
      top = Math.min(top, sheet.origin.row + r);
      bottom = Math.max(bottom, sheet.origin.row + r);
      left = Math.min(left, sheet.origin.column + c);
      right = Math.max(right, sheet.origin.column + c);
    }),
  );
  return `${columnLetters(left)}${top}:${columnLetters(right)}${bottom}`;
}

/** Whether the header row at `row` names a standing-items or spending table better than an outputs one. */
function namesOtherTable(sheet: RawSheet, row: number): boolean {
  const output = matchHeaderRow(sheet, OUTPUT_SHEET, row);
  return [STANDING_SHEET, SPENDING_SHEET].some((def) => {
    const other = matchHeaderRow<'standing' | 'spending'>(sheet, def, row);
    return identifiesTable(def.kind, other) && other.columns.size > output.columns.size;
  });
}

type SheetTable = { readonly block: OutputBlock; readonly rows: readonly OutputRow[] };

/**
 * Where a standing-items or spending table starts in an outputs block: the block's own header (when
 * the sheet has other blocks: a sheet with one table was already weighed by keptForOtherTable), or a
 * row under it that is that table's header (read as a news row with no date). Only rows that are not
 * dated news are looked at, so a long tracker costs nothing more. Null when the block is all outputs;
 * `kept` is the outputs part above the other table, if any.
 */
function otherTableIn(sheet: RawSheet, table: SheetTable, several: boolean): { from: number; kept: SheetTable | null } | null {
  if (several && namesOtherTable(sheet, table.block.headerTop)) return { from: table.block.headerTop, kept: null };
  // Both lists are in row order: the output rows of a sheet row are found by walking along (a map of
  // every row was built for each table, issue 11). A row's outputs (one per marked or listed channel)
  // share its date.
  let next = 0;
  for (const r of table.block.rows) {
    if (r.kind === 'blank') continue;
    while (next < table.rows.length && (table.rows[next]?.row ?? Infinity) < r.row) next += 1;
    const output = table.rows[next];
    const cells = output !== undefined && output.row === r.row ? output.cells : undefined;
    if (cells !== undefined && readDate(cells.date ?? null).kind === 'date') continue;
    if (!namesOtherTable(sheet, r.row)) continue;
    const block = { ...table.block, rows: table.block.rows.filter((x) => x.row < r.row) };
    return { from: r.row, kept: { block, rows: table.rows.filter((x) => x.row < r.row) } };
  }
  return null;
}

/** Rows `from`..`to` of a sheet as a sheet of the same name, so its rows keep their sheet row numbers. */
function rowsOf(sheet: RawSheet, from: number, to: number): RawSheet {
  return { ...sheet, values: sheet.values.slice(from - sheet.origin.row, to - sheet.origin.row + 1), origin: { row: from, column: sheet.origin.column } };
}

/** A part of a sheet, as one table: a news table is read by the outputs reader, the others by their headers. */
interface SheetPart {
  readonly kind: 'output' | 'other';
  readonly sheet: RawSheet;
}

/**
 * A standing-items sheet (or part of one) with a spending table below it, or the reverse, or a news
 * table below either, as one part per table, each read by its own header down to the next table's
 * (issue 13, eighth tester, D3: a khu phố's "Ngày | Nội dung chi | Số tiền | Nguồn" under its monthly
 * work was read as work rows; closing note 5: news below the work vanished). A row starts the other
 * table when it identifies that table and names more of its columns than of the table above (and, for
 * news, than of the other table). A sheet with one table is returned whole.
 */
function byTable(sheet: RawSheet): SheetPart[] {
  const found = ([STANDING_SHEET, SPENDING_SHEET] as const)
    .map((def) => ({ def, header: findHeader<'standing' | 'spending'>(sheet, def) }))
    .flatMap(({ def, header }) => (header === null ? [] : [{ def, row: header.row }]))
    .sort((a, b) => a.row - b.row);
  const top = found[0];
  if (top === undefined) return [{ kind: 'other', sheet }];
  const other = top.def === STANDING_SHEET ? SPENDING_SHEET : STANDING_SHEET;
  const last = sheet.origin.row + sheet.values.length - 1;
  for (let row = top.row + 1; row <= last; row += 1) {
    const above = matchHeaderRow<'standing' | 'spending'>(sheet, top.def, row).columns.size;
    const next = matchHeaderRow<'standing' | 'spending'>(sheet, other, row);
    const nextTable = identifiesTable(other.kind, next) && next.columns.size > above;
    if (nextTable) return [{ kind: 'other', sheet: rowsOf(sheet, sheet.origin.row, row - 1) }, ...byTable(rowsOf(sheet, row, last))];
    const news = matchHeaderRow(sheet, OUTPUT_SHEET, row);
    if (identifiesTable('output', news) && news.columns.size > above && news.columns.size > next.columns.size) {
      return [
        { kind: 'other', sheet: rowsOf(sheet, sheet.origin.row, row - 1) },
        { kind: 'output', sheet: rowsOf(sheet, row, last) },
      ];
    }
  }
  return [{ kind: 'other', sheet }];
}

/** The rows from `top` to a block's last row as a sheet of the same name, so its rows keep their sheet row numbers. */
function blockSheet(sheet: RawSheet, top: number, block: OutputBlock): RawSheet {
  const last = block.rows.at(-1)?.row ?? block.headerBottom;
  return { ...sheet, values: sheet.values.slice(top - sheet.origin.row, last - sheet.origin.row + 1), origin: { row: top, column: sheet.origin.column } };
}

/**
 * The rows of the standing-items and spending headers found on a sheet, and whether the sheet is kept
 * for those tables: no outputs header, or the other table's names more columns and starts no lower.
 */
function otherHeaders(sheet: RawSheet): { kept: boolean; rows: number[] } {
  // The outputs header is looked for only once another table's is found: most sheets have neither
  // other table, and each search reads the sheet's first rows again (issue 11).
  let output: ReturnType<typeof findHeader<'output'>> | undefined;
  let kept = false;
  const rows: number[] = [];
  // Both tables' headers are sought in one reading of the sheet's first rows (findHeaderEach).
  for (const other of findHeaderEach<'standing' | 'spending'>(sheet, [STANDING_SHEET, SPENDING_SHEET])) {
    if (other === null) continue;
    rows.push(other.row);
    output ??= findHeader(sheet, OUTPUT_SHEET);
    // An outputs header above the other table's makes an outputs sheet: the other table below it is split off by otherTableIn (issue 13, D2).
    if (output === null || (other.columns.size > output.columns.size && other.row <= output.row)) kept = true;
  }
  return { kept, rows };
}

function readStamped(
  plan: Plan,
  sheets: readonly RawSheet[],
  stamp: Stamp,
  lookup: PlanLookup,
  file: string | undefined,
): Omit<BookReading, 'holdsConsolidation'> {
  const read = readTables(sheets, lookup, null, stamp, file);
  // A row hidden in the template's own table is set aside as in an office's tracker (admitOutput, README): the officer
  // hides a draft ("BẢN NHÁP - chưa đăng") to keep it out of the count (issue 13, second tester, finding 4).
  const sheetOf = new Map(sheets.map((sheet) => [sheet.name, sheet]));
  const isHidden = (sheetName: string, row: number): boolean => {
    const sheet = sheetOf.get(sheetName);
    return sheet !== undefined && ((sheet.visibility !== undefined && sheet.visibility !== 'visible') || (sheet.hiddenRows ?? []).includes(row));
  };
  const outputs: OutputEntry[] = read.entries.output.map((e) => {
    const hidden = isHidden(e.raw.source.sheet, e.raw.source.row);
    const date = readDate(e.raw.cells.date ?? null);
    const channelLabel = e.text.channel ?? '';
    const formLabel = e.text.form ?? '';
    // A unit cell that could be two units (Thạnh/Thanh) is said as such; any other unknown unit stays as the template's tables leave it.
    if (e.record.unit === null && (e.text.unit ?? '') !== '') {
      const unit = ambiguous(plan, lookup, e.text.unit ?? '');
      if (unit.unknownUnit !== undefined)
        return { ...e, ...unit, hidden, date, channelLabel, formLabel, ...(e.record.date === null ? {} : { dateHow: 'serial' as const }) };
    }
    // One literal per shape, not the entry and its optional parts spread: the spread kept about 1.4 KB a
    // row until the consolidation ended (issue 11: 86 MB in the allocation profile of 60,000 template rows,
    // and -o's peak under load); why it cost that much was not pinned down (a small test gives fast objects).
    const { kind, raw, record, text, table } = e;
    return record.date === null
      ? { kind, raw, record, text, table, hidden, date, channelLabel, formLabel }
      : { kind, raw, record, text, table, hidden, date, channelLabel, formLabel, dateHow: 'serial' };
  });
  return {
    stamp,
    tables: read.tables,
    entries: { ...read.entries, output: outputs },
    outputs,
    blocks: [],
    notes: [...read.notes, ...hiddenTemplateRows(outputs)],
    sheetsWithoutTable: [],
    hiddenSheets: [],
    titleText: [],
  };
}

/**
 * One warning per sheet listing the hidden rows of a template's table. The live Tiến độ sheet counts
 * with COUNTIFS, which counts hidden rows too (only SUBTOTAL and AGGREGATE can skip them), so the
 * warning says the sheet's figure is higher than the report's until the row is unhidden or deleted.
 */
function hiddenTemplateRows(outputs: readonly OutputEntry[]): ReadingNote[] {
  const bySheet = new Map<string, number[]>();
  for (const e of outputs) if (e.hidden) bySheet.set(e.raw.source.sheet, [...(bySheet.get(e.raw.source.sheet) ?? []), e.raw.source.row]);
  return [...bySheet].map(([sheet, rows]) => ({
    code: 'reader.hiddenRowsLive',
    severity: 'warning',
    sheet,
    params: { count: rows.length, rows: rows.join(', ') },
  }));
}

const FIELDS: readonly OutputField[] = ['date', 'channel', 'form', 'title', 'link', 'unit', 'note', 'minutes', 'amount'];

/** A row read without its texts (OutputRow.texts): every field's text is worked out from its cell. */
const NO_TEXTS: NonNullable<OutputRow['texts']> = Object.freeze({});

/** A row with no decoded text (no TCVN3/VNI cell): one empty answer for all of them. */
const NOTHING_TYPED: NonNullable<OutputRow['typed']> = Object.freeze({});

function outputTable(block: OutputBlock): TableOf<'output'> {
  const columns = new Map<OutputField, number>();
  const headers = new Map<number, string>();
  for (const c of block.columns) {
    if (c.header !== '') headers.set(c.column, c.header);
    const field = c.role as OutputField | null;
    if (field !== null && (FIELDS as readonly string[]).includes(field) && !columns.has(field)) columns.set(field, c.column);
  }
  const skipped: SkippedRow[] = block.rows
    .filter((r) => r.kind !== 'data')
    .map((r) => ({ sheet: block.sheet, row: r.row, reason: r.kind === 'section' ? 'title' : (r.kind as SkippedRow['reason']) }));
  const elsewhere: OutputField[] = [];
  if (!columns.has('channel')) elsewhere.push('channel');
  // Trackers rarely have a form column: the form is inferred from the title or channel.
  if (!columns.has('form')) elsewhere.push('form');
  return {
    kind: 'output',
    sheet: block.sheet,
    header: { row: block.headerBottom, columns, headers },
    skipped,
    rowsRead: block.rows.length,
    fieldsElsewhere: elsewhere,
  };
}

/**
 * Dates typed under an English (US) Excel: "05/03/2018" became 3 May while "15/03/2018" stayed
 * text. A workbook whose real dates all have a day ≤ 12 while some d/m text dates have a day > 12
 * shows it; those real dates are read day-first (or kept, as the officer chooses), each with a warning.
 */
function usDateSwap(rows: readonly OutputRow[], year: number, choice: 'swap' | 'keep'): ReadonlySet<OutputRow> {
  const serials: OutputRow[] = [];
  let textDayOver12 = 0;
  let textDayUpTo12 = 0;
  for (const row of rows) {
    const raw = row.cells.date ?? null;
    if (typeof raw === 'number') {
      const reading = readDate(raw, year);
      if (reading.kind === 'date') serials.push(row);
    } else if (typeof raw === 'string') {
      const reading = readDate(raw, year);
      const day = TEXT_DATE_DAY.exec(raw);
      if (reading.kind === 'date' && day && Number(day[1]) > 12) textDayOver12 += 1;
      else if (reading.kind === 'date' && day) textDayUpTo12 += 1;
    }
  }
  // Under a US Excel every d/m text whose day is ≤ 12 became a (wrong) date: such text left as text means the locale was not the cause.
  if (choice === 'keep' || serials.length < 2 || textDayOver12 === 0 || textDayUpTo12 > 0) return new Set();
  const allLow = serials.every((row) => Number(serialToIso(row.cells.date as number).slice(8, 10)) <= 12);
  return allLow
    ? new Set(
        serials.filter((row) => {
          const iso = serialToIso(row.cells.date as number);
          return iso.slice(5, 7) !== iso.slice(8, 10);
        }),
      )
    : new Set();
}

/** The table's field columns as letters, once per table: every row's record carries a copy. */
function columnLettersOf(table: TableOf<'output'>): Partial<Record<OutputField, string>> {
  const columns: Partial<Record<OutputField, string>> = {};
  for (const [field, column] of table.header.columns) columns[field] = columnLetters(column);
  return columns;
}

function text(raw: RawCell | undefined): string {
  return cellText(raw ?? null);
}

function resolveRow(
  plan: Plan,
  row: OutputRow,
  table: TableOf<'output'>,
  letters: Readonly<Partial<Record<OutputField, string>>>,
  labels: LabelResolver,
  choices: ReadingChoices,
  swapped: ReadonlySet<OutputRow>,
  file: string | undefined,
  notes: ReadingNote[],
  sender: string | null,
): OutputEntry {
  const { cells } = row;
  let date = readDate(cells.date ?? null, plan.identity.year);
  let dateHow: DateHow | undefined = date.kind === 'date' ? date.how : undefined;
  if (date.kind === 'date' && swapped.has(row)) {
    const [y, m, d] = date.iso.split('-').map(Number);
    date = { kind: 'date', iso: toIso(y ?? 0, d ?? 0, m ?? 0), how: 'serial' };
    dateHow = 'swapped';
    notes.push({
      code: 'reader.usDateSwapped',
      severity: 'warning',
      sheet: row.sheet,
      ...(letters.date === undefined ? {} : { cell: `${letters.date}${row.row}` }),
      params: { date: date.iso.split('-').reverse().join('/') },
    });
  } else if (date.kind === 'date' && date.how === 'yearAssumed') {
    notes.push({
      code: 'reader.yearAssumed',
      severity: 'warning',
      sheet: row.sheet,
      ...(letters.date === undefined ? {} : { cell: `${letters.date}${row.row}` }),
      params: { value: text(cells.date), year: plan.identity.year },
    });
  }
  // The texts the sheet view worked out for the row's own cells (row.texts); the channel's only when it is the row's own.
  const known = row.texts ?? NO_TEXTS;
  const channelText = row.channelFrom === undefined && known.channel !== undefined ? known.channel : text(cells.channel);
  const mappedChannel = choices.channels?.get(foldForMatch(channelText));
  const label = labels.channel(channelText);
  const channel = mappedChannel !== undefined ? mappedChannel : label.channel;
  const title = known.title ?? text(cells.title);
  const formText = known.form ?? text(cells.form);
  const mappedForm = choices.forms?.get(foldForMatch(formText));
  const form =
    formText === ''
      ? (label.form ?? inferForm(plan, channel, title, choices.defaultForm ?? null))
      : mappedForm !== undefined
        ? mappedForm
        : (labels.lookup.form.find(formText) ?? label.form);
  const unitText = known.unit ?? text(cells.unit);
  const mappedUnit = choices.units?.get(foldForMatch(unitText));
  // A blank unit cell is the sender's when the caller knows it (ReadOptions.senderOf).
  const unit = unitText === '' ? sender : mappedUnit !== undefined ? mappedUnit : labels.unit(unitText);
  const linkText = known.link ?? text(cells.link);
  // Built key by key in the order the record has always had (quantity, minutes, amount only when
  // they say something), without spreading conditional parts: this runs for every row read (issue 11).
  const record: { -readonly [K in keyof OutputRecord]: OutputRecord[K] } = {
    source: file === undefined ? { sheet: row.sheet, row: row.row } : { file, sheet: row.sheet, row: row.row },
    date: date.kind === 'date' ? date.iso : null,
    channel,
    form,
    title,
    link: row.url ?? linkText,
    unit,
    note: known.note ?? text(cells.note),
  };
  if (row.quantity !== 1) record.quantity = row.quantity;
  const minutes = parseMinutes(cells.minutes);
  if (minutes !== null) record.minutes = minutes;
  const amount = parseCost(cells.amount);
  if (amount !== null) record.amount = amount;
  // A row whose every cell is as typed, in its own columns, with no count column: its cells and texts
  // (OutputRow.texts) already are the record's raw cells and texts, the same keys with the same values
  // (issue 11: two objects a row, each living as long as the consolidation, so copied by the collector).
  // A TCVN3/VNI row in its own columns likewise, once its cells and texts hold what was typed where decoding changed
  // it: they are this row's own objects (outputTables readRows makes them per row; only rows whose channel comes from
  // elsewhere share theirs) and nothing reads them as decoded after this point (issue 11: two more objects a legacy
  // row, copied by the collector; 4× TCVN3 set, peak 428 → 382 MB, fastest CPU 5.3 → 5.0 s).
  const own = row.channelFrom === undefined && row.texts !== undefined && !('count' in cells);
  if (own && row.typed !== undefined) asTyped(row);
  const rawCells: { -readonly [K in OutputField]?: RawCell } = own ? cells : {};
  const texts: { -readonly [K in OutputField]?: string } = own ? known : {};
  if (!own) {
    // Otherwise field by field in FIELDS's order (the key order they have always had), through named
    // keys: a loop over FIELDS storing `rawCells[field]` went through keyed stores that cost half of
    // this function (issue 11). Where no decoded text stands in for a cell (`row.typed`), its text is
    // the one worked out above, not tidied again (long titles and notes are not memoised).
    const typed = row.typed ?? NOTHING_TYPED;
    const typedTexts = row.typedTexts ?? NOTHING_TYPED;
    if (cells.date !== undefined) {
      rawCells.date = typed.date ?? cells.date;
      texts.date = typed.date === undefined ? (known.date ?? cellText(rawCells.date)) : (typedTexts.date ?? typed.date);
    }
    if (cells.channel !== undefined) {
      rawCells.channel = typed.channel ?? cells.channel;
      texts.channel = typed.channel === undefined ? channelText : (typedTexts.channel ?? typed.channel);
    }
    if (cells.form !== undefined) {
      rawCells.form = typed.form ?? cells.form;
      texts.form = typed.form === undefined ? formText : (typedTexts.form ?? typed.form);
    }
    if (cells.title !== undefined) {
      rawCells.title = typed.title ?? cells.title;
      texts.title = typed.title === undefined ? title : (typedTexts.title ?? typed.title);
    }
    if (cells.link !== undefined) {
      rawCells.link = typed.link ?? cells.link;
      texts.link = typed.link === undefined ? linkText : (typedTexts.link ?? typed.link);
    }
    if (cells.unit !== undefined) {
      rawCells.unit = typed.unit ?? cells.unit;
      texts.unit = typed.unit === undefined ? unitText : (typedTexts.unit ?? typed.unit);
    }
    if (cells.note !== undefined) {
      rawCells.note = typed.note ?? cells.note;
      texts.note = typed.note === undefined ? record.note : (typedTexts.note ?? typed.note);
    }
    if (cells.minutes !== undefined) {
      rawCells.minutes = typed.minutes ?? cells.minutes;
      texts.minutes = typed.minutes === undefined ? (known.minutes ?? cellText(rawCells.minutes)) : (typedTexts.minutes ?? typed.minutes);
    }
    if (cells.amount !== undefined) {
      rawCells.amount = typed.amount ?? cells.amount;
      texts.amount = typed.amount === undefined ? (known.amount ?? cellText(rawCells.amount)) : (typedTexts.amount ?? typed.amount);
    }
  }
  // The table's column letters are one readonly object per table, shared by its rows' records (issue 11).
  const raw: RawRecord<'output'> =
    row.channelAt !== undefined
      ? { kind: 'output', source: record.source, cells: rawCells, columns: letters, addresses: { channel: row.channelAt } }
      : { kind: 'output', source: record.source, cells: rawCells, columns: letters };
  // A dated row's entry is made with its dateHow in one literal: a key added afterwards went to a
  // property store of its own, one more object for most rows (issue 11).
  const entry: { -readonly [K in keyof OutputEntry]: OutputEntry[K] } =
    dateHow === undefined
      ? { kind: 'output', raw, record, text: texts, table, hidden: row.hidden, date, channelLabel: channelText, formLabel: formText }
      : { kind: 'output', raw, record, text: texts, table, hidden: row.hidden, date, channelLabel: channelText, formLabel: formText, dateHow };
  if (unitText !== '' && unit === null) {
    entry.unknownUnit = unitText;
    if (mappedUnit === null) entry.unitRefused = true;
    const candidates = unitCandidates(plan, labels.lookup, unitText).unitCandidates;
    if (candidates !== undefined) entry.unitCandidates = candidates;
  }
  return entry;
}

/** Puts a TCVN3/VNI row's typed values and their tidy texts (OutputRow.typed, typedTexts) in its cells and texts, in place. */
function asTyped(row: OutputRow): void {
  const cells = row.cells as Partial<Record<OutputCellField, RawCell>>;
  const texts = row.texts as Partial<Record<OutputCellField, string>>;
  const typed = row.typed ?? NOTHING_TYPED;
  const typedTexts = row.typedTexts ?? NOTHING_TYPED;
  for (const key in typed) {
    const field = key as OutputCellField;
    cells[field] = typed[field] ?? null;
    // A typed text not in typedTexts is its own tidy text (OutputRow.typedTexts).
    texts[field] = typedTexts[field] ?? typed[field] ?? '';
  }
}

/** The names of the units a unit cell's text could mean once folded, when two or more: the row is ambiguous, not of an unknown unit. */
function unitCandidates(plan: Plan, lookup: PlanLookup, text: string): { unitCandidates?: readonly string[] } {
  const codes = lookup.unit.candidates(text);
  if (codes.length < 2) return {};
  return { unitCandidates: plan.units.filter((u) => codes.includes(u.code)).map((u) => u.name) };
}

/** For a template's row: the unknown unit text with its candidates, only when it could be two or more units. */
function ambiguous(plan: Plan, lookup: PlanLookup, text: string): { unknownUnit?: string; unitCandidates?: readonly string[] } {
  const found = unitCandidates(plan, lookup, text);
  return found.unitCandidates === undefined ? {} : { unknownUnit: text, ...found };
}
