import { savedTimeOf } from '../core/consolidate/newestFile';
import type { UnitFileInput } from '../core/consolidate/types';
import { formatNumber, t } from '../core/i18n/format';
import type { Language } from '../core/i18n/messages';
import { XlsxError } from '../xlsx/errors';
import { readFailureDetail } from '../xlsx/read/describeError';
import type { CliIo, FileInfo } from './io';
import type { InputProblem } from './inputs';
import { fileSystemMessage } from './messages';

/**
 * Units' files as consolidation takes them: read, or marked unreadable with the reason in the
 * core's words, so one bad file is a line in the result instead of stopping the run. Nothing
 * here throws: a file that vanished since it was listed, that may not be read, or whose reading
 * fails in a way nobody foresaw is its own line too.
 */

/** Larger than any tracking workbook; such a file is not read at all (exceljs would need GBs). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export async function readUnitFile(io: Pick<CliIo, 'stat' | 'readFile'>, file: string, lang: Language): Promise<UnitFileInput> {
  let info: FileInfo;
  try {
    info = await io.stat(file);
  } catch (error) {
    return fileSystemFailure(file, 0, error, lang);
  }
  const base = { file, lastModified: Math.round(info.mtimeMs) };
  // "~$Báo cáo.xlsx" is the lock Excel keeps beside a workbook it has open: never a unit's file.
  if (isExcelLockFile(file)) return { ...base, sheets: null, unreadable: { reason: 'notXlsx', detail: t('consolidate.format.lockFile', {}, lang) } };
  if (info.size > MAX_FILE_BYTES) {
    // Rounded up to hundredths: a file just over the limit never reads "50 MB > 50 MB" (issue 11's tester, D5).
    const detail = `${formatNumber(Math.ceil((info.size / 1024 / 1024) * 100) / 100, lang)} MB > ${MAX_FILE_BYTES / 1024 / 1024} MB`;
    return { ...base, sheets: null, unreadable: { reason: 'tooLarge', detail } };
  }
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(file);
  } catch (error) {
    return fileSystemFailure(file, base.lastModified, error, lang);
  }
  try {
    const { readXlsx } = await import('../xlsx/readWorkbook');
    const contents = readXlsx(bytes);
    const savedAt = savedTimeOf(contents.modified);
    return { ...base, ...(savedAt === undefined ? {} : { savedAt }), sheets: contents.sheets };
  } catch (error) {
    if (!(error instanceof XlsxError))
      return { ...base, sheets: null, unreadable: { reason: 'readFailed', detail: t('cli.consolidate.readCrashed', {}, lang) } };
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

/** A path given on the command line that gave no file, as the line consolidation shows for it. */
export function problemInput(problem: InputProblem, lang: Language): UnitFileInput {
  if (problem.reason === 'readFailed') return fileSystemFailure(problem.file, 0, problem.error, lang);
  return { file: problem.file, lastModified: 0, sheets: null, unreadable: { reason: problem.reason } };
}

/**
 * The file was found when the inputs were listed, so ENOENT now means it went away since
 * (moved, deleted, a synced folder catching up).
 */
function fileSystemFailure(file: string, lastModified: number, error: unknown, lang: Language): UnitFileInput {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const base = { file, lastModified, sheets: null };
  if (code === 'ENOENT' || code === 'ENOTDIR') return { ...base, unreadable: { reason: 'vanished' } };
  if (code === 'EACCES' || code === 'EPERM') return { ...base, unreadable: { reason: 'noAccess' } };
  if (code === 'EISDIR') return { ...base, unreadable: { reason: 'emptyFolder' } };
  return { ...base, unreadable: { reason: 'readFailed', detail: fileSystemMessage(error, file, lang, 'cli.error.readFailed') } };
}

/** The owner file Excel writes beside an open workbook ("~$name.xlsx"): a few bytes, no data. */
export function isExcelLockFile(file: string): boolean {
  return /(^|[\\/])~\$[^\\/]*$/.test(file);
}
