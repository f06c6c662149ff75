import type { UnitFileInput } from '../consolidate/types';
import { t } from '../i18n/format';
import type { Language, MessageKey } from '../i18n/messages';

/**
 * The words for what a file that is not an .xlsx looks like, from the reader's code (`xls`,
 * `text`, `html`, `zip`, anything else): the CLI and the pane say the same thing, never the code.
 */
export function detectedFormatKey(detected: string): MessageKey {
  switch (detected) {
    case 'xls':
      return 'cli.detected.xls';
    case 'text':
      return 'cli.detected.text';
    case 'html':
      return 'cli.detected.html';
    case 'zip':
      return 'cli.detected.zip';
    default:
      return 'cli.detected.unknown';
  }
}

/**
 * A unit's file the reader refused as not an .xlsx, its detail turned from the reader's code into
 * the words the CLI prints ("tệp văn bản, CSV"); any other file as it was. The pane reads files
 * with the reader's code as detail; the CLI puts the words in when it reads.
 */
export function unreadableInWords(input: UnitFileInput, language: Language): UnitFileInput {
  const unreadable = input.unreadable;
  if (unreadable?.reason !== 'notXlsx' || unreadable.detail === undefined) return input;
  return { ...input, unreadable: { ...unreadable, detail: t(detectedFormatKey(unreadable.detail), {}, language) } };
}
