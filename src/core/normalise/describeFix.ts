import { formatVietnameseDate } from '../dates/parseDate';
import type { MessageParams } from '../i18n/format';
import type { MessageKey } from '../i18n/messages';
import type { CellValue } from '../layout/types';
import type { RawCell } from '../ports/workbookPort';
import type { CellFix, UnsettledCell } from './cellFixes';

/** "Chuẩn hóa"'s lists in words, for the pane and `cchc normalise` alike (each passes t() in its language). Dates are dd/mm/yyyy. */

export type Translate = (key: MessageKey, params?: MessageParams) => string;

const shownRaw = (raw: RawCell): string => (raw === null ? '' : String(raw));

function shownValue(value: CellValue): string {
  switch (value.kind) {
    case 'text':
      return value.text;
    case 'number':
      return String(value.value);
    case 'date':
      return formatVietnameseDate(value.iso);
    default:
      return '';
  }
}

/** 'Tin bài!B5: "Trang TTĐT huyện" → "Trang thông tin điện tử huyện" (tên gọi khác …)'. */
export function changeText(fix: CellFix, t: Translate): string {
  const reason = t(`normalise.reason.${fix.reason}`);
  return t('normalise.change', { sheet: fix.sheet, cell: fix.cell, old: shownRaw(fix.old), new: shownValue(fix.value), reason });
}

/** 'Tin bài!B7: "Báo Nhân Dân": không có trong kế hoạch nên giữ nguyên …'. */
export function unsettledText(cell: UnsettledCell, t: Translate): string {
  return t('normalise.unsettledLine', { sheet: cell.sheet, cell: cell.cell, old: shownRaw(cell.old), reason: t(`normalise.unsettled.${cell.reason}`) });
}
