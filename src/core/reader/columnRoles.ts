import { columnLetters } from '../layout/a1';
import { MAX_DATE_SERIAL, MIN_DATE_SERIAL, readDate, surelyNoDate } from '../dates/readDate';
import type { RawCell } from '../ports/workbookPort';
import { foldForMatch } from '../text/fold';
import type { HeaderColumn } from './headerRows';
import { namesPublication } from './headerWords';
import type { LabelResolver } from './labels';
import type { SheetView } from './sheetView';
import type { ColumnReading, ColumnRole, ReadingChoices } from './types';

// Per-cell patterns as constants: a literal in a function body is a new RegExp each time it runs (issue 11).
const SMALL_WHOLE_NUMBER = /^\d{1,4}$/;

/**
 * Gives each column of an outputs table its role from two kinds of evidence: the header's words
 * and what the column holds. A column of plan channel labels is the channel column whatever its
 * header says; a column of dates is the date column; a column of small whole numbers with a
 * total row that adds them up is a count. Where the evidence is weak the column is marked weak
 * (the pane asks, the CLI says so); a column no role fits is listed with its header, never dropped.
 */

export interface ColumnStats {
  readonly filled: number;
  readonly dates: number;
  readonly channels: number;
  /**
   * The share of the column's filled cells that are plan channel labels when it is at least
   * `atLeast` (0–1), else 0; stops looking labels up once the rest cannot reach it (a title column
   * is ruled out after 40% of its texts instead of all of them: issue 11).
   */
  channelShareAtLeast(atLeast: number): number;
  readonly forms: number;
  readonly wholeNumbers: number;
  readonly sequential: number;
  readonly urls: number;
  /** Filled cells with a hyperlink behind them ("Xem bài" linking to the article). */
  readonly hyperlinks: number;
  readonly marks: number;
  readonly averageLength: number;
}

const URL = /^(https?:\/\/|www\.)|\.(vn|com|net|org)(\/|$)/i;

/**
 * Whether `text` reads as a web address (URL): every text it matches holds "://" or a dot, so a text
 * with neither (most titles) is answered by two native searches instead of the pattern, whose
 * unanchored half tries every position (issue 11: ~17 ms of 112,000 VNI rows in profiles).
 */
function looksLikeUrl(text: string): boolean {
  return (text.includes('.') || text.includes('://')) && URL.test(text);
}
const MARK = /^(x|v|✓|✔|1|có)$/i;

/**
 * What a column holds over the rows that may be data. The channel and form counts are worked out
 * when first asked, once: they look every short text up in the plan, the dearest part of reading a
 * tracker (issue 11), and most columns are never asked about forms once the header named the form column.
 */
