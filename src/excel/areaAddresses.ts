import { parseRange } from '../core/layout/a1';
import type { CellBlock } from '../core/ports/workbookPort';

/**
 * RangeAreas.address lists one sheet-qualified block per area, "Sheet1!A1:B4, Sheet1!D1:D4"
 * (Excel.RangeAreas, https://learn.microsoft.com/javascript/api/excel/excel.rangeareas). A sheet
 * name may itself hold commas or "!" when quoted ('Tin, bài'!A1), so blocks are found by their
 * address part, not by splitting on commas.
 */
const BLOCK = /(?:'(?:[^']|'')*'|[^'!,\s][^!,]*)!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)/g;

export function parseAreaAddresses(address: string): CellBlock[] {
  const out: CellBlock[] = [];
  for (const match of address.matchAll(BLOCK)) {
    const a1 = match[1];
    if (a1 !== undefined) out.push(parseRange(a1.replace(/\$/g, '')));
  }
  return out;
}

export function cellCount(block: CellBlock): number {
  return (block.bottom - block.top + 1) * (block.right - block.left + 1);
}
