import type { CellBlock, RawCell } from '../../core/ports/workbookPort';
import { columnAt, DAYS_1904, isoToSerial, numberOf, rowOf } from './cellValues';
import type { ReadBudget } from './limits';
import { stringItemText } from './sharedStrings';
import { asciiCodes, indexOfBytes, lastIndexOfBytes, leadPiece, nextCut, PIECE, tagCut } from './partPieces';
import { attr, decodeCellText, decodeEntities, decodePart, decodeUtf8 } from './xmlText';
import { rootPrefix } from './xmlRoot';

/**
 * One worksheet part scanned once, by index, into jagged rows (ECMA-376 part 1, 18.3.1.99
 * worksheet; 18.3.1.73 row; 18.3.1.4 c). Only cells that are there cost anything: a stray cell at
 * XFD1048576 is one value and a row reference, a whole-sheet merge is four numbers, and the data
 * validations, conditional formats and styles are never looked at.
 */

export interface SheetContext {
  readonly sharedStrings: readonly string[];
  /** Cell style index → its number format is a date (only needed to shift a 1904 workbook's dates). */
  readonly dateStyles: ReadonlySet<number> | null;
  readonly date1904: boolean;
  readonly errors: 'null' | 'text';
  readonly budget: ReadBudget;
  readonly part: string;
}

/** A hyperlink as the sheet part writes it; the package resolves `relId` through the sheet's rels. */
export interface RawLink {
  readonly row: number;
  readonly column: number;
  readonly relId: string | null;
  readonly location: string | null;
}

export interface ScannedSheet {
  readonly values: RawCell[][];
  readonly origin: { readonly row: number; readonly column: number };
  readonly merges: CellBlock[];
  readonly hiddenRows: number[];
  readonly links: RawLink[];
}

const EMPTY_ROW: RawCell[] = Object.freeze([]) as unknown as RawCell[];
/** Cells between two looks at the clock. */
const TIME_CHECK_EVERY = 8192;

export function scanSheet(xml: string, context: SheetContext): ScannedSheet {
  const p = rootPrefix(xml);
  const dataOpen = xml.indexOf(`<${p}sheetData`);
  const collected = new RowCollector();
  const hiddenRows: number[] = [];
  let after = 0;
  if (dataOpen >= 0) {
    const openEnd = xml.indexOf('>', dataOpen);
    const selfClosing = xml.charCodeAt(openEnd - 1) === 47;
    // from the end: only merges, links and settings follow the data, so this is a short search
    const lastClose = xml.lastIndexOf(`</${p}sheetData>`);
    const dataClose = selfClosing ? openEnd : lastClose > openEnd ? lastClose : -1;
    const stop = dataClose < 0 ? xml.length : dataClose;
    after = stop;
    if (!selfClosing) scanRows(xml, openEnd + 1, stop, p, context, collected, hiddenRows, { row: 0, counted: 0 });
  }
  const merges = scanMerges(xml, after, p);
  const links = scanLinks(xml, after, p);
  const { values, origin } = collected.build(context.budget);
  clearMerged(values, origin, merges, context.budget);
  return { values, origin, merges, hiddenRows, links };
}

/**
 * `scanSheet(decodePart(bytes, part), context)`, the same sheet and the same errors, with a UTF-8
 * part decoded a piece at a time (partPieces: a whole sheet's string costs ~35× its pieces). The
 * sheet data is cut before a row's start tag about every PIECE bytes, so each piece holds whole
 * rows and is scanned as the whole part would be (the row number of a row without `r` and the
 * cells counted towards the next time check go on from piece to piece); what follows the data
 * (merges, links) is cut before any `<`, so each tag lies in one piece. A part that is small, UTF-16,
 * or whose root tag does not end in its first piece is decoded whole, as is one without `sheetData`.
 */
