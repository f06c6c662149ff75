import type { Decision } from '../../../../core/decisions/types';
import type { IsoDate } from '../../../../core/plan/types';

/**
 * The review as decisions: each item with the officer's choice (item index → meaning; '' = not
 * taken), or the reader's guess where the officer left it, since the officer saw it and let it
 * stand. A unit left unchosen is no decision (the question stays open).
 */
export function chosenDecisions(items: readonly Decision[], chosen: ReadonlyMap<number, string>, today: IsoDate): Decision[] {
  return items.flatMap((item, index): Decision[] => {
    const value = chosen.get(index) ?? item.meaning ?? '';
    const meaning = value === '' ? null : value;
    if (item.kind === 'fileUnit' && meaning === null) return [];
    return [{ ...item, meaning, decidedOn: today }];
  });
}
