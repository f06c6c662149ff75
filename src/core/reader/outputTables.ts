import { address, columnLetters } from '../layout/a1';
import type { RawCell } from '../ports/workbookPort';
import { cellText } from '../text/cellText';
import { readDate } from '../dates/readDate';
import { foldForMatch } from '../text/fold';
import { columnRoles } from './columnRoles';
import { findHeaders, type FoundHeader } from './headerRows';
import { namesAuthor, roleForHeader } from './headerWords';
import type { LabelResolver } from './labels';
import { BLANK_ROW, classifyRow, isTotalLabel, TITLE_ROW, type Classified } from './rowKinds';
import type { SheetView } from './sheetView';
import type { ColumnReading, ColumnRole, OutputBlock, OutputCellField, OutputRow, ReadingChoices, ReadingNote, RowReading } from './types';

// Per-cell patterns as constants: a literal in a function body is a new RegExp each time it runs (issue 11).
const STARTS_WITH_DIGIT = /^\d/;
const LEADING_COUNT = /^\s*(\d{1,5})\b/;

/**
 * Reads the outputs tables of one sheet: each header and the rows under it up to the next header
 * (month blocks stacked on one sheet) or the last row in use. Every row is classified; each data
 * row becomes one OutputRow (or one per marked channel sub-column) with the cells it came from.
 */

export interface SheetOutputs {
  /** Each table with the output rows read from it. */
  readonly tables: readonly { readonly block: OutputBlock; readonly rows: readonly OutputRow[] }[];
  readonly notes: readonly ReadingNote[];
}

const FIELD_OF_ROLE: Partial<Record<ColumnRole, OutputCellField>> = {
  date: 'date',
  channel: 'channel',
  form: 'form',
  title: 'title',
  link: 'link',
  unit: 'unit',
  note: 'note',
  count: 'count',
  minutes: 'minutes',
  amount: 'amount',
};

function lastContentRow(view: SheetView, from: number, to: number): number {
  for (let row = to; row >= from; row -= 1) if (view.rowTexts(row).some((text) => text !== '')) return row;
  return from - 1;
}

/** Numbers on the block's total rows, by column: a count column adds up to them. */
function totalsOf(rows: readonly (readonly RawCell[])[], texts: readonly (readonly string[])[]): Map<number, number> {
  const totals = new Map<number, number>();
  for (let r = 0; r < rows.length; r += 1) {
    const cells = rows[r] ?? [];
    const label = firstLabel(cells, texts[r] ?? []);
    // Without the plan's names: this asks every row, dated or not, and a title starting "Tổng kết…" was
    // looked up among the units (the row kinds ask the plan, for rows without a date only).
    if (label === undefined || !isTotalLabel(label)) continue;
    cells.forEach((c, i) => {
      if (typeof c === 'number') totals.set(i + 1, c);
    });
  }
  return totals;
}

/** The row's first text that is not a number ("Cộng" after a blank "STT"), from the row's tidy texts (SheetView.rowTexts). */
function firstLabel(cells: readonly RawCell[], texts: readonly string[]): string | undefined {
  for (let i = 0; i < cells.length; i += 1) {
    const cell = cells[i];
    // A number that is neither negative nor infinite is written starting with a digit: skipped without writing it (issue 11).
    if (typeof cell === 'number' && cell >= 0 && cell < Infinity) continue;
    const text = texts[i] ?? '';
    if (text !== '' && !STARTS_WITH_DIGIT.test(text)) return text;
  }
  return undefined;
}

function quantityOf(raw: RawCell): number {
  if (typeof raw === 'number') return Number.isInteger(raw) && raw >= 0 ? raw : 1;
  const match = LEADING_COUNT.exec(cellText(raw));
  return match ? Number(match[1]) : 1;
}

