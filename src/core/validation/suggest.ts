import { fundingKey } from '../plan/fundingNames';
import type { Plan } from '../plan/types';
import { STATE_WORDS } from '../records/recordSheets';
import { foldForMatch } from '../text/fold';
import { decodeLegacy, detectLegacyEncoding } from '../text/legacyEncoding';

/**
 * The closest plan name to something typed that matched nothing ("Báo Tây Ninhh", "Trang thông
 * tin huyện", "Ngân sách xã"). By edit distance on folded text, accepted only when close (one edit,
 * or at most a third of the longer text) and only one plan entry is that close; failing that, the
 * one plan name that holds every word typed. Text in an old Vietnamese encoding is decoded first
 * ("Th¹nh §øc" suggests "Xã Thạnh Đức"). Results are cached per text, so a typo repeated on 10,000
 * rows costs one search.
 */

export type NameKind = 'channel' | 'form' | 'unit' | 'state' | 'fundingSource' | 'standingItem';

export interface Suggester {
  /** The display name to suggest, or null when nothing is obviously meant. */
  readonly closest: (kind: NameKind, typed: string) => string | null;
}

interface Candidate {
  readonly folded: string;
  readonly display: string;
}

const MAX_RATIO = 1 / 3;

/** Levenshtein distance, giving up (returning limit + 1) once it must exceed `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

function candidates(entries: readonly { display: string; names: readonly string[] }[]): Candidate[] {
  return entries.flatMap((e) => e.names.map((name) => ({ folded: foldForMatch(name), display: e.display }))).filter((c) => c.folded.length >= 2);
}

function best(list: readonly Candidate[], typed: string): string | null {
  const folded = foldForMatch(typed);
  if (folded.length < 3) return null;
  let bestDistance = Infinity;
  let found = new Set<string>();
  for (const candidate of list) {
    const limit = Math.max(1, Math.floor(Math.max(folded.length, candidate.folded.length) * MAX_RATIO));
    const distance = editDistance(folded, candidate.folded, limit);
    if (distance > limit) continue;
    if (distance < bestDistance) {
      bestDistance = distance;
      found = new Set([candidate.display]);
    } else if (distance === bestDistance) {
      found.add(candidate.display);
    }
  }
  if (found.size === 1) return [...found][0] ?? null;
  return found.size === 0 ? byWords(list, folded) : null;
}

/** Text whose every word is in one plan name, and in no other: "Ngân sách xã" for "Ngân sách UBND xã, thị trấn". */
function byWords(list: readonly Candidate[], folded: string): string | null {
  const words = folded.split(' ');
  if (words.length < 2) return null;
  const found = new Set(list.filter((c) => words.every((w) => ` ${c.folded} `.includes(` ${w} `))).map((c) => c.display));
  return found.size === 1 ? ([...found][0] ?? null) : null;
}

export function createSuggester(plan: Plan): Suggester {
  const lists: Record<NameKind, Candidate[]> = {
    channel: candidates(plan.channels.map((c) => ({ display: c.name, names: [c.name, c.shortName, ...c.aliases] }))),
    form: candidates(plan.forms.map((f) => ({ display: f.name, names: [f.name, ...f.aliases] }))),
    unit: candidates(plan.units.map((u) => ({ display: u.name, names: [u.name, ...u.aliases] }))),
    state: candidates(Object.values(STATE_WORDS).map((words) => ({ display: words[0] ?? '', names: words }))),
    // Compared by the funding-name rule's key (plan/fundingNames: "NS phường" near "Ngân sách phường chi CCHC").
    fundingSource: candidates(plan.fundingSources.map((f) => ({ display: f.name, names: [fundingKey(f.name)] }))),
    standingItem: candidates(plan.standingItems.map((s) => ({ display: s.id, names: [s.id] }))),
  };
  const cache = new Map<string, string | null>();
  return {
    closest: (kind, typed) => {
      const key = `${kind}\u0000${typed}`;
      const cached = cache.get(key);
      if (cached !== undefined) return cached;
      const encoding = detectLegacyEncoding(typed);
      const keyed = (text: string): string => (kind === 'fundingSource' ? fundingKey(text) : text);
      const result = best(lists[kind], keyed(typed)) ?? (encoding === null ? null : best(lists[kind], keyed(decodeLegacy(typed, encoding))));
      cache.set(key, result);
      return result;
    },
  };
}
