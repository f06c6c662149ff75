import type { CellBlock, SheetVisibility } from '../core/ports/workbookPort';
import { parseAreaAddresses } from './areaAddresses';
import { officeGlobal } from './requirements';

/**
 * What the officer sees on a sheet besides values, each fact found with one bounded load that
 * rides with another request:
 * - visibility: Worksheet.visibility (ExcelApi 1.1);
 * - hidden rows: the visible cells of the whole sheet, Range.getSpecialCellsOrNullObject('Visible')
 *   (ExcelApi 1.9, "Find special cells within a range",
 *   https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-special-cells), whose
 *   areas are runs of visible rows times runs of visible columns: a few areas whatever the number
 *   of rows, where Range.rowHidden would need a load per row and getVisibleView (1.3) gives cell
 *   addresses, not row numbers. Rows of the used range that no visible area covers are hidden;
 *   filtered-out rows count as hidden, as the officer does not see them either;
 * - merges: Range.getMergedAreasOrNullObject, only where ExcelApi 1.13 is there
 *   (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1));
 *   on older builds `merges` stays absent rather than guessed.
 * - hyperlinks are left absent: Range.hyperlink (1.7) describes one cell, so finding links would
 *   cost a load per cell of the used range.
 */

const VISIBILITY: Readonly<Record<string, SheetVisibility>> = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' };

export function sheetVisibility(visibility: string): SheetVisibility {
  return VISIBILITY[visibility] ?? 'visible';
}

export function mergesSupported(): boolean {
  return officeGlobal()?.context?.requirements?.isSetSupported('ExcelApi', '1.13') === true;
}

export interface QueuedFacts {
  /** After the sync that carried the loads: hidden rows within `rows`, merges if the set is there. */
  resolve(rows: { readonly top: number; readonly bottom: number } | null): { hiddenRows: number[]; merges?: CellBlock[] };
}

export function queueFacts(sheet: Excel.Worksheet): QueuedFacts {
  const whole = sheet.getRange();
  const visible = whole.getSpecialCellsOrNullObject('Visible').load('address');
  const merged = mergesSupported() ? whole.getMergedAreasOrNullObject().load('address') : undefined;
  return {
    resolve: (rows) => {
      const hiddenRows: number[] = [];
      if (rows) {
        const areas = visible.isNullObject ? [] : parseAreaAddresses(visible.address);
        const shown = new Uint8Array(rows.bottom - rows.top + 1);
        for (const area of areas) {
          for (let r = Math.max(area.top, rows.top); r <= Math.min(area.bottom, rows.bottom); r++) shown[r - rows.top] = 1;
        }
        shown.forEach((flag, i) => {
          if (flag === 0) hiddenRows.push(rows.top + i);
        });
      }
      if (!merged) return { hiddenRows };
      return { hiddenRows, merges: merged.isNullObject ? [] : parseAreaAddresses(merged.address) };
    },
  };
}
