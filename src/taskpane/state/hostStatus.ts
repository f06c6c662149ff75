import type { PlatformSupport, WorkbookPort } from '../../core/ports/workbookPort';

/**
 * What the pane can do with the Excel it runs in, derived from what index.tsx found at start-up.
 * - checking: Office.js is still starting;
 * - no-office: Office.js did not load (offline, blocked, or the page opened in a plain browser);
 * - old-excel: Excel is there but lacks requirement sets the pane needs (before ExcelApi 1.9);
 * - ready: the workbook port works.
 */
export type HostStatus =
  | { readonly kind: 'checking' }
  | { readonly kind: 'no-office' }
  | { readonly kind: 'old-excel'; readonly missingSets: readonly string[] }
  | { readonly kind: 'ready'; readonly port: WorkbookPort };

export function hostStatus(port: WorkbookPort | null, support: PlatformSupport | null): HostStatus {
  if (support === null) return { kind: 'checking' };
  if (!support.officeLoaded) return { kind: 'no-office' };
  if (support.missingSets.length > 0) return { kind: 'old-excel', missingSets: support.missingSets };
  if (port === null) return { kind: 'no-office' };
  return { kind: 'ready', port };
}
