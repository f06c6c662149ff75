import type { IsoDate } from '../plan/types';

/**
 * Excel's 1900 date system: serial 1 is 1900-01-01 and, copying Lotus 1-2-3, serial 60 is the
 * non-existent 1900-02-29. Every date we meet is after March 1900, so day 0 is 1899-12-30.
 */
const MS_PER_DAY = 86_400_000;
const EPOCH_UTC = Date.UTC(1899, 11, 30);

export function isoToSerial(iso: IsoDate): number {
  const parts = parseIsoParts(iso);
  if (!parts) throw new RangeError(`not an ISO date: ${iso}`);
  return Math.round((Date.UTC(parts.year, parts.month - 1, parts.day) - EPOCH_UTC) / MS_PER_DAY);
}

/** The calendar date of a serial; a time of day (the fraction) is dropped. */
export function serialToIso(serial: number): IsoDate {
  const day = new Date(EPOCH_UTC + Math.floor(serial) * MS_PER_DAY);
  return toIso(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate());
}

export function toIso(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function parseIsoParts(iso: string): { year: number; month: number; day: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isRealDate(year, month, day) ? { year, month, day } : null;
}

export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}
