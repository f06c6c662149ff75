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
  return [decision.kind, foldForMatch(decision.seen), decision.file === null ? '' : foldForMatch(decision.file)].join('\u0000');
}

/** The file's own name, without folders (the pane knows only names; the CLI has paths). */
export function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/**
 * How a decision names a file: its name alone, so the decision still applies next month when the
 * units' files sit in another folder; or, when two files of the run share that name
 * ("don-vi/a/bao-cao.xlsx", "don-vi/b/bao-cao.xlsx"), the path as given, so each keeps its own.
 * @param all every file of the run
 */
export function fileReference(path: string, all: readonly string[]): string {
  const name = fileName(path);
  const sharing = all.filter((other) => foldForMatch(fileName(other)) === foldForMatch(name)).length;
  return sharing > 1 ? path.replace(/\\/g, '/') : name;
}

/**
 * Whether a decision's file reference names `file`: by name when it has no folder, else by the
 * path's tail ("b/bao-cao.xlsx" names "don-vi/b/bao-cao.xlsx"), compared folded.
 */
export function namesFile(reference: string, file: string): boolean {
  if (!/[\\/]/.test(reference)) return foldForMatch(reference) === foldForMatch(fileName(file));
  const ref = foldForMatch(reference);
  const path = foldForMatch(file);
  return path === ref || path.endsWith(` ${ref}`);
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