export function scanSheetPart(bytes: Uint8Array, context: SheetContext): ScannedSheet {
  const p = leadPiece(bytes, context.part)?.prefix;
  if (p === undefined) return scanSheet(decodePart(bytes, context.part), context);
  const dataOpen = indexOfBytes(bytes, asciiCodes(`<${p}sheetData`), 0);
  if (dataOpen < 0) return scanSheet(decodePart(bytes, context.part), context);
  const collected = new RowCollector();
  const hiddenRows: number[] = [];
  const openEnd = bytes.indexOf(62, dataOpen);
  const selfClosing = openEnd > 0 && bytes[openEnd - 1] === 47;
  const lastClose = lastIndexOfBytes(bytes, asciiCodes(`</${p}sheetData>`));
  const dataClose = selfClosing ? openEnd : lastClose > openEnd ? lastClose : -1;
  const stop = dataClose < 0 ? bytes.length : dataClose;
  if (!selfClosing && openEnd >= 0) {
    const rowTag = asciiCodes(`<${p}row`);
    const state: RowScanState = { row: 0, counted: 0 };
    for (let from = openEnd + 1; from < stop;) {
      const cut = tagCut(bytes, from + PIECE, stop, rowTag);
      const text = decodeUtf8(bytes, from, cut);
      scanRows(text, 0, text.length, p, context, collected, hiddenRows, state);
      from = cut;
    }
  }
  const merges: CellBlock[] = [];
  const links: RawLink[] = [];
  for (let from = stop; from < bytes.length;) {
    const cut = nextCut(bytes, from + PIECE);
    const text = decodeUtf8(bytes, from, cut);
    merges.push(...scanMerges(text, 0, p));
    links.push(...scanLinks(text, 0, p));
    from = cut;
  }
  const { values, origin } = collected.build(context.budget);
  clearMerged(values, origin, merges, context.budget);
  return { values, origin, merges, hiddenRows, links };
}

/** What scanRows carries from one piece of a sheet's data to the next. */
interface RowScanState {
  /** The last row tag's number: a row without `r` is the next one. */
  row: number;
  /** Cells met since the last look at the clock. */
  counted: number;
}

