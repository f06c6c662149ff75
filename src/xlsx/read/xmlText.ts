import { CorruptXlsxError } from '../errors';

/**
 * The little XML this reader needs, without a DOM (the CLI has none, and a DOM of a 50 MB sheet
 * would cost far more than the scan). Parts are decoded once into a string; a DOCTYPE or entity
 * declaration (XXE, "billion laughs") makes the part damaged, since no Office writer emits one.
 */

const utf8 = new TextDecoder('utf-8');

/** A part's bytes as text (UTF-8, or UTF-16 with its byte-order mark), refusing a DTD in the prolog. */
export function decodePart(bytes: Uint8Array, part: string): string {
  let text: string;
  if (isUtf16(bytes)) text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2));
  else text = utf8.decode(bytes);
  refuseDoctype(text, part);
  return text;
}

/** The part starts with a UTF-16 byte-order mark (little or big endian). */
export function isUtf16(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/**
 * A UTF-8 part's bytes from `from` to `to` as text (a leading byte-order mark dropped, as
 * `decodePart` drops it). Cut only before an ASCII byte, pieces decode to exactly the text of the
 * whole part cut there.
 */
export function decodeUtf8(bytes: Uint8Array, from: number, to: number): string {
  return utf8.decode(bytes.subarray(from, to));
}

/**
 * `decodePart`'s refusal of a DTD on the part's leading text: false when that text ends before the
 * prolog is settled (the rest of the part could still hold a DOCTYPE, or not), true when the root
 * element's start was reached in it.
 */
export function refuseDoctypeInLead(lead: string, part: string): boolean {
  return refuseDoctype(lead, part, true);
}

/**
 * A DTD may only stand in the prolog, before the root element: look there, not in the whole part.
 * With `lead`, the text may be the start of a longer part: true when the root element's start was
 * reached with room to tell it from `<?` and `<!--`, false when the text ended before.
 */
function refuseDoctype(text: string, part: string, lead = false): boolean {
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    const lt = text.indexOf('<', at);
    if (lt < 0) return false;
    if (lead && lt + 4 > text.length) return false;
    if (text.startsWith('<?', lt)) {
      at = text.indexOf('?>', lt + 2);
      if (at < 0) return false;
      at += 2;
    } else if (text.startsWith('<!--', lt)) {
      at = text.indexOf('-->', lt + 4);
      if (at < 0) return false;
      at += 3;
    } else if (text.startsWith('<!', lt)) {
      throw new CorruptXlsxError(false, new Error('DOCTYPE or entity declaration'), part);
    } else return true;
  }
}

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g;

/** Character and the five predefined entity references resolved; anything else kept as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, name: string) => {
    if (name.charCodeAt(0) === 35) {
      const code = name.charCodeAt(1) === 120 || name.charCodeAt(1) === 88 ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name] ?? whole;
  });
}

const ESCAPED = /_x([0-9A-Fa-f]{4})_/g;

/**
 * Cell text as Excel shows it: entities resolved, then the `_xHHHH_` escapes Excel writes for
 * control characters (ECMA-376 part 1, 22.9.2.19 ST_Xstring; `_x000D_` is a carriage return).
 */
export function decodeCellText(raw: string): string {
  const text = decodeEntities(raw);
  return text.includes('_x') ? text.replace(ESCAPED, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

/** One element's attributes by local name (prefixes dropped: `r:id` is `id`), values decoded. */
export function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  const pattern = /([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = pattern.exec(tag); m !== null; m = pattern.exec(tag)) {
    const local = m[2] ?? '';
    if (!found.has(local)) found.set(local, decodeEntities(m[3] ?? m[4] ?? ''));
  }
  return found;
}

/**
 * One attribute of a start tag's text by local name (`id` finds `r:id`), decoded; undefined when
 * absent. Indexes first (a sheet's rels and hyperlinks can run to thousands of tags), the general
 * pattern only for unusual spacing around "=".
 */
export function attr(tag: string, name: string): string | undefined {
  const key = `${name}=`;
  for (let at = tag.indexOf(key); at > 0; at = tag.indexOf(key, at + 1)) {
    const before = tag.charCodeAt(at - 1);
    if (before !== 32 && before !== 58 && before !== 9 && before !== 10 && before !== 13) continue;
    const quote = tag.charCodeAt(at + key.length);
    if (quote !== 34 && quote !== 39) continue;
    const end = tag.indexOf(quote === 34 ? '"' : "'", at + key.length + 1);
    if (end < 0) return undefined;
    return decodeEntities(tag.slice(at + key.length + 1, end));
  }
  return spacedEquals(tag) ? attributes(tag).get(name) : undefined;
}

/**
 * An `=` with white space before or after it (what `/\s=|=\s/` finds), looked for at each `=`: an
 * absent attribute is asked for once per hyperlink (`location`), and the pattern cost more than the search.
 */
function spacedEquals(tag: string): boolean {
  for (let at = tag.indexOf('='); at >= 0; at = tag.indexOf('=', at + 1)) {
    if (isWhiteSpace(tag.charCodeAt(at - 1)) || isWhiteSpace(tag.charCodeAt(at + 1))) return true;
  }
  return false;
}

/** What `\s` matches in a pattern (ECMAScript WhiteSpace and LineTerminator): NaN (outside the text) is not. */
function isWhiteSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return (
    code === 160 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

export interface Element {
  /** Local name, prefix dropped. */
  readonly name: string;
  /** The start tag's text between the name and `>`. */
  readonly attrs: string;
  /** Index just past the start tag. */
  readonly end: number;
  readonly selfClosing: boolean;
}

/** Every start tag of the small parts (workbook, rels, styles, core properties), in order. */
export function* startTags(xml: string): Generator<Element> {
  const pattern = /<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)([^>]*?)(\/?)>/g;
  for (let m = pattern.exec(xml); m !== null; m = pattern.exec(xml)) {
    yield { name: m[2] ?? '', attrs: m[3] ?? '', end: pattern.lastIndex, selfClosing: m[4] === '/' };
  }
}

/** "1", "true" (Strict and some exporters write the word): ECMA-376 xsd:boolean. */
export function isTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}
