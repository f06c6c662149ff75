import { OfficeUnavailableError } from './errors';

/**
 * Waits for Office.onReady, but not forever: outside Excel (a plain browser tab, or offline so the
 * CDN script never loaded) onReady either does not exist or never reports Excel, and the pane must
 * say so rather than spin.
 */

export const OFFICE_READY_TIMEOUT_MS = 10_000;

interface OfficeReadyLike {
  onReady(): Promise<{ host: unknown }>;
  readonly HostType?: { readonly Excel?: unknown };
}

export async function waitForOffice(timeoutMs = OFFICE_READY_TIMEOUT_MS): Promise<void> {
  const office = (globalThis as { Office?: OfficeReadyLike }).Office;
  if (!office || typeof office.onReady !== 'function') throw new OfficeUnavailableError('notLoaded');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new OfficeUnavailableError('timeout')), timeoutMs);
  });
  try {
    const info = await Promise.race([office.onReady(), timeout]);
    const excel = office.HostType?.Excel ?? 'Excel';
    if (info.host !== excel) throw new OfficeUnavailableError('notExcel');
  } finally {
    clearTimeout(timer);
  }
}