function scanRows(
  xml: string,
  from: number,
  stop: number,
  p: string,
  context: SheetContext,
  collected: RowCollector,
  hiddenRows: number[],
  state: RowScanState,
): void {
  const ROW = `<${p}row`;
  const IS = `<${p}is`;
  // the tags met at every cell, as character codes: compared in place, cheaper than startsWith (issue 11);
  // without a prefix (every writer seen but a few exporters) the cell's own checks are written out
  const bare = p === '';
  const rowTag = codesOf(ROW);
  const cellTag = codesOf(`<${p}c`);
  const closeCell = codesOf(`</${p}c>`);
  const closeV = codesOf(`</${p}v>`);
  const closeF = codesOf(`</${p}f>`);
  const closeLength = closeV.length;
  const CLOSE_IS = `</${p}is>`;
  const cellCode = p.length + 2; // index of the char after "<c" / "<x:c"
  const nameAt = p.length + 1; // index of a child's local name after "<" and the prefix
  const { sharedStrings, budget } = context;
  // a 1904 workbook's numbers need their style looked up: those take the general way
  const numbersInPlace = !context.date1904;
  // where the next ` r=` stands at or after the row tag being read (-1: none left, -2: not looked for
  // yet): found by forward searches that never cover a stretch twice (each cell's own ` r=` is near)
  let nextRowRef = -2;
  cellAttributes.nextType = -2;
  let row = state.row;
  let column = 0;
  let counted = state.counted;
  // Cells holding a value, added to the cells budget at each time check: an empty styled `<c s="1"/>`
  // holds nothing and costs only its scan, which the time budget bounds (issue 11's tester, D3).
  let valued = 0;
  // A row counts against the rows budget at its first value, not at its tag: Excel writes a `<row>`
  // for every formatted row, and a 50-row tracker formatted down to row 1,048,576 was refused as
  // "too many rows" (issue 11's tester, D3). The time budget still bounds scanning the empty ones.
  let rowCounted = false;
  let at = from;
  while (at < stop) {
    const lt = xml.charCodeAt(at) === 60 ? at : xml.indexOf('<', at);
    if (lt < 0 || lt >= stop) break;
    if (bare ? xml.charCodeAt(lt + 1) === 99 : isAt(xml, lt, cellTag)) {
      const next = xml.charCodeAt(lt + cellCode);
      if (next !== 32 && next !== 62 && next !== 47 && next !== 9 && next !== 10 && next !== 13) {
        const gt = xml.indexOf('>', lt);
        if (gt < 0) break;
        at = gt + 1;
        continue;
      }
      const gt = cellStartTag(xml, lt + cellCode);
      if (gt < 0) break;
      at = gt + 1;
      counted++;
      if (counted === TIME_CHECK_EVERY) {
        budget.addCells(valued);
        budget.checkTime(context.part);
        counted = 0;
        valued = 0;
      }
      if (xml.charCodeAt(gt - 1) === 47) {
        // `<c r="A1" s="3"/>`, a formatted blank: templates hold thousands; only its place counts,
        // and the next cell with a value carries its own reference
        column++;
        continue;
      }
      const ref = cellAttributes.ref;
      column = ref < 0 ? column + 1 : columnAt(xml, ref) || column + 1;
      if (row === 0) row = ref < 0 ? 1 : rowOf(xml, ref) || 1;
      const type = cellType(xml, cellAttributes.type);
      // the children, each consumed whole, so the next `</` is the cell's own end tag
      let value: RawCell = null;
      let pos = gt + 1;
      for (;;) {
        const open = xml.charCodeAt(pos) === 60 ? pos : xml.indexOf('<', pos);
        if (open < 0 || open >= stop) {
          pos = stop;
          break;
        }
        const name = xml.charCodeAt(open + nameAt);
        const after = xml.charCodeAt(open + nameAt + 1);
        // `<v>`: its `>` is right there
        const childGt = bare && after === 62 && name !== 62 ? open + 2 : xml.indexOf('>', open);
        if (childGt < 0) {
          pos = stop;
          break;
        }
        pos = childGt + 1;
        if (xml.charCodeAt(open + 1) === 47) break; // `</c>`
        if (xml.charCodeAt(childGt - 1) === 47) continue; // `<v/>`, `<f t="shared" si="0"/>`
        const simple = after === 62 || after === 32 || after === 9 || after === 10 || after === 13;
        if ((name === 118 || name === 102) && simple) {
          // `<v>` and `<f>` hold text only: their end tag is the next '<'. A shared string's index and
          // a whole number are read digit by digit on the way to it (no string per cell); anything
          // else (spaces, a fraction, an exponent, a sign, 16 digits and more) is read from its text.
          let textEnd = pos;
          let digits = 0;
          let code = xml.charCodeAt(pos);
          if (name === 118 && (type === SHARED || (type === NUMBER && numbersInPlace))) {
            while (code >= 48 && code <= 57) {
              digits = digits * 10 + code - 48;
              code = xml.charCodeAt(++textEnd);
            }
          }
          const inPlace = code === 60 && textEnd - pos <= 15;
          if (!inPlace) textEnd = xml.indexOf('<', pos);
          if (textEnd < 0 || textEnd >= stop) {
            pos = stop;
            break;
          }
          if (name === 118) {
            if (type === SHARED) value = sharedStrings[inPlace ? (textEnd === pos ? -1 : digits) : digitsAt(xml, pos, textEnd)] ?? null;
            else if (inPlace && type === NUMBER && numbersInPlace) value = textEnd === pos ? null : digits;
            else value = cellValue(xml.slice(pos, textEnd), type, type === NUMBER && context.date1904 ? styleOf(xml, lt + cellCode, gt) : -1, context);
          }
          // `</v>` then, almost always, `</c>`: checked in place rather than searched for
          const closed = bare
            ? xml.charCodeAt(textEnd + 1) === 47 && xml.charCodeAt(textEnd + 2) === name && xml.charCodeAt(textEnd + 3) === 62
            : isAt(xml, textEnd, name === 118 ? closeV : closeF);
          pos = closed ? textEnd + closeLength : xml.indexOf('>', textEnd) + 1 || stop;
          if (
            bare
              ? xml.charCodeAt(pos) === 60 && xml.charCodeAt(pos + 1) === 47 && xml.charCodeAt(pos + 2) === 99 && xml.charCodeAt(pos + 3) === 62
              : isAt(xml, pos, closeCell)
          ) {
            pos += closeCell.length;
            break;
          }
        } else if (name === 105 && after === 115 && xml.startsWith(IS, open)) {
          const isEnd = xml.indexOf(CLOSE_IS, pos);
          const end = isEnd < 0 || isEnd > stop ? stop : isEnd;
          value = stringItemText(xml.slice(pos, end), p);
          pos = end === stop ? stop : end + CLOSE_IS.length;
        } else {
          // another child (extLst...) may nest: skip to its own end tag
          let nameEnd = open + 1;
          while (nameEnd < childGt && !isSpace(xml.charCodeAt(nameEnd))) nameEnd++;
          const endTag = `</${xml.slice(open + 1, nameEnd)}>`;
          const closeAt = xml.indexOf(endTag, pos);
          pos = closeAt < 0 || closeAt > stop ? stop : closeAt + endTag.length;
        }
      }
      at = pos;
      if (value === null || value === '') continue;
      if (!rowCounted) {
        rowCounted = true;
        budget.addRow();
      }
      valued++;
      collected.add(row, column, value);
    } else {
      const gt = xml.indexOf('>', lt);
      if (gt < 0) break;
      at = gt + 1;
      if (!isAt(xml, lt, rowTag)) continue;
      const next = xml.charCodeAt(lt + ROW.length);
      if (next !== 32 && next !== 62 && next !== 47 && next !== 9 && next !== 10 && next !== 13) continue;
      const tagFrom = lt + ROW.length;
      if (nextRowRef !== -1 && nextRowRef < tagFrom) nextRowRef = xml.indexOf(' r=', tagFrom);
      const r = nextRowRef >= 0 && nextRowRef < gt ? rowNumberAt(xml, nextRowRef + 3, gt) : null;
      row = r === null ? row + 1 : r || row + 1;
      column = 0;
      rowCounted = false;
      // `hidden` is rare: searched for in the row tag alone (a search of the part for it ran to the part's end)
      const hidden = attribute(xml.slice(tagFrom, gt), ' hidden=');
      if (hidden === '1' || hidden === 'true') hiddenRows.push(row);
    }
  }
  budget.addCells(valued);
  state.row = row;
  state.counted = counted;
}

