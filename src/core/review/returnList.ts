import { formatVietnameseDate } from '../dates/parseDate';
import { t } from '../i18n/format';
import type { Language, MessageKey } from '../i18n/messages';
import type { Issue } from '../issues';
import type { IsoDate } from '../plan/types';

/**
 * What goes back to a unit whose file has issues (Phòng Nội vụ's round, issue 15): a note at each
 * cell to fix and a first sheet listing them with links. Pure: the xlsx adapter
 * (src/xlsx/returnCopy.ts) puts both into a copy of the unit's own file, so the officer fixes the
 * workbook they keep rather than a re-typed one.
 */

/** A note to leave at one cell; several issues at the same cell make one note, one line each. */
export interface CellNote {
  readonly sheet: string;
  /** A1 address, "C7". */
  readonly cell: string;
  readonly text: string;
}

/** One line of the list: its cells as shown, and where its address cell links to. */
export interface ReturnListRow {
  readonly cells: readonly (string | number)[];
  readonly severity: Issue['severity'];
  /** The cell the "Ô" column jumps to; absent for an issue about the whole file. */
  readonly link?: { readonly sheet: string; readonly cell: string };
}

/** The first sheet of the returned copy. Column 3 (index 2) holds the address that links. */
export interface ReturnListSheet {
  /** Unique among the file's sheets (Excel compares names without case): "Cần sửa", "Cần sửa (2)"… */
  readonly name: string;
  readonly title: string;
  /** Lines under the title: file, unit, when and by whom, how to use the notes. */
  readonly intro: readonly string[];
  readonly header: readonly string[];
  readonly rows: readonly ReturnListRow[];
  /** Column widths in characters, as Excel's column width. */
  readonly widths: readonly number[];
  /** The column (0-based) whose cells link to the cell to fix. */
  readonly linkColumn: number;
}

export interface ReturnList {
  readonly notes: readonly CellNote[];
  readonly sheet: ReturnListSheet;
}

export interface ReturnContext {
  /** The file's name as the unit sent it. */
  readonly file: string;
  /** The unit's name as the plan writes it, or the file name when the unit is not known. */
  readonly unit: string;
  /** Who checked, as the unit knows them ("Phòng Nội vụ", "Văn phòng HĐND và UBND xã"). */
  readonly reviewer: string;
  readonly checkedOn: IsoDate;
  /** The sheets the file has, to pick a list name none of them uses. */
  readonly sheetNames: readonly string[];
  readonly language: Language;
  /** The officer's note on the review ("Thiếu số liệu tháng 5"), shown under the intro; absent or '' for none. */
  readonly officerNote?: string;
}

const HEADER = [
  'review.header.number',
  'review.header.sheet',
  'review.header.cell',
  'review.header.severity',
  'review.header.what',
] as const satisfies readonly MessageKey[];

/** Excel's limit on a sheet name's length (characters). */
const MAX_SHEET_NAME = 31;

/**
 * The notes and the "Cần sửa" sheet for `issues` found in one unit's file, in the order given
 * (validation sorts them sheet → row → column). An issue naming a sheet the file does not have, or
 * none, is listed without a link and gets no note (it is about the whole file: a stamp, a format).
 * Returns notes only for cells on sheets in `context.sheetNames`.
 */
export function returnList(issues: readonly Issue[], context: ReturnContext): ReturnList {
  const { language } = context;
  const sheets = new Set(context.sheetNames);
  const noteLines = new Map<string, { sheet: string; cell: string; lines: string[] }>();
  const rows: ReturnListRow[] = [];
  for (const [index, found] of issues.entries()) {
    const message = t(found.code, found.params, language);
    const onSheet = sheets.has(found.where.sheet);
    const cell = found.where.cell;
    const severity = t(found.severity === 'error' ? 'review.severity.error' : 'review.severity.warning', {}, language);
    const shownSheet = onSheet ? found.where.sheet : t('review.wholeFile', {}, language);
    const shownCell = onSheet ? (cell ?? t('review.wholeSheet', {}, language)) : '';
    rows.push({
      cells: [index + 1, shownSheet, shownCell, severity, message],
      severity: found.severity,
      ...(onSheet ? { link: { sheet: found.where.sheet, cell: cell ?? 'A1' } } : {}),
    });
    if (!onSheet || cell === undefined) continue;
    const key = `${found.where.sheet}\u0000${cell}`;
    const entry = noteLines.get(key) ?? { sheet: found.where.sheet, cell, lines: [] };
    entry.lines.push(t('review.note', { reviewer: context.reviewer, message }, language));
    noteLines.set(key, entry);
  }
  const errors = issues.filter((i) => i.severity === 'error').length;
  const sheet: ReturnListSheet = {
    name: freeSheetName(t('review.sheetName', {}, language), context.sheetNames),
    title: t('review.title', {}, language),
    intro: [
      t('review.file', { file: context.file }, language),
      t('review.unit', { unit: context.unit }, language),
      t('review.checked', { date: formatVietnameseDate(context.checkedOn), reviewer: context.reviewer, errors, warnings: issues.length - errors }, language),
      ...(context.officerNote ? [t('review.officerNote', { reviewer: context.reviewer, note: context.officerNote }, language)] : []),
      t('review.howTo', {}, language),
    ],
    header: HEADER.map((key) => t(key, {}, language)),
    rows,
    widths: [6, 22, 10, 11, 80],
    linkColumn: 2,
  };
  return { notes: [...noteLines.values()].map(({ sheet: s, cell, lines }) => ({ sheet: s, cell, text: lines.join('\n') })), sheet };
}

/** `wanted`, or "wanted (2)", "wanted (3)"… — the first no sheet uses, compared as Excel does (ignoring case), cut to 31 characters. */
export function freeSheetName(wanted: string, taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toLocaleLowerCase('vi')));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const name = wanted.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!used.has(name.toLocaleLowerCase('vi'))) return name;
  }
}
