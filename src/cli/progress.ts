import { t, type MessageParams } from '../core/i18n/format';
import type { Language, MessageKey } from '../core/i18n/messages';
import type { CliIo } from './io';

/**
 * Progress of long work (reading 30 units' files, writing a 60,000-row workbook) for an officer
 * watching a terminal: one line on standard error, rewritten in place ("\r" and erase-to-end, ECMA-48
 * EL), cut to the terminal's width so it never wraps (a wrapped line cannot be rewritten). Only when
 * standard error is a terminal, and never with --json: a script reading the output, or a log file
 * catching stderr, gets none of it.
 */
export interface Progress {
  /** Replaces the line with this message. */
  say(key: MessageKey, params?: MessageParams): void;
  /** Erases the line, before the command prints its result. Safe to call when nothing was said. */
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