export function columnStats(view: SheetView, column: number, rows: readonly number[], labels: LabelResolver): ColumnStats {
  let filled = 0;
  let dates = 0;
  let wholeNumbers = 0;
  let sequential = 0;
  let urls = 0;
  let hyperlinks = 0;
  let marks = 0;
  let length = 0;
  let previous: number | null = null;
  const labelTexts: string[] = [];
  for (let r = 0; r < rows.length; r += 1) {
    const row = rows[r] ?? 0;
    // The row's cell and text as the view built them once (view.cell gives the same cell).
    const raw: RawCell = view.rowCells(row)[column - 1] ?? null;
    if (raw === null || raw === '') continue;
    filled += 1;
    if (typeof raw === 'number') {
      if (Number.isInteger(raw) && raw >= 0 && raw <= 10000) {
        wholeNumbers += 1;
        if (previous !== null && raw === previous + 1) sequential += 1;
        previous = raw;
      }
      // What readDate says of a number, without writing its ISO date (issue 11: a column of serials wrote each one).
      if (raw >= MIN_DATE_SERIAL && raw <= MAX_DATE_SERIAL) dates += 1;
      continue;
    }
    const text = view.rowTexts(row)[column - 1] ?? '';
    length += text.length;
    if (view.link(row, column) !== undefined) hyperlinks += 1;
    // Most texts (titles, labels) are surely no date: asked without a reading made for each (issue 11).
    if (!surelyNoDate(text)) {
      const date = readDate(text, 2000);
      if (date.kind === 'date' || date.kind === 'monthOnly') dates += 1;
      if (SMALL_WHOLE_NUMBER.test(text)) wholeNumbers += 1;
    }
    if (looksLikeUrl(text)) urls += 1;
    if (MARK.test(text)) marks += 1;
    if (text.length <= 80) labelTexts.push(text);
  }
  let channelHits = 0;
  let channelsAsked = 0;
  /** Looks labels up in order until all are asked or even all the rest being channels would leave the share below `atLeast`. */
  const countChannels = (atLeast: number): void => {
    while (channelsAsked < labelTexts.length) {
      if ((channelHits + labelTexts.length - channelsAsked) / filled < atLeast) return;
      if (labels.channel(labelTexts[channelsAsked] ?? '').channel !== null) channelHits += 1;
      channelsAsked += 1;
    }
  };
  let forms: number | undefined;
  return {
    filled,
    dates,
    hyperlinks,
    get channels(): number {
      countChannels(0);
      return channelHits;
    },
    channelShareAtLeast(atLeast: number): number {
      countChannels(atLeast);
      if (channelsAsked < labelTexts.length || filled === 0) return 0;
      return channelHits / filled >= atLeast ? channelHits / filled : 0;
    },
    get forms(): number {
      forms ??= labelTexts.reduce((n, text) => (labels.lookup.form.find(text) !== null ? n + 1 : n), 0);
      return forms;
    },
    wholeNumbers,
    sequential,
    urls,
    marks,
    averageLength: filled === 0 ? 0 : length / filled,
  };
}

const share = (part: number, stats: ColumnStats): number => (stats.filled === 0 ? 0 : part / stats.filled);

/** Roles a table can have once; `note` may repeat (every extra note column is kept as a note). */
const SINGLE: readonly ColumnRole[] = ['date', 'channel', 'form', 'title', 'link', 'unit', 'count', 'seq'];

export interface RoleInput {
  readonly view: SheetView;
  readonly header: readonly HeaderColumn[];
  /** Rows of the table that may hold data (not blank, not clearly total or title rows). */
  readonly rows: readonly number[];
  readonly labels: LabelResolver;
  readonly choices: ReadingChoices;
  /** Sum of the table's total rows per column, for recognising a count column by its total. */
  readonly totals: ReadonlyMap<number, number>;
  /** First row of the table's header, for the officer's choices about this table's columns. */
  readonly headerTop: number;
}

