/**
 * The names of the template's own sheets that hold no entries (instructions, lists, progress), apart
 * from the modules that lay those sheets out: the reader only needs the names to pass the sheets by
 * (issue 11: readBook imported progressSheet, 64 KB and its imports, for one sheet name).
 */

/** "Hướng dẫn": the instructions sheet (instructionsSheet.ts). */
export const INSTRUCTIONS_SHEET_NAME = 'Hướng dẫn';
/** "Danh mục": the lists behind the dropdowns (listsSheet.ts). */
export const LISTS_SHEET_NAME = 'Danh mục';
/** "Tiến độ": the live progress sheet (progressSheet.ts). */
export const PROGRESS_SHEET_NAME = 'Tiến độ';
