import { mergeDecisions } from '../../../../core/decisions/mergeDecisions';
import type { Decision } from '../../../../core/decisions/types';

/**
 * The decisions the officer took in Tổng hợp's "Xem lại" since the pane opened, waiting for the
 * next consolidation, which uses them and writes them to the "Ghi nhớ đọc tệp" sheet. Kept out of
 * the pane's reducer so the review stays in its own files.
 */

let added: readonly Decision[] = [];

export const reviewStore = {
  get: (): readonly Decision[] => added,
  /** Adds decisions; one about the same thing as an earlier one replaces it (mergeDecisions). */
  add: (decisions: readonly Decision[]): void => {
    added = mergeDecisions(added, decisions);
  },
};
