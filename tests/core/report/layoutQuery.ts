import { parseAddress, parseRange } from '../../../src/core/layout/a1';
import type { CellStyle, CellValue, SheetLayout } from '../../../src/core/layout/types';

/** Small readers over a laid-out sheet, so tests ask "what does row 4 say" rather than dig in blocks. */

export function cellAt(layout: SheetLayout, a1: string): CellValue {
  const { row, column } = parseAddress(a1);
  for (const block of layout.blocks) {
    const at = parseAddress(block.at);
    const value = block.rows[row - at.row]?.[column - at.column];
    if (value !== undefined && row >= at.row && column >= at.column) return value;
  }
  return { kind: 'empty' };
}

export function textOf(value: CellValue): string {
  return value.kind === 'text' ? value.text : '';
}

/** Every text cell with its address. */
export function texts(layout: SheetLayout): { at: string; text: string }[] {
  return layout.blocks.flatMap((block) => {
    const at = parseAddress(block.at);
    return block.rows.flatMap((values, r) =>
      values.flatMap((value, c) => (value.kind === 'text' ? [{ at: `${String.fromCharCode(64 + at.column + c)}${at.row + r}`, text: value.text }] : [])),
    );
  });
}

/** The row whose text cells include one equal to (or, given a RegExp, matching) the needle. */
/** Every row with such a cell, top to bottom. */
export function rowsWith(layout: SheetLayout, needle: string | RegExp): number[] {
  return texts(layout)
    .filter((x) => (typeof needle === 'string' ? x.text === needle : needle.test(x.text)))
    .map((x) => parseAddress(x.at).row);
}

export function rowWith(layout: SheetLayout, needle: string | RegExp): number {
  const hit = texts(layout).find((x) => (typeof needle === 'string' ? x.text === needle : needle.test(x.text)));
  if (!hit) throw new Error(`no cell with ${String(needle)}`);
  return parseAddress(hit.at).row;
}

/** The style a cell ends up with: every styled range covering it, applied in order. */
export function styleAt(layout: SheetLayout, a1: string): CellStyle {
  const { row, column } = parseAddress(a1);
  return layout.styles.reduce<CellStyle>((style, styled) => {
    const r = parseRange(styled.range);
    return row >= r.top && row <= r.bottom && column >= r.left && column <= r.right ? { ...style, ...styled.style } : style;
  }, {});
}

export function heightOf(layout: SheetLayout, row: number): number | undefined {
  return layout.rows.find((r) => r.row === row)?.height;
}
