import type { StandingItem } from '../plan/types';
import { foldForMatch } from '../text/fold';

/** A title's folded words, once each. */
export const wordsOf = (title: string): Set<string> =>
  new Set(
    foldForMatch(title)
      .split(' ')
      .filter((w) => w !== ''),
  );

/**
 * The plan item an office's own title names when it is not the plan's wording (issue 13, eighth
 * tester, D2: "Cập nhật bảng tin tại nhà văn hóa khu phố" for the plan's "Cập nhật bảng tin CCHC tại
 * nhà văn hóa khu phố"). Only items that apply to the unit's level are candidates; one is taken when it
 * is the only candidate whose folded words contain the row's or are contained in them, else when it
 * shares strictly more words than any other and at least half the row's. Null otherwise (a tie, or
 * too few shared words): adopt refuses the row, the reader leaves its item unknown. Adopt
 * (adopt/otherRows) and the reader (reader/assignUnit) take items by this one rule.
 */
export function itemByTitle(candidates: readonly StandingItem[], title: string): StandingItem | null {
  const row = wordsOf(title);
  if (row.size === 0) return null;
  const scored = candidates.map((item) => {
    const words = wordsOf(item.title);
    const shared = [...row].filter((w) => words.has(w)).length;
    return { item, shared, subset: shared === row.size || shared === words.size };
  });
  const subsets = scored.filter((s) => s.subset);
  if (subsets.length === 1) return subsets[0]?.item ?? null;
  if (subsets.length > 1) return null;
  const ranked = [...scored].sort((a, b) => b.shared - a.shared);
  const [best, next] = ranked;
  if (best === undefined || best.shared * 2 < row.size || (next !== undefined && next.shared === best.shared)) return null;
  return best.item;
}
