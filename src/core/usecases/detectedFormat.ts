import type { MessageKey } from '../i18n/messages';

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
