import { attr, startTags } from './xmlText';

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

export function readRelationships(xml: string, sourcePart: string): Relationship[] {
  const found: Relationship[] = [];
  for (const tag of startTags(xml)) {
    if (tag.name !== 'Relationship') continue;
    const type = attr(tag.attrs, 'Type') ?? '';
    const target = attr(tag.attrs, 'Target') ?? '';
    const external = attr(tag.attrs, 'TargetMode') === 'External';
    found.push({
      id: attr(tag.attrs, 'Id') ?? '',
      kind: type.slice(type.lastIndexOf('/') + 1),
      target: external ? target : resolvePart(sourcePart, target),
      external,
    });
  }
  return found;
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
