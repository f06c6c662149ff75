import type { IsoDate } from '../plan/types';
import { foldedUnit } from '../text/fold';
import { isRealDate, serialToIso, toIso } from './serial';

// Per-cell patterns as constants: a literal in a function body is a new RegExp each time it runs (issue 11).
const HAS_DIGIT = /\d/;

/** What foldedUnit gives a unit that folds to neither a letter nor a digit nor nothing. */
const SEPARATOR_UNIT = 32;

/**
 * Reads a date cell the way an officer reads it, saying how sure the reading is. Offices type
 * dates as Excel dates, as text in day-month-year order ("05/3/2018", "5-3-2018", "05.03.18"),
 * in words ("ngày 12 tháng 3 năm 2018"), with a time of day in front ("Sáng 23/4/2018"), without
 * the year ("9/4", the year then comes from the plan or the sheet and the reading says so), or as
 * a month only ("Tháng 4/2018", which is not a day and cannot be counted in a period).
 * Month-first is never guessed: 03/05/2018 is the 3rd of May.
 */
export type DateReading =
  | { readonly kind: 'blank' }
  /** `how`: 'serial' an Excel date, 'text' typed in full, 'yearAssumed' typed without the year. */
  | { readonly kind: 'date'; readonly iso: IsoDate; readonly how: 'serial' | 'text' | 'yearAssumed' }
  | { readonly kind: 'monthOnly'; readonly year: number; readonly month: number; readonly typed: string }
  | { readonly kind: 'bad'; readonly typed: string };

/** Serial numbers that can be dates in a tracker: 1 Jan 1950 to 31 Dec 2100. */
export const MIN_DATE_SERIAL = 18264;
export const MAX_DATE_SERIAL = 73415;

const LEADING_WORDS = /^(?:(?:sang|chieu|toi|trua|dem|khoang|luc)\s+)?(?:(?:ngay|ng)\s*)?/;
const DMY = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2}|\d{4})(?:\s+.*)?$/;
const WORDS = /^(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})$/;
const DM = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})$/;
const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t\s].*)?$/;
const MONTH_ONLY = /^(?:thang\s*)?(\d{1,2})\s*(?:[/.-]|\s+nam\s+)\s*(\d{4})$/;

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[,;:]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The letters a date's folded text can start with (a digit aside): sáng, chiều, tối/trưa/tháng, đêm, khoảng, lúc, ngày/ng. */
const FIRST_LETTERS = 'sctdkln';

/**
 * The words a date's folded text can start with before its digits: LEADING_WORDS ("sáng", "ngày", "ng"…)
 * and MONTH_ONLY's "tháng". Every other form starts with a digit.
 */
const DATE_WORDS: readonly string[] = ['sang', 'chieu', 'toi', 'trua', 'dem', 'khoang', 'luc', 'ngay', 'ng', 'thang'];
const LONGEST_DATE_WORD = 6;

/** A folded word of up to LONGEST_DATE_WORD letters as one number, each letter a base-32 digit (a = 1 … z = 26). */
const letterDigit = (folded: number): number => folded - 96;

/** DATE_WORDS as numbers (letterDigit): cannotStartDate matches a word without writing it (issue 11: a string per letter of every title's first word). */
const DATE_WORD_CODES: ReadonlySet<number> = new Set(
  DATE_WORDS.map((word) => [...word].reduce((code, letter) => code * 32 + letterDigit(letter.charCodeAt(0)), 0)),
);

/** FIRST_LETTERS as bits, bit 0 for a. */
const FIRST_LETTER_BITS = [...FIRST_LETTERS].reduce((bits, letter) => bits | (1 << (letterDigit(letter.charCodeAt(0)) - 1)), 0);

/**
 * Whether text surely reads as no date, from what folding keeps at its start: every form readDate
 * knows starts with a digit or, once folded, with one of DATE_WORDS as a whole word ("Trung tâm …",
 * "Thông báo số 5", "Đài TT: tin 12" cannot be dates). Titles hold digits, so without this each one was
 * folded whole (issue 11). Only says true when sure; anything it cannot tell cheaply (a character
 * outside Latin, a space other than the plain ones) goes the full way.
 */
function cannotStartDate(typed: string): boolean {
  let code = 0;
  let letters = 0;
  for (let i = 0; i < typed.length; i += 1) {
    const unit = typed.charCodeAt(i);
    if (letters === 0) {
      // What fold removes or turns into spaces before the first character it keeps.
      if (unit === 32 || (unit >= 9 && unit <= 13) || unit === 44 || unit === 58 || unit === 59 || (unit >= 0x300 && unit <= 0x36f)) continue;
      const folded = foldedUnit(unit);
      // A digit may start a date; a character that does not fold to one letter is not decided here.
      if (folded < 97 || folded > 122) return folded === SEPARATOR_UNIT && unit < 0x80;
      if ((FIRST_LETTER_BITS & (1 << (letterDigit(folded) - 1))) === 0) return true;
      code = letterDigit(folded);
      letters = 1;
      continue;
    }
    // The first word, as folding writes it: tone marks dropped, letters lower-cased, up to the first character that is not a letter.
    const folded = foldedUnit(unit);
    if (folded === 0) continue;
    if (folded < 0) return false;
    if (folded < 97 || folded > 122) break;
    code = code * 32 + letterDigit(folded);
    letters += 1;
    if (letters > LONGEST_DATE_WORD) return true;
  }
  return letters !== 0 && !DATE_WORD_CODES.has(code);
}

