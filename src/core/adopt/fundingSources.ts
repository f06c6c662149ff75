import { createPlanLookup } from '../plan/planLookup';
import type { Plan } from '../plan/types';
import { createSuggester } from '../validation/suggest';

/**
 * The plan funding source (its code) a spending row's typed source means: the plan's own name or the
 * same source by the funding-name rule every command reads with (plan/fundingNames: "NS xã" is
 * "Ngân sách xã", "XHH" is "Kinh phí xã hội hóa"; validate, normalise and consolidate count it the
 * same, fund13 defect 1), or else the one plan name Kiểm tra would suggest ("Ngân sách phường" → "Ngân sách phường chi CCHC",
 * validation/suggest: one edit or a third of the text, or the only name holding every word typed).
 * Null when nothing fits or two plan names are equally near: never a guess between two (try13j defect 3).
 *
 * @returns a function from typed text to a plan funding source code, or null
 */
export function fundingSourceResolver(plan: Plan): (typed: string) => string | null {
  const lookup = createPlanLookup(plan);
  const suggester = createSuggester(plan);
  return (typed) => {
    const exact = lookup.fundingSource.find(typed);
    if (exact !== null) return exact;
    const suggested = suggester.closest('fundingSource', typed);
    return suggested === null ? null : (plan.fundingSources.find((f) => f.name === suggested)?.code ?? null);
  };
}
