import { readDate } from '../dates/readDate';
import type { RawCell } from '../ports/workbookPort';
import { cellText } from '../text/cellText';
import { foldedUnit, foldForMatch } from '../text/fold';
import type { LabelResolver } from './labels';
import type { RowKind } from './types';

// Per-cell patterns as constants: a literal in a function body is a new RegExp each time it runs (issue 11).
const NOT_A_TO_Z = /[^a-z]/;
const LEADING_TOTAL_MARKS = /^[:=\s]+/;
const STARTS_WITH_FIGURE = /^[(\d]/;
const HAS_LETTER = /\p{L}/u;

/**
 * What a row under a header is, by its place and shape, not by a word at the start of a title:
 * - a total row says "Cộng", "Tổng cộng", "Tổng số" (and perhaps "(I+II+III)", ": 3 tin") and
 *   nothing more in words, and has no date: "Cộng đồng dân cư…" and "Tổng kết…" are news items;
 * - a section row names a channel ("I | BÁO TÂY NINH") in one or two cells, with no date;
 * - a title row is a lone heading ("THÁNG 3", "Quý II") with no date;
 * - a blank row has nothing but perhaps its pre-typed number.
 */

const TOTAL_WORD = /^(tong cong|tong so|tong|cong lai|cong|total|sum)\b\s*(.*)$/;
/** Words that make "cộng"/"tổng" part of another word: "Cộng đồng…", "Tổng kết…" are news items. */
const NOT_TOTAL_NEXT = /^(dong|tac|san|hoa|huong|su|cu|ket|hop|quan|the|dai|cuc|bien|ra|ve|giam|dieu|thong|lien|doan|cong ty|viec)\b/;
/**
 * A first word typed with marks is a total word only as "cộng" or "tổng": "Công" ("CÔNG VIỆC THƯỜNG
 * XUYÊN" heads a section: issue 13, eighth tester, D9) and "Cổng" ("Cổng TTĐT tỉnh", a channel: issue
 * 11's tester, D1) fold to "cong" too. Only text typed without marks leaves them alike, and is read folded.
 */
const MARKED_TOTAL_FIRST: readonly string[] = ['cộng', 'tổng'];
const FIRST_WORD = /^\p{L}+/u;
/** A lone label numbered as a part, "II. TikTok cá nhân": the numbering, then the words. */
const PART_NUMBERED = /^([IVXLC]+)\s*[.):–-]\s*(\S.*)$/u;
const PART_NUMBER = /^[IVXLC]+[.)]?$/;
const HEADING_WORDS = /^(thang|quy|nam|dot|dau|cuoi|6 thang|sau thang|tuan|ky|month|quarter)\b/;
const NUMBERING = /^([ivxlc]+|[a-z]|\d{1,3})[.)]?$/i;

/** Lowercase without diacritics, punctuation kept: "Tổng cộng (I+II+III)" → "tong cong (i+ii+iii)". */
function lightFold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first words a total row's folded label can start with (TOTAL_WORD). */
const TOTAL_FIRST_WORDS: readonly string[] = ['tong', 'cong', 'total', 'sum'];
const LONGEST_TOTAL_WORD = 5;
const WHITE_SPACE = /\s/;

/**
 * Whether the folded text can start with a word TOTAL_WORD starts with (tong, cong, total, sum). Its
 * first word is read unit by unit as folding writes it (white space before it trimmed, tone marks
 * dropped, letters lower-cased, up to the first character that is not a letter), so a title is not
 * folded whole (issue 11: every row's first text is asked). Says true when it cannot tell cheaply.
 */
function mayBeTotal(text: string): boolean {
  let word = '';
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    const folded = foldedUnit(unit);
    if (folded < 0) return true;
    if (folded === 0) continue;
    if (word === '') {
      if (folded === 32 && WHITE_SPACE.test(text.charAt(i))) continue;
      if (folded !== 116 && folded !== 99 && folded !== 115) return false;
    } else if (folded < 97 || folded > 122) break;
    word += String.fromCharCode(folded);
    if (word.length > LONGEST_TOTAL_WORD) return false;
  }
  return TOTAL_FIRST_WORDS.includes(word);
}

/** The most words a unit's or channel's name after a total word has ("Bộ phận tiếp nhận và trả kết quả huyện" has 9; labels.ts reads no label over 10). */
const NAME_WORDS = 10;

