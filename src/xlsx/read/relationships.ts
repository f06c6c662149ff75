import { leadPiece, nextCut, PIECE } from './partPieces';
import { attr, decodePart, decodeUtf8 } from './xmlText';

/**
 * Package relationships (ECMA-376 part 2, 9.3): which part is the workbook, which are its sheets,
 * a sheet's hyperlink targets. Types are matched by their last segment, so Transitional
 * (schemas.openxmlformats.org) and Strict (purl.oclc.org) packages read alike.
 */

export interface Relationship {
  readonly id: string;
  /** The last segment of the type URI: "worksheet", "officeDocument", "hyperlink"... */
  readonly kind: string;
  /** Resolved part name for internal targets, or the target as written for external ones. */
  readonly target: string;
  readonly external: boolean;
}

/** The rels part of a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * Every `<Relationship>` of a rels part, in order. Found by its name rather than by walking every
 * tag with a pattern: a sheet with a hyperlink on every third row has thousands (issue 11, the rels
 * were a tenth of reading an office tracker). The same tags as `startTags` gives: a local name with
 * any prefix, the attributes up to `>` (a trailing `/` left out).
 */
export function readRelationships(xml: string, sourcePart: string): Relationship[] {
  const found: Relationship[] = [];
  const NAME = 'Relationship';
  for (let at = xml.indexOf(NAME); at >= 0; at = xml.indexOf(NAME, at + NAME.length)) {
    const end = at + NAME.length;
    if (isNameChar(xml.charCodeAt(end)) || !opensTag(xml, at)) continue;
    const gt = xml.indexOf('>', end);
    if (gt < 0) break;
    const attrs = xml.slice(end, xml.charCodeAt(gt - 1) === 47 ? gt - 1 : gt);
    const type = attr(attrs, 'Type') ?? '';
    const target = attr(attrs, 'Target') ?? '';
    const external = attr(attrs, 'TargetMode') === 'External';
    found.push({
      id: attr(attrs, 'Id') ?? '',
      kind: type.slice(type.lastIndexOf('/') + 1),
      target: external ? target : resolvePart(sourcePart, target),
      external,
    });
    at = gt - NAME.length + 1;
  }
  return found;
}

/**
 * `readRelationships(decodePart(bytes, relsPart), sourcePart)`, the same relationships and errors,
 * with a UTF-8 part over 64 KB decoded a piece at a time (partPieces: a sheet with a link on every
 * title has a rels part of megabytes, and its one string cost ~35× its pieces). Pieces are cut before
 * a `<`, so each tag lies in one piece. A part leadPiece does not cut (small, UTF-16, an unusual
 * prolog) is decoded whole.
 */
export function readRelationshipsPart(bytes: Uint8Array, sourcePart: string, relsPart: string): Relationship[] {
  const lead = leadPiece(bytes, relsPart);
  if (lead === null) return readRelationships(decodePart(bytes, relsPart), sourcePart);
  const found = readRelationships(lead.text, sourcePart);
  for (let from = lead.end; from < bytes.length;) {
    const cut = nextCut(bytes, from + PIECE);
    for (const relationship of readRelationships(decodeUtf8(bytes, from, cut), sourcePart)) found.push(relationship);
    from = cut;
  }
  return found;
}

/** A letter, digit, `_`, `.` or `-`: the characters a name goes on with (what `startTags` reads as one). */
function isNameChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 46 || code === 45;
}

/** The name at `at` is an element's: right after `<`, or after `<prefix:` (a prefix starting with a letter or `_`). */
function opensTag(xml: string, at: number): boolean {
  if (xml.charCodeAt(at - 1) === 60) return true;
  if (xml.charCodeAt(at - 1) !== 58) return false;
  let start = at - 1;
  while (start > 0 && isNameChar(xml.charCodeAt(start - 1))) start--;
  const first = xml.charCodeAt(start);
  return start < at - 1 && xml.charCodeAt(start - 1) === 60 && ((first >= 97 && first <= 122) || (first >= 65 && first <= 90) || first === 95);
}

/** A target relative to the source part's folder ("worksheets/sheet1.xml", "../media/x.png", "/xl/x.xml") as a part name. */
export function resolvePart(sourcePart: string, target: string): string {
  const clean = target.replace(/\\/g, '/').split('#')[0] ?? '';
  const base = clean.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const segment of clean.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') base.pop();
    else base.push(safeDecode(segment));
  }
  return base.join('/');
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
