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

/**
 * Areas beyond which a fact is left absent: thousands of filtered-out rows times hidden column runs,
 * or thousands of merges, would make an address list of megabytes.
 */
export const MAX_FACT_AREAS = 10_000;

export interface SheetFacts {
  hiddenRows?: number[];
  merges?: CellBlock[];
}

export interface QueuedFacts {
  /** Queues the area addresses once the counts are known (rides with the first values request). */
  queueAddresses(): void;
  /** After that request: hidden rows within `rows`, merges if the set is there; a fact over MAX_FACT_AREAS is absent. */
  resolve(rows: { readonly top: number; readonly bottom: number }): SheetFacts;
}

function usable(areas: Excel.RangeAreas | undefined): areas is Excel.RangeAreas {
  return areas !== undefined && !areas.isNullObject && areas.areaCount <= MAX_FACT_AREAS;
}

/** Queues the area counts (with the used-range request); their addresses follow with queueAddresses. */
export function queueFacts(sheet: Excel.Worksheet): QueuedFacts {
  const whole = sheet.getRange();
  const visible = whole.getSpecialCellsOrNullObject('Visible').load('areaCount');
  const merged = mergesSupported() ? whole.getMergedAreasOrNullObject().load('areaCount') : undefined;
  return {
    queueAddresses: () => {
      if (usable(visible)) visible.load('address');
      if (usable(merged)) merged.load('address');
    },
    resolve: (rows) => {
      const facts: SheetFacts = {};
      if (visible.isNullObject || usable(visible)) {
        const areas = visible.isNullObject ? [] : parseAreaAddresses(visible.address);
        const shown = new Uint8Array(rows.bottom - rows.top + 1);
        for (const area of areas) {
          for (let r = Math.max(area.top, rows.top); r <= Math.min(area.bottom, rows.bottom); r++) shown[r - rows.top] = 1;
        }
        const hiddenRows: number[] = [];
        shown.forEach((flag, i) => {
          if (flag === 0) hiddenRows.push(rows.top + i);
        });
        facts.hiddenRows = hiddenRows;
      }
      if (merged?.isNullObject === true) facts.merges = [];
      else if (usable(merged)) facts.merges = parseAreaAddresses(merged.address);
      return facts;
    },
  };
}
