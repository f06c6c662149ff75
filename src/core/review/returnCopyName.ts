import { t } from '../i18n/format';

/** The words a return copy's name ends with, in either language ("cần sửa", "to fix"): a stem ending with one of them is already a copy's. */
// Review words, not the CLI's: the pane's first load carries no 'cli.' words (tests/taskpane/i18n/noCliWords).
const SUFFIXES = [...new Set([t('review.copySuffix', {}, 'vi'), t('review.copySuffix', {}, 'en'), t('pane.th.return.suffix', {}, 'en')])];
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const COPY_ENDING = new RegExp(` \\((?:${SUFFIXES.map(escapeRegExp).join('|')})(?: \\d+)?\\)$`, 'iu');

/**
 * The name of a return copy of a file whose name without extension is `stem` (issue 15): "X" →
 * "X (cần sửa).xlsx", `n` > 1 numbering a second copy of the same name ("X (cần sửa 2).xlsx"). A unit
 * often sends back the copy it received: a stem that already ends with a copy's suffix (" (cần sửa)",
 * " (cần sửa 2)", " (to fix)") is not suffixed again, so "X (cần sửa)" gives "X (cần sửa).xlsx".
 * One rule for `cchc consolidate --return-dir` and the pane's download.
 */
export function returnCopyName(stem: string, suffix: string, n = 1): string {
  return `${returnCopyStem(stem)} (${n === 1 ? suffix : `${suffix} ${n}`}).xlsx`;
}

/**
 * Whether the file name `name` is a return copy, in either language and numbered or not, of a file
 * whose name without extension is `stem` ("X (cần sửa 2).xlsx" of "X" or of "X (cần sửa)"): the
 * only files `--return-dir --force` may remove, never one the officer put there. Case-insensitive.
 */
export function isReturnCopyOf(name: string, stem: string): boolean {
  const normal = name.normalize('NFC');
  if (!/\.xlsx$/i.test(normal)) return false;
  const base = normal.slice(0, -'.xlsx'.length);
  return COPY_ENDING.test(base) && base.replace(COPY_ENDING, '').toLocaleLowerCase('vi') === returnCopyStem(stem).normalize('NFC').toLocaleLowerCase('vi');
}

/** `stem` without a return copy's ending: "X (cần sửa 2)" → "X"; any other stem as given. */
export function returnCopyStem(stem: string): string {
  const normal = stem.normalize('NFC');
  return COPY_ENDING.test(normal) ? normal.replace(COPY_ENDING, '') : stem;
}
