import type { IsoDate } from '../plan/types';
import { isRealDate, serialToIso, toIso } from './serial';

/**
 * Reads a date the way Vietnamese offices write it: an Excel serial, an ISO date, or text in
 * day-month-year order with "/", "-" or "." ("05/3/2018", "5-3-2018", "05.03.18"). Month-first is
 * never guessed: 03/05/2018 is the 3rd of May. Returns null for anything that is not a real date.
 */
const DMY = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2}|\d{4})$/;
const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const VIETNAMESE_WORDS = /^ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})$/;

/** Serial numbers that can be dates in a tracker: 1 Jan 1950 to 31 Dec 2100. */
const MIN_SERIAL = 18264;
const MAX_SERIAL = 73415;

export function parseDate(value: string | number | boolean | null | undefined): IsoDate | null {
  if (typeof value === 'number') {
    return value >= MIN_SERIAL && value <= MAX_SERIAL ? serialToIso(value) : null;
  }
  if (typeof value !== 'string') return null;
  const text = value.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
  if (text === '') return null;
  const dmy = DMY.exec(text) ?? VIETNAMESE_WORDS.exec(text);
  if (dmy) return checked(expandYear(Number(dmy[3])), Number(dmy[2]), Number(dmy[1]));
  const ymd = YMD.exec(text) ?? /^(\d{4})-(\d{2})-(\d{2})t/.exec(text);
  if (ymd) return checked(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  return null;
}

function expandYear(year: number): number {
  return year < 100 ? 2000 + year : year;
}

function checked(year: number, month: number, day: number): IsoDate | null {
  return isRealDate(year, month, day) ? toIso(year, month, day) : null;
}

/** dd/mm/yyyy, as Vietnamese documents print dates. */
export function formatVietnameseDate(iso: IsoDate): string {
  const [year, month, day] = iso.split('-');
  return `${day ?? ''}/${month ?? ''}/${year ?? ''}`;
}
