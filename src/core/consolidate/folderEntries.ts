/**
 * Which files of a folder of units' files are taken, the same rule for the pane's folder picker
 * and the CLI's folder arguments: the workbook formats a unit sends (.xlsx, .xlsm, and .xls/.ods,
 * which are taken so their line says how to save them as .xlsx), and nothing else. Every other
 * file is listed as skipped with its reason, never dropped without a word.
 */

/**
 * lockFile: Excel's "~$name.xlsx" owner file beside an open workbook; hidden: a dot file (system files, our interrupted
 * writes); notSpreadsheet: any other extension; plan: the plan workbook the round was given (`cchc consolidate --plan`),
 * kept in the same folder as the units' files.
 */
export type SkipReason = 'lockFile' | 'hidden' | 'notSpreadsheet' | 'plan';

/** Extensions taken from a folder, lower case, without the dot. */
export const FOLDER_EXTENSIONS: readonly string[] = ['xlsx', 'xlsm', 'xls', 'ods'];

/** A file of a folder that is not read, and why (its path as the officer sees it: "Xã A/ghi chú.docx"). */
export interface SkippedFile {
  readonly file: string;
  readonly reason: SkipReason;
}

/**
 * Whether a file found in a folder is read, from its base name alone ("Bao cao.xlsx", not the
 * path): null when it is taken, else why it is skipped. Checked in this order because a lock file
 * ("~$Bao cao.xlsx") carries a workbook's extension.
 */
export function skipReason(name: string): SkipReason | null {
  if (name.startsWith('~$')) return 'lockFile';
  if (name.startsWith('.')) return 'hidden';
  const dot = name.lastIndexOf('.');
  const extension = dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
  return FOLDER_EXTENSIONS.includes(extension) ? null : 'notSpreadsheet';
}
