import { stringOfUnits } from './codeUnits';
import { memoised } from './memo';

// Per-cell patterns as constants: a literal in a function body is a new RegExp each time it runs (issue 11).
const SPACE_RUNS = /\s+/g;

/**
 * Text folding for matching what people type against plan data: "Trang TTĐT huyện",
 * "trang ttdt  HUYỆN" and an NFD-encoded copy all fold to the same key. Never used for display.
 */
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NON_ALPHANUMERIC_RUNS = /[^a-z0-9]+/g;

/** The folding rule itself, on a whole text: what `foldForMatch` returns, by definition. */
function foldByRule(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().replace(NON_ALPHANUMERIC_RUNS, ' ').trim();
}

/** Code units below this (Latin, Vietnamese, Greek, punctuation, letter-like symbols) are folded by table; text with any other goes by the rule. */
const TABLE_END = 0x3000;
const REMOVED = 0;
const SEPARATOR = 32;

/** A code unit whose folding is not worked out yet (no folded unit is 255: letters, digits, 0 and 32 only). */
const UNKNOWN = 255;

/**
 * What the rule makes of each code unit on its own: nothing (a tone mark), a separator, or one
 * letter or digit. Per unit is the same as per text: decomposition is per character, the marks
 * that canonical reordering moves are all removed or all separators, and the only lower-casing
 * that depends on context (Greek final sigma) gives a separator either way (tests/core/text/fold
 * compares both ways on every code unit and on random text). Each unit is worked out the first time
 * it is met (issue 11: the whole table, 12,288 units through NFD and two patterns, cost every run
 * ~5 ms at start; a run meets a few hundred units).
 */
const FOLDED_UNIT: Uint8Array = new Uint8Array(TABLE_END).fill(UNKNOWN);

/** The unit's entry in FOLDED_UNIT, worked out by the rule and kept. */
function learnUnit(unit: number): number {
  const folded = String.fromCharCode(unit).normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
  const entry = folded === '' ? REMOVED : /^[a-z0-9]$/.test(folded) ? folded.charCodeAt(0) : SEPARATOR;
  FOLDED_UNIT[unit] = entry;
  return entry;
}

/**
 * What folding (foldForMatch's rule) makes of one UTF-16 code unit on its own: 0 when it is removed (a
 * tone mark), the code of its one lower-case letter or digit, 32 for anything else; -1 when not known
 * without folding the whole text (a unit from U+3000 on).
 */
export function foldedUnit(unit: number): number {
  if (unit >= TABLE_END) return -1;
  const folded = FOLDED_UNIT[unit] ?? SEPARATOR;
  return folded === UNKNOWN ? learnUnit(unit) : folded;
}

const foldBuffer = new Uint16Array(1024);

/**
 * The first `max` code units of the text folded by table, in one pass without regular expressions,
 * folding no further than that; null when the text holds a unit the table cannot fold alone (from
 * U+3000 on), which only the whole rule can. `max` is at most the buffer's 1,024 units.
 */
function foldByTable(text: string, max: number): string | null {
  let length = 0;
  let space = false;
  for (let i = 0; i < text.length && length < max; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit >= TABLE_END) return null;
    let folded = FOLDED_UNIT[unit] ?? SEPARATOR;
    if (folded === UNKNOWN) folded = learnUnit(unit);
    if (folded === REMOVED) continue;
    if (folded === SEPARATOR) {
      space = length > 0;
      continue;
    }
    if (space) {
      foldBuffer[length++] = SEPARATOR;
      space = false;
      if (length === max) break;
    }
    foldBuffer[length++] = folded;
  }
  // Through a plain array: `apply` on the typed array itself was slow until this function was optimised (codeUnits.ts).
  return stringOfUnits(foldBuffer, length);
}

/** `foldByRule` by table; the rule itself for text longer than the buffer or with other characters. */
function foldFast(text: string): string {
  // Folding never writes more units than it reads, so a text that fits the buffer is folded whole.
  return text.length > foldBuffer.length ? foldByRule(text) : (foldByTable(text, foldBuffer.length) ?? foldByRule(text));
}

/**
 * The first `max` code units of `foldForMatch(text)` (all of it when shorter), folding no further than
 * that: a header is matched on its first words, and most long cells met while seeking a header are a
 * tracker's titles (issue 11: each title was folded whole, and never memoised, to be told it names no
 * column). `max` is at most 1,024 units.
 */
export function foldPrefix(text: string, max: number): string {
  return foldByTable(text, max) ?? foldByRule(text).slice(0, max);
}

/**
 * The longest text the folding and tidying memos keep: plan names, channel and unit labels, forms and
 * headers are shorter; a tracker's titles and links, met once each, are longer (issue 11).
 */
export const LONGEST_LABEL = 48;

/** Folded for matching: no tone marks, đ as d, lower case, runs of anything else as one space. Memoised per text up to LONGEST_LABEL. */
export const foldForMatch: (text: string) => string = memoised(foldFast, 50_000, LONGEST_LABEL);

/**
 * White space that collapsing would change inside a text: any but a plain space, two spaces in a row.
 * Most text has none, and replacing every single space with itself cost more than the test (issue
 * 11). A space at either end is tested apart (untidy): as alternatives of the pattern (`^ | $`) they
 * were tried at every place of every title.
 */
const UNTIDY_SPACE = /[^\S ]| {2}/;

/** Whether collapsing white space and trimming would change the text (UNTIDY_SPACE, or a space at either end). */
export function untidy(text: string): boolean {
  return text.charCodeAt(0) === 32 || text.charCodeAt(text.length - 1) === 32 || UNTIDY_SPACE.test(text);
}

function tidyOnce(text: string): string {
  const normal = text.normalize('NFC');
  return untidy(normal) ? normal.replace(SPACE_RUNS, ' ').trim() : normal;
}

/**
 * Unicode NFC with runs of white space collapsed: the form text is stored and compared in. Labels up
 * to LONGEST_LABEL are memoised per text (they repeat down a tracker). Longer texts (titles, notes,
 * links) are tidied on each call: the sheet view tidies each row once (SheetView.rowTexts) and the
 * reader's passes and validation read those, so a memo of them only paid an insert per text (issue 11:
 * 200 ms of 3 s on a log of 2,000 rows with a title, a link and a note each; before rowTexts the third
 * tester's titles were tidied five times each, which the memo of long texts was for).
 */
const tidyShort = memoised(tidyOnce, 50_000);
export const tidyText = (text: string): string => (text.length > LONGEST_LABEL ? tidyOnce(text) : tidyShort(text));

/**
 * tidyText for a text known to be NFC already: its white space collapsed and trimmed, nothing else.
 * For what the TCVN3/VNI decoders make (text/legacyEncoding decodeLegacy: precomposed letters and
 * Latin-1, normalised where a wider character came in): normalising each decoded title again was half
 * of tidying a legacy tracker's texts (issue 11). Given a text that is not NFC, the answer is not tidy.
 */
export function tidyNfc(text: string): string {
  return untidy(text) ? text.replace(SPACE_RUNS, ' ').trim() : text;
}

/** Splits a cell that lists several values ("BTN; PTTH-T", "tin, bài") into trimmed parts. */
export function splitList(text: string): string[] {
  return text
    .split(/[;,\n]/)
    .map((part) => tidyText(part))
    .filter((part) => part.length > 0);
}
