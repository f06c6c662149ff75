import { CONSOLIDATION_SHEETS } from '../consolidate/consolidationSheetNames';
import { DICTIONARIES, type MessageKey } from '../i18n/messages';
import { issue, type Issue } from '../issues';
import type { Period } from '../periods';
import type { IsoDate } from '../plan/types';
import type { RawCell, RawSheet } from '../ports/workbookPort';
import { toIso } from '../dates/serial';
import { columnLetters } from '../layout/a1';
import { foldForMatch, tidyText } from '../text/fold';
import { REVIEW_STATE_KEYS, REVIEW_STATES, proposedState, type OfficerReview, type ReviewState } from './reviewStates';

/**
 * The reviews kept on the unit list sheet ("TH Đơn vị") of a district workbook, read back so the
 * next consolidation of the same period keeps them (issue 15). As readDecisions does, the header
 * row is found by its words and a row that cannot be understood is left out with an issue at its
 * cell, the others still count.
 *
 * Which rows are the officer's: a row whose state differs from what the add-in proposes for that
 * row's own figures (a file not taken, or with errors, is "Cần sửa"; others "Đã nhận"), or that has
 * a note. A row still showing the proposal is proposed again from the file as it is next time, so a
 * unit that sends a corrected file under the same name is not left "Cần sửa".
 */

export interface KeptReviews {
  /** Whether the workbook has the unit list sheet at all. */
  readonly found: boolean;
  /** The period the sheet was written for (the two dates at the end of its title), or null when they cannot be read. */
  readonly period: { readonly from: IsoDate; readonly to: IsoDate } | null;
  readonly reviews: readonly OfficerReview[];
  readonly issues: readonly Issue[];
}

const HEADER_SEARCH_ROWS = 10;
const SHEET = CONSOLIDATION_SHEETS.units;
const NOTHING: KeptReviews = { found: false, period: null, reviews: [], issues: [] };

const cellText = (value: RawCell | undefined): string => (value === null || value === undefined ? '' : tidyText(String(value)));
/**
 * A key's words in both languages, folded; never '' — the pane's first load carries no English (its
 * dictionary is empty there), and an empty word would take every blank header cell for the state
 * column (the pane then read the blank column L as "Xem xét" and carried no state: issue 15).
 */
const words = (key: MessageKey): string[] =>
  [DICTIONARIES.vi[key], DICTIONARIES.en[key] as string | undefined].flatMap((word) => (word === undefined || word === '' ? [] : [foldForMatch(word)]));

/** A state from its words in either language, folded ("da nhan", "can sua", "Returned"). */
function stateOf(text: string): ReviewState | undefined {
  const folded = foldForMatch(text);
  return REVIEW_STATES.find((state) => words(REVIEW_STATE_KEYS[state]).includes(folded));
}

/** The sheet's period: the last two dd/mm/yyyy dates of its title (written by consolidationSheets as "(TỪ NGÀY … ĐẾN NGÀY …)"). */
function titlePeriod(sheet: RawSheet): KeptReviews['period'] {
  const title = cellText(sheet.values[0]?.[0]);
  const dates = [...title.matchAll(/(\d{1,2})\/(\d{1,2})\/(\d{4})/g)].map((m) => toIso(Number(m[3]), Number(m[2]), Number(m[1])));
  const [from, to] = dates.slice(-2);
  return from === undefined || to === undefined ? null : { from, to };
}

/**
 * @param sheets the district workbook's sheets (only "TH Đơn vị" is looked at)
 * @returns the officer's reviews in sheet order, the period of the sheet, and issues: review.issue.badState
 *   (error, at the state cell: the row is kept with `unreadable` set to the words, its state the proposal, its note kept), review.issue.noHeader
 *   (warning, A1: the sheet lost its header row or review columns, nothing is kept)
 */