export function readSheetOutputs(view: SheetView, labels: LabelResolver, choices: ReadingChoices): SheetOutputs {
  const forced = choices.headerRows?.get(view.name);
  const headers = findHeaders(view, forced);
  const tables: { block: OutputBlock; rows: OutputRow[] }[] = [];
  const notes: ReadingNote[] = [];
  // The rows above each table down from the end of the one before (its title rows), for a channel they name.
  let above = view.top;
  headers.forEach((header, index) => {
    const next = headers[index + 1];
    const end = lastContentRow(view, header.bottom + 1, next ? next.top - 1 : view.bottom);
    const read = readBlock(view, header, header.bottom + 1, end, labels, choices, above);
    // The next table's title rows start after this one's last data row: rows below it (the next table's
    // title, read here as a title or section row) name the next table's channel, not this one's.
    const lastData = read.block.rows.reduce((last, r) => (r.kind === 'data' ? r.row : last), header.bottom);
    above = lastData + 1;
    tables.push({ block: read.block, rows: read.rows });
    notes.push(...read.notes);
  });
  return { tables, notes };
}

function readBlock(
  view: SheetView,
  header: FoundHeader,
  start: number,
  end: number,
  labels: LabelResolver,
  choices: ReadingChoices,
  titleTop: number,
): { block: OutputBlock; rows: OutputRow[]; notes: ReadingNote[] } {
  const all: number[] = [];
  for (let row = start; row <= end; row += 1) all.push(row);
  // Each row's cells as the officer sees them, built once: every pass below reads them.
  const cellsOf = all.map((row) => view.rowCells(row));
  const textsOf = all.map((row) => view.rowTexts(row));
  const seqGuess = header.columns.find((c) => c.role === 'seq')?.column;
  const dateGuess = header.columns.find((c) => c.role === 'date')?.column;
  // First pass without roles: rows that may be data give the columns' content evidence.
  const guess = { ...(dateGuess === undefined ? {} : { dateColumn: dateGuess }), ...(seqGuess === undefined ? {} : { seqColumn: seqGuess }) };
  const guessedKinds = cellsOf.map((cells, index) => classifyRow(cells, guess, labels, textsOf[index]));
  const candidates = all.filter((_row, index) => guessedKinds[index]?.kind === 'data');
  const roles = columnRoles({ view, header: header.columns, rows: candidates, labels, choices, totals: totalsOf(cellsOf, textsOf), headerTop: header.top });
  const airtime = airtimeCount(view, roles, candidates);
  const columns = airtime === null ? roles : airtime.columns;
  const columnOf = (role: ColumnRole): number | undefined => columns.find((c) => c.role === role)?.column;
  const shape = {
    ...(columnOf('date') === undefined ? {} : { dateColumn: columnOf('date') }),
    ...(columnOf('seq') === undefined ? {} : { seqColumn: columnOf('seq') }),
  };

  // A row's kind depends only on its cells and the date and numbering columns: where the header's
  // guess was right (nearly always), the first pass already classified every row this way.
  const sameShape = shape.dateColumn === dateGuess && shape.seqColumn === seqGuess;
  const kinds = withFooter(
    view,
    all,
    cellsOf,
    sameShape ? guessedKinds : cellsOf.map((cells, index) => classifyRow(cells, shape, labels, textsOf[index])),
    shape.dateColumn,
  );
  const hasChannelColumn = columns.some((c) => c.role === 'channel');
  const named = hasChannelColumn ? null : tableChannel(view, titleTop, header.top - 1, labels);
  const { readings, out, notes } = readRows(view, all, cellsOf, kinds, columns, labels, named);
  if (!hasChannelColumn) notes.push(...channelNotes(view, header.top, columns, named, out));

  if (airtime !== null) notes.push({ ...airtime.note, sheet: view.name, cell: address(header.top, airtime.column) });
  // The data rows' texts, gathered once and only for a table with a headed column it does not use.
  let dataTexts: (readonly string[])[] | undefined;
  for (const c of columns) {
    // A column the officer said is not taken (or gave a role) was decided: nothing to ask again.
    if (c.evidence === 'officer') continue;
    if (c.column === airtime?.column) continue;
    if (c.role === null && c.header !== '' && !namesAuthor(c.header)) {
      const note = untakenColumnNote(c, columns, (dataTexts ??= dataRowsOf(textsOf, kinds)));
      if (note !== null) notes.push({ ...note, severity: 'warning', sheet: view.name, cell: address(header.top, c.column) });
    } else if (c.weak && c.role !== null)
      notes.push({
        code: 'reader.columnWeak',
        severity: 'warning',
        sheet: view.name,
        cell: address(header.top, c.column),
        params: { header: c.header || columnLetters(c.column) },
      });
  }
  return { block: { sheet: view.name, headerTop: header.top, headerBottom: header.bottom, columns, rows: readings }, rows: out, notes };
}

