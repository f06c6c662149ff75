import { HostError, invalidArgument } from './errors';
import type { SheetState } from './model';
import { ClientObject } from './request';

/**
 * Worksheet protection (Excel.WorksheetProtection, ExcelApi 1.2,
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotection). The host treats every
 * cell as locked (Excel's default) and every protection option as off, so on a protected sheet any
 * change to cells, formats or validation fails at sync with AccessDenied ("If worksheet protection
 * is enabled and not paused, this method throws an AccessDenied error"; the code is listed in
 * "Error handling with the application-specific JavaScript APIs",
 * https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 * Renaming, moving or deleting the sheet stay allowed: that is workbook structure protection.
 */
export function guardCells(sheet: SheetState, change: string): void {
  if (sheet.protected) throw new HostError('AccessDenied', `The cell or chart you're trying to change is on a protected sheet ('${sheet.name}', ${change}).`);
}

export class WorksheetProtectionProxy extends ClientObject<SheetState> {
  protected readonly typeName = 'WorksheetProtection';
  protected readonly scalarProperties = ['protected'];

  protected snapshot(target: SheetState, property: string): unknown {
    if (property === 'protected') return target.protected;
    throw invalidArgument(`WorksheetProtection has no property '${property}'.`);
  }

  protected override isGone(target: SheetState): boolean {
    return target.deleted;
  }

  get protected(): boolean {
    return this.read('protected');
  }

  protect(): void {
    this.call('protect', [], (t) => {
      if (t.protected) throw new HostError('AccessDenied', 'The sheet is already protected.');
      t.protected = true;
    });
  }

  unprotect(): void {
    this.call('unprotect', [], (t) => {
      t.protected = false;
    });
  }
}
