import { asciiCodes, leadPiece, PIECE, tagCut } from './partPieces';
import { decodeCellText, decodePart, decodeUtf8 } from './xmlText';
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
  return scanStringItems({ text: xml, more: () => false }, rootPrefix(xml));
}

/**
 * `readSharedStrings(decodePart(bytes, part))`, the same strings and the same errors, with a UTF-8
 * part decoded a piece at a time as the scan reaches it (partPieces: one string of a whole 190 KB
 * part of Vietnamese text cost 1.7× what the same bytes cost in pieces). A part whose prolog or root
 * tag does not end in its first piece, or a UTF-16 part, is decoded whole.
 */
export function readSharedStringsPart(bytes: Uint8Array, part: string): string[] {
  const lead = leadPiece(bytes, part);
  if (lead === null) return readSharedStrings(decodePart(bytes, part));
  let cut = lead.end;
  // Pieces after the first start at an item's start tag, so what is left of a piece once its whole
  // items are read is empty and the next piece is used as decoded: joined to a leftover, each piece was
  // one string more, copied again when first searched (issue 11: 7.7 MB of 154 MB kept past a young collection).
  const itemTag = asciiCodes(`<${lead.prefix}si`);
  const pieces: Pieces = {
    text: lead.text,
    more(at) {
      if (cut >= bytes.length) return false;
      const from = cut;
      cut = tagCut(bytes, from + PIECE, bytes.length, itemTag);
      this.text = this.text.slice(at) + decodeUtf8(bytes, from, cut);
      return true;
    },
  };
  return scanStringItems(pieces, lead.prefix);
}

/** A part's text decoded so far; `more(at)` drops what stands before `at` and appends the next piece (false: none left). */
interface Pieces {
  text: string;
  more(at: number): boolean;
}

/**
 * The `<si>` items of a shared strings part, read from its pieces. An item not whole in the text
 * decoded so far is read again once the next piece is appended, so every search sees what it would
 * see in the whole part. The usual item, `<si><t>text</t></si>` (or `<t xml:space="preserve">`), is
 * read in place; its text is decoded for entities and `_xHHHH_` escapes only when the next `&` or
 * `_x` of the part falls inside it (each found by one forward search, not one per string).
 */
function scanStringItems(pieces: Pieces, prefix: string): string[] {
  const SI = `<${prefix}si`;
  const CLOSE_SI = `</${prefix}si>`;
  const T = `<${prefix}t>`;
  const T_KEEP = `<${prefix}t xml:space="preserve">`;
  const END = `</${prefix}t>${CLOSE_SI}`;
  const strings: string[] = [];
  let xml = pieces.text;
  let at = 0;
  let nextAmp = -2;
  let nextEscape = -2;
  const more = (): boolean => {
    if (!pieces.more(at)) return false;
    xml = pieces.text;
    at = 0;
    nextAmp = -2;
    nextEscape = -2;
    return true;
  };
  const siCodes = Array.from(SI, (c) => c.charCodeAt(0));
  for (;;) {
    // the next item almost always starts where the last one ended: checked in place before a search
    const open = isAt(xml, at, siCodes) ? at : xml.indexOf(SI, at);
    if (open < 0) {
      if (more()) continue;
      break;
    }
    const gt = xml.charCodeAt(open + SI.length) === 62 ? open + SI.length : xml.indexOf('>', open);
    if (gt < 0) {
      if (more()) continue;
      break;
    }
    if (xml.charCodeAt(gt - 1) === 47) {
      strings.push('');
      at = gt + 1;
      continue;
    }
    const textAt = xml.startsWith(T, gt + 1) ? gt + 1 + T.length : xml.startsWith(T_KEEP, gt + 1) ? gt + 1 + T_KEEP.length : -1;
    if (textAt >= 0) {
      const textEnd = xml.indexOf('<', textAt);
      if (textEnd >= 0 && xml.startsWith(END, textEnd)) {
        if (nextAmp !== -1 && nextAmp < textAt) nextAmp = xml.indexOf('&', textAt);
        if (nextEscape !== -1 && nextEscape < textAt) nextEscape = xml.indexOf('_x', textAt);
        const text = xml.slice(textAt, textEnd);
        const plain = (nextAmp < 0 || nextAmp >= textEnd) && (nextEscape < 0 || nextEscape >= textEnd);
        strings.push(plain ? text : decodeCellText(text));
        at = textEnd + END.length;
        continue;
      }
    }
    const close = xml.indexOf(CLOSE_SI, gt);
    if (close < 0) {
      if (more()) continue;
      break;
    }
    strings.push(stringItemText(xml.slice(gt + 1, close), prefix));
    at = close + CLOSE_SI.length;
  }
  return strings;
}

/** `codes` are written at `at`. */
function isAt(xml: string, at: number, codes: readonly number[]): boolean {
  for (let i = 0; i < codes.length; i++) if (xml.charCodeAt(at + i) !== codes[i]) return false;
  return true;
}