/** The tidy texts of a table's data rows (kinds: its rows' kinds, in the same order). */
function dataRowsOf(textsOf: readonly (readonly string[])[], kinds: readonly Classified[]): (readonly string[])[] {
  return textsOf.filter((_texts, index) => kinds[index]?.kind === 'data');
}

/**
 * What the officer is told of a headed column the table does not use (`role` null), or null when
 * nothing needs saying:
 * - no data row writes anything in it: nothing of it is lost, and "không rõ cột này ghi gì" told of an
 *   empty column was wrong (issue 11's helpers: a "Số báo" column kept for later was warned on every tracker);
 * - its header names a role another column of the table was read as (a second "Ngày" column, "Ngày
 *   viết" beside "Ngày đăng"): reader.columnSecond names that column, so the officer can swap them;
 * - else reader.columnNotTaken (nothing says what it holds).
 */
function untakenColumnNote(
  column: ColumnReading,
  columns: readonly ColumnReading[],
  dataRows: readonly (readonly string[])[],
): { code: 'reader.columnNotTaken' | 'reader.columnSecond'; params: Record<string, string> } | null {
  if (!dataRows.some((texts) => (texts[column.column - 1] ?? '') !== '')) return null;
  const named = roleForHeader(column.header);
  const taken = named === null ? undefined : columns.find((other) => other.role === named && other.column !== column.column);
  if (taken !== undefined)
    return {
      code: 'reader.columnSecond',
      params: {
        header: column.header,
        column: columnLetters(column.column),
        other: columnLetters(taken.column),
        otherHeader: taken.header || columnLetters(taken.column),
      },
    };
  return { code: 'reader.columnNotTaken', params: { header: column.header, column: columnLetters(column.column) } };
}

/**
 * The rows of one table as read: each row's kind, and each data row as one output row or one per
 * channel it takes (a marked sub-column, a section above, a listed cell), with the notes of its total
 * rows. A function of its own, apart from finding the columns: the engine compiles this hot loop alone
 * instead of the whole of readBlock, which it compiled three times over (issue 11).
 */
