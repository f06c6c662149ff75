/**
 * Misuse and unreadable input throw; every case has its own class so callers (the CLI, the pane)
 * can pick the message without parsing text. Data problems inside a readable workbook are Issues,
 * never these.
 */

/** Base class of every error src/xlsx throws on purpose. */
export abstract class XlsxError extends Error {
  abstract readonly reason: 'empty' | 'not-xlsx' | 'corrupt' | 'encrypted' | 'too-large' | 'layout';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The file has no bytes at all. */
export class EmptyFileError extends XlsxError {
  readonly reason = 'empty';
  constructor() {
    super('the file is empty (0 bytes)');
  }
}

/**
 * What a file that is not an .xlsx looks like from its bytes:
 * - `xls`: an OLE compound file that is not encrypted (Excel 97-2003);
 * - `xlsb`: a zip holding xl/workbook.bin (Excel binary workbook);
 * - `ods`: a zip whose `mimetype` is application/vnd.oasis.opendocument.spreadsheet;
 * - `xml2003`: SpreadsheetML 2003 (`<?mso-application progid="Excel.Sheet"?>`);
 * - `csv` (text whose lines split on one separator) or other `text`; `html` (including Excel's
 *   "Web page" .xls); `zip` (another Office file or an archive); `unknown` binary.
 */
export type DetectedFormat = 'xls' | 'xlsb' | 'ods' | 'xml2003' | 'csv' | 'text' | 'html' | 'zip' | 'unknown';

/** Not an Office Open XML workbook: an old .xls, a CSV, an HTML page or another zip renamed. */
export class NotXlsxError extends XlsxError {
  readonly reason = 'not-xlsx';
  constructor(readonly detected: DetectedFormat) {
    super(`not an .xlsx workbook (looks like: ${detected})`);
  }
}

/**
 * A zip that ends early (an interrupted download or copy) or whose parts cannot be read. `part`
 * names the package part at fault when one is known (a CRC-32 mismatch, a DOCTYPE, bad deflate).
 */
export class CorruptXlsxError extends XlsxError {
  readonly reason = 'corrupt';
  constructor(
    readonly truncated: boolean,
    cause?: unknown,
    readonly part?: string,
  ) {
    super(
      truncated
        ? 'the .xlsx file is truncated (its zip directory is missing)'
        : `the .xlsx file is damaged and cannot be read${part === undefined ? '' : ` (part ${part})`}`,
      { cause },
    );
  }
}

/** A workbook saved with "Encrypt with password": Excel wraps it in an encrypted OLE container. */
export class EncryptedXlsxError extends XlsxError {
  readonly reason = 'encrypted';
  constructor() {
    super('the workbook is password-protected; remove the password in Excel and save it again');
  }
}

/**
 * Which reading limit a file went over (src/xlsx/read/limits.ts):
 * - `inflatedSize`: the parts' total inflated size, bytes, from the zip directory;
 * - `parts`: the number of parts in the zip directory;
 * - `partSize`: one part's inflated size, bytes (declared, or reached while inflating when the
 *   directory lies);
 * - `cells`: cells present in the sheets (or row slots the jagged rows would take), per file;
 * - `rows`: rows present in the sheets (each `<row>` element), per file;
 * - `time`: milliseconds spent reading the file.
 */
export type ReadLimit = 'inflatedSize' | 'parts' | 'partSize' | 'cells' | 'rows' | 'time';

/** A file over one of the reading limits; `actual` and `limit` are in the limit's unit (bytes, parts, cells, ms). */
export class TooLargeError extends XlsxError {
  readonly reason = 'too-large';
  constructor(
    readonly limit: ReadLimit,
    readonly actual: number,
    readonly max: number,
    readonly part?: string,
  ) {
    super(`the file is over the ${limit} limit: ${actual} > ${max}${part === undefined ? '' : ` (part ${part})`}`);
  }
}

/** A layout the renderer cannot write as asked (a bug in the layout, not in user data). */
export class LayoutRenderError extends XlsxError {
  readonly reason = 'layout';
  constructor(
    readonly sheet: string,
    message: string,
  ) {
    super(`sheet "${sheet}": ${message}`);
  }
}
