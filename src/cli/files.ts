import { dirname } from 'node:path';
import type { RawSheet } from '../core/ports/workbookPort';
import { t, type MessageParams } from '../core/i18n/format';
import type { MessageKey } from '../core/i18n/messages';
import { EXIT_INTERRUPTED, EXIT_USAGE } from './io';
import { sourceAt } from './fileIdentity';
import { replaceFile } from './safeWrite';
import type { CommandContext } from './commands/context';
import { fail, fileSystemMessage, unreadableMessage } from './messages';

/**
 * File handling every workbook command shares: reading a workbook (exit 2 with the reason when it
 * cannot be read), and writing an output that is never one of the sources, never replaces an
 * existing file without --force, and is never left half written.
 */

/** The workbook's sheets, or null after saying on stderr why it cannot be read (the caller exits 2). */
export async function readSheets(ctx: CommandContext, path: string): Promise<RawSheet[] | null> {
  const { io, lang } = ctx;
  try {
    const bytes = await io.readFile(path);
    // exceljs takes most of a second to load; only commands that touch a workbook pay for it
    const { readWorkbook } = await import('../xlsx/readWorkbook');
    return await readWorkbook(bytes);
  } catch (error) {
    io.stderr(`${t('cli.error.prefix', {}, lang)} ${unreadableMessage(error, path, lang)}\n`);
    return null;
  }
}

/**
 * Whether `output` may be written: not a source by identity (the same file through a symbolic
 * link, a hard link or another letter case is refused, even with --force: sources are only read),
 * not a folder, in a folder that exists, and, without --force, not an existing file. Says why on
 * stderr and sets exit 2 when not, before any long work is done.
 */
export async function outputAllowed(
  ctx: CommandContext,
  output: string,
  force: boolean | undefined,
  sources: readonly (string | undefined)[],
): Promise<boolean> {
  const refuse = (key: MessageKey, params: MessageParams): false => {
    fail(ctx.io, ctx.lang, key, params);
    ctx.exit(EXIT_USAGE);
    return false;
  };
  const refuseFs = (error: unknown): false => {
    ctx.io.stderr(`${t('cli.error.prefix', {}, ctx.lang)} ${fileSystemMessage(error, output, ctx.lang, 'cli.error.writeFailed')}\n`);
    ctx.exit(EXIT_USAGE);
    return false;
  };
  try {
    const folder = await ctx.io.identify(dirname(output));
    if (folder === null) return refuse('cli.error.folderMissing', { path: output, folder: dirname(output) });
    if (folder.kind !== 'folder') return refuse('cli.error.notAFolder', { path: output });
    const target = await ctx.io.identify(output);
    if (target === null) return true;
    if (target.kind === 'folder') return refuse('cli.error.outputIsFolder', { path: output });
    if (
      (await sourceAt(
        ctx.io,
        output,
        sources.filter((s): s is string => s !== undefined),
      )) !== null
    )
      return refuse('cli.error.outputIsSource', { path: output });
  } catch (error) {
    return refuseFs(error);
  }
  if (!force) return refuse('cli.error.outputExists', { path: output });
  return true;
}

/**
 * Writes bytes through a temporary file renamed over `path` (see safeWrite.ts); false when the
 * file system refuses (exit 2) or Ctrl+C stopped it (exit 130), the reason on stderr, the old
 * file untouched either way.
 */
export async function writeOutput(ctx: CommandContext, path: string, data: Uint8Array): Promise<boolean> {
  const outcome = await replaceFile(ctx.io, path, data);
  if (outcome.written) return true;
  if (outcome.interrupted) {
    fail(ctx.io, ctx.lang, 'cli.error.interrupted', { path });
    ctx.exit(EXIT_INTERRUPTED);
  } else {
    ctx.io.stderr(`${t('cli.error.prefix', {}, ctx.lang)} ${fileSystemMessage(outcome.error, path, ctx.lang, 'cli.error.writeFailed')}\n`);
    ctx.exit(EXIT_USAGE);
  }
  return false;
}
