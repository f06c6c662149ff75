import type { viCommon } from '../vi/common';

export const enCommon: Record<keyof typeof viCommon, string> = {
  'scope.plan': 'Whole plan',
  'scope.per-unit': 'Each unit',
  'frequency.month': 'Month',
  'frequency.quarter': 'Quarter',
  'frequency.half-year': '6 months',
  'frequency.year': 'Year',
  'frequency.adjective.month': 'monthly',
  'frequency.adjective.quarter': 'quarterly',
  'frequency.adjective.half-year': 'half-yearly',
  'frequency.adjective.year': 'yearly',
  'convention.nd09-cutoff': 'Decree 09/2019 cut-off (the 14th)',
  'convention.calendar': 'Calendar periods',
  'state.achieved': 'Achieved',
  'state.notAchieved': 'Not achieved',
  // Units a figure is said in: also on the pane's first load (the report's other words load later, src/taskpane/i18n/lazyReportWords.ts).
  'measure.minutes': '{value} min',
  'measure.amount': '{value} VND',
};
