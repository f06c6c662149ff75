/**
 * Misuse and unreadable input throw; every case has its own class so callers (the CLI, the pane)
 * can pick the message without parsing text. Data problems inside a readable workbook are Issues,
 * never these.
 */

/** Base class of every error src/xlsx throws on purpose. */
export abstract class XlsxError extends Error {
  abstract readonly reason: 'empty' | 'not-xlsx' | 'corrupt' | 'encrypted' | 'layout';

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

/** What a file that is not an .xlsx looks like from its first bytes. */
export type DetectedFormat = 'xls' | 'text' | 'html' | 'zip' | 'unknown';

/** Not an Office Open XML workbook: an old .xls, a CSV, an HTML page or another zip renamed. */
export class NotXlsxError extends XlsxError {
  readonly reason = 'not-xlsx';
  constructor(readonly detected: DetectedFormat) {
    super(`not an .xlsx workbook (looks like: ${detected})`);
  }
}

/** A zip that ends early (an interrupted download or copy) or whose parts cannot be read. */
export class CorruptXlsxError extends XlsxError {
  readonly reason = 'corrupt';
  constructor(readonly truncated: boolean, cause?: unknown) {
    super(truncated ? 'the .xlsx file is truncated (its zip directory is missing)' : 'the .xlsx file is damaged and cannot be read', { cause });
  }
}

/** A workbook saved with "Encrypt with password": Excel wraps it in an encrypted OLE container. */
export class EncryptedXlsxError extends XlsxError {
  readonly reason = 'encrypted';
  constructor() {
    super('the workbook is password-protected; remove the password in Excel and save it again');
  }
}

/** A layout the renderer cannot write as asked (a bug in the layout, not in user data). */
export class LayoutRenderError extends XlsxError {
  readonly reason = 'layout';
  constructor(readonly sheet: string, message: string) {
    super(`sheet "${sheet}": ${message}`);
  }
}
