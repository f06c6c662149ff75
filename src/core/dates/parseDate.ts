import type { IsoDate } from '../plan/types';
import { dateOf } from './readDate';

/**
 * A date cell as an ISO date, or null for anything that is not a real date: an Excel serial, an
 * ISO date, or text in day-month-year order, in words, or with a time of day in front. Month-first
 * is never guessed: 03/05/2018 is the 3rd of May. See readDate for how sure a reading is.
 */
export function parseDate(value: string | number | boolean | null | undefined): IsoDate | null {
  return dateOf(value);
}

/** dd/mm/yyyy, as Vietnamese documents print dates. */
export function formatVietnameseDate(iso: IsoDate): string {
  const [year, month, day] = iso.split('-');
  return `${day ?? ''}/${month ?? ''}/${year ?? ''}`;
}
