import { foldForMatch } from '../text/fold';
import type { Decision } from './types';

/**
 * The decisions to keep after a consolidation: every row already on the sheet, in its place
 * (the officer's own rows and corrections are never lost), with a new decision about the same
 * thing (same kind, same text seen, same file) replacing the old one's meaning and date in place,
 * and decisions about new things added at the end.
 */

/** Two decisions are about the same thing when kind, folded text seen and file agree. */
export function decisionKey(decision: Decision): string {
  return [decision.kind, foldForMatch(decision.seen), decision.file === null ? '' : foldForMatch(fileName(decision.file))].join('\u0000');
}

/** The file's own name, without folders (the pane knows only names; the CLI has paths). */
export function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** @returns `kept` with `added` merged in; a decision that says what the row already says leaves the row (and its date) as it is. */
export function mergeDecisions(kept: readonly Decision[], added: readonly Decision[]): Decision[] {
  const result = [...kept];
  const index = new Map(result.map((d, i) => [decisionKey(d), i]));
  for (const decision of added) {
    const key = decisionKey(decision);
    const at = index.get(key);
    const existing = at === undefined ? undefined : result[at];
    if (at === undefined || existing === undefined) {
      index.set(key, result.length);
      result.push(decision);
    } else if (existing.meaning !== decision.meaning) {
      result[at] = { ...decision, ...(existing.note === undefined ? {} : { note: existing.note }) };
    }
  }
  return result;
}