/**
 * A row's `r` value at its opening quote `quote` as `Number` reads the text, null when there is no
 * quoted value before the tag's end `gt`. Up to 15 digits are read in place, without a string.
 */
function rowNumberAt(xml: string, quote: number, gt: number): number | null {
  const mark = xml.charCodeAt(quote);
  if (mark !== 34 && mark !== 39) return null;
  let value = 0;
  let i = quote + 1;
  let code = xml.charCodeAt(i);
  while (code >= 48 && code <= 57) {
    value = value * 10 + code - 48;
    code = xml.charCodeAt(++i);
  }
  if (code === mark && i - quote <= 16) return value;
  const text = quotedAt(xml, quote, gt);
  return text === null ? null : Number(text);
}

/** The text between the quote at `quote` and its match before `gt`, or null (no quote there, or unclosed in the tag). */
function quotedAt(xml: string, quote: number, gt: number): string | null {
  const mark = xml.charCodeAt(quote);
  if (mark !== 34 && mark !== 39) return null;
  const end = xml.indexOf(mark === 34 ? '"' : "'", quote + 1);
  return end < 0 || end >= gt ? null : xml.slice(quote + 1, end);
}

const NUMBER = 0;
const SHARED = 1;
const STR = 2;
const BOOLEAN = 3;
const ERROR = 4;
const DATE = 5;
const INLINE = 6;
const OTHER = 7;
type CellType = typeof NUMBER | typeof SHARED | typeof STR | typeof BOOLEAN | typeof ERROR | typeof DATE | typeof INLINE | typeof OTHER;