function readRows(
  view: SheetView,
  all: readonly number[],
  cellsOf: readonly (readonly RawCell[])[],
  kinds: readonly Classified[],
  columns: readonly ColumnReading[],
  labels: LabelResolver,
  named: TableChannel | null,
): { readings: RowReading[]; out: OutputRow[]; notes: ReadingNote[] } {
  const readings: RowReading[] = [];
  const out: OutputRow[] = [];
  const notes: ReadingNote[] = [];
  let section: { label: string; address: string } | null = null;
  const marks = columns.filter((c) => c.role === 'mark');
  const noteColumns = columns.filter((c) => c.role === 'note');
  const firstNote = noteColumns[0];
  // Each field's column (the first column given its role) and its letters, found once per table rather than on every row (issue 11).
  const fieldColumns: { key: Exclude<OutputCellField, 'note'>; column: number; letters: string }[] = [];
  for (const c of columns) {
    const key = c.role === null ? undefined : FIELD_OF_ROLE[c.role];
    if (key === undefined || key === 'note' || fieldColumns.some((f) => f.key === key)) continue;
    fieldColumns.push({ key, column: c.column, letters: columnLetters(c.column) });
  }
  const columnOf = (role: ColumnRole): number | undefined => columns.find((c) => c.role === role)?.column;
  const countColumn = columnOf('count');
  const titleColumn = columnOf('title');
  const linkColumn = columnOf('link');
  // The channel field's column (the first given the role, as fieldColumns takes it): where a listing cell is.
  const channelColumn = fieldColumns.find((f) => f.key === 'channel')?.column;
  // Each row's cells and texts are copies of one object holding the table's keys, then filled: keys
  // added one by one past the fourth went to a property store of their own (one more object for each,
  // kept as long as the consolidation, issue 11). Same keys, in the same order.
  const rowShape: Partial<Record<OutputCellField, null>> = {};
  for (const f of fieldColumns) rowShape[f.key] = null;
  if (firstNote !== undefined) rowShape.note = null;
  let dataQuantity = 0;
  let sectionQuantity = 0;
  // dataQuantity where the table starts and after each total row: a total may add up the rows since any of them.
  const totalMarks: number[] = [0];
  // dataQuantity where the current section starts (0 before any).
  let sectionStart = 0;

  // Indexed loops: an entries() iterator made an [index, row] array and a result object per row (issue 11).
  for (let index = 0; index < all.length; index += 1) {
    const row = all[index] ?? 0;
    const cells = cellsOf[index] ?? [];
    const classified: Classified = kinds[index] ?? BLANK_ROW;
    const hidden = view.hidden || view.isHiddenRow(row);
    readings.push({ row, kind: classified.kind, hidden });
    if (classified.kind === 'section' && classified.section) {
      section = { label: classified.section.label, address: address(row, classified.section.column) };
      sectionQuantity = 0;
      sectionStart = dataQuantity;
      continue;
    }
    if (classified.kind === 'total') {
      // A total right under another ("Cộng quý I" under "Cộng tháng 3") adds up its section or the table: told against that.
      checkTotal(view, row, cells, countColumn, sectionQuantity !== 0 ? sectionQuantity : dataQuantity - sectionStart, dataQuantity, totalMarks, notes);
      sectionQuantity = 0;
      totalMarks.push(dataQuantity);
      continue;
    }
    if (classified.kind !== 'data') continue;

    const field: Partial<Record<OutputCellField, RawCell>> = { ...rowShape };
    const rowTexts = view.rowTexts(row);
    const typedRow = view.rowTyped(row);
    const texts: Partial<Record<OutputCellField, string>> = { ...rowShape } as Partial<Record<OutputCellField, string>>;
    let typed: Partial<Record<OutputCellField, string>> | undefined;
    let typedTexts: Partial<Record<OutputCellField, string>> | undefined;
    for (let f = 0; f < fieldColumns.length; f += 1) {
      const { key, column } = fieldColumns[f] as (typeof fieldColumns)[number];
      const value = cells[column - 1] ?? null;
      const text = rowTexts[column - 1] ?? '';
      field[key] = value;
      texts[key] = text;
      // Only a text can have been decoded from TCVN3/VNI: the sheet view tells which (rowTyped).
      const asTyped = typedRow?.[column - 1];
      if (asTyped === undefined || typeof value !== 'string') continue;
      (typed ??= {})[key] = asTyped;
      // Most typed texts are tidy as they are: only the others are written (OutputRow.typedTexts), and
      // most TCVN3/VNI rows then have no such object (issue 11: one more object a row, copied by the collector).
      const tidy = typedText(asTyped, value, text);
      if (tidy !== asTyped) (typedTexts ??= {})[key] = tidy;
    }
    if (firstNote !== undefined) {
      field.note = joinedNotes(noteColumns, rowTexts);
      texts.note = cellText(field.note);
    }
    const url = (titleColumn === undefined ? undefined : view.link(row, titleColumn)) ?? (linkColumn === undefined ? undefined : view.link(row, linkColumn));
    const quantity = countColumn === undefined ? 1 : quantityOf(cells[countColumn - 1] ?? null);
    dataQuantity += quantity;
    sectionQuantity += quantity;
    const base: RowBase = { sheet: view.name, row, hidden, quantity, url, typed, typedTexts, texts };

    const ownChannel = texts.channel ?? '';
    const marked = ownChannel !== '' || marks.length === 0 ? NO_COLUMNS : marks.filter((m) => (rowTexts[m.column - 1] ?? '') !== '');
    if (marked.length > 0) {
      for (const mark of marked) {
        out.push(outputRow(base, { ...field, channel: mark.markLabel ?? mark.header }, 'mark', address(row, mark.column)));
      }
      continue;
    }
    if (ownChannel === '' && section) {
      out.push(outputRow(base, { ...field, channel: section.label }, 'section', section.address));
      continue;
    }
    if (ownChannel === '' && named !== null) {
      out.push(outputRow(base, { ...field, channel: named.label }, named.from, named.at));
      continue;
    }
    // A blank channel cell on a row linking to a plan channel's site ("https://baotayninh.vn/…" in its link
    // cell, or a hyperlink behind "Xem bài" or the title): the channel the link shows, as the officer reads the
    // row, after a marked sub-column, a section row and the table's own channel (issue 11, twentieth round's
    // testers: a "Kênh" filled on a few rows, links on the rest, and every linked row was told it had no channel).
    const site = ownChannel === '' ? linkedChannel(labels, linkColumn === undefined ? undefined : texts.link, url) : null;
    const siteAt = linkColumn ?? titleColumn;
    if (site !== null && siteAt !== undefined) {
      out.push(outputRow(base, { ...field, channel: site }, 'link', address(row, siteAt)));
      continue;
    }
    // A cell listing several channels ("Báo Tây Ninh, Trang TTĐT huyện"): one output on each.
    const listed = ownChannel === '' ? null : labels.channelList(ownChannel);
    if (listed) {
      const listedAt = channelColumn === undefined ? undefined : address(row, channelColumn);
      for (const label of listed) out.push(outputRow(base, { ...field, channel: label }, 'list', listedAt));
      continue;
    }
    out.push(outputRow(base, field));
  }
  return { readings, out, notes };
}

