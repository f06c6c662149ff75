import { resolve } from 'node:path';
import type { RawSheet } from '../core/ports/workbookPort';
import { t } from '../core/i18n/format';
import { EXIT_USAGE } from './io';
import type { CommandContext } from './commands/context';
import { fail, fileSystemMessage, unreadableMessage } from './messages';

/**
 * File handling every workbook command shares: reading a workbook (exit 2 with the reason when it
 * cannot be read), and writing an output that is never one of the sources and never replaces an
 * existing file without --force.
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
 * Whether `output` may be written: not a source (even with --force: sources are only read) and,
 * without --force, not an existing file. Says why on stderr and sets exit 2 when not.
 */
export async function outputAllowed(ctx: CommandContext, output: string, force: boolean | undefined, sources: readonly (string | undefined)[]): Promise<boolean> {
  const target = resolve(output);
  if (sources.some((source) => source !== undefined && resolve(source) === target)) {
    fail(ctx.io, ctx.lang, 'cli.error.outputIsSource', { path: output });
    ctx.exit(EXIT_USAGE);
    return false;
  }
  if (!force && (await ctx.io.exists(output))) {
    fail(ctx.io, ctx.lang, 'cli.error.outputExists', { path: output });
    ctx.exit(EXIT_USAGE);
    return false;
  }
  return true;
}

/** Writes bytes; false (exit 2 set, reason on stderr) when the file system refuses. */
export async function writeOutput(ctx: CommandContext, path: string, data: Uint8Array): Promise<boolean> {
  try {
    await ctx.io.writeFile(path, data);
    return true;
  } catch (error) {
    ctx.io.stderr(`${t('cli.error.prefix', {}, ctx.lang)} ${fileSystemMessage(error, path, ctx.lang, 'cli.error.writeFailed')}\n`);
    ctx.exit(EXIT_USAGE);
    return false;
  }
}
