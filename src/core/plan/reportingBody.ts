import type { Plan, Unit } from './types';

/**
 * The unit that issues the plan's consolidated report (`Plan.reportingBody`: Phòng Nội vụ in
 * 116/KH-UBND, Sở Nội vụ in a province's plan); undefined when the plan's issuer reports itself (a
 * commune's plan). A file of its own so the pane's review and reminders can name it without
 * loading the report header code (issue 11: first load).
 */
export function reportingBody(plan: Plan): Unit | undefined {
  return plan.units.find((u) => u.code === plan.reportingBody);
}
