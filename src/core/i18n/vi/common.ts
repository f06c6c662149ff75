/** Words shared by every surface: levels, states, section names. */
export const viCommon = {
  'scope.plan': 'Toàn kế hoạch',
  'scope.per-unit': 'Mỗi đơn vị',
  'frequency.month': 'Tháng',
  'frequency.quarter': 'Quý',
  'frequency.half-year': '6 tháng',
  'frequency.year': 'Năm',
  'frequency.adjective.month': 'hằng tháng',
  'frequency.adjective.quarter': 'hằng quý',
  'frequency.adjective.half-year': '6 tháng',
  'frequency.adjective.year': 'hằng năm',
  'convention.nd09-cutoff': 'Theo Nghị định 09/2019 (chốt số liệu ngày 14)',
  'convention.calendar': 'Theo năm dương lịch',
  'state.achieved': 'Đạt',
  'state.notAchieved': 'Chưa đạt',
  // Units a figure is said in: also on the pane's first load (the report's other words load later, src/taskpane/i18n/lazyReportWords.ts).
  'measure.minutes': '{value} phút',
  'measure.amount': '{value} đồng',
} as const;
