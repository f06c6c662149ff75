import { isoParts } from '../periods/calendarMath';
import type { Period } from '../periods';
import type { ReportScope } from './types';

/** Excel's limits on a sheet name. */
export const MAX_SHEET_NAME = 31;
const FORBIDDEN = /[\\/?*[\]:]/g;

/**
 * The report's sheet name: the same for the same period and scope, so generating again replaces
 * only that sheet. "BC 6T-2018" (first half), "BC 6TC-2018" (second half), "BC Nam-2018",
 * "BC Q3-2018", "BC T03-2026" (month), "BC 01.03-31.05.2018" (custom), with " DL" (dương lịch) after a calendar period
 * ("BC 6T-2018 DL") since the plan's Nghị định 09 periods keep the plain name; a unit's report adds its code ("BC 6T-2018 XTD")
 * so a unit report kept in the district's workbook never replaces the district's own.
 * Language-independent on purpose: the name is a key, not prose.
 */
export function reportSheetName(period: Period, scope: ReportScope): string {
  // A calendar half-year and the Nghị định 09 one cover different days: each gets its own sheet.
  const base = `BC ${periodTag(period)}${period.convention === 'calendar' ? ' DL' : ''}`;
  if (scope.kind === 'district') return base;
  const code = scope.unit.code
    .replace(FORBIDDEN, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '');
  if (code === '') return base;
  return `${base} ${code}`.slice(0, MAX_SHEET_NAME).trimEnd();
}

function periodTag(period: Period): string {
  switch (period.kind) {
    case 'year':
      return `Nam-${String(period.year)}`;
    case 'half-year':
      return `${period.index === 2 ? '6TC' : '6T'}-${String(period.year)}`;
    case 'quarter':
      return `Q${String(period.index)}-${String(period.year)}`;
    case 'month':
      return `T${String(period.index).padStart(2, '0')}-${String(period.year)}`;
    case 'custom':
      return customTag(period.from, period.to);
  }
}

/** 01.03-31.05.2018 within a year, 15.12.2017-14.06.2018 across two. */
function customTag(fromIso: string, toIso: string): string {
  const from = isoParts(fromIso);
  const to = isoParts(toIso);
  const dm = (p: { day: number; month: number }): string => `${String(p.day).padStart(2, '0')}.${String(p.month).padStart(2, '0')}`;
  return from.year === to.year ? `${dm(from)}-${dm(to)}.${to.year}` : `${dm(from)}.${from.year}-${dm(to)}.${to.year}`;
}
