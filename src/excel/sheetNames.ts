import type { WorkbookLayout } from '../core/layout/types';
import { DuplicateSheetError, InvalidSheetNameError } from './errors';

/** Excel's rules for sheet names, checked before anything is sent so a bad layout fails whole. */
const FORBIDDEN = /[\\/?*[\]:]/;

export function isValidSheetName(name: string): boolean {
  return name.length > 0 && name.length <= 31 && !FORBIDDEN.test(name) && !name.startsWith("'") && !name.endsWith("'");
}

export function checkLayoutSheetNames(layout: WorkbookLayout): void {
  const seen = new Set<string>();
  for (const sheet of layout.sheets) {
    if (!isValidSheetName(sheet.name)) throw new InvalidSheetNameError(sheet.name);
    const key = sheet.name.toLowerCase();
    if (seen.has(key)) throw new DuplicateSheetError(sheet.name);
    seen.add(key);
  }
}

/** A name for the sheet being replaced while its successor is added, free in the workbook. */
export function temporaryName(taken: ReadonlySet<string>, index: number): string {
  let n = index;
  let name = `~cchc-replaced-${n}`;
  while (taken.has(name.toLowerCase())) name = `~cchc-replaced-${++n}`;
  return name;
}
