import { t } from '../i18n/format';
import type { MessageKey } from '../i18n/messages';
import { absolute } from '../layout/a1';
import { empty, text } from '../layout/cells';
import type { CellValue, SheetLayout } from '../layout/types';
import { REVIEW_STATE_KEYS, REVIEW_STATES, type FileReviewState } from './reviewStates';

/**
 * The two review columns of the unit list sheet ("TH Đơn vị", issue 15), after its nine columns of
 * facts: the state, chosen from a dropdown (Excel data validation, so it works without the add-in),
 * and the officer's note. The dropdown's words sit in a small legend to the right of the table: a
 * list source must be a range (data validation lists typed inline stop at 255 characters and are
 * not translated by some Excel builds).
 */

const vi = (key: MessageKey): string => t(key, {}, 'vi');

/**
 * Column letters of the state and the note (the sheet's 10th and 11th columns), of the version of the
 * file they are about (12th: its saved time, read back so a file sent again is reviewed afresh), and
 * of the legend.
 */
export const REVIEW_COLUMNS = { state: 'J', note: 'K', version: 'L', legend: 'N' } as const;
/** 1-based header row of the unit list sheet's table (its title is row 1). */
export const UNIT_LIST_HEADER_ROW = 2;

export const REVIEW_HEADERS: readonly string[] = [vi('review.column.state'), vi('review.column.note'), vi('review.column.version')];
export const REVIEW_WIDTHS: readonly number[] = [14, 40, 19];
/** Wide enough for the counting note under the words to wrap in a few lines. */
const LEGEND_WIDTH = 30;

/** The state's words, the note and the version reviewed for a row; three blanks for a unit that sent nothing. */
export function reviewCells(review: FileReviewState | undefined): CellValue[] {
  if (review === undefined) return [empty, empty, empty];
  // Words that are no state are written back as typed (marked by withReviewColumns), not replaced by the proposal:
  // the officer sees what to fix, and the next run reads them as no decision again (readReviewStates).
  const state = review.unreadable ?? vi(REVIEW_STATE_KEYS[review.state]);
  return [text(state), text(review.note), text(review.version ?? '')];
}

/** Fill and font of a state cell whose words are no state: Excel's own "Bad" cell style. */
const UNREADABLE_STYLE = { fill: '#FFC7CE', fontColor: '#9C0006', bold: true } as const;

/**
 * The unit list sheet with the review columns made editable: the dropdown on every row's state
 * cell, the legend it draws from, and a fill that tells the officer these two columns are theirs.
 * @param rows the table's data rows (units and unmatched files)
 * @param unreadable 0-based data rows whose state cell holds words that are no state (FileReviewState.unreadable): marked
 */
export function withReviewColumns(sheet: SheetLayout, rows: number, unreadable: readonly number[] = []): SheetLayout {
  const first = UNIT_LIST_HEADER_ROW + 1;
  const last = UNIT_LIST_HEADER_ROW + Math.max(1, rows);
  const { state, note, version, legend } = REVIEW_COLUMNS;
  const words = REVIEW_STATES.map((s) => vi(REVIEW_STATE_KEYS[s]));
  const legendRange = `${legend}${first}:${legend}${first + words.length - 1}`;
  return {
    ...sheet,
    // Below the words, what each state does to the totals: the officer decides with that in mind.
    blocks: [
      ...sheet.blocks,
      {
        at: `${legend}${UNIT_LIST_HEADER_ROW}`,
        rows: [[text(vi('review.legend'))], ...words.map((w) => [text(w)]), [empty], [text(vi('review.legend.counting'))]],
      },
    ],
    styles: [
      ...sheet.styles,
      { range: `${state}${first}:${note}${last}`, style: { fill: '#FFF2CC', wrap: true, vertical: 'top' } },
      { range: `${legend}${UNIT_LIST_HEADER_ROW}`, style: { bold: true, fill: '#DDEBF7', border: true, wrap: true } },
      { range: legendRange, style: { border: true } },
      { range: `${legend}${first + words.length + 1}`, style: { wrap: true, vertical: 'top', italic: true } },
      ...unreadable.map((row) => ({ range: `${state}${first + row}`, style: UNREADABLE_STYLE })),
    ],
    columns: [...sheet.columns, { column: 'M', width: 3 }, { column: legend, width: LEGEND_WIDTH }],
    // The legend is the dropdown's source, not part of the record: printed beside the rows, its three
    // words read as states of the first three units (tester, issue 15), so the page stops at the version reviewed.
    ...(sheet.print === undefined ? {} : { print: { ...sheet.print, printArea: `A1:${version}${last}` } }),
    validations: [
      ...sheet.validations,
      {
        range: `${state}${first}:${state}${last}`,
        rule: { kind: 'list', source: `=${absolute(legendRange)}` },
        allowBlank: true,
        prompt: { title: vi('review.column.state'), message: vi('review.prompt') },
        error: { title: vi('review.column.state'), message: vi('review.prompt'), style: 'stop' },
      },
    ],
  };
}