/** Words of a label that decide whether it is a total (TOTAL_WORD's two, then NOT_TOTAL_NEXT's and the rest's four, and one more). */
const DECIDING_WORDS = 8;

/**
 * The label's first DECIDING_WORDS words and the space after them (all of it when shorter): what
 * isTotalLabel's rule reads. A title starting "Công khai…" or "Tổng kết…" was folded whole, 200–400
 * characters, to be told it has more than four words after "cong" (issue 11's third tester).
 */
function head(text: string): string {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i += 1) {
    const space = WHITE_SPACE.test(text.charAt(i));
    if (space && inWord && (words += 1) === DECIDING_WORDS) return text.slice(0, i + 1);
    inWord = !space;
  }
  return text;
}

/** Whether words name a unit or a channel of the plan (a subtotal's "Cộng <đơn vị>", "Cộng <kênh>"). */
function namesPlanEntry(labels: LabelResolver, words: string): boolean {
  return labels.unit(words) !== null || labels.channel(words).channel !== null;
}

/**
 * Whether a label is a total row's: "Cộng", "Tổng cộng (I+II)", "Tổng số: 12", or the total word and a
 * few words that qualify it ("Cộng quý I"). `namesPlan`, when given, says whether the words after the
 * total word name one of the plan's units or channels: then the label is a subtotal however long the
 * name ("Cộng Văn phòng HĐND và UBND huyện", "Cộng Đài Truyền thanh huyện": issue 11's fourth tester, F1,
 * a log of several units with a subtotal under each was read as data rows without a date).
 */
export function isTotalLabel(text: string, namesPlan?: (words: string) => boolean): boolean {
  if (!mayBeTotal(text)) return false;
  // Folding the head decides as folding the whole: the rule reads the first words, the rest's first
  // characters and whether the rest has more than four words, which the head shows when it is cut.
  const start = head(text);
  const match = TOTAL_WORD.exec(lightFold(start));
  if (!match) return false;
  const first = FIRST_WORD.exec(start.normalize('NFC').trimStart().toLowerCase())?.[0] ?? '';
  if (NOT_A_TO_Z.test(first) && !MARKED_TOTAL_FIRST.includes(first)) return false;
  let rest = (match[2] ?? '').replace(LEADING_TOTAL_MARKS, '');
  // A cut head counts the marks after the total word (": : :") among its words, and they are stripped
  // from the rest: where the rest then looks empty or short, the whole label decides (a property test found it).
  if (start !== text && (rest === '' || (!NOT_TOTAL_NEXT.test(rest) && rest.split(' ').length <= 4)))
    rest = (TOTAL_WORD.exec(lightFold(text))?.[2] ?? '').replace(LEADING_TOTAL_MARKS, '');
  if (rest === '' || STARTS_WITH_FIGURE.test(rest)) return true;
  // "Cộng quý I", "Tổng cộng 6 tháng", "Tổng số tin": a few words that qualify the total.
  if (!NOT_TOTAL_NEXT.test(rest) && rest.split(' ').length <= 4) return true;
  if (namesPlan === undefined) return false;
  // The whole name, folded: the head may have cut a long one. A unit's or channel's name is a label
  // of at most NAME_WORDS words: a longer rest is a title ("Tổng kết công tác…"), not looked up.
  const whole = TOTAL_WORD.exec(lightFold(text))?.[2]?.replace(LEADING_TOTAL_MARKS, '') ?? '';
  return whole !== '' && whole.split(' ').length <= NAME_WORDS && namesPlan(whole);
}

/**
 * A row's lone label when it is numbered as a part of the table, in Roman numerals, in its text
 * ("II. TikTok cá nhân") or in a cell of its own ("II" | "TikTok cá nhân"), and is not a period's
 * title ("II. QUÝ II", "III. THÁNG 3"): the part's words without their numbering ("TikTok cá nhân"),
 * else null.
 */
function partHeading(label: string, content: readonly { readonly text: string }[]): string | null {
  const numbered = PART_NUMBERED.exec(label.trim());
  const words = numbered ? (numbered[2] ?? '') : content.some((t) => t.text !== label && PART_NUMBER.test(t.text)) ? label : null;
  return words !== null && words.trim() !== '' && !HEADING_WORDS.test(foldForMatch(words)) ? words.trim() : null;
}

function isHeading(text: string): boolean {
  return HEADING_WORDS.test(foldForMatch(text)) || (HAS_LETTER.test(text) && text === text.toUpperCase() && text.includes(' '));
}

