/**
 * The pane's sections, in ribbon and tab order. Each id is also the URL hash a ribbon button opens
 * (manifest.xml: taskpane.html#ke-hoach ...), so the ids are part of the add-in's public surface.
 */
export const SECTION_IDS = ['so-theo-doi', 'kiem-tra', 'bao-cao', 'tong-hop', 'ke-hoach'] as const;

export type SectionId = (typeof SECTION_IDS)[number];

/** The plan is the only section that works before the other capabilities land, so it opens first. */
export const DEFAULT_SECTION: SectionId = 'ke-hoach';

export function isSectionId(value: string): value is SectionId {
  return (SECTION_IDS as readonly string[]).includes(value);
}

/** "#ke-hoach", "ke-hoach" or "#/ke-hoach" → "ke-hoach"; anything else → null. */
export function sectionFromHash(hash: string): SectionId | null {
  const id = decodeURIComponent(hash.replace(/^#\/?/, '')).trim().toLowerCase();
  return isSectionId(id) ? id : null;
}
