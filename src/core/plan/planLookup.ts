import { exactKey } from '../text/exactKey';
import { foldForMatch } from '../text/fold';
import { fundingKey } from './fundingNames';
import type { Plan } from './types';

/**
 * Resolves what people type to the plan's codes: "TTĐT", "website", "Trang TTĐT huyện Gò Dầu",
 * "trang thông tin điện tử HUYỆN" all find the district portal. Matching is by folded text, first
 * exactly, then with the plan's place names removed from the text, then by the longest name found as whole words
 * inside the text — and only when that longest match is not shared by two entries (ambiguous text
 * resolves to nothing and is shown to the officer rather than guessed).
 *
 * Before any folding, text written exactly as one entry's name (case aside) finds that entry: names
 * that differ only by a tone mark are different places in the South ("Thạnh Đức" and "Thanh Đức",
 * "Hòa Thành" and "Hòa Thạnh"), so "Thanh Đức" must not be lost because "Thạnh Đức" exists.
 */

interface Named {
  readonly code: string;
  readonly names: readonly string[];
}

export interface Matcher {
  /** The code the text names, or null. */
  readonly find: (text: string) => string | null;
  /**
   * Codes of every entry a text could mean once folded ("thanh duc" → XTD and XTP), for explaining
   * why `find` gave null: two or more is a collision, none is an unknown name.
   */
  readonly candidates: (text: string) => string[];
}

/** Exact text, case aside: the key under which names differing by a tone mark stay apart. */
const preciseKey = (text: string): string => exactKey(text);

function stripPlaces(folded: string, places: readonly string[]): string {
  let result = ` ${folded} `;
  let stripped = false;
  for (const place of places) {
    if (place === '' || !result.includes(` ${place} `)) continue;
    result = result.split(` ${place} `).join(' ');
    stripped = true;
  }
  // Folded text is already trimmed with single spaces: only a removal can leave more to tidy.
  return stripped ? result.trim().replace(/\s+/g, ' ') : folded;
}

/**
 * The one code whose longest name is inside folded text as whole words, or null (none, or the
 * longest such names belong to two codes). Only names starting with one of the text's words can be
 * inside it: a few checks per word, not one per name; called for every distinct long text a reader meets.
 */
function longestNameInside(folded: string, byFirstWord: ReadonlyMap<string, readonly (readonly [string, string | null])[]>): string | null {
  const padded = ` ${folded} `;
  let longest = 0;
  let code: string | null = null;
  let shared = false;
  let start = 0;
  while (start <= folded.length) {
    let end = folded.indexOf(' ', start);
    if (end < 0) end = folded.length;
    const names = byFirstWord.get(folded.slice(start, end));
    start = end + 1;
    if (names === undefined) continue;
    for (const [key, keyCode] of names) {
      if (key.length < longest || !padded.includes(` ${key} `)) continue;
      if (key.length > longest) {
        longest = key.length;
        code = keyCode;
        shared = false;
      } else if (keyCode !== code) shared = true;
    }
  }
  return shared ? null : code;
}

export function createMatcher(entries: readonly Named[], placeNames: readonly string[] = []): Matcher {
  const places = placeNames.map(foldForMatch).filter((p) => p !== '');
  const exact = new Map<string, string | null>();
  const precise = new Map<string, string | null>();
  const everyCode = new Map<string, Set<string>>();
  const add = (map: Map<string, string | null>, key: string, code: string): void => {
    if (key === '') return;
    const existing = map.get(key);
    map.set(key, existing === undefined || existing === code ? code : null);
  };
  for (const entry of entries) {
    for (const name of [entry.code, ...entry.names]) {
      // Names keep their place words: "Báo Tây Ninh" without "Tây Ninh" would be any "báo".
      const folded = foldForMatch(name);
      add(exact, folded, entry.code);
      add(precise, preciseKey(name), entry.code);
      if (folded !== '') everyCode.set(folded, new Set([...(everyCode.get(folded) ?? []), entry.code]));
    }
  }
  const byFirstWord = new Map<string, [string, string | null][]>();
  for (const entry of exact.entries()) {
    if (entry[0].length < 3) continue;
    const first = entry[0].split(' ')[0] ?? '';
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), entry]);
  }
  const cache = new Map<string, string | null>();
  // By the text as typed too: a tracker repeats its few labels on every row, and the answer for a text never changes.
  const byText = new Map<string, string | null>();
  const find = (text: string): string | null => {
    const known = byText.get(text);
    if (known !== undefined) return known;
    const found = findFolded(text);
    if (byText.size < 100_000) byText.set(text, found);
    return found;
  };
  const findFolded = (text: string): string | null => {
    const folded = foldForMatch(text);
    if (folded === '') return null;
    // Text with a name's precise key folds to that name's key (the precise key only tidies and lower-cases),
    // so the precise key, a locale lower-casing of the whole text, is made only for text that folds to a name.
    if (exact.has(folded)) {
      const exactly = precise.get(preciseKey(text));
      if (exactly !== undefined && exactly !== null) return exactly;
    }
    const cached = cache.get(folded);
    if (cached !== undefined) return cached;
    const direct = exact.get(folded) ?? exact.get(stripPlaces(folded, places));
    const result = direct === undefined ? longestNameInside(folded, byFirstWord) : direct;
    cache.set(folded, result);
    return result;
  };
  const candidates = (text: string): string[] => {
    const folded = foldForMatch(text);
    return [...(everyCode.get(folded) ?? everyCode.get(stripPlaces(folded, places)) ?? [])];
  };
  return { find, candidates };
}

