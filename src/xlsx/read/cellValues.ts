import type { RawCell } from '../../core/ports/workbookPort';

/**
 * Cell addresses and values as SpreadsheetML writes them (ECMA-376 part 1, 18.3.1.4 c, 18.18.11
 * ST_CellType), turned into what the officer sees.
 */

/** Days between the 1900 and 1904 date systems (ECMA-376 part 1, 18.17.4.1). */
export const DAYS_1904 = 1462;

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01 in the 1900 system. */
const UNIX_EPOCH_SERIAL = 25_569;

/** Column number of the letters at `from` in an A1 reference ("XFD" → 16384), 0 when there are none. */
export function columnAt(ref: string, from = 0): number {
  let column = 0;
  for (let i = from; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 65 && code <= 90) column = column * 26 + code - 64;
    else if (code >= 97 && code <= 122) column = column * 26 + code - 96;
    else if (code === 36)
      continue; // "$A$1" in a few writers' merge refs
    else break;
  }
  return column;
}

/** Row number of an A1 reference ("XFD1048576" → 1048576) starting at `from`, 0 when it has none. */
export function rowOf(ref: string, from = 0): number {
  let row = 0;
  for (let i = from; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 48 && code <= 57) row = row * 10 + code - 48;
    else if (row > 0 || (code !== 36 && !(code >= 65 && code <= 90) && !(code >= 97 && code <= 122))) break;
  }
  return row;
}

const ISO = /^(-?\d{4,})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/;
const ISO_TIME = /^T?(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?/;

/**
 * An ISO 8601 date cell (`t="d"`, ECMA-376 part 1, 18.17.4) as a 1900-system serial, whatever the
 * workbook's date system (the text is absolute). Excel's serials count the fictitious 1900-02-29,
 * so days before 1900-03-01 are one less. Text that is no date is kept as text.
 */
export function isoToSerial(text: string): RawCell {
  const m = ISO.exec(text);
  if (m === null) {
    const time = ISO_TIME.exec(text);
    return time === null ? text : dayFraction(time[1], time[2], time[3]);
  }
  const days = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  const serial = (days < 61 ? days - 1 : days) + dayFraction(m[4], m[5], m[6]);
  return Number.isFinite(serial) ? serial : text;
}

function dayFraction(hours: string | undefined, minutes: string | undefined, seconds: string | undefined): number {
  if (hours === undefined) return 0;
  const ms = (Number(hours) * 3600 + Number(minutes ?? 0) * 60 + Number(seconds ?? 0)) * 1000;
  return Math.round(ms) / MS_PER_DAY;
}

/** A numeric cell's text ("43257", "1.5E-3"); text that is no number stays text, as Excel would show it. */
export function numberOf(text: string): RawCell {
  if (text.length === 0) return null;
  const value = Number(text);
  return Number.isNaN(value) ? text : value;
}