export interface RowShape {
  /** Column of the table's date, seq and count columns (undefined when absent). */
  readonly dateColumn?: number;
  readonly seqColumn?: number;
}

export interface Classified {
  readonly kind: RowKind;
  /** For a section row: the channel label it names and the cell column it is in. */
  readonly section?: { readonly label: string; readonly column: number };
}

/**
 * The answers without a section, one object each for every row so classified: a readonly answer
 * needs no object per row of a tracker (issue 11: fewer objects for the collector).
 */
export const DATA_ROW: Classified = Object.freeze({ kind: 'data' });
export const BLANK_ROW: Classified = Object.freeze({ kind: 'blank' });
export const TOTAL_ROW: Classified = Object.freeze({ kind: 'total' });
export const TITLE_ROW: Classified = Object.freeze({ kind: 'title' });

/**
 * Whether a cell's tidy text would not be empty, without tidying it: tidying (NFC, spaces
 * collapsed, trimmed) empties exactly the texts made only of white space (trim removes what the
 * collapse matches).
 */
function isFilled(raw: RawCell): boolean {
  if (raw === null) return false;
  if (typeof raw !== 'string') return true;
  const first = raw.charCodeAt(0);
  return first > 32 && first < 127 ? true : raw.trim() !== '';
}

/** Whether the row has any content once a pre-typed number in the numbering column is set aside (what `content` below holds). */
function hasContent(cells: readonly RawCell[], seqColumn: number | undefined): boolean {
  for (let i = 0; i < cells.length; i += 1) {
    const raw = cells[i] ?? null;
    if (!isFilled(raw)) continue;
    if (i + 1 === seqColumn && NUMBERING.test(cellText(raw))) continue;
    return true;
  }
  return false;
}

/**
 * Classifies one row from its cells (index 0 = column A) as the officer sees them. `cellTexts`, when
 * given, are the cells' tidy texts as the sheet view built them once (SheetView.rowTexts).
 */
export function classifyRow(cells: readonly RawCell[], shape: RowShape, labels: LabelResolver, cellTexts?: readonly string[]): Classified {
  // A dated row is data whatever its words: decided before tidying any of its texts (issue 11).
  if (shape.dateColumn !== undefined && hasContent(cells, shape.seqColumn) && readDate(cells[shape.dateColumn - 1] ?? null, 2000).kind === 'date') {
    return DATA_ROW;
  }
  const texts: { column: number; text: string; raw: RawCell }[] = [];
  for (let i = 0; i < cells.length; i += 1) {
    const raw = cells[i] ?? null;
    const text = cellTexts?.[i] ?? cellText(raw);
    if (text !== '') texts.push({ column: i + 1, text, raw });
  }
  // A pre-numbered empty row ("15" in STT and nothing else) is blank.
  const content = texts.filter((t) => !(t.column === shape.seqColumn && NUMBERING.test(t.text)));
  if (content.length === 0) return BLANK_ROW;
  const dated = shape.dateColumn !== undefined && readDate(cells[shape.dateColumn - 1] ?? null, 2000).kind === 'date';
  if (dated) return DATA_ROW;
  const words = content.filter((t) => typeof t.raw === 'string' && !NUMBERING.test(t.text));
  const first = words[0];
  if (first && isTotalLabel(first.text, (words) => namesPlanEntry(labels, words))) return TOTAL_ROW;
  // One heading alone in its row (beside perhaps a numbering "I", "II"): a section naming a
  // channel, or a title. A row with a title and a channel but no date is a data row missing its date.
  if (words.length === 1 && first && content.length <= 2) {
    if (labels.channel(first.text).channel !== null) return { kind: 'section', section: { label: first.text, column: first.column } };
    // A part numbered like the channels' sections ("II. TikTok cá nhân") that names no plan channel is
    // still a section: the rows under it carry its name and are set aside as an unknown channel, never
    // counted on the section above (issue 11's tester, D2), and the heading is not asked for a date.
    // The rows carry the part's words without its numbering: "Kênh TikTok của xã" is what the officer
    // looks for in the plan, not "III. Kênh TikTok của xã".
    const part = partHeading(first.text, texts);
    if (part !== null) return { kind: 'section', section: { label: part, column: first.column } };
    if (isHeading(first.text)) return TITLE_ROW;
  }
  return DATA_ROW;
}