/** No columns: the marks of a row that has its own channel, shared by every such row (an array a row was garbage, issue 11). */
const NO_COLUMNS: readonly ColumnReading[] = Object.freeze([]);

/**
 * The plan channel's name a row's link points at (LabelResolver.channelOfLink: by the link's host): the
 * link cell's text, else the row's hyperlink URL (behind the link cell or the title); null when neither does.
 */
function linkedChannel(labels: LabelResolver, linkText: string | undefined, url: string | undefined): string | null {
  for (const text of [linkText, url]) {
    const site = text === undefined || text === '' ? null : labels.channelOfLink(text);
    if (site !== null) return site.name;
  }
  return null;
}

/**
 * A row's note: the texts of its note columns that are not blank, joined by " – ". Built without the two
 * arrays a row that mapping and filtering made (issue 11: garbage on every row of a table with notes).
 */
function joinedNotes(noteColumns: readonly ColumnReading[], rowTexts: readonly string[]): string {
  let note = '';
  for (let i = 0; i < noteColumns.length; i += 1) {
    const text = rowTexts[(noteColumns[i] as ColumnReading).column - 1] ?? '';
    if (text === '') continue;
    note = note === '' ? text : `${note} – ${text}`;
  }
  return note;
}

/** A title row naming the table's channel is a heading ("TIN, BÀI ĐĂNG TRÊN BÁO TÂY NINH NĂM 2018" is 9 words); a longer line is prose. */
const TITLE_MOST_WORDS = 16;
/** A line of at most this many words naming a unit is the issuer's ("UBND XÃ THẠNH ĐỨC", "ĐÀI TRUYỀN THANH HUYỆN"). */
const ISSUER_MOST_WORDS = 6;

/**
 * What the officer is told about a table without a channel column: the rows a title row gave a channel
 * (`reader.channelFromTitle`, warning: an inference from prose, at the title cell), and the rows nothing
 * gave one (`reader.noChannelAnywhere`, error: they are set aside, and a blank cell of a channel column is
 * an error too), each once per table at the header (the fresh tester of the channel rule: 34 rows set
 * aside without a word in Kiểm tra or the file's errors). A sheet named after the channel says it plainly: no note.
 */
