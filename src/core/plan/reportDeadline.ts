import { daysInMonth, isoParts, shiftMonth, addDays } from '../periods/calendarMath';
import { toIso } from '../dates/serial';
import { foldForMatch } from '../text/fold';
import type { IsoDate } from './types';

/**
 * "Hạn gửi" of a reporting duty: by when a report of a period is due, as plans and reporting rules
 * write it — relative to the period, never a fixed date, so one row serves every quarter of every
 * year. 116/KH-UBND sets none (its section IV.5 asks Phòng Nội vụ for reports "định kỳ 6 tháng,
 * năm" without a day), so the built-in plan leaves it blank; a plan that sets one writes it here.
 *
 * - dayOfLastMonth: "Ngày 15 tháng cuối kỳ" — the 15th of the month the period ends in (under
 *   Nghị định 09/2019 a quarter ending on 14 March is due on 15 March);
 * - dayOfNextMonth: "Ngày 5 tháng sau kỳ" — that day of the month after the period's last month;
 * - daysAfterEnd: "10 ngày sau kỳ" — that many days after the period's last day;
 * - dayOfMonth: "Ngày 10 tháng 12" — that day of that month in the year the period ends, for a yearly
 *   duty only (an annual report due in December, before the year ends; try13m D8); a duty of another
 *   frequency refuses it at the cell, as the same day would serve every quarter.
 * A day past the month's length (31 in February) is the month's last day: the plan meant "by the end".
 */
export type ReportDeadline =
  | { readonly kind: 'dayOfLastMonth'; readonly day: number }
  | { readonly kind: 'dayOfNextMonth'; readonly day: number }
  | { readonly kind: 'daysAfterEnd'; readonly days: number }
  | { readonly kind: 'dayOfMonth'; readonly day: number; readonly month: number };

/** The longest "N ngày sau kỳ" read: a deadline more than a year after its period is a typo. */
export const MAX_DAYS_AFTER_END = 366;

/** How the layout writes each kind (the reader takes these and the other spellings below). */
export function deadlineWords(deadline: ReportDeadline): string {
  switch (deadline.kind) {
    case 'dayOfLastMonth':
      return `Ngày ${deadline.day} tháng cuối kỳ`;
    case 'dayOfNextMonth':
      return `Ngày ${deadline.day} tháng sau kỳ`;
    case 'daysAfterEnd':
      return `${deadline.days} ngày sau kỳ`;
    case 'dayOfMonth':
      return `Ngày ${deadline.day} tháng ${deadline.month}`;
  }
}

/** The spellings offered in an issue when a cell cannot be read. */
export const DEADLINE_EXAMPLES = ['Ngày 15 tháng cuối kỳ', 'Ngày 5 tháng sau kỳ', '10 ngày sau kỳ', 'Ngày 10 tháng 12 (báo cáo năm)'].join('; ');

const LAST_MONTH = /^(?:truoc |cham nhat )?ngay (\d{1,2})(?: cua)? thang cuoi(?: cua)? ky(?: bao cao)?$/;
const NEXT_MONTH = /^(?:truoc |cham nhat )?ngay (\d{1,2})(?: cua)? thang (?:sau ky|dau ky sau|dau cua ky sau|ke tiep|tiep theo)(?: bao cao)?$/;
const DAYS_AFTER = /^(\d{1,3}) ngay (?:sau ky|sau khi het ky|sau ngay cuoi ky|ke tu ngay cuoi ky)(?: bao cao)?$/;
const FIXED = /^(?:truoc |cham nhat )?ngay (\d{1,2})(?: cua)? thang (\d{1,2})(?: hang nam| nam bao cao)?$/;
const EN_LAST = /^day (\d{1,2}) of the last month$/;
const EN_NEXT = /^day (\d{1,2}) of the next month$/;
const EN_AFTER = /^(\d{1,3}) days? after the period$/;

/**
 * Reads a "Hạn gửi" cell (folded: case, diacritics and spacing do not matter; Vietnamese or English).
 * @returns the deadline, or null when the text is none of the forms (the plan reader reports it at its cell)
 */
export function parseDeadline(text: string): ReportDeadline | null {
  const folded = foldForMatch(text).replace(/[.,;:]+$/u, '');
  const day = (match: RegExpExecArray | null): number | null => {
    const value = match?.[1] === undefined ? NaN : Number(match[1]);
    return Number.isInteger(value) && value >= 1 && value <= 31 ? value : null;
  };
  const last = day(LAST_MONTH.exec(folded) ?? EN_LAST.exec(folded));
  if (last !== null) return { kind: 'dayOfLastMonth', day: last };
  const next = day(NEXT_MONTH.exec(folded) ?? EN_NEXT.exec(folded));
  if (next !== null) return { kind: 'dayOfNextMonth', day: next };
  const fixed = FIXED.exec(folded);
  const fixedMonth = Number(fixed?.[2]);
  const fixedDay = day(fixed);
  if (fixedDay !== null && Number.isInteger(fixedMonth) && fixedMonth >= 1 && fixedMonth <= 12) return { kind: 'dayOfMonth', day: fixedDay, month: fixedMonth };
  const after = (DAYS_AFTER.exec(folded) ?? EN_AFTER.exec(folded))?.[1];
  const days = after === undefined ? NaN : Number(after);
  return Number.isInteger(days) && days >= 0 && days <= MAX_DAYS_AFTER_END ? { kind: 'daysAfterEnd', days } : null;
}

/**
 * The day a report of the period ending on `periodEnd` is due.
 * @param periodEnd the period's last day (ISO), as Period.to
 * @returns an ISO date
 */
export function deadlineDate(deadline: ReportDeadline, periodEnd: IsoDate): IsoDate {
  if (deadline.kind === 'daysAfterEnd') return addDays(periodEnd, deadline.days);
  const { year, month } = isoParts(periodEnd);
  if (deadline.kind === 'dayOfMonth') return toIso(year, deadline.month, Math.min(deadline.day, daysInMonth({ year, month: deadline.month })));
  const target = deadline.kind === 'dayOfLastMonth' ? { year, month } : shiftMonth({ year, month }, 1);
  return toIso(target.year, target.month, Math.min(deadline.day, daysInMonth(target)));
}
