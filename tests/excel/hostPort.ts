import { createOfficeWorkbookPort } from '../../src/excel/officeWorkbookPort';
import type { WorkbookPort } from '../../src/core/ports/workbookPort';
import { installStrictExcelHost, uninstallStrictExcelHost, type StrictExcelHostHandle } from '../support/excelHost';

/** The adapter under test wired to a fresh strict host installed on globalThis, as in the pane. */
export function portOnHost(options?: Parameters<typeof installStrictExcelHost>[1]): { port: WorkbookPort; host: StrictExcelHostHandle } {
  const host = installStrictExcelHost(globalThis, options);
  return { port: createOfficeWorkbookPort(), host };
}

export function removeHost(): void {
  uninstallStrictExcelHost(globalThis);
}