function channelNotes(
  view: SheetView,
  headerTop: number,
  columns: readonly ColumnReading[],
  named: TableChannel | null,
  out: readonly OutputRow[],
): ReadingNote[] {
  let fromTitle = 0;
  let none = 0;
  for (const row of out) {
    if (row.channelFrom === 'title') fromTitle += 1;
    else if (row.channelFrom === undefined && (row.texts?.channel ?? '') === '') none += 1;
  }
  const at = address(headerTop, columns[0]?.column ?? 1);
  const notes: ReadingNote[] = [];
  if (fromTitle > 0 && named !== null && named.at !== undefined)
    notes.push({
      code: 'reader.channelFromTitle',
      severity: 'warning',
      sheet: view.name,
      cell: named.at,
      params: { count: fromTitle, channel: named.label, title: named.at },
    });
  if (none > 0) notes.push({ code: 'reader.noChannelAnywhere', severity: 'error', sheet: view.name, cell: at, params: { count: none } });
  return notes;
}

/** The channel a table without a channel column is kept for: its sheet's name, or a title row above it. */
interface TableChannel {
  /** The text the rows take as their channel cell: the sheet's name, or the plan channel's name a title row names. */
  readonly label: string;
  readonly from: 'sheet' | 'title';
  /** The title row's cell (none for the sheet's name). */
  readonly at?: string;
}

/**
 * The channel a whole table is kept for when it has no channel column: a sheet per channel ("Báo Tây
 * Ninh", "Đài TT huyện", "Loa xã"), or a title row above the header naming one plan channel ("TIN, BÀI
 * ĐĂNG TRÊN BÁO TÂY NINH NĂM 2018"). Without it every row of such a tracker was set aside as having
 * no channel (issue 11's fifth tester, F1: 50,000 rows, every target at 0). The sheet's name first;
 * then the title rows from `top` to `bottom`, where exactly one plan channel must be named: a line of
 * at most ISSUER_MOST_WORDS words naming a plan unit is the issuer's ("ĐÀI TRUYỀN THANH HUYỆN" is a unit
 * before it is a channel) and a line of more than TITLE_MOST_WORDS words is prose; neither says anything.
 * Rows with a channel of their own, a marked sub-column or a section row above keep it.
 */
function tableChannel(view: SheetView, top: number, bottom: number, labels: LabelResolver): TableChannel | null {
  const bySheet = labels.channelNamedIn(view.name);
  if (bySheet !== null) return { label: view.name, from: 'sheet' };
  let found: TableChannel | null = null;
  let code: string | null = null;
  for (let row = top; row <= bottom; row += 1) {
    const texts = view.rowTexts(row);
    for (let i = 0; i < texts.length; i += 1) {
      const text = texts[i] ?? '';
      if (text === '') continue;
      const words = foldForMatch(text).split(' ').length;
      // An issuer's line is a unit's name ("ĐÀI TRUYỀN THANH HUYỆN"); a long line mentions channels in passing ("… đã đăng tải trên Trang TTĐT huyện, xã tuyên truyền trên loa…").
      if (words > TITLE_MOST_WORDS || (words <= ISSUER_MOST_WORDS && labels.unit(text) !== null)) continue;
      const named = labels.channelNamedIn(text);
      if (named === null) continue;
      if (code !== null && named.code !== code) return null;
      if (code === null) {
        code = named.code;
        found = { label: named.name, from: 'title', at: address(row, i + 1) };
      }
    }
  }
  return found;
}

/** Channel words of loudspeakers and radio, whose outputs are measured in minutes of airtime. */
const AUDIO_CHANNEL = /\b(loa|truyen thanh|phat thanh|dai tt|dai pt)\b/;

