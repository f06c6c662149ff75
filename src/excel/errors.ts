/**
 * Misuse of the adapter throws, one Error subclass per case, so callers can tell them apart with
 * instanceof. Problems in a workbook's data are never thrown: they come back as values.
 */

/** Office.js is not there: the pane was opened outside Excel, or the CDN script did not load. */
export class OfficeUnavailableError extends Error {
  override readonly name = 'OfficeUnavailableError';
  constructor(reason: 'notLoaded' | 'timeout' | 'notExcel') {
    super(`Office.js is not available in this page (${reason}).`);
    this.reason = reason;
  }
  readonly reason: 'notLoaded' | 'timeout' | 'notExcel';
}

/** A layout names a sheet Excel would refuse: empty, longer than 31 characters, or with \ / ? * [ ] :. */
export class InvalidSheetNameError extends Error {
  override readonly name = 'InvalidSheetNameError';
  constructor(readonly sheetName: string) {
    super(`Excel does not accept the sheet name "${sheetName}".`);
  }
}

/** A layout has two sheets whose names Excel considers the same (names are case-insensitive). */
export class DuplicateSheetError extends Error {
  override readonly name = 'DuplicateSheetError';
  constructor(readonly sheetName: string) {
    super(`The layout has more than one sheet named "${sheetName}".`);
  }
}

/** One row of a layout is larger than a whole request may be, so no batching can send it. */
export class RowTooLargeError extends Error {
  override readonly name = 'RowTooLargeError';
  constructor(
    readonly sheetName: string,
    readonly row: number,
    readonly bytes: number,
  ) {
    super(`Row ${row} of "${sheetName}" needs ${bytes} bytes, more than one Excel request may carry.`);
  }
}

/** An A1 address that does not parse was passed to the adapter. */
export class InvalidAddressError extends Error {
  override readonly name = 'InvalidAddressError';
  constructor(readonly address: string) {
    super(`"${address}" is not an A1 address.`);
  }
}

/**
 * The workbook already has a table with a name the layout needs, on a sheet the layout does not
 * replace (table names are workbook-wide). Raised before anything is changed.
 */
export class TableNameConflictError extends Error {
  override readonly name = 'TableNameConflictError';
  constructor(
    readonly tableName: string,
    readonly sheetName: string,
  ) {
    super(`The table name "${tableName}" is already used on sheet "${sheetName}".`);
  }
}

/**
 * A sheet the adapter must change is protected (Worksheet.protection.protected, ExcelApi 1.2):
 * Excel refuses every cell change there with AccessDenied, so the adapter finds out first and
 * changes nothing. The officer unprotects it (Review > Unprotect Sheet) and tries again.
 */
export class SheetProtectedError extends Error {
  override readonly name = 'SheetProtectedError';
  constructor(readonly sheetName: string) {
    super(`The sheet "${sheetName}" is protected; unprotect it and try again.`);
  }
}

/**
 * A sheet whose used cells are too many and too scattered to read within bounded requests (more
 * than MAX_USED_PARTS separate dense parts). Reading it whole would not fit Excel's limits.
 */
export class SheetTooLargeError extends Error {
  override readonly name = 'SheetTooLargeError';
  constructor(readonly sheetName: string) {
    super(`The sheet "${sheetName}" has too many scattered cells to read.`);
  }
}
