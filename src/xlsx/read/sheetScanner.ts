import type { CellBlock, RawCell } from '../../core/ports/workbookPort';
import { columnAt, DAYS_1904, isoToSerial, numberOf, rowOf } from './cellValues';
import type { ReadBudget } from './limits';
import { stringItemText } from './sharedStrings';
import { attributes, decodeCellText, decodeEntities } from './xmlText';
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
  const cellRows: number[] = [];
  const cellColumns: number[] = [];
  const cellValues: RawCell[] = [];
  const hiddenRows: number[] = [];
  let after = 0;
  if (dataOpen >= 0) {
    const openEnd = xml.indexOf('>', dataOpen);
    const selfClosing = xml.charCodeAt(openEnd - 1) === 47;
    const dataClose = selfClosing ? openEnd : xml.indexOf(`</${p}sheetData>`, openEnd);
    const stop = dataClose < 0 ? xml.length : dataClose;
    after = stop;
    if (!selfClosing) scanRows(xml, openEnd + 1, stop, p, context, cellRows, cellColumns, cellValues, hiddenRows);
  }
  const merges = scanMerges(xml, after, p);
  const links = scanLinks(xml, after, p);
  const { values, origin } = buildRows(cellRows, cellColumns, cellValues, context.budget);
  clearMerged(values, origin, merges, context.budget);
  return { values, origin, merges, hiddenRows, links };
}

function scanRows(
  xml: string,
  from: number,
  stop: number,
  p: string,
  context: SheetContext,
  cellRows: number[],
  cellColumns: number[],
  cellValues: RawCell[],
  hiddenRows: number[],
): void {
  const ROW = `<${p}row`;
  const CELL = `<${p}c`;
  const CLOSE_CELL = `</${p}c>`;
  const V = `<${p}v`;
  const CLOSE_V = `</${p}v>`;
  const IS = `<${p}is`;
  const CLOSE_IS = `</${p}is>`;
  const cellCode = p.length + 2; // index of the char after "<c" / "<x:c"
  const { sharedStrings, budget } = context;
  let row = 0;
  let column = 0;
  let counted = 0;
  let at = from;
  while (at < stop) {
    const lt = xml.indexOf('<', at);
    if (lt < 0 || lt >= stop) break;
    const gt = xml.indexOf('>', lt);
    if (gt < 0) break;
    at = gt + 1;
    if (xml.startsWith(CELL, lt)) {
      const next = xml.charCodeAt(lt + cellCode);
      if (next !== 32 && next !== 62 && next !== 47 && next !== 9 && next !== 10 && next !== 13) continue;
      counted++;
      if (counted === TIME_CHECK_EVERY) {
        budget.addCells(counted);
        budget.checkTime(context.part);
        counted = 0;
      }
      if (xml.charCodeAt(gt - 1) === 47) {
        // `<c r="A1" s="3"/>`, a formatted blank: templates hold thousands; only its place counts,
        // and the next cell with a value carries its own reference
        column++;
        continue;
      }
      const tag = xml.slice(lt + cellCode, gt);
      const ref = attribute(tag, ' r=');
      column = ref === null ? column + 1 : columnAt(ref) || column + 1;
      if (row === 0) row = ref === null ? 1 : rowOf(ref) || 1;
      const close = xml.indexOf(CLOSE_CELL, gt);
      const end = close < 0 || close > stop ? stop : close;
      at = end === stop ? stop : close + CLOSE_CELL.length;
      // the cell's content as its own string, so that no search below runs past the cell
      const content = xml.slice(gt + 1, end);
      const type = attribute(tag, ' t=');
      let value: RawCell = null;
      if (type === 'inlineStr') {
        const is = content.indexOf(IS);
        if (is >= 0) {
          const isEnd = content.indexOf(CLOSE_IS, is);
          value = stringItemText(content.slice(content.indexOf('>', is) + 1, isEnd < 0 ? content.length : isEnd), p);
        }
      } else {
        const v = content.indexOf(V);
        if (v < 0) continue;
        const vStart = content.indexOf('>', v) + 1;
        if (vStart === 0 || content.charCodeAt(vStart - 2) === 47) continue; // `<v/>`
        const vEnd = content.indexOf(CLOSE_V, vStart);
        if (vEnd < 0) continue;
        value = cellValue(content.slice(vStart, vEnd), type, tag, context, sharedStrings);
      }
      if (value === null || value === '') continue;
      cellRows.push(row);
      cellColumns.push(column);
      cellValues.push(value);
    } else if (xml.startsWith(ROW, lt)) {
      const next = xml.charCodeAt(lt + ROW.length);
      if (next !== 32 && next !== 62 && next !== 47 && next !== 9 && next !== 10 && next !== 13) continue;
      const tag = xml.slice(lt + ROW.length, gt);
      const r = attribute(tag, ' r=');
      row = r === null ? row + 1 : Number(r) || row + 1;
      column = 0;
      const hidden = attribute(tag, ' hidden=');
      if (hidden === '1' || hidden === 'true') hiddenRows.push(row);
    }
  }
  budget.addCells(counted);
}

function cellValue(text: string, type: string | null, tag: string, context: SheetContext, sharedStrings: readonly string[]): RawCell {
  switch (type) {
    case null:
    case 'n': {
      const value = numberOf(text);
      if (context.date1904 && typeof value === 'number' && context.dateStyles !== null) {
        const style = attribute(tag, ' s=');
        if (style !== null && context.dateStyles.has(Number(style))) return value + DAYS_1904;
      }
      return value;
    }
    case 's':
      return sharedStrings[Number(text)] ?? null;
    case 'str':
      return decodeCellText(text);
    case 'b':
      return text === '1' || text === 'true';
    case 'e':
      return context.errors === 'text' ? decodeEntities(text) : null;
    case 'd':
      return isoToSerial(text.trim());
    default:
      return decodeCellText(text);
  }
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
    const attrs = attributes(xml.slice(at + TAG.length, gt));
    const ref = attrs.get('ref');
    if (ref === undefined) continue;
    const first = ref.split(':')[0] ?? '';
    const row = rowOf(first);
    const column = columnAt(first);
    if (row < 1 || column < 1) continue;
    const relId = attrs.get('id') ?? null;
    const location = attrs.get('location');
    links.push({ row, column, relId, location: location ?? null });
  }
  return links;
}

/**
 * Jagged rows from the cells found: rows from the first to the last row holding a value, each
 * from the leftmost such column to its own last value; rows without values share one empty array.
 */
function buildRows(rows: readonly number[], columns: readonly number[], values: readonly RawCell[], budget: ReadBudget): Pick<ScannedSheet, 'values' | 'origin'> {
  if (values.length === 0) return { values: [], origin: { row: 1, column: 1 } };
  let top = Infinity;
  let bottom = 0;
  let left = Infinity;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as number;
    const c = columns[i] as number;
    if (r < top) top = r;
    if (r > bottom) bottom = r;
    if (c < left) left = c;
  }
  const grid: RawCell[][] = new Array<RawCell[]>(bottom - top + 1).fill(EMPTY_ROW);
  let slots = 0;
  for (let i = 0; i < rows.length; i++) {
    const r = (rows[i] as number) - top;
    const c = (columns[i] as number) - left;
    let line = grid[r] as RawCell[];
    if (line === EMPTY_ROW) {
      line = [];
      grid[r] = line;
    }
    if (c >= line.length) {
      slots += c - line.length + 1;
      while (line.length < c) line.push(null);
      line.push(values[i] as RawCell);
    } else line[c] = values[i] as RawCell;
  }
  budget.addSlots(slots);
  return { values: grid, origin: { row: top, column: left } };
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