/** A cell's `t` (ST_CellType) from the index just inside its quotes, without a string per cell. */
function cellType(xml: string, at: number): CellType {
  if (at < 0) return NUMBER;
  const quote = xml.charCodeAt(at - 1);
  if (xml.charCodeAt(at + 1) === quote) {
    switch (xml.charCodeAt(at)) {
      case 115:
        return SHARED; // s
      case 110:
        return NUMBER; // n
      case 98:
        return BOOLEAN; // b
      case 101:
        return ERROR; // e
      case 100:
        return DATE; // d
      default:
        return OTHER;
    }
  }
  if (xml.startsWith('str', at) && xml.charCodeAt(at + 3) === quote) return STR;
  if (xml.startsWith('inlineStr', at) && xml.charCodeAt(at + 9) === quote) return INLINE;
  return OTHER;
}

function cellValue(text: string, type: CellType, style: number, context: SheetContext): RawCell {
  switch (type) {
    case NUMBER: {
      const value = numberOf(text);
      if (style >= 0 && typeof value === 'number' && context.dateStyles?.has(style) === true) return value + DAYS_1904;
      return value;
    }
    case STR:
      return decodeCellText(text);
    case BOOLEAN:
      return text === '1' || text === 'true';
    case ERROR:
      return context.errors === 'text' ? decodeEntities(text) : null;
    case DATE:
      return isoToSerial(text.trim());
    default:
      return decodeCellText(text);
  }
}

/** A string's character codes, for `isAt`. */
function codesOf(text: string): number[] {
  return Array.from(text, (c) => c.charCodeAt(0));
}

/** `codes` are written at `at`. */
function isAt(xml: string, at: number, codes: readonly number[]): boolean {
  for (let i = 0; i < codes.length; i++) if (xml.charCodeAt(at + i) !== codes[i]) return false;
  return true;
}

/**
 * Where a cell's `r` and `t` values start (as `valueAt` finds each), -1 when absent; one object reused,
 * read at once. `nextType`: where the next `t=` of the part stands at or after the cell being read (-1:
 * none left, -2: not looked for yet; reset for each part), found by forward searches that never cover
 * a stretch twice.
 */
const cellAttributes = { ref: -1, type: -1, nextType: -2 };

/**
 * A cell's start tag walked once from `from` (just past "<c") to its first `>`, whose index it
 * returns (-1 when the part ends first), noting in `cellAttributes` where `r` and `t` start as
 * `valueAt(xml, from, gt, r)` and `valueAt(xml, from, gt, t)` would: every cell has its `r`, most a
 * `t`, and searching for the `>` apart was a tenth of the sheet scan (issue 11).
 */
function cellStartTag(xml: string, from: number): number {
  const quote = xml.charCodeAt(from + 3);
  if (isSpace(xml.charCodeAt(from)) && xml.charCodeAt(from + 1) === 114 && xml.charCodeAt(from + 2) === 61 && (quote === 34 || quote === 39)) {
    // `<c r="A1" ...>`, every writer's usual order: the `>` and the `t` found by searches, not a loop
    // over each character; the same places the loop below finds (its first `r` is this one)
    const gt = xml.indexOf('>', from + 4);
    if (gt < 0) return -1;
    cellAttributes.ref = from + 4 < gt ? from + 4 : -1;
    let next = cellAttributes.nextType;
    if (next !== -1 && next < from + 4) next = xml.indexOf('t=', from + 4);
    while (next >= 0 && next < gt && !(isSpace(xml.charCodeAt(next - 1)) && isQuote(xml.charCodeAt(next + 2)))) next = xml.indexOf('t=', next + 1);
    cellAttributes.nextType = next;
    cellAttributes.type = next >= 0 && next + 3 < gt ? next + 3 : -1;
    return gt;
  }
  let ref = -1;
  let type = -1;
  for (let i = from; i < xml.length; i++) {
    const code = xml.charCodeAt(i);
    if (code === 62) {
      // as valueAt, only a name standing before the tag's last three characters counts
      cellAttributes.ref = ref < i ? ref : -1;
      cellAttributes.type = type < i ? type : -1;
      return i;
    }
    if (code !== 114 && code !== 116) continue;
    if ((code === 114 ? ref : type) >= 0) continue;
    const before = xml.charCodeAt(i - 1);
    if (before !== 32 && before !== 9 && before !== 10 && before !== 13) continue;
    if (xml.charCodeAt(i + 1) !== 61) continue; // =
    const quote = xml.charCodeAt(i + 2);
    if (quote !== 34 && quote !== 39) continue;
    if (code === 114) ref = i + 3;
    else type = i + 3;
  }
  return -1;
}

