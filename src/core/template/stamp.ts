import { blankSheet, num, text } from '../layout/cells';
import type { SheetLayout } from '../layout/types';
import type { RawSheet } from '../ports/workbookPort';
import { cellText } from '../text/cellText';
import type { Plan } from '../plan/types';

/**
 * Every workbook the add-in makes carries a stamp on a very hidden sheet: which plan and revision it
 * follows, whose it is and which template made it. Consolidation recognises units' files by it and
 * validation flags files made from an older plan revision. A sheet (not a custom XML part) because
 * both Office.js and exceljs read and write sheets the same way, and Excel 2016 keeps it intact.
 */

export const STAMP_SHEET_NAME = '_cchc';
export const STAMP_SCHEMA = 'cchc-stamp/1';
/** Bump when the template's own sheets change shape; upgrade-in-place rewrites older ones. */
export const TEMPLATE_VERSION = 1;

export type WorkbookKind = 'unit' | 'district';

export interface Stamp {
  readonly planId: string;
  readonly planRevision: number;
  readonly kind: WorkbookKind;
  /** The unit's code; for a district workbook, the consolidating unit (Phòng Nội vụ). */
  readonly unitCode: string;
  readonly unitName: string;
  readonly templateVersion: number;
  readonly createdOn: string;
}

const KEYS = ['schema', 'planId', 'planRevision', 'kind', 'unitCode', 'unitName', 'templateVersion', 'createdOn'] as const;

export function stampFor(plan: Plan, kind: WorkbookKind, unitCode: string, unitName: string, createdOn: string): Stamp {
  return { planId: plan.identity.id, planRevision: plan.identity.revision, kind, unitCode, unitName, templateVersion: TEMPLATE_VERSION, createdOn };
}

export function stampSheet(stamp: Stamp): SheetLayout {
  const values: Record<(typeof KEYS)[number], string | number> = { schema: STAMP_SCHEMA, ...stamp };
  return {
    ...blankSheet(STAMP_SHEET_NAME),
    blocks: [{ at: 'A1', rows: KEYS.map((key) => [text(key), typeof values[key] === 'number' ? num(values[key]) : text(String(values[key]))]) }],
    visibility: 'veryHidden',
  };
}

/** The stamp of a workbook's sheets, or null when it has none (an office's own tracker). */
export function readStamp(sheets: readonly RawSheet[]): Stamp | null {
  const sheet = sheets.find((s) => s.name === STAMP_SHEET_NAME);
  if (!sheet) return null;
  const pairs = new Map<string, string>();
  sheet.values.forEach((row) => {
    const key = cellText(row[0] ?? null);
    if (key !== '') pairs.set(key, cellText(row[1] ?? null));
  });
  if (pairs.get('schema') !== STAMP_SCHEMA) return null;
  const planRevision = Number(pairs.get('planRevision'));
  const templateVersion = Number(pairs.get('templateVersion'));
  const kind = pairs.get('kind');
  const planId = pairs.get('planId');
  const unitCode = pairs.get('unitCode');
  if (!planId || !unitCode || (kind !== 'unit' && kind !== 'district') || !Number.isInteger(planRevision) || !Number.isInteger(templateVersion)) {
    return null;
  }
  return { planId, planRevision, kind, unitCode, unitName: pairs.get('unitName') ?? '', templateVersion, createdOn: pairs.get('createdOn') ?? '' };
}