/**
 * Whether readDate surely answers 'bad' for this text without reading it: no digit, or a start no
 * date form has (cannotStartDate). For callers that only count dates (the column statistics ask of
 * every text cell of a table): readDate's answer then is one object per cell they never read (issue 11).
 * Leading white space other than the plain kinds makes it answer false (not sure), never wrongly true.
 */
export function surelyNoDate(text: string): boolean {
  return !HAS_DIGIT.test(text) || cannotStartDate(text);
}

function checked(year: number, month: number, day: number): IsoDate | null {
  return isRealDate(year, month, day) ? toIso(year, month, day) : null;
}

function expandYear(year: number): number {
  return year < 100 ? 2000 + year : year;
}

/**
 * The reading of each whole serial of the 1950–2100 range met, made once (at most 55,152 of them):
 * a tracker repeats its dates on many rows and the reader asks of each date cell several times
 * (classifying the row, the footer, the table split, the record), each time writing the ISO date
 * again (issue 11). A reading is readonly, so one object serves every cell of that date.
 */
const serialReadings = new Map<number, DateReading>();

function serialReading(serial: number): DateReading {
  let reading = serialReadings.get(serial);
  if (reading === undefined) {
    reading = { kind: 'date', iso: serialToIso(serial), how: 'serial' };
    serialReadings.set(serial, reading);
  }
  return reading;
}

/**
 * @param raw the cell as read (a 1900-system serial, text, or null)
 * @param yearHint the year a date typed without one belongs to (the plan's year); without it such
 *   a date is 'bad'.
 */
export function readDate(raw: string | number | boolean | null | undefined, yearHint?: number): DateReading {
  if (raw === null || raw === undefined || raw === '') return BLANK;
  if (typeof raw === 'number') {
    if (raw >= MIN_DATE_SERIAL && raw <= MAX_DATE_SERIAL)
      // A date and time (44075.6) is its day's date: serialToIso drops the fraction, so the day's one reading serves.
      return serialReading(Math.floor(raw));
    return { kind: 'bad', typed: String(raw) };
  }
  if (typeof raw === 'boolean') return { kind: 'bad', typed: String(raw) };
  const typed = raw.trim();
  if (typed === '') return BLANK;
  // Every form below has digits: a title or a channel name is answered without folding it (the reader asks of every text cell).
  if (surelyNoDate(typed)) return { kind: 'bad', typed };
  if (typed.length > LONGEST_REMEMBERED) return readText(typed, yearHint);
  // A date typed as text repeats down a tracker and is asked of several times a row: read once per text and year (issue 11).
  let readings = textReadings.get(yearHint);
  if (readings === undefined) textReadings.set(yearHint, (readings = new Map<string, DateReading>()));
  let reading = readings.get(typed);
  if (reading === undefined) {
    reading = readText(typed, yearHint);
    if (readings.size < 20_000) readings.set(typed, reading);
  }
  return reading;
}

/** One answer for every blank cell: a reading is readonly. */
const BLANK: DateReading = Object.freeze({ kind: 'blank' });

/** Texts of up to this many code units are remembered with their reading ("Sáng ngày 12 tháng 3 năm 2018" is 29). */
const LONGEST_REMEMBERED = 40;

/** Readings of short texts, by year hint then by the trimmed text. */
const textReadings = new Map<number | undefined, Map<string, DateReading>>();

/** readDate's reading of a trimmed text with digits that may start a date. */
function readText(typed: string, yearHint: number | undefined): DateReading {
  const text = fold(typed).replace(LEADING_WORDS, '');
  const ymd = YMD.exec(text);
  if (ymd) return dated(checked(Number(ymd[1]), Number(ymd[2]), Number(ymd[3])), 'text', typed);
  const dmy = DMY.exec(text) ?? WORDS.exec(text);
  if (dmy) return dated(checked(expandYear(Number(dmy[3])), Number(dmy[2]), Number(dmy[1])), 'text', typed);
  const month = MONTH_ONLY.exec(text);
  if (month && /thang|^\d{1,2}\s*[/.-]\s*\d{4}$/.test(text)) {
    const [m, y] = [Number(month[1]), Number(month[2])];
    if (m >= 1 && m <= 12) return { kind: 'monthOnly', year: y, month: m, typed };
  }
  const dm = DM.exec(text);
  if (dm && yearHint !== undefined) return dated(checked(yearHint, Number(dm[2]), Number(dm[1])), 'yearAssumed', typed);
  return { kind: 'bad', typed };
}

function dated(iso: IsoDate | null, how: 'text' | 'yearAssumed', typed: string): DateReading {
  return iso === null ? { kind: 'bad', typed } : { kind: 'date', iso, how };
}

/** The ISO date a cell holds, or null: readDate without a year hint, for callers that only need yes or no. */
export function dateOf(raw: string | number | boolean | null | undefined): IsoDate | null {
  const reading = readDate(raw);
  return reading.kind === 'date' ? reading.iso : null;
}
