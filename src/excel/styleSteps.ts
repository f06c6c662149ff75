import { parseRange, rangeAddress } from '../core/layout/a1';
import type { CellStyle, StyledRange } from '../core/layout/types';
import { jsonBytes, OPERATION_OVERHEAD_BYTES, type Step } from './requestPlan';

/**
 * Cell styles. Everything but the number format is one property write for the whole range; the
 * number format is a 2-D array in Office.js, so a style over many rows is split into row slices
 * that each stay within a block's byte budget.
 */

// Office.js typings accept the enum's string values, which keeps this module free of the runtime
// Excel enum objects (they exist only once the CDN script has run).
const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right', justify: 'Justify' } as const;
const VERTICAL = { top: 'Top', center: 'Center', bottom: 'Bottom' } as const;

type BorderIndex = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical';
const EDGES: readonly BorderIndex[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];

function applyStyle(range: Excel.Range, style: CellStyle, multiRow: boolean, multiColumn: boolean): void {
  const { font, fill, borders } = range.format;
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.italic !== undefined) font.italic = style.italic;
  if (style.underline !== undefined) font.underline = style.underline ? 'Single' : 'None';
  if (style.fontName !== undefined) font.name = style.fontName;
  if (style.fontSize !== undefined) font.size = style.fontSize;
  if (style.fontColor !== undefined) font.color = style.fontColor;
  if (style.fill !== undefined) fill.color = style.fill;
  if (style.horizontal !== undefined) range.format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical !== undefined) range.format.verticalAlignment = VERTICAL[style.vertical];
  if (style.wrap !== undefined) range.format.wrapText = style.wrap;
  if (style.border) {
    // Inside borders only where there is an inside: Excel rejects them on a single row or column.
    const indexes: BorderIndex[] = [...EDGES];
    if (multiRow) indexes.push('InsideHorizontal');
    if (multiColumn) indexes.push('InsideVertical');
    for (const index of indexes) {
      const border = borders.getItem(index);
      border.style = 'Continuous';
      border.weight = 'Thin';
      border.color = '#000000';
    }
  }
}

function propertyCount(style: CellStyle): number {
  return Object.keys(style).length + (style.border ? 18 : 0);
}

export function styleSteps(sheetName: string, styled: StyledRange, blockBytes: number): Step[] {
  const rect = parseRange(styled.range);
  const rows = rect.bottom - rect.top + 1;
  const columns = rect.right - rect.left + 1;
  const { numberFormat, ...rest } = styled.style;
  const steps: Step[] = [
    {
      bytes: OPERATION_OVERHEAD_BYTES * (4 + propertyCount(rest)) + jsonBytes(rest),
      cells: 0,
      queue: (_context, sheet) => applyStyle(sheet(sheetName).getRange(styled.range), rest, rows > 1, columns > 1),
    },
  ];
  if (numberFormat === undefined) return steps;
  const rowBytes = columns * (jsonBytes(numberFormat) + 1) + 2;
  const rowsPerSlice = Math.max(1, Math.floor(blockBytes / rowBytes));
  for (let top = rect.top; top <= rect.bottom; top += rowsPerSlice) {
    const bottom = Math.min(rect.bottom, top + rowsPerSlice - 1);
    const slice = rangeAddress({ top, bottom, left: rect.left, right: rect.right });
    const formats = Array.from({ length: bottom - top + 1 }, () => Array.from({ length: columns }, () => numberFormat));
    steps.push({
      bytes: OPERATION_OVERHEAD_BYTES * 2 + (bottom - top + 1) * rowBytes,
      cells: 0,
      queue: (_context, sheet) => {
        sheet(sheetName).getRange(slice).numberFormat = formats;
      },
    });
  }
  return steps;
}
