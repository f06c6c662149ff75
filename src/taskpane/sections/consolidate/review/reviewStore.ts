import { useSyncExternalStore } from 'react';
import { mergeDecisions } from '../../../../core/decisions/mergeDecisions';
import type { Decision } from '../../../../core/decisions/types';

/**
 * The decisions the officer took in Tổng hợp's "Xem lại" since the pane opened, waiting for the
 * next consolidation, which uses them and writes them to the "Ghi nhớ đọc tệp" sheet. Kept out of
 * the pane's reducer so the review stays in its own files (and its own lazily loaded chunk).
 */

let added: readonly Decision[] = [];
const listeners = new Set<() => void>();

export const reviewStore = {
  get: (): readonly Decision[] => added,
  /** Adds decisions; one about the same thing as an earlier one replaces it (mergeDecisions). */
  add: (decisions: readonly Decision[]): void => {
    added = mergeDecisions(added, decisions);
    for (const listener of listeners) listener();
  },
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/** The decisions taken so far, re-rendering when one is added. */
export function useAddedDecisions(): readonly Decision[] {
  return useSyncExternalStore(reviewStore.subscribe, reviewStore.get, reviewStore.get);
}
