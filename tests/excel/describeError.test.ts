import { describeExcelError } from '../../src/excel/describeError';
import {
  DuplicateSheetError,
  InvalidSheetNameError,
  OfficeUnavailableError,
  RowTooLargeError,
  SheetProtectedError,
  SheetTooLargeError,
  TableNameConflictError,
} from '../../src/excel/errors';
import { HostError } from '../support/excelHost';

describe('describeExcelError', () => {
  test.each([
    ['Office.js missing', new OfficeUnavailableError('timeout'), { key: 'excel.error.officeUnavailable', params: {} }],
    ['a bad sheet name', new InvalidSheetNameError('Quý 1/2018'), { key: 'excel.error.sheetName', params: { name: 'Quý 1/2018' } }],
    ['a duplicate sheet', new DuplicateSheetError('A'), { key: 'excel.error.duplicateSheet', params: { name: 'A' } }],
    ['a huge row', new RowTooLargeError('S', 7, 6e6), { key: 'excel.error.rowTooLarge', params: { sheet: 'S', row: 7 } }],
    ['a table name in use', new TableNameConflictError('HinhThuc', 'Cũ'), { key: 'excel.error.tableNameTaken', params: { table: 'HinhThuc', sheet: 'Cũ' } }],
    ['a request over 5 MB', new HostError('RequestPayloadSizeLimitExceeded', 'too big'), { key: 'excel.error.requestTooLarge', params: {} }],
    [
      'another Excel refusal',
      new HostError('ItemAlreadyExists', 'A table called X exists.'),
      { key: 'excel.error.refused', params: { code: 'ItemAlreadyExists', detail: 'A table called X exists.' } },
    ],
    ['a protected sheet found first', new SheetProtectedError('Tin bài'), { key: 'excel.error.sheetProtected', params: { sheet: 'Tin bài' } }],
    ['a sheet too scattered to read', new SheetTooLargeError('Sổ'), { key: 'excel.error.sheetTooLarge', params: { sheet: 'Sổ' } }],
    // Codes from "Error handling with the application-specific JavaScript APIs" (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
    ['a protected sheet Excel refused', new HostError('AccessDenied', 'protected'), { key: 'excel.error.accessDenied', params: { detail: 'protected' } }],
    ['the officer typing in a cell', new HostError('InvalidOperationInCellEditMode', 'edit mode'), { key: 'excel.error.cellEditMode', params: {} }],
    ['anything else', new TypeError('boom'), { key: 'excel.error.unexpected', params: { detail: 'boom' } }],
  ])('%s', (_label, error, expected) => {
    expect(describeExcelError(error)).toEqual(expected);
  });
});
