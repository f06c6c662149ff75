import { formatNumber, t } from '../i18n/format';
import type { Language } from '../i18n/messages';
import type { TargetMeasure } from '../plan/types';

/**
 * How a target's figures read in its measure (issue 13), in every place that shows them (report
 * sheet and Word, TH Tiến độ, the pane's summary, `cchc consolidate`): "120 phút", "15.000.000
 * đồng" (and, with formatFigure, "lũy kế 120/120 phút"); a count of outputs or things reads as a
 * plain number, grouped from a thousand ("1.194").
 */

/**
 * An amount in đồng with its thousands always grouped, "9.500" (Vietnamese) or "9,500" (English):
 * formatNumber leaves numbers under 10,000 ungrouped for years, never right for money.
 */
export function formatAmount(value: number, language: Language): string {
  const sign = value < 0 ? '-' : '';
  const digits = String(Math.round(Math.abs(value)));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, language === 'vi' ? '.' : ',');
  return sign + grouped;
}

/** One figure: "120 phút", "15.000.000 đồng", "12". */
export function formatMeasure(value: number, measure: TargetMeasure | undefined, language: Language): string {
  return withUnit(figure(value, measure, language), measure, language);
}

/**
 * Every figure of a report sheet (counts, things, minutes, đồng) stays a number grouped by "#,##0",
 * which Excel renders with the PC's own separator: "1.194" on a Vietnamese PC. One format for all:
 * the conditional format with literal dots used for đồng before showed "350.000.000" beside
 * "1,194" on other PCs (issue 13, province tester).
 */
export const GROUPED = '#,##0';

/** An Excel number format that shows the unit beside the number and keeps the cell a number: #,##0" phút"; counts and things GROUPED ("1.194"). */
export function measureNumberFormat(measure: TargetMeasure | undefined, language: Language): string {
  switch (measure ?? 'count') {
    case 'minutes':
      return `${GROUPED}"${unitWord('minutes', language)}"`;
    case 'amount':
      return `${GROUPED}"${unitWord('amount', language)}"`;
    default:
      return GROUPED;
  }
}

/** A figure without its unit, grouped as the measure wants ("15.000.000" for đồng). */
export function formatFigure(value: number, measure: TargetMeasure | undefined, language: Language): string {
  return figure(value, measure, language);
}

function figure(value: number, measure: TargetMeasure | undefined, language: Language): string {
  // Every whole figure is grouped from a thousand, counts of outputs too ("1.194 tin, bài", "2.300", "5.340 phút"; issue 13,
  // province tester); formatNumber leaves figures under 10,000 ungrouped as years are written, and keeps a fraction's decimals.
  // Things, minutes and đồng are whole (formatAmount rounds them); a count with a fraction (none is typed, but a sum may be) keeps it.
  const whole = measure === 'amount' || measure === 'quantity' || measure === 'minutes' || Number.isInteger(value);
  return whole ? formatAmount(value, language) : formatNumber(value, language);
}

function withUnit(figures: string, measure: TargetMeasure | undefined, language: Language): string {
  if (measure === 'minutes') return t('measure.minutes', { value: figures }, language);
  if (measure === 'amount') return t('measure.amount', { value: figures }, language);
  return figures;
}

/** " phút", " đồng": the unit as it follows a number, for number formats. */
function unitWord(measure: 'minutes' | 'amount', language: Language): string {
  return t(measure === 'minutes' ? 'measure.minutes' : 'measure.amount', { value: '' }, language);
}
