import type { RawCell } from '../ports/workbookPort';

/**
 * Amounts of money as Vietnamese offices type them, read into whole đồng.
 *
 * Accepted: a number cell (1500000); text with dots for thousands, the Vietnamese convention
 * (TCVN 7587 / Thông tư 200/2014 write 1.500.000), or commas for thousands, the English one
 * ("1,500,000"), or spaces ("1 500 000"); a currency word or sign before or after ("₫", "đ",
 * "đồng", "VNĐ", "VND"); and a multiplier word ("2 triệu", "1,5 triệu", "1.5 tr", "500 nghìn",
 * "1 tỷ"), since officers write round sums that way in notes copied into trackers — the result
 * must still be whole đồng.
 *
 * Separators: with dots and commas both present, the last one is the decimal mark and the other
 * must group by threes. With only one kind, it is a thousands separator when every group after it
 * has exactly three digits ("1.500", "1,500", "1.500.000"), since an amount of đồng has no
 * decimals; otherwise it is a decimal mark ("1,5", "1.5"), which is only whole with a multiplier.
 *
 * Refused, with the text as typed: a minus sign, U+2212 or accounting brackets → 'negative'
 * (never read as a smaller positive amount); a decimal part that leaves part of a đồng →
 * 'fraction'; anything else (letters, badly grouped digits like "1.50.000", exponents, booleans,
 * a blank, more than 2^53 đồng, which cannot be held exactly) → 'notANumber'. Zero is an amount;
 * whether zero is allowed is the caller's rule.
 */
export type AmountReading = { readonly amount: number } | { readonly issue: 'negative' | 'notANumber' | 'fraction'; readonly typed: string };

const CURRENCY = /^(?:₫|đồng|đ|vnđ|vnd|dong)\.?$/iu;
const MULTIPLIERS: Readonly<Record<string, number>> = {
  nghìn: 1_000,
  ngàn: 1_000,
  triệu: 1_000_000,
  tr: 1_000_000,
  tỷ: 1_000_000_000,
  tỉ: 1_000_000_000,
};
const WORDS = /^(.*?)(?:\s*(nghìn|ngàn|triệu|tr|tỷ|tỉ)\.?)?(?:\s*(₫|đồng|đ|vnđ|vnd|dong)\.?)?$/iu;

/** A cell's amount in whole đồng, or why it is refused with the text as typed (rules above). */
export function parseAmount(raw: RawCell): AmountReading {
  if (typeof raw === 'number') {
    const typed = String(raw);
    if (!Number.isFinite(raw) || Math.abs(raw) > Number.MAX_SAFE_INTEGER) return { issue: 'notANumber', typed };
    if (raw < 0) return { issue: 'negative', typed };
    if (!Number.isInteger(raw)) return { issue: 'fraction', typed };
    return { amount: raw + 0 };
  }
  const typed = typeof raw === 'string' ? raw.trim() : raw === null ? '' : String(raw);
  if (typeof raw !== 'string') return { issue: 'notANumber', typed };
  return parseText(typed);
}

function parseText(typed: string): AmountReading {
  const refuse = (issue: 'negative' | 'notANumber' | 'fraction'): AmountReading => ({ issue, typed });
  let text = typed
    .normalize('NFC')
    .replace(/[\u00a0\u202f]/g, ' ')
    .trim();
  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  // A currency sign may come first ("₫ 1.500.000", "VNĐ 1.500.000"), then the sign of the number.
  const leading = /^(₫|vnđ|vnd)\s*/iu.exec(text);
  if (leading) text = text.slice(leading[0].length);
  if (/^[-−–]/.test(text)) {
    negative = true;
    text = text.slice(1).trim();
  } else if (text.startsWith('+')) text = text.slice(1).trim();
  const words = WORDS.exec(text);
  const number = (words?.[1] ?? '').trim();
  const multiplierWord = words?.[2]?.toLowerCase();
  if (words?.[3] !== undefined && !CURRENCY.test(words[3])) return refuse('notANumber');
  const multiplier = multiplierWord === undefined ? 1 : (MULTIPLIERS[multiplierWord] ?? 1);
  const value = parseDigits(number.replace(/ (?=\d{3}(?:\D|$))/g, ''));
  if (value === null) return refuse('notANumber');
  // Scaled in integer steps where possible, so "1,15 triệu" is 1150000, not 1149999.9999999998.
  const amount = Math.round(value.units * multiplier) / 10 ** value.decimals;
  const exact = (value.units * multiplier) % 10 ** value.decimals === 0;
  if (amount > Number.MAX_SAFE_INTEGER) return refuse('notANumber');
  if (negative && amount !== 0) return refuse('negative');
  if (!exact) return refuse('fraction');
  return { amount: amount + 0 };
}

/** Digits with grouping and at most one decimal mark, as an integer of units and a count of decimals. */
function parseDigits(text: string): { units: number; decimals: number } | null {
  if (!/^[\d.,]+$/.test(text) || !/^\d/.test(text) || !/\d$/.test(text)) return null;
  const lastDot = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  let whole: string;
  let fraction = '';
  let group: '.' | ',' | null;
  if (lastDot >= 0 && lastComma >= 0) {
    const decimalAt = Math.max(lastDot, lastComma);
    group = lastDot > lastComma ? ',' : '.';
    whole = text.slice(0, decimalAt);
    fraction = text.slice(decimalAt + 1);
    if (fraction.includes('.') || fraction.includes(',') || whole.includes(lastDot > lastComma ? '.' : ',')) return null;
  } else if (lastDot >= 0 || lastComma >= 0) {
    const mark = lastDot >= 0 ? '.' : ',';
    const parts = text.split(mark);
    if (parts.slice(1).every((p) => p.length === 3)) {
      group = mark;
      whole = text;
    } else if (parts.length === 2) {
      group = null;
      whole = parts[0] ?? '';
      fraction = parts[1] ?? '';
    } else return null;
  } else {
    group = null;
    whole = text;
  }
  if (group !== null) {
    const groups = whole.split(group);
    if (!/^\d{1,3}$/.test(groups[0] ?? '') || groups.slice(1).some((g) => !/^\d{3}$/.test(g))) return null;
    whole = groups.join('');
  }
  if (!/^\d+$/.test(whole) || !/^\d*$/.test(fraction)) return null;
  const digits = `${whole}${fraction}`.replace(/^0+(?=\d)/, '');
  const units = Number(digits);
  if (!Number.isSafeInteger(units)) return null;
  return { units, decimals: fraction.length };
}
