import { detectedFormatKey } from '../core/usecases/detectedFormat';
import { t } from '../core/i18n/format';
import type { Language, MessageKey } from '../core/i18n/messages';
import type { Issue } from '../core/issues';
import type { MessageParams } from '../core/i18n/format';
import { dirname } from 'node:path';
import type { CliIo } from './io';
import { XlsxError } from '../xlsx/errors';

/** Writes one translated error line to stderr. */
export function fail(io: CliIo, lang: Language, key: MessageKey, params: MessageParams = {}): void {
  io.stderr(`${t('cli.error.prefix', {}, lang)} ${t(key, params, lang)}\n`);
}

/** "Lỗi  Kế hoạch!B7: message" — the sheet and cell first, so the officer can go straight there. */
export function formatIssue(issue: Issue, lang: Language): string {
  const where = issue.where.cell ? `${issue.where.sheet}!${issue.where.cell}` : issue.where.sheet;
  const severity = t(issue.severity === 'error' ? 'cli.severity.error' : 'cli.severity.warning', {}, lang);
  return `${severity} ${where}: ${t(issue.code, issue.params, lang)}`;
}

/** The message for a file that could not be read, by what went wrong. */
export function unreadableMessage(error: unknown, path: string, lang: Language): string {
  if (error instanceof XlsxError) {
    switch (error.reason) {
      case 'empty':
        return t('cli.error.emptyFile', { path }, lang);
      case 'encrypted':
        return t('cli.error.encrypted', { path }, lang);
      case 'corrupt':
        return t('truncated' in error && error.truncated === true ? 'cli.error.truncated' : 'cli.error.corrupt', { path }, lang);
      case 'not-xlsx': {
        const detected = 'detected' in error && typeof error.detected === 'string' ? error.detected : 'unknown';
        return t('cli.error.notXlsx', { path, detected: t(detectedFormatKey(detected), {}, lang) }, lang);
      }
      case 'layout':
        return t('cli.error.readFailed', { path, reason: error.message }, lang);
    }
  }
  return fileSystemMessage(error, path, lang, 'cli.error.readFailed');
}

/**
 * A file system failure in the officer's words, by its code (Node's `error.code`, from POSIX and
 * libuv). Codes never appear in the text; a failure with no known code says what was being done
 * and the system's own words without the code prefix.
 */
export function fileSystemMessage(error: unknown, path: string, lang: Language, fallback: 'cli.error.readFailed' | 'cli.error.writeFailed'): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const writing = fallback === 'cli.error.writeFailed';
  const key = FILE_SYSTEM_KEYS[code];
  if (code === 'ENOENT' && writing) return t('cli.error.folderMissing', { path, folder: dirname(path) }, lang);
  if ((code === 'EACCES' || code === 'EPERM') && writing) return t('cli.error.noWriteAccess', { path }, lang);
  if (key) return t(key, { path }, lang);
  return t(fallback, { path, reason: withoutCode(error) }, lang);
}

const FILE_SYSTEM_KEYS: Readonly<Record<string, MessageKey>> = {
  ENOENT: 'cli.error.notFound',
  EISDIR: 'cli.error.isDirectory',
  EACCES: 'cli.error.noAccess',
  EPERM: 'cli.error.noAccess',
  ENOSPC: 'cli.error.diskFull',
  EDQUOT: 'cli.error.diskFull',
  EFBIG: 'cli.error.diskFull',
  EROFS: 'cli.error.readOnly',
  ELOOP: 'cli.error.linkLoop',
  ENAMETOOLONG: 'cli.error.nameTooLong',
  ENOTDIR: 'cli.error.notAFolder',
  EBUSY: 'cli.error.busy',
  ETXTBSY: 'cli.error.busy',
  EIO: 'cli.error.ioFailed',
  EMFILE: 'cli.error.tooManyOpen',
  ENFILE: 'cli.error.tooManyOpen',
};

/** "ENOSPC: no space left on device, write" → "no space left on device": the words, not the code. */
function withoutCode(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^[A-Z][A-Z0-9_]+:\s*/, '').replace(/,\s*\w+\s+'[^']*'(\s*->\s*'[^']*')?$/, '');
}
