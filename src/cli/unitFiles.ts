import type { UnitFileInput } from '../core/consolidate/types';
import { t } from '../core/i18n/format';
import type { Language } from '../core/i18n/messages';
import { XlsxError } from '../xlsx/errors';
import { readFailureDetail } from '../xlsx/read/describeError';
import type { CliIo } from './io';

/**
 * Units' files as consolidation takes them: read, or marked unreadable with the reason in the
 * core's words, so one bad file is a line in the result instead of stopping the run. Only a file
 * that is not there at all (a typo on the command line) is the caller's problem.
 */

/** Larger than any tracking workbook; such a file is not read at all (exceljs would need GBs). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export async function readUnitFile(io: CliIo, file: string, lang: Language): Promise<UnitFileInput> {
  const info = await io.stat(file);
  const base = { file, lastModified: Math.round(info.mtimeMs) };
  if (info.size > MAX_FILE_BYTES) {
    const detail = `${(info.size / 1024 / 1024).toFixed(0)} MB > ${MAX_FILE_BYTES / 1024 / 1024} MB`;
    return { ...base, sheets: null, unreadable: { reason: 'tooLarge', detail } };
  }
  const bytes = await io.readFile(file);
  const { readWorkbook } = await import('../xlsx/readWorkbook');
  try {
    return { ...base, sheets: await readWorkbook(bytes) };
  } catch (error) {
    if (!(error instanceof XlsxError)) throw error;
    switch (error.reason) {
      case 'empty':
        return { ...base, sheets: null, unreadable: { reason: 'empty' } };
      case 'encrypted':
        return { ...base, sheets: null, unreadable: { reason: 'encrypted' } };
      case 'not-xlsx':
        return { ...base, sheets: null, unreadable: { reason: 'notXlsx', detail: readFailureDetail(error, lang) ?? t('cli.detected.unknown', {}, lang) } };
      case 'too-large':
        return { ...base, sheets: null, unreadable: { reason: 'tooLarge', detail: readFailureDetail(error, lang) ?? error.message } };
      case 'corrupt':
      case 'layout': {
        const truncated = 'truncated' in error && error.truncated === true;
        const detail = truncated ? t('cli.consolidate.truncated', {}, lang) : readFailureDetail(error, lang);
        return { ...base, sheets: null, unreadable: { reason: 'corrupt', ...(detail === undefined ? {} : { detail }) } };
      }
    }
  }
}