export function columnRoles(input: RoleInput): ColumnReading[] {
  const { view, header, rows, labels, choices } = input;
  const byColumn = new Map(header.map((h) => [h.column, h]));
  const width = Math.max(0, ...header.map((h) => h.column));
  const stats = new Map<number, ColumnStats>();
  for (let column = 1; column <= width; column += 1) stats.set(column, columnStats(view, column, rows, labels));
  const statsOf = (column: number): ColumnStats => stats.get(column) ?? columnStats(view, column, [], labels);

  const readings = new Map<number, { role: ColumnRole | null; evidence: ColumnReading['evidence']; weak: boolean }>();
  const taken = new Set<ColumnRole>();
  const give = (column: number, role: ColumnRole | null, evidence: ColumnReading['evidence'], weak: boolean): void => {
    readings.set(column, { role, evidence, weak });
    if (role !== null && role !== 'note' && role !== 'mark') taken.add(role);
  };

  // 1. The officer's decisions win.
  for (const h of header) {
    const letters = columnLetters(h.column);
    // `has`, not `??`: a column the officer said is not taken (null) stays not taken.
    const pick = (map: ReadonlyMap<string, ColumnRole | null> | undefined, key: string): ColumnRole | null | undefined =>
      map?.has(key) ? (map.get(key) ?? null) : undefined;
    const chosen = [
      pick(choices.columnRoles, `${view.name}!${input.headerTop}!${letters}`),
      pick(choices.columnRoles, `${view.name}!${letters}`),
      pick(choices.headerRoles, foldForMatch(h.header)),
    ].find((role) => role !== undefined);
    if (chosen !== undefined) give(h.column, chosen, 'officer', false);
  }

  // 2. Content that cannot be mistaken: a column of plan channel labels is the channel column.
  if (!taken.has('channel')) {
    const score = (c: number): number => {
      const s = statsOf(c);
      // A column whose header names another role ("Tiêu đề", "Đơn vị") is that column, though its texts name
      // channels: titles such as "Báo Tây Ninh: xã Bàu Đồn…" made the title column the channel column (issue
      // 11, twentieth round's fourth tester: every title read as an unknown channel, "thiếu cột Tiêu đề").
      const named = byColumn.get(c)?.role ?? null;
      const channels = s.filled >= 1 && (named === null || named === 'channel') ? s.channelShareAtLeast(0.6) : 0;
      return channels > 0 ? channels + (byColumn.get(c)?.role === 'channel' ? 1 : 0) : 0;
    };
    // A column whose header names the channel scores 0 or at least 1.6, any other at most 1: when one
    // of those qualifies, the best of them is the best of all, and the other columns (the titles above
    // all) need not be looked up label by label (issue 11). Ties still go to the leftmost column.
    // A link column whose cells show the sites ("baotayninh.vn/…") is never the channel column: each of its
    // rows with a blank channel cell takes the channel its link's host names (outputTables readRows, after a
    // section row above). Read as the channel column, its links beat the real channel column when that held
    // a channel the plan does not know ("Trang Zalo cá nhân"; issue 11's eleventh tester: 59 of 100 rows
    // taken), the section rows above ("III. Đài Truyền thanh huyện"), and matched a site anywhere in the
    // link ("facebook.com/baotayninh.vn") (twentieth round's testers).
    const linkLike = (c: number): boolean => byColumn.get(c)?.role === 'link' || share(statsOf(c).urls, statsOf(c)) >= 0.5;
    const best =
      bestColumn(width, readings, (c) => (byColumn.get(c)?.role === 'channel' ? score(c) : 0)) ??
      bestColumn(width, readings, (c) => (linkLike(c) ? 0 : score(c)));
    if (best !== null) give(best, 'channel', byColumn.get(best)?.role === 'channel' ? 'both' : 'content', false);
  }

  // 3. The header's words, checked against the content. Of two columns whose headers name a role a table
  // has once, the one whose content bears it out comes first: a "Số báo" column left of "Liên kết" took the
  // link role and the "Xem bài" hyperlinks beside it went unread (twentieth round's fourth tester).
  // Then, of two date columns, the one its header says is when the item came out ("Ngày đăng", "Ngày phát
  // sóng") before the day it was written or sent ("Ngày viết" left of "Ngày đăng"): the leftmost was read,
  // and an item written on 30/7 and published on 2/8 counted in the wrong month (a helper's trial, issue 11).
  const bornOut = (h: HeaderColumn): boolean => h.role !== null && SINGLE.includes(h.role) && supports(h.role, statsOf(h.column));
  const published = (h: HeaderColumn): boolean => h.role === 'date' && namesPublication(h.header);
  const order = (a: HeaderColumn, b: HeaderColumn): number =>
    Number(bornOut(b)) - Number(bornOut(a)) || Number(published(b)) - Number(published(a)) || a.column - b.column;
  for (const h of [...header].sort(order)) {
    if (readings.has(h.column) || h.role === null) continue;
    if (h.role === 'mark') {
      give(h.column, 'mark', 'header', false);
      continue;
    }
    if (SINGLE.includes(h.role) && taken.has(h.role)) continue;
    const s = statsOf(h.column);
    // "TL" is "thời lượng" in a loudspeaker log and "thể loại" in some news logs: a minutes
    // header over a column of plan forms ("Tin", "Bài") is the form column.
    if (h.role === 'minutes' && !taken.has('form') && s.filled > 0 && share(s.forms, s) >= 0.6) {
      give(h.column, 'form', 'content', false);
      continue;
    }
    give(h.column, h.role, supports(h.role, s) ? 'both' : 'header', weakHeader(h.role, s));
  }

  // 4. Roles still missing, from content alone.
  const fill = (role: ColumnRole, score: (column: number) => number, weakBelow: number): void => {
    if (taken.has(role)) return;
    const best = bestColumn(width, readings, score);
    if (best !== null) give(best, role, 'content', score(best) < weakBelow);
  };
  fill('date', (c) => (share(statsOf(c).dates, statsOf(c)) >= 0.6 ? share(statsOf(c).dates, statsOf(c)) : 0), 0.8);
  fill('form', (c) => (share(statsOf(c).forms, statsOf(c)) >= 0.6 ? share(statsOf(c).forms, statsOf(c)) : 0), 0.8);
  fill('link', (c) => (share(statsOf(c).urls, statsOf(c)) >= 0.5 ? share(statsOf(c).urls, statsOf(c)) : 0), 0.8);
  fill(
    'seq',
    (c) => {
      const s = statsOf(c);
      return s.filled >= 2 && share(s.sequential + 1, s) >= 0.8 && c <= 2 ? 1 : 0;
    },
    0,
  );
  fill(
    'count',
    (c) => {
      const s = statsOf(c);
      const total = input.totals.get(c);
      return s.filled >= 1 && share(s.wholeNumbers, s) === 1 && share(s.sequential + 1, s) < 0.8 && total !== undefined ? 1 : 0;
    },
    0,
  );
  fill(
    'title',
    (c) => {
      const s = statsOf(c);
      return s.filled >= 1 && s.averageLength >= 12 && share(s.dates + s.wholeNumbers + s.channels, s) < 0.3 ? s.averageLength : 0;
    },
    20,
  );

  return header
    .map((h) => {
      const reading = readings.get(h.column);
      return {
        column: h.column,
        header: h.header,
        role: reading?.role ?? null,
        evidence: reading?.evidence ?? null,
        weak: reading?.weak ?? false,
        ...(h.markLabel === undefined ? {} : { markLabel: h.markLabel }),
      };
    })
    .concat(contentOnlyColumns(header, readings, width));
}