export function readReviewStates(sheets: readonly RawSheet[]): KeptReviews {
  const sheet = sheets.find((s) => s.name === SHEET);
  if (sheet === undefined) return NOTHING;
  const period = titlePeriod(sheet);
  const at = (row: readonly RawCell[], column: number): RawCell | undefined => row[column - sheet.origin.column];
  const fold = (value: RawCell | undefined): string => foldForMatch(cellText(value));
  const stateWords = words('review.column.state');
  let header: { index: number; columns: Map<string, number> } | null = null;
  for (let r = 0; r < Math.min(sheet.values.length, HEADER_SEARCH_ROWS) && header === null; r += 1) {
    const row = sheet.values[r] ?? [];
    const columns = new Map<string, number>();
    row.forEach((value, i) => {
      const folded = fold(value);
      const column = sheet.origin.column + i;
      if (stateWords.includes(folded)) columns.set('state', column);
      else if (words('review.column.note').includes(folded)) columns.set('note', column);
      else if (words('review.column.version').includes(folded)) columns.set('version', column);
      else if (!columns.has(folded)) columns.set(folded, column);
    });
    if (columns.has('state') && columns.has('tep')) header = { index: r, columns };
  }
  if (header === null) return { found: true, period, reviews: [], issues: [issue('review.issue.noHeader', 'warning', { sheet: SHEET, cell: 'A1' })] };
  const column = (key: string): number => header?.columns.get(key) ?? -1;
  const reviews: OfficerReview[] = [];
  const issues: Issue[] = [];
  for (let r = header.index + 1; r < sheet.values.length; r += 1) {
    const row = sheet.values[r] ?? [];
    const file = cellText(at(row, column('tep')));
    if (file === '') continue;
    const unit = cellText(at(row, column('ma')));
    const stateText = cellText(at(row, column('state')));
    const note = column('note') < 0 ? '' : cellText(at(row, column('note')));
    // The version the row is about (a sheet written before the column existed has none: matched by name).
    const version = column('version') < 0 ? '' : cellText(at(row, column('version')));
    const errors = Number(at(row, column('loi')) ?? 0);
    const rejected = fold(at(row, column('tinh trang'))) === foldForMatch('Không tiếp nhận');
    // A 0-byte file's row says so in "Ghi chú" (consolidationSheets rejectText): its proposal is "Trả lại", not the officer's.
    const empty = rejected && fold(at(row, column('ghi chu'))) === foldForMatch(DICTIONARIES.vi['consolidate.reject.empty']);
    const proposal = proposedState({
      status: rejected ? 'rejected' : 'ok',
      errors: Number.isFinite(errors) ? errors : 0,
      ...(empty ? { reason: 'empty' as const } : {}),
    });
    const state = stateText === '' ? proposal : stateOf(stateText);
    const about = { unit: unit === '' ? null : unit, file, note, ...(version === '' ? {} : { version }) };
    if (state === undefined) {
      const letter = columnLetters(column('state'));
      issues.push(
        issue('review.issue.badState', 'error', { sheet: SHEET, cell: `${letter}${sheet.origin.row + r}` }, { value: stateText, allowed: allowedWords() }),
      );
      // Kept with its words, never as a decision: written back as typed so the officer sees what to fix (fileReviews).
      reviews.push({ ...about, state: proposal, unreadable: stateText });
    } else if (state !== proposal || note !== '') reviews.push({ ...about, state });
  }
  return { found: true, period, reviews, issues };
}

/** The sheet is Vietnamese: the issue names the words the officer can pick. */
const allowedWords = (): string => REVIEW_STATES.map((s) => DICTIONARIES.vi[REVIEW_STATE_KEYS[s]]).join(', ');

/**
 * The kept reviews a consolidation of `period` carries over: all of them when the sheet was written
 * for the same days, none otherwise (a new period starts clean: its files are new files).
 */
export function carriedReviews(kept: KeptReviews, period: Pick<Period, 'from' | 'to'>): readonly OfficerReview[] {
  return keptForPeriod(kept, period) ? kept.reviews : [];
}

/** Whether the unit list sheet was written for the same days as `period` (its states, and its cells' issues, then matter). */
export function keptForPeriod(kept: KeptReviews, period: Pick<Period, 'from' | 'to'>): boolean {
  return kept.period !== null && kept.period.from === period.from && kept.period.to === period.to;
}