/**
 * A quantity column that holds airtime, not a number of outputs (read13m: a hamlet's loudspeaker
 * log with "TL" 15, 30, 60 became 375 outputs from 12 rows, its minutes lost). A count column the
 * officer did not choose is doubted when its header says "phút", or when most of its numbers are
 * 10 or more and either its rows are on loudspeaker or radio channels or only its content (a total
 * row) made it a count. Doubted, it is read as minutes (or not taken, when the table has a minutes
 * column already), marked weak, each row stands for one output, and a warning
 * `reader.countLooksLikeAirtime` (column letter, header, rows, the outputs it would have made)
 * asks the officer to choose the role: `count` in the mapping (--map) multiplies rows again.
 * Returns null when there is nothing to doubt.
 */
function airtimeCount(
  view: SheetView,
  columns: readonly ColumnReading[],
  rows: readonly number[],
): { columns: ColumnReading[]; column: number; note: Pick<ReadingNote, 'code' | 'severity' | 'params'> } | null {
  const count = columns.find((c) => c.role === 'count');
  if (count === undefined || count.evidence === 'officer') return null;
  const numbers = rows
    .map((row) => view.cell(row, count.column))
    .filter((raw) => raw !== null && cellText(raw) !== '')
    .map(quantityOf);
  if (numbers.length === 0) return null;
  const saysMinutes = /\bphut\b/.test(foldForMatch(count.header));
  const large = numbers.filter((n) => n >= 10).length * 2 > numbers.length;
  const channel = columns.find((c) => c.role === 'channel');
  const channelTexts = channel === undefined ? [] : rows.map((row) => foldForMatch(cellText(view.cell(row, channel.column)))).filter((t) => t !== '');
  const audio = channelTexts.length > 0 && channelTexts.filter((t) => AUDIO_CHANNEL.test(t)).length * 2 >= channelTexts.length;
  if (!saysMinutes && !(large && (audio || count.evidence === 'content'))) return null;
  const minutesTaken = columns.some((c) => c.role === 'minutes');
  const role: ColumnRole | null = minutesTaken ? null : 'minutes';
  return {
    columns: columns.map((c) => (c === count ? { ...c, role, weak: true } : c)),
    column: count.column,
    note: {
      code: 'reader.countLooksLikeAirtime',
      severity: 'warning',
      params: {
        column: columnLetters(count.column),
        header: count.header || columnLetters(count.column),
        rows: numbers.length,
        outputs: numbers.reduce((a, b) => a + b, 0),
      },
    },
  };
}

interface RowBase {
  readonly sheet: string;
  readonly row: number;
  readonly hidden: boolean;
  readonly quantity: number;
  readonly url: string | undefined;
  readonly typed: OutputRow['typed'];
  readonly typedTexts: OutputRow['typedTexts'];
  readonly texts: OutputRow['texts'];
}

/** A character NFC may change: any above U+02FF (the combining marks start at U+0300, the first singletons at U+0340). */
const MAYBE_NOT_NFC = /[\u0300-\uffff]/;

/**
 * A TCVN3/VNI cell's typed text made tidy (text/cellText), given `decoded`, the decoder's text for it,
 * and `decodedText`, that text tidy. The decoders change letters only, never white space: when the
 * decoded text needed no tidying, neither does the typed one, and a text of characters below U+0300 is
 * NFC. Tidying each typed title whole again was a third of resolving a TCVN3 tracker's rows (issue 11).
 */
function typedText(typed: string, decoded: string, decodedText: string): string {
  return decodedText === decoded && !MAYBE_NOT_NFC.test(typed) ? typed : cellText(typed);
}

/**
 * One output row, its keys in the order the reading has always had them (sheet, row, hidden,
 * quantity, url?, typed?, cells, texts, channelFrom?, channelAt?), set one by one: spreading a base object
 * per row was the dearest line of reading a tracker's rows (issue 11).
 */
