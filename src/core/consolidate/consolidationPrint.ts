import type { PrintSetup } from '../layout/types';

/**
 * How the consolidation sheets print (issue 15): on A4, one page wide (fitToWidth 1, fitToHeight 0:
 * as many pages tall as the rows need), the title and header rows repeated at the top of every page,
 * margins as the unit's entry sheets have them (20 mm top and bottom, 20 mm left for binding, 15 mm
 * right). Portrait when the columns fit the portrait page's printable width at full size, landscape
 * otherwise: a table wider than that is shrunk to fit either way, and landscape shrinks it least.
 */

/** Millimetres. */
const MARGINS = { top: 20, bottom: 20, left: 20, right: 15 } as const;
/** A4 portrait's width less the side margins, millimetres. */
export const PORTRAIT_PRINTABLE_MM = 210 - MARGINS.left - MARGINS.right;

/**
 * A column's printed width in millimetres from its width in characters, as Excel sizes it with the
 * default font (Calibri 11: 7 px a character plus 5 px of padding, at 96 px an inch; ECMA-376
 * Part 1 §18.3.1.13 col/@width).
 */
export function columnMillimetres(characters: number): number {
  return ((characters * 7 + 5) / 96) * 25.4;
}

/** The orientation for columns of these widths (characters): portrait when they fit its printable width at 100 %, else landscape. */
export function orientationFor(widths: readonly number[]): PrintSetup['orientation'] {
  const total = widths.reduce((sum, w) => sum + columnMillimetres(w), 0);
  return total <= PORTRAIT_PRINTABLE_MM ? 'portrait' : 'landscape';
}

/**
 * The print setup of a consolidation sheet whose columns have these widths (characters) and whose
 * rows `firstTitleRow`..`lastTitleRow` (1-based: the title and the header) repeat on every page.
 */
export function consolidationPrint(widths: readonly number[], lastTitleRow: number): PrintSetup {
  return { orientation: orientationFor(widths), paperSize: 'A4', margins: MARGINS, titleRows: `$1:$${lastTitleRow}`, fitToWidth: true };
}
