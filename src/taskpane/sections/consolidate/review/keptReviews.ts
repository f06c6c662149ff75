import { CONSOLIDATION_SHEETS } from '../../../../core/consolidate/consolidationSheetNames';
import type { Issue } from '../../../../core/issues';
import type { Period } from '../../../../core/periods';
import type { WorkbookReader } from '../../../../core/ports/workbookPort';
import { carriedReviews, keptForPeriod, readReviewStates } from '../../../../core/review/readReviewStates';
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
  return (await keptRound(book, period)).reviews;
}

/**
 * The kept reviews as keptReviews gives them, with what could not be read on the sheet
 * (review.issue.badState at the state cell, review.issue.noHeader at A1), for the list shown at pick
 * time (issue 15: the officer sees the states typed in Excel before the first Tổng hợp, and a typo
 * with a way to its cell). The issues of a sheet written for another period are not said: nothing of it is carried.
 */
export async function keptRound(
  book: WorkbookReader,
  period: Pick<Period, 'from' | 'to'>,
): Promise<{ readonly reviews: readonly OfficerReview[]; readonly issues: readonly Issue[] }> {
  const sheet = (await book.listSheets()).includes(CONSOLIDATION_SHEETS.units) ? await book.readSheet(CONSOLIDATION_SHEETS.units) : null;
  if (sheet === null) return { reviews: [], issues: [] };
  const kept = readReviewStates([sheet]);
  // A cell that is no state matters only when the sheet's states are carried (same rule as the CLI).
  return { reviews: carriedReviews(kept, period), issues: keptForPeriod(kept, period) ? kept.issues : [] };
}

/**
 * The reader with its sheet list asked of the workbook once: the kept decisions and the kept reviews
 * are both looked up before a consolidation, and each list is a round trip to Excel (a sync).
 */
export function listedOnce(book: WorkbookReader): WorkbookReader {
  let names: Promise<string[]> | undefined;
  return { listSheets: () => (names ??= book.listSheets()), readSheet: (name) => book.readSheet(name) };
}
