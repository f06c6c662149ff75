import { at, excerpt, recordRule } from '../rule';

/** A standing item whose id (or title) is not one of the plan's; suggests the id when one is obviously meant. */
export const standingUnknownItem = recordRule({
  id: 'standing-unknown-item',
  appliesTo: ['standing'],
  issues: {
    unknown: { code: 'validation.standing.unknownItem', severity: 'error' },
    unknownSuggest: { code: 'validation.standing.unknownItemSuggest', severity: 'error' },
  },
  check: (entries, context, emit) => {
    const ids = context.plan.standingItems.map((s) => s.id).join(', ');
    for (const entry of entries) {
      const typed = entry.text.item ?? '';
      if (typed === '' || entry.record.item !== null) continue;
      const suggestion = context.suggest.closest('standingItem', typed);
      const params = { value: excerpt(typed), ids };
      if (suggestion === null) emit('unknown', at(entry, 'item'), params);
      else emit('unknownSuggest', at(entry, 'item'), { ...params, suggestion });
    }
  },
});
