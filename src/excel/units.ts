/**
 * Unit conversions between the layout (millimetres, Excel character widths) and Office.js (points).
 */

const POINTS_PER_MM = 72 / 25.4;

export function mmToPoints(mm: number): number {
  return Math.round(mm * POINTS_PER_MM * 100) / 100;
}

/**
 * Office.js takes column widths in points, while layouts (and exceljs, and Excel's own column
 * width box) use characters of the default font's widest digit. With Calibri 11 a digit is 7 px
 * and Excel adds 5 px of padding; a pixel is 0.75 pt at 96 dpi. So 10 characters = 75 px = 56.25 pt.
 */
export function characterWidthToPoints(characters: number): number {
  const pixels = Math.round(characters * 7 + 5);
  return pixels * 0.75;
}
