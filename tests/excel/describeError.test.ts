import { describeExcelError } from '../../src/excel/describeError';
import { DuplicateSheetError, InvalidSheetNameError, OfficeUnavailableError, RowTooLargeError, TableNameConflictError } from '../../src/excel/errors';
import { HostError } from '../support/excelHost';

describe('describeExcelError', () => {
  test.each([
    ['Office.js missing', new OfficeUnavailableError('timeout'), { key: 'excel.error.officeUnavailable', params: {} }],
    ['a bad sheet name', new InvalidSheetNameError('Quý 1/2018'), { key: 'excel.error.sheetName', params: { name: 'Quý 1/2018' } }],
    ['a duplicate sheet', new DuplicateSheetError('A'), { key: 'excel.error.duplicateSheet', params: { name: 'A' } }],
    ['a huge row', new RowTooLargeError('S', 7, 6e6), { key: 'excel.error.rowTooLarge', params: { sheet: 'S', row: 7 } }],
    ['a table name in use', new TableNameConflictError('HinhThuc', 'Cũ'), { key: 'excel.error.tableNameTaken', params: { table: 'HinhThuc', sheet: 'Cũ' } }],
    ['a request over 5 MB', new HostError('RequestPayloadSizeLimitExceeded', 'too big'), { key: 'excel.error.requestTooLarge', params: {} }],
    ['another Excel refusal', new HostError('ItemAlreadyExists', 'A table called X exists.'), { key: 'excel.error.refused', params: { code: 'ItemAlreadyExists', detail: 'A table called X exists.' } }],
    ['anything else', new TypeError('boom'), { key: 'excel.error.unexpected', params: { detail: 'boom' } }],
  ])('%s', (_label, error, expected) => {
    expect(describeExcelError(error)).toEqual(expected);
  });
});
