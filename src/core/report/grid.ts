/**
 * The report's column grid and the arithmetic that keeps wrapped text printable.
 *
 * Ten narrow columns (A–J) in Excel character units. At the usual 7 px per unit plus 5 px of cell
 * padding they measure about 165 mm, the printable width of A4 between a 30 mm left and a 15 mm
 * right margin; fit-to-width absorbs what a different default font changes. Every block of the
 * report is a merge over a run of these columns: the header's left half is A–D, its right half
 * E–J; tables give one column to each number and several to each name.
 */
export const GRID_WIDTHS: readonly number[] = [5, 10, 10, 8, 9, 9, 8, 8, 8, 8];
export const GRID_COLUMNS = GRID_WIDTHS.length;

const PX_PER_UNIT = 7;
const PX_PADDING = 5;
const PT_PER_PX = 0.75;
/** Room Excel keeps inside a cell on each side, in points. */
const CELL_INSET_PT = 3;
/** Lines are laid out slightly narrower than they are so an estimate errs towards one line more. */
const SAFETY = 0.95;

/** Width in points of the columns first..last (1-based, inclusive). */
export function spanWidthPt(first: number, last: number): number {
  let px = 0;
  for (let c = first; c <= last; c += 1) px += (GRID_WIDTHS[c - 1] ?? 0) * PX_PER_UNIT + PX_PADDING;
  return px * PT_PER_PX;
}

/** Millimetres of the whole grid, for checks against the page. */
export function gridWidthMm(): number {
  return (spanWidthPt(1, GRID_COLUMNS) / 72) * 25.4;
}

/**
 * Advance of a character in Times New Roman, in ems. Rough classes are enough: the estimate only
 * has to decide how many lines a paragraph takes, and it rounds up.
 */
function charEm(ch: string): number {
  if (ch === ' ') return 0.25;
  if (/[0-9]/.test(ch)) return 0.5;
  if (/[.,;:'|!()[\]/-]/.test(ch)) return 0.3;
  if (/[mwMW]/.test(ch)) return 0.85;
  const base = ch.normalize('NFD').charAt(0);
  if (base !== base.toLowerCase()) return 0.7;
  if (/[ijltf]/.test(base)) return 0.3;
  return 0.47;
}

export function textWidthPt(text: string, fontSize: number, bold: boolean): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * fontSize * (bold ? 1.07 : 1);
}

/** How many lines the text takes when wrapped at word boundaries in the given width. */
export function lineCount(text: string, widthPt: number, fontSize: number, bold: boolean): number {
  const room = Math.max(1, (widthPt - 2 * CELL_INSET_PT) * SAFETY);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    lines += 1;
    let used = 0;
    for (const word of paragraph.split(' ')) {
      const w = textWidthPt(word, fontSize, bold);
      const space = used === 0 ? 0 : textWidthPt(' ', fontSize, bold);
      if (used > 0 && used + space + w > room) {
        lines += 1;
        used = 0;
      }
      // A word longer than the line breaks mid-word across as many lines as it needs.
      if (w > room) {
        lines += Math.ceil(w / room) - 1;
        used = w % room;
      } else {
        used += (used === 0 ? 0 : space) + w;
      }
    }
  }
  return lines;
}

/** Excel refuses rows taller than this many points. */
export const MAX_ROW_HEIGHT = 409;

/** Row height in points for the given number of lines at a font size (Excel's single line of Times 13 is about 17 pt). */
export function rowHeight(lines: number, fontSize: number): number {
  return Math.min(MAX_ROW_HEIGHT, Math.ceil((lines * fontSize * 1.25 + 1.5) * 4) / 4);
}
