/** Period reports: the numbers and the print-ready sheet (Nghị định 30/2020 appendix I) for a unit or the district. */
export { buildReport, pageBreaks, repeatedHeader, REPORT_PRINT } from './buildReport';
export { reportData } from './reportData';
export { reportDocument } from './reportDocument';
export { issuerFacts, type IssuerFacts, type SignerBlock } from './issuer';
export type { DocAlign, DocAppendix, DocBlock, DocColumn, DocHeader, DocTable, ReportDocument } from './documentTypes';
export { reportSheetName, MAX_SHEET_NAME } from './sheetName';
export { GRID_WIDTHS, GRID_COLUMNS, gridWidthMm } from './grid';
export type {
  Report,
  ReportData,
  ReportInput,
  ReportItemState,
  ReportRecords,
  ReportScope,
  ReportSpendingRow,
  ReportStandingRow,
  ReportTargetRow,
  ReportUnitRow,
} from './types';
