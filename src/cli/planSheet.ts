/** The plan-sheet API the CLI uses, in one place while the core settles where it lives. */
export { planToSheet } from '../core/plan/planSheetLayout';
export { readPlanFromSheets } from '../core/plan/planSheetReader';
