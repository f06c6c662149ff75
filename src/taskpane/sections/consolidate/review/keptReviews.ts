import { CONSOLIDATION_SHEETS } from '../../../../core/consolidate/consolidationSheetNames';
import type { Period } from '../../../../core/periods';
import type { WorkbookReader } from '../../../../core/ports/workbookPort';
import { carriedReviews, readReviewStates } from '../../../../core/review/readReviewStates';
import type { Reminder } from '../../../../core/review/reminders';
import type { FileReviewState, OfficerReview } from '../../../../core/review/reviewStates';

/** What a consolidation gives the round (issue 15): each listed file's review, and the reminders to units. */
export interface Round {
  readonly reviews: readonly FileReviewState[];
  readonly reminders: readonly Reminder[];
}

/**
 * The officer's review states kept on the open workbook's unit list sheet ("TH Đơn vị") when it was
 * written for `period` (a new period starts clean): one sheet read, none when the workbook has no
 * consolidation yet. Read on the page (the worker has no workbook) and sent with the request.
 */
export async function keptReviews(book: WorkbookReader, period: Pick<Period, 'from' | 'to'>): Promise<readonly OfficerReview[]> {
  const sheet = (await book.listSheets()).includes(CONSOLIDATION_SHEETS.units) ? await book.readSheet(CONSOLIDATION_SHEETS.units) : null;
  return sheet === null ? [] : carriedReviews(readReviewStates([sheet]), period);
}

/**
 * The reader with its sheet list asked of the workbook once: the kept decisions and the kept reviews
 * are both looked up before a consolidation, and each list is a round trip to Excel (a sync).
 */
export function listedOnce(book: WorkbookReader): WorkbookReader {
  let names: Promise<string[]> | undefined;
  return { listSheets: () => (names ??= book.listSheets()), readSheet: (name) => book.readSheet(name) };
}
