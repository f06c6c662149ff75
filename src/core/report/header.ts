import { documentCode } from './documentCode';
import { text } from '../layout/cells';
import type { Language } from '../i18n/messages';
import { t } from '../i18n/format';
import { upper, type ReportParties } from './parties';
import { placeDate } from './sentences';
import type { SheetWriter, Span } from './sheetWriter';

/** The header's halves and the full width, on the report grid (see grid.ts). */
export const LEFT: Span = { first: 1, last: 4 };
export const RIGHT: Span = { first: 5, last: 10 };
export const FULL: Span = { first: 1, last: 10 };

/** A short rule under the issuing body and under the title, as the decree draws them. */
const RULE = '────────';
/** Rows left blank for the signature between the signer's title and name. */
const SIGNATURE_ROWS = 4;

/**
 * Nghị định 30/2020 appendix I, the header block: left, the superior body (upright capitals) over
 * the issuing body (bold capitals), a short rule and the number; right, the national name (bold
 * capitals) over the motto (bold, underlined) and the place-and-date line (italic). 12–13 pt.
 */
export function writeHeader(w: SheetWriter, parties: ReportParties, documentNumber: string, reportDate: string, language: Language): void {
  const left = [
    ...(parties.superior === null ? [] : [{ text: parties.superior, bold: false }]),
    ...parties.bodyLines.map((line) => ({ text: line, bold: true })),
  ];
  const right = [
    { text: t('report.nation', {}, language), style: { fontSize: 12, bold: true, horizontal: 'center' as const } },
    { text: t('report.motto', {}, language), style: { fontSize: 13, bold: true, underline: true, horizontal: 'center' as const } },
  ];
  const lines = Math.max(left.length, right.length);
  for (let i = 0; i < lines; i += 1) {
    const row = w.advance();
    const l = left[i];
    const r = right[i];
    if (l !== undefined) w.put(row, LEFT, text(l.text), { fontSize: 12, ...(l.bold ? { bold: true } : {}), horizontal: 'center', wrap: true });
    if (r !== undefined) w.put(row, RIGHT, text(r.text), r.style);
  }
  let row = w.advance();
  w.put(row, LEFT, text(RULE), { fontSize: 8, horizontal: 'center', vertical: 'top' });
  row = w.advance();
  w.put(row, LEFT, text(t('report.number', { code: documentCode(documentNumber, parties.symbol) }, language)), { fontSize: 13, horizontal: 'center' });
  w.put(row, RIGHT, text(placeDate(parties.place, reportDate, language)), { fontSize: 13, italic: true, horizontal: 'center' });
}

/** "BÁO CÁO", the subtitle (trích yếu) and the data range, centred and bold, with a short rule under. */
export function writeTitle(w: SheetWriter, subtitle: string, dataRange: string, language: Language): void {
  w.gap(12);
  w.line(FULL, text(t('report.title', {}, language)), { bold: true, fontSize: 14, horizontal: 'center' });
  w.line(FULL, text(subtitle), { bold: true, fontSize: 14, horizontal: 'center', wrap: true });
  w.line(FULL, text(dataRange), { italic: true, fontSize: 13, horizontal: 'center', wrap: true });
  w.line(FULL, text(RULE), { fontSize: 8, horizontal: 'center', vertical: 'top' });
}

/**
 * "Nơi nhận:" (bold italic 12) with its list (11) on the left; on the right the signer's title
 * (bold capitals), room for the signature, then the name (bold). Items end in ";" and the last in ".".
 */
export function writeSignature(w: SheetWriter, parties: ReportParties, language: Language): void {
  const top = w.row;
  const recipients = parties.recipients;
  w.put(top, LEFT, text(t('report.recipients', {}, language)), { bold: true, italic: true, fontSize: 12, horizontal: 'left' });
  const titles = signerTitles(parties);
  titles.forEach((title, i) => w.put(top + i, RIGHT, text(upper(title)), { bold: true, fontSize: 13, horizontal: 'center', wrap: true }));
  recipientLines(recipients).forEach((line, i) => {
    w.put(top + 1 + i, LEFT, text(line), { fontSize: 11, horizontal: 'left', wrap: true });
  });
  const nameRow = top + titles.length + SIGNATURE_ROWS;
  w.put(nameRow, RIGHT, text(parties.signer.name), { bold: true, fontSize: 13, horizontal: 'center' });
  for (let row = top + titles.length; row < nameRow; row += 1) w.fitHeight(row, 18);
  w.advance(Math.max(nameRow, top + recipients.length) - top + 1);
}

/** The signature block's title lines, top to bottom: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH". */
export function signerTitles(parties: ReportParties): string[] {
  const { onBehalf, deputyFor, title } = parties.signer;
  return [...(onBehalf === null ? [] : [onBehalf]), ...(deputyFor === null ? [] : [deputyFor]), title];
}

/** "Nơi nhận" items as the decree lists them: "- Phòng Nội vụ;" … "- Lưu: VT." */
export function recipientLines(recipients: readonly string[]): string[] {
  return recipients.map((recipient, i) => `- ${recipient.trim().replace(/[;.,]+$/, '')}${i === recipients.length - 1 ? '.' : ';'}`);
}
