import { formatNumber, t } from '../i18n/format';
import type { Language } from '../i18n/messages';
import type { TargetMeasure } from '../plan/types';

/**
 * How a target's figures read in its measure (issue 13), in every place that shows them (report
 * sheet and Word, TH Tiến độ, the pane's summary, `cchc consolidate`): "120 phút", "15.000.000
 * đồng" (and, with formatFigure, "lũy kế 120/120 phút"); a count of outputs or things reads as a
 * plain number, as 116/KH-UBND's always has.
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
 * Whole numbers with dots between thousands whatever the PC's regional setting: the separators
 * are literal text in a conditional format (up to 999.999.999.999; Excel allows two conditions,
 * so billions show as "1234.567.890"). English keeps the locale's grouping.
 */
export const AMOUNT_VI = '[>=1000000]#"."###"."###;[>=1000]#"."###;0';

/** An Excel number format that shows the unit beside the number and keeps the cell a number: #,##0" phút"; things grouped as amounts are ("2.300"). */
export function measureNumberFormat(measure: TargetMeasure | undefined, language: Language): string {
  switch (measure ?? 'count') {
    case 'quantity':
      return language === 'vi' ? AMOUNT_VI : '#,##0';
    case 'minutes':
      return `#,##0"${unitWord('minutes', language)}"`;
    case 'amount':
      return `#,##0"${unitWord('amount', language)}"`;
    default:
      return '0';
  }
}

/** A figure without its unit, grouped as the measure wants ("15.000.000" for đồng). */
export function formatFigure(value: number, measure: TargetMeasure | undefined, language: Language): string {
  return figure(value, measure, language);
}

function figure(value: number, measure: TargetMeasure | undefined, language: Language): string {
  // Things, minutes and đồng are grouped from a thousand ("2.300", "5.340 phút" beside "16.500 phút", issue 13);
  // formatNumber leaves figures under 10,000 as years are written, right only for a count of outputs.
  return measure === 'amount' || measure === 'quantity' || measure === 'minutes' ? formatAmount(value, language) : formatNumber(value, language);
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
