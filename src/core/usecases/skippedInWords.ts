import type { SkippedFile } from '../consolidate/folderEntries';
import type { SetAsideFile } from '../consolidate/types';
import { t } from '../i18n/format';
import type { Language } from '../i18n/messages';

/**
 * The files a folder pick or a folder argument left out (folderEntries skipReason), each with why
 * in words: the CLI's `--json skipped`, and TH Đơn vị's list of files not read (always 'vi' there,
 * whatever the CLI's or the pane's language, as the rest of the sheet). Same order as given.
 */
export function skippedInWords(skipped: readonly SkippedFile[], language: Language): SetAsideFile[] {
  return skipped.map((s) => ({ file: s.file, reason: t(`consolidate.skipped.${s.reason}`, {}, language) }));
}