function outputRow(base: RowBase, cells: OutputRow['cells'], channelFrom?: OutputRow['channelFrom'], channelAt?: string): OutputRow {
  // The usual shapes as whole literals: keys added one by one past the first four went to a property
  // store of their own, one more object a row (issue 11: a log with links made one for every row).
  if (channelFrom === undefined && base.typed === undefined)
    return base.url === undefined
      ? { sheet: base.sheet, row: base.row, hidden: base.hidden, quantity: base.quantity, cells, texts: base.texts }
      : { sheet: base.sheet, row: base.row, hidden: base.hidden, quantity: base.quantity, url: base.url, cells, texts: base.texts };
  // A TCVN3/VNI row's, likewise (issue 11: the decoded rows' property stores were 13 MB of a 200,000-row set's garbage).
  if (channelFrom === undefined) {
    const { typed, typedTexts } = base;
    return base.url === undefined
      ? { sheet: base.sheet, row: base.row, hidden: base.hidden, quantity: base.quantity, typed, typedTexts, cells, texts: base.texts }
      : { sheet: base.sheet, row: base.row, hidden: base.hidden, quantity: base.quantity, url: base.url, typed, typedTexts, cells, texts: base.texts };
  }
  const out: { -readonly [K in keyof OutputRow]?: OutputRow[K] } = { sheet: base.sheet, row: base.row, hidden: base.hidden, quantity: base.quantity };
  if (base.url !== undefined) out.url = base.url;
  if (base.typed !== undefined) {
    out.typed = base.typed;
    out.typedTexts = base.typedTexts;
  }
  out.cells = cells;
  out.texts = base.texts;
  if (channelFrom !== undefined) out.channelFrom = channelFrom;
  if (channelAt !== undefined) out.channelAt = channelAt;
  // Every required key was set above, in order.
  return out as OutputRow;
}

/**
 * The signature block under a table ("Người lập biểu", a name, "Gò Dầu, ngày … tháng …"): after the
 * last dated row and a blank row, short rows without a date are the footer, not outputs missing
 * their date. A dateless row right under the data is still data (its missing date is reported).
 */
function withFooter(
  view: SheetView,
  rows: readonly number[],
  cellsOf: readonly (readonly RawCell[])[],
  kinds: readonly Classified[],
  dateColumn: number | undefined,
): Classified[] {
  if (dateColumn === undefined) return [...kinds];
  let lastDated = -1;
  rows.forEach((row, i) => {
    if (kinds[i]?.kind === 'data' && readDate(view.cell(row, dateColumn), 2000).kind === 'date') lastDated = i;
  });
  if (lastDated < 0) return [...kinds];
  let blankSeen = false;
  return kinds.map((kind, i) => {
    if (i <= lastDated) return kind;
    if (kind.kind === 'blank') blankSeen = true;
    if (!blankSeen || kind.kind !== 'data') return kind;
    const texts = (cellsOf[i] ?? []).filter((c) => cellText(c) !== '');
    return texts.length <= 2 ? TITLE_ROW : kind;
  });
}

/**
 * A count column's total row against the rows above it: where they disagree, a warning naming both
 * figures (`reader.countMismatch`, counted: the rows since the last total row or section title). A total
 * agrees when it adds up the rows since its section's title, since the start of the table, or since any
 * total row above it: "Cộng tháng 2" under "Cộng tháng 1" adds up February's rows, "Cộng quý II" under
 * "Cộng quý I" and three month subtotals adds up the quarter's (issue 11, fifth tester, F2: each month
 * subtotal was compared with the whole sheet's rows above it, 8 false warnings a file).
 *
 * @param sinceLast the rows' quantity since the last total row or section title (since the section's title, or the
 *   table's header, for a total right under another): what the warning says the rows add up to
 * @param blockSum the rows' quantity since the table's header
 * @param marks blockSum where the table starts (0) and after each total row above, in order
 */
function checkTotal(
  view: SheetView,
  row: number,
  cells: readonly RawCell[],
  countColumn: number | undefined,
  sinceLast: number,
  blockSum: number,
  marks: readonly number[],
  notes: ReadingNote[],
): void {
  if (countColumn === undefined) return;
  const written = cells[countColumn - 1] ?? null;
  if (typeof written !== 'number') return;
  if (written === sinceLast || marks.some((mark) => written === blockSum - mark)) return;
  notes.push({
    code: 'reader.countMismatch',
    severity: 'warning',
    sheet: view.name,
    cell: address(row, countColumn),
    params: { written, counted: sinceLast },
  });
}

export type { ColumnReading };
