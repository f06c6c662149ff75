import { t, type MessageParams } from '../core/i18n/format';
import type { Language, MessageKey } from '../core/i18n/messages';
import type { CommandContext } from './commands/context';
import type { CliIo } from './io';

/**
 * Progress of long work (reading 30 units' files, writing a 60,000-row workbook, a 20,000-row
 * tracker's report: 4–6 s here) for an officer watching a terminal: one line on standard error,
 * rewritten in place ("\r" and erase-to-end, ECMA-48 EL), cut to the terminal's width so it never
 * wraps (a wrapped line cannot be rewritten). Only when standard error is a terminal, and never with
 * --json: a script reading the output, or a log catching stderr, gets none of it.
 */
export interface Progress {
  /** Replaces the line with this message. */
  say(key: MessageKey, params?: MessageParams): void;
  /** Erases the line. Safe to call when nothing was said; anything written through the context's io erases it first anyway. */
  done(): void;
}

const SILENT: Progress = { say: () => undefined, done: () => undefined };

/** ECMA-48 "erase in line" to its end: what is left of a longer previous message goes. */
const ERASE = '\u001b[K';

/** A progress line on io's standard error when it is a terminal and `json` is not set, else one that says nothing. */
export function progressOn(io: CliIo, lang: Language, options: { readonly json?: boolean | undefined } = {}): Progress {
  const terminal = io.stderrTerminal?.() ?? null;
  if (terminal === null || options.json === true) return SILENT;
  // One column kept free: writing into the last one moves some terminals to the next line.
  const width = Math.max(20, terminal.columns - 1);
  let shown = false;
  return {
    say(key, params = {}) {
      const text = t(key, params, lang).replace(/\s+/g, ' ');
      const chars = [...text];
      const line = chars.length > width ? `${chars.slice(0, width - 1).join('')}…` : text;
      io.stderr(`\r${line}${ERASE}`);
      shown = true;
    },
    done() {
      if (shown) io.stderr(`\r${ERASE}`);
      shown = false;
    },
  };
}

/**
 * The command's context with a progress line: its io erases the line before anything else is written
 * to stdout or stderr (an error, a summary), so no message ever lands on the end of a progress line,
 * whichever helper writes it.
 */
export function withProgress(ctx: CommandContext, options: { readonly json?: boolean | undefined } = {}): { ctx: CommandContext; progress: Progress } {
  const progress = progressOn(ctx.io, ctx.lang, options);
  if (progress === SILENT) return { ctx, progress };
  const io: CliIo = {
    ...ctx.io,
    stdout: (text) => {
      progress.done();
      ctx.io.stdout(text);
    },
    stderr: (text) => {
      progress.done();
      ctx.io.stderr(text);
    },
  };
  return { ctx: { ...ctx, io }, progress };
}