export interface PlanLookup {
  readonly channel: Matcher;
  readonly form: Matcher;
  readonly unit: Matcher;
  readonly fundingSource: Matcher;
  readonly standingItem: Matcher;
}

/** Place names people append ("... huyện Gò Dầu", "... tỉnh Tây Ninh") and that say nothing. */
function placeNames(plan: Plan): string[] {
  const bodies = [plan.identity.issuer, plan.identity.superior].map((b) => b.replace(/^(UBND|Ủy ban nhân dân)\s+/i, ''));
  const bare = [plan.identity.place, ...bodies.map((b) => b.replace(/^(huyện|tỉnh|thành phố|thị xã|xã|phường)\s+/i, ''))];
  return [...new Set([...bodies, ...bare])];
}

export function createPlanLookup(plan: Plan): PlanLookup {
  const places = placeNames(plan);
  const channel = createMatcher(
    plan.channels.map((c) => ({ code: c.code, names: [c.name, c.shortName, ...c.aliases] })),
    places,
  );
  return {
    channel,
    form: formMatcher(createMatcher(plan.forms.map((f) => ({ code: f.code, names: [f.name, ...f.aliases] }))), channel),
    unit: createMatcher(plan.units.map((u) => ({ code: u.code, names: [u.name, ...u.aliases] }))),
    fundingSource: fundingMatcher(plan),
    standingItem: createMatcher(plan.standingItems.map((s) => ({ code: s.id, names: [s.title] }))),
  };
}

/**
 * The forms' matcher, except that a text which is a channel's name ("Cổng thông tin điện tử tỉnh",
 * "Trang thông tin điện tử huyện": the word "tin" inside) names no form: typed under "Hình thức" it is
 * an unknown form at its cell, as "Báo Tây Ninh" there is, never "Tin" by another name, which Chuẩn hóa
 * would have written over the cell (issue 11's fifth tester, F3). A form's own name or alias still wins.
 */
function formMatcher(forms: Matcher, channels: Matcher): Matcher {
  return {
    find: (text) => {
      const found = forms.find(text);
      if (found === null || forms.candidates(text).length > 0) return found;
      return channels.candidates(text).length > 0 ? null : found;
    },
    candidates: forms.candidates,
  };
}

/**
 * The funding sources' matcher: the plan's names as every list is matched, then the funding-name
 * rule (fundingNames.ts: "NS xã" is "Ngân sách xã", "XHH" is "Kinh phí xã hội hóa") when that key is
 * one source's only. Every command reads spending rows through it, so a source counts the same in all.
 */
function fundingMatcher(plan: Plan): Matcher {
  const named = createMatcher(plan.fundingSources.map((f) => ({ code: f.code, names: [f.name] })));
  const byKey = new Map<string, string | null>();
  // By names only: a code is matched as typed (the named matcher), never spelt out ("NS-XA" is no name).
  for (const source of plan.fundingSources) {
    const key = fundingKey(source.name);
    if (key === '') continue;
    const seen = byKey.get(key);
    byKey.set(key, seen === undefined || seen === source.code ? source.code : null);
  }
  return {
    find: (text) => named.find(text) ?? byKey.get(fundingKey(text)) ?? null,
    candidates: (text) => {
      const folded = named.candidates(text);
      if (folded.length > 0) return folded;
      const key = fundingKey(text);
      return key === '' ? [] : plan.fundingSources.filter((f) => fundingKey(f.name) === key).map((f) => f.code);
    },
  };
}
