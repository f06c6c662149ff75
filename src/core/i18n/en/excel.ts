import type { viExcel } from '../vi/excel';

export const enExcel: Record<keyof typeof viExcel, string> = {
  'excel.error.officeUnavailable': 'Not connected to Excel, so the workbook cannot be written or read yet.',
  'excel.error.sheetName': 'Excel does not accept the sheet name "{name}": at most 31 characters and none of \\ / ? * [ ] :.',
  'excel.error.duplicateSheet': 'Two sheets are named "{name}" (Excel ignores upper and lower case).',
  'excel.error.rowTooLarge': 'Row {row} of sheet "{sheet}" is too large to send to Excel in one request.',
  'excel.error.tableNameTaken':
    'The workbook already has a table named "{table}" on sheet "{sheet}". Rename or delete it (Table Design > Table Name) and try again.',
  'excel.error.invalidAddress': 'The cell address "{address}" is not valid.',
  'excel.error.requestTooLarge': 'Excel on the web refused a request larger than 5 MB. The workbook may be partly written; please try again.',
  'excel.error.refused': 'Excel refused the operation (error code {code}). The workbook may be partly written; please try again. Details: {detail}',
  'excel.error.sheetProtected':
    'Sheet "{sheet}" is protected, so Excel does not allow writing to it. Unprotect it (Review > Unprotect Sheet) and try again; the workbook has not been changed.',
  'excel.error.accessDenied':
    'Excel did not allow the change because a sheet or the workbook is protected. Unprotect it (Review > Unprotect Sheet) and try again. Details: {detail}',
  'excel.error.cellEditMode': 'You are still typing in a cell in Excel. Press Enter or Esc to finish, then try again.',
  'excel.error.sheetTooLarge': 'Sheet "{sheet}" has too many scattered cells to read. Delete the stray cells far from the data table and try again.',
  'excel.error.unexpected': 'Something unexpected happened while working with Excel: {detail}',
  /** Tiến độ sheet words (src/core/template/progressSheet.ts; the sheet is written in Vietnamese). */
  'excel.progress.running': 'In progress',
  'excel.progress.notBegun': 'Not yet due',
  'excel.progress.met': 'Met',
  'excel.progress.notMet': 'Not met',
  'excel.progress.helperHeader': 'Helper column (do not edit)',
  'excel.progress.noTargets': 'The plan gives this unit no counted target (see the PHÂN CÔNG section of the Kế hoạch sheet).',
  'excel.progress.contribution': 'Contribution',
  /** Tiến độ, a unit's sheet: a target PHÂN CÔNG gives other units, which the unit's rows count for no part of (progress/countsFor, verdict13). */
  'excel.progress.notGiven': 'Not given',
  /** Tiến độ, the district's sheet: the table of the units whose rows count towards a target PHÂN CÔNG gives to some units. */
  'excel.progress.countedUnits': '{id}: units counted (PHÂN CÔNG)',
  /** Tiến độ: a recurring standing item with every occurrence owed done, one or more after its last day (report: "trong đó hoàn thành chậm"). */
  'excel.progress.metWithLate': 'Met (some occurrences done late)',
  /** Tiến độ: a standing item with a deadline, done, but only after the deadline (report: "Hoàn thành chậm (hạn …)"; try13i defect 6). */
  'excel.progress.metLate': 'Met (done late)',
};