/**
 * Index just inside the quotes of the one-letter attribute `name` (a char code: r, s, t) in the
 * start tag between `from` and `to`, or -1. A loop over the tag's own characters: a search that
 * could run past the tag would make a sheet of cells without `t` quadratic.
 */
function valueAt(xml: string, from: number, to: number, name: number): number {
  for (let i = from; i < to - 3; i++) {
    if (xml.charCodeAt(i) !== name) continue;
    const before = xml.charCodeAt(i - 1);
    if (before !== 32 && before !== 9 && before !== 10 && before !== 13) continue;
    if (xml.charCodeAt(i + 1) !== 61) continue; // =
    const quote = xml.charCodeAt(i + 2);
    if (quote === 34 || quote === 39) return i + 3;
  }
  return -1;
}

function isQuote(code: number): boolean {
  return code === 34 || code === 39;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** A cell's style index `s`, or -1. */
function styleOf(xml: string, from: number, to: number): number {
  const at = valueAt(xml, from, to, 115);
  return at < 0 ? -1 : digitsAt(xml, at, to);
}

/** The whole number written at `from` (a shared string index, a style), -1 when there is none. */
function digitsAt(text: string, from: number, to: number): number {
  let value = -1;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) value = (value < 0 ? 0 : value * 10) + code - 48;
    else if (code === 32 || code === 9 || code === 10 || code === 13) {
      if (value >= 0) break;
    } else break;
  }
  return value;
}

/**
 * The value of attribute `name` (given as ' r=') in a start tag's text, quotes of either kind, or
 * null. Indexes instead of a regex: this runs for every cell.
 */
function attribute(tag: string, name: string): string | null {
  const at = tag.indexOf(name);
  if (at < 0) return null;
  const quote = at + name.length;
  const mark = tag.charCodeAt(quote);
  if (mark !== 34 && mark !== 39) return null;
  const end = tag.indexOf(mark === 34 ? '"' : "'", quote + 1);
  return end < 0 ? null : tag.slice(quote + 1, end);
}

/** `<mergeCell ref="B4:B6"/>` after the sheet data, as blocks; a whole-sheet merge is one block. */
function scanMerges(xml: string, from: number, p: string): CellBlock[] {
  const TAG = `<${p}mergeCell`;
  const merges: CellBlock[] = [];
  for (let at = xml.indexOf(TAG, from); at >= 0; at = xml.indexOf(TAG, at + TAG.length)) {
    const next = xml.charCodeAt(at + TAG.length);
    if (next === 115) continue; // `<mergeCells`
    const gt = xml.indexOf('>', at);
    const ref = attribute(xml.slice(at, gt), ' ref=');
    if (ref === null) continue;
    const [first = '', last = first] = ref.split(':');
    const top = rowOf(first);
    const left = columnAt(first);
    const bottom = rowOf(last);
    const right = columnAt(last);
    if (top < 1 || left < 1 || bottom < top || right < left) continue;
    merges.push({ top, left, bottom, right });
  }
  return merges;
}

