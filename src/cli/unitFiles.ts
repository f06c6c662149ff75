import type { UnitFileInput } from '../core/consolidate/types';
import { t } from '../core/i18n/format';
import type { Language, MessageKey } from '../core/i18n/messages';
import { XlsxError } from '../xlsx/errors';
import type { CliIo } from './io';

/**
 * Units' files as consolidation takes them: read, or marked unreadable with the reason in the
 * core's words, so one bad file is a line in the result instead of stopping the run. Only a file
 * that is not there at all (a typo on the command line) is the caller's problem.
 */

/** Larger than any tracking workbook; such a file is not read at all (exceljs would need GBs). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

const DETECTED_KEYS: Record<string, MessageKey> = {
  xls: 'cli.detected.xls',
  text: 'cli.detected.text',
  html: 'cli.detected.html',
  zip: 'cli.detected.zip',
};

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
      case 'not-xlsx': {
        const detected = 'detected' in error && typeof error.detected === 'string' ? error.detected : 'unknown';
        return { ...base, sheets: null, unreadable: { reason: 'notXlsx', detail: t(DETECTED_KEYS[detected] ?? 'cli.detected.unknown', {}, lang) } };
      }
      case 'corrupt':
      case 'layout': {
        const truncated = 'truncated' in error && error.truncated === true;
        return { ...base, sheets: null, unreadable: { reason: 'corrupt', ...(truncated ? { detail: t('cli.consolidate.truncated', {}, lang) } : {}) } };
      }
    }
  }
}