/** Columns without a header that content gave a role to (a date column whose heading was left blank). */
function contentOnlyColumns(
  header: readonly HeaderColumn[],
  readings: ReadonlyMap<number, { role: ColumnRole | null; evidence: ColumnReading['evidence']; weak: boolean }>,
  width: number,
): ColumnReading[] {
  const headed = new Set(header.map((h) => h.column));
  const out: ColumnReading[] = [];
  for (let column = 1; column <= width; column += 1) {
    const reading = readings.get(column);
    if (headed.has(column) || !reading) continue;
    out.push({ column, header: '', role: reading.role, evidence: reading.evidence, weak: reading.weak });
  }
  return out;
}

function bestColumn(width: number, readings: ReadonlyMap<number, unknown>, score: (column: number) => number): number | null {
  let best: number | null = null;
  let bestScore = 0;
  for (let column = 1; column <= width; column += 1) {
    if (readings.has(column)) continue;
    const value = score(column);
    if (value > bestScore) {
      best = column;
      bestScore = value;
    }
  }
  return best;
}

function supports(role: ColumnRole, s: ColumnStats): boolean {
  switch (role) {
    case 'date':
      return share(s.dates, s) >= 0.6;
    case 'channel':
      return s.channelShareAtLeast(0.6) > 0;
    case 'form':
      return share(s.forms, s) >= 0.6;
    case 'count':
      return share(s.wholeNumbers, s) >= 0.9;
    case 'link':
      return share(s.urls + s.hyperlinks, s) >= 0.5;
    default:
      return s.filled > 0;
  }
}

/** A header whose column says otherwise: most of a "date" column is not dates, and so on. */
function weakHeader(role: ColumnRole, s: ColumnStats): boolean {
  if (s.filled < 3) return false;
  switch (role) {
    case 'date':
      return share(s.dates, s) < 0.5;
    case 'count':
      return share(s.wholeNumbers, s) < 0.8;
    default:
      return false;
  }
}