/** `<hyperlink ref="D5" r:id="rId1" location="Sheet2!A1"/>`: the top-left cell of its ref gets the link. */
function scanLinks(xml: string, from: number, p: string): RawLink[] {
  const TAG = `<${p}hyperlink`;
  const links: RawLink[] = [];
  for (let at = xml.indexOf(TAG, from); at >= 0; at = xml.indexOf(TAG, at + TAG.length)) {
    const next = xml.charCodeAt(at + TAG.length);
    if (next === 115) continue; // `<hyperlinks`
    const gt = xml.indexOf('>', at);
    const tag = xml.slice(at + TAG.length, gt);
    const ref = attr(tag, 'ref');
    if (ref === undefined) continue;
    const colon = ref.indexOf(':');
    const first = colon < 0 ? ref : ref.slice(0, colon);
    const row = rowOf(first);
    const column = columnAt(first);
    if (row < 1 || column < 1) continue;
    const relId = attr(tag, 'id') ?? null;
    const location = attr(tag, 'location');
    links.push({ row, column, relId, location: location ?? null });
  }
  return links;
}

/**
 * Jagged rows built while scanning: each row's array is indexed from column 1 as cells arrive (in
 * order, in every writer seen), then shifted once to the leftmost column holding a value. Rows
 * without values share one empty array.
 */
class RowCollector {
  private readonly numbers: number[] = [];
  private readonly arrays: RawCell[][] = [];
  private lastRow = -1;
  private last: RawCell[] = EMPTY_ROW;
  private left = Infinity;
  private slots = 0;

  add(row: number, column: number, value: RawCell): void {
    if (row !== this.lastRow) {
      this.last = [];
      this.lastRow = row;
      this.numbers.push(row);
      this.arrays.push(this.last);
    }
    if (column < this.left) this.left = column;
    const line = this.last;
    const index = column - 1;
    if (index >= line.length) {
      this.slots += index - line.length + 1;
      while (line.length < index) line.push(null);
      line.push(value);
    } else line[index] = value;
  }

  build(budget: ReadBudget): Pick<ScannedSheet, 'values' | 'origin'> {
    budget.addSlots(this.slots);
    if (this.numbers.length === 0) return { values: [], origin: { row: 1, column: 1 } };
    let top = Infinity;
    let bottom = 0;
    for (const row of this.numbers) {
      if (row < top) top = row;
      if (row > bottom) bottom = row;
    }
    const shift = this.left - 1;
    const grid: RawCell[][] = new Array<RawCell[]>(bottom - top + 1).fill(EMPTY_ROW);
    for (let i = 0; i < this.numbers.length; i++) {
      const line = this.arrays[i] as RawCell[];
      if (shift > 0) line.splice(0, shift);
      const at = (this.numbers[i] as number) - top;
      const before = grid[at] as RawCell[];
      if (before === EMPTY_ROW) grid[at] = line;
      else {
        // the same row written twice (out of order): later cells over earlier ones
        line.forEach((value, c) => {
          if (value === null) return;
          while (before.length < c) before.push(null);
          before[c] = value;
        });
      }
    }
    return { values: grid, origin: { row: top, column: this.left } };
  }
}

/**
 * Only the top-left cell of a merge holds its value (what Excel shows); a value some writer left in
 * a covered cell is not the officer's. Walks only the rows and columns that exist.
 */
function clearMerged(values: RawCell[][], origin: { row: number; column: number }, merges: readonly CellBlock[], budget: ReadBudget): void {
  if (values.length === 0) return;
  let work = 0;
  for (const merge of merges) {
    const first = Math.max(merge.top, origin.row) - origin.row;
    const last = Math.min(merge.bottom, origin.row + values.length - 1) - origin.row;
    for (let r = first; r <= last; r++) {
      const line = values[r];
      if (line === undefined || line.length === 0) continue;
      const from = Math.max(merge.left, origin.column) - origin.column;
      const to = Math.min(merge.right - origin.column, line.length - 1);
      for (let c = from; c <= to; c++) {
        if (r + origin.row === merge.top && c + origin.column === merge.left) continue;
        line[c] = null;
      }
      work += 1 + Math.max(0, to - from + 1);
    }
  }
  budget.addSlots(work);
  for (let r = 0; r < values.length; r++) {
    const line = values[r];
    if (line === undefined) continue;
    let length = line.length;
    while (length > 0 && line[length - 1] === null) length--;
    if (length < line.length) line.length = length;
  }
}
