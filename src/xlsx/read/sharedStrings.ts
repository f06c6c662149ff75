import { decodeCellText } from './xmlText';
import { rootPrefix } from './xmlRoot';

/**
 * Shared strings (ECMA-376 part 1, 18.4): each `<si>` is plain `<t>` or rich-text runs `<r><t>`,
 * read as the text shown; phonetic runs `<rPh>` (furigana) are not shown in the cell, so skipped.
 */

/**
 * The text of one string item's content (inside an `<si>` or an inline `<is>`), given as its own
 * string so that no search runs past it.
 */
export function stringItemText(xml: string, prefix: string): string {
  const start = 0;
  const end = xml.length;
  const T = `<${prefix}t`;
  const CLOSE_T = `</${prefix}t>`;
  const PHONETIC = `<${prefix}rPh`;
  const CLOSE_PHONETIC = `</${prefix}rPh>`;
  let text = '';
  let at = start;
  // the phonetic run ahead, as [from, to): its `<t>` are furigana, not cell text
  let skipFrom = xml.indexOf(PHONETIC, start);
  if (skipFrom >= end) skipFrom = -1;
  let skipTo = skipFrom < 0 ? -1 : xml.indexOf(CLOSE_PHONETIC, skipFrom);
  for (;;) {
    const open = xml.indexOf(T, at);
    if (open < 0 || open >= end) break;
    if (skipFrom >= 0 && open > skipFrom) {
      if (skipTo < 0 || open < skipTo) {
        if (skipTo < 0) break;
        at = skipTo + CLOSE_PHONETIC.length;
        continue;
      }
      skipFrom = xml.indexOf(PHONETIC, skipTo);
      if (skipFrom >= end) skipFrom = -1;
      skipTo = skipFrom < 0 ? -1 : xml.indexOf(CLOSE_PHONETIC, skipFrom);
      continue;
    }
    const after = xml.charCodeAt(open + T.length);
    // `<t>`, `<t xml:space="preserve">`, `<t/>`; not another element whose name starts with "t"
    if (after !== 62 && after !== 32 && after !== 47 && after !== 9 && after !== 10 && after !== 13) {
      at = open + T.length;
      continue;
    }
    const gt = xml.indexOf('>', open);
    if (gt < 0 || gt >= end) break;
    if (xml.charCodeAt(gt - 1) === 47) {
      at = gt + 1;
      continue;
    }
    const close = xml.indexOf(CLOSE_T, gt);
    if (close < 0 || close > end) break;
    text += xml.slice(gt + 1, close);
    at = close + CLOSE_T.length;
  }
  return decodeCellText(text);
}

/** Every shared string in order; an index into this list is a `t="s"` cell's value. */
export function readSharedStrings(xml: string): string[] {
  const prefix = rootPrefix(xml);
  const SI = `<${prefix}si`;
  const CLOSE_SI = `</${prefix}si>`;
  const strings: string[] = [];
  let at = 0;
  for (;;) {
    const open = xml.indexOf(SI, at);
    if (open < 0) break;
    const gt = xml.indexOf('>', open);
    if (gt < 0) break;
    if (xml.charCodeAt(gt - 1) === 47) {
      strings.push('');
      at = gt + 1;
      continue;
    }
    const close = xml.indexOf(CLOSE_SI, gt);
    if (close < 0) break;
    strings.push(stringItemText(xml.slice(gt + 1, close), prefix));
    at = close + CLOSE_SI.length;
  }
  return strings;
}
