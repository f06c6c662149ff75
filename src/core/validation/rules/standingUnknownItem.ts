import { at, excerpt, recordRule } from '../rule';

/**
 * A standing item whose id (or title) is not one of the plan's; suggests the id when one is obviously meant.
 * A row named by its title alone (an office's own table, no code column) whose title names no plan item of its
 * unit's level is counted for nothing: a warning says so at the title cell, so no row is dropped silently
 * (issue 13, standing13's leftover; records/itemByTitle is the matching rule).
 */
export const standingUnknownItem = recordRule({
  id: 'standing-unknown-item',
  appliesTo: ['standing'],
  issues: {
    unknown: { code: 'validation.standing.unknownItem', severity: 'error' },
    unknownSuggest: { code: 'validation.standing.unknownItemSuggest', severity: 'error' },
    unknownTitle: { code: 'validation.standing.unknownTitle', severity: 'warning' },
  },
  check: (entries, context, emit) => {
    const ids = context.plan.standingItems.map((s) => s.id).join(', ');
    for (const entry of entries) {
      const typed = entry.text.item ?? '';
      if (entry.record.item !== null) continue;
      const title = entry.text.title ?? '';
      if (typed === '' && title !== '') emit('unknownTitle', at(entry, 'title'), { value: excerpt(title), ids });
      if (typed === '') continue;
      const suggestion = context.suggest.closest('standingItem', typed);
      const params = { value: excerpt(typed), ids };
      if (suggestion === null) emit('unknown', at(entry, 'item'), params);
      else emit('unknownSuggest', at(entry, 'item'), { ...params, suggestion });
    }
  },
});
