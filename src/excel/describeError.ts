import type { viExcel } from '../core/i18n/vi/excel';
import {
  DuplicateSheetError,
  InvalidAddressError,
  InvalidSheetNameError,
  OfficeUnavailableError,
  RowTooLargeError,
  SheetProtectedError,
  SheetTooLargeError,
  TableNameConflictError,
} from './errors';
import { errorCode } from './officeErrors';

/**
 * Turns whatever a port call rejected with into a message key and parameters, so the pane can say
 * what happened in the officer's language without knowing Office.js error shapes. Excel's own
 * errors (OfficeExtension.Error) carry a string `code`, e.g. "ItemAlreadyExists" for a table name
 * already used elsewhere in the workbook.
 */

export type ExcelMessageKey = keyof typeof viExcel;

export interface ExcelErrorMessage {
  readonly key: ExcelMessageKey;
  readonly params: Readonly<Record<string, string | number>>;
}

export function describeExcelError(error: unknown): ExcelErrorMessage {
  if (error instanceof OfficeUnavailableError) return { key: 'excel.error.officeUnavailable', params: {} };
  if (error instanceof InvalidSheetNameError) return { key: 'excel.error.sheetName', params: { name: error.sheetName } };
  if (error instanceof DuplicateSheetError) return { key: 'excel.error.duplicateSheet', params: { name: error.sheetName } };
  if (error instanceof RowTooLargeError) return { key: 'excel.error.rowTooLarge', params: { sheet: error.sheetName, row: error.row } };
  if (error instanceof TableNameConflictError) return { key: 'excel.error.tableNameTaken', params: { table: error.tableName, sheet: error.sheetName } };
  if (error instanceof InvalidAddressError) return { key: 'excel.error.invalidAddress', params: { address: error.address } };
  if (error instanceof SheetProtectedError) return { key: 'excel.error.sheetProtected', params: { sheet: error.sheetName } };
  if (error instanceof SheetTooLargeError) return { key: 'excel.error.sheetTooLarge', params: { sheet: error.sheetName } };
  const detail = error instanceof Error ? error.message : String(error);
  const code = errorCode(error);
  if (code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded') return { key: 'excel.error.requestTooLarge', params: {} };
  // Only when Excel ignored delayForCellEdit (a build without it): the port asks Excel to wait.
  if (code === 'InvalidOperationInCellEditMode') return { key: 'excel.error.cellEditMode', params: {} };
  // A protected sheet the adapter did not see coming (protected between its check and its write).
  if (code === 'AccessDenied') return { key: 'excel.error.accessDenied', params: { detail } };
  if (code !== undefined) return { key: 'excel.error.refused', params: { code, detail } };
  return { key: 'excel.error.unexpected', params: { detail } };
}
