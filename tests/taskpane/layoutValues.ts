import type { SheetLayout } from '../../src/core/layout/types';
import type { RawCell } from '../../src/core/ports/workbookPort';
import { layoutToRawSheets } from '../support/layoutToRawSheets';

/**
 * A layout's values as Excel would hand them back after rendering: a grid from A1, dates as
 * serial numbers, formulas left out. A mutable copy, since the memory workbook types into it.
 */
export function layoutValues(sheet: SheetLayout): RawCell[][] {
  const [raw] = layoutToRawSheets({ sheets: [sheet], definedNames: [] });
  return (raw?.values ?? []).map((row) => [...row]);
}
