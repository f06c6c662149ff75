import { formatVietnameseDate } from '../dates/parseDate';
import { formatNumber, type MessageParams } from '../i18n/format';
import type { Language, MessageKey } from '../i18n/messages';
import { formatAmount } from '../report/measureText';
import type { RawCell } from '../ports/workbookPort';
import type { CellFix, UnsettledCell } from './cellFixes';

/** "Chuẩn hóa"'s lists in words, for the pane and `cchc normalise` alike (each passes t() in its language). Dates are dd/mm/yyyy. */

export type Translate = (key: MessageKey, params?: MessageParams) => string;

const shownRaw = (raw: RawCell): string => (raw === null ? '' : String(raw));

function shownValue(fix: CellFix, language: Language): string {
  const value = fix.value;
  switch (value.kind) {
    case 'text':
      return value.text;
    case 'number':
      // An amount is read back the way officers write money ("1.500.000"), not as "1500000".
      // Minutes with the language's decimal mark ("1,5"); anything else as it is.
      if (fix.field === 'amount') return formatAmount(value.value, language);
      return fix.field === 'minutes' ? formatNumber(value.value, language) : String(value.value);
    case 'date':
      return formatVietnameseDate(value.iso);
    default:
      return '';
  }
}

/**
 * 'Tin bài!B5: "Trang TTĐT huyện" → "Trang thông tin điện tử huyện" (tên gọi khác …)'; an amount's
 * new value is grouped in the language's way ('"1.500.000 đ" → "1.500.000"'), as the cell will show it.
 */
export function changeText(fix: CellFix, t: Translate, language: Language): string {
  const reason = t(`normalise.reason.${fix.reason}`);
  return t('normalise.change', { sheet: fix.sheet, cell: fix.cell, old: shownRaw(fix.old), new: shownValue(fix, language), reason });
}

/** 'Tin bài!B7: "Báo Nhân Dân": không có trong kế hoạch nên giữ nguyên …'. */
export function unsettledText(cell: UnsettledCell, t: Translate): string {
  return t('normalise.unsettledLine', { sheet: cell.sheet, cell: cell.cell, old: shownRaw(cell.old), reason: t(`normalise.unsettled.${cell.reason}`) });
}
