/**
 * The exceljs adapter, as one module the pane loads lazily (`await import('../xlsx')`) so exceljs
 * stays out of the first bundle. Nothing here touches the file system: bytes in, bytes out.
 */
export { readWorkbook, readXlsx, checkSignature, type ReadOptions, type XlsxContents } from './readWorkbook';
export { renderWorkbook, renderToBuffer, writeBuffer, sheetNameProblem, DATE_FORMAT } from './renderWorkbook';
export {
  XlsxError,
  EmptyFileError,
  NotXlsxError,
  CorruptXlsxError,
  EncryptedXlsxError,
  TooLargeError,
  LayoutRenderError,
  type DetectedFormat,
  type ReadLimit,
} from './errors';
export { DEFAULT_LIMITS, type ReadLimits } from './read/limits';
