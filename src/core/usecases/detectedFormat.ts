import type { UnitFileInput } from '../consolidate/types';
import { t } from '../i18n/format';
import type { Language, MessageKey } from '../i18n/messages';

/**
 * The words for what a file that is not an .xlsx looks like, from the reader's code (`xls`, `xlsb`,
 * `ods`, `xml2003`, `csv`, `text`, `html`, `zip`, `unknown`): the CLI and the pane say the same thing, never the code.
 */
export function detectedFormatKey(detected: string): MessageKey {
  return isFormatCode(detected) ? `consolidate.format.${detected}` : 'consolidate.format.unknown';
}

const FORMAT_CODES = ['xls', 'xlsb', 'ods', 'xml2003', 'csv', 'text', 'html', 'zip', 'unknown'] as const;

function isFormatCode(code: string): code is (typeof FORMAT_CODES)[number] {
  return (FORMAT_CODES as readonly string[]).includes(code);
}

/**
 * A unit's file the reader refused as not an .xlsx, its detail turned from the reader's code into
 * the words the CLI prints ("tệp văn bản, CSV"); any other file as it was. The pane reads files
 * with the reader's code as detail; the CLI puts the words in when it reads.
 */
export function unreadableInWords(input: UnitFileInput, language: Language): UnitFileInput {
  const unreadable = input.unreadable;
  // The pane's reader already gives words; only a bare format code is turned into them.
  if (unreadable?.reason !== 'notXlsx' || unreadable.detail === undefined || !isFormatCode(unreadable.detail)) return input;
  return { ...input, unreadable: { ...unreadable, detail: t(detectedFormatKey(unreadable.detail), {}, language) } };
}
