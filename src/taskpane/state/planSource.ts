import type { Issue } from '../../core/issues';
import type { Plan } from '../../core/plan/types';

/**
 * Where the plan on screen comes from. The plan is data: a workbook with a "Kế hoạch" sheet
 * brings its own; otherwise (no Excel, no such sheet, a sheet with errors) the built-in 116/KH-UBND
 * plan is shown, and the pane says which and why.
 */
export type PlanSource =
  | { readonly kind: 'built-in'; readonly why: 'not-connected' | 'no-plan-sheet' }
  | { readonly kind: 'reading' }
  | { readonly kind: 'sheet'; readonly sheet: string; readonly plan: Plan; readonly warnings: readonly Issue[] }
  | { readonly kind: 'sheet-invalid'; readonly sheet: string; readonly issues: readonly Issue[] }
  | { readonly kind: 'read-failed' };

/** The plan to show: the workbook's when it read cleanly, the built-in one otherwise. */
export function activePlan(source: PlanSource, builtIn: Plan): Plan {
  return source.kind === 'sheet' ? source.plan : builtIn;
}
