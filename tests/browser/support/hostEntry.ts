import { installStrictExcelHost, type StrictExcelHostOptions } from '../../support/excelHost';

/**
 * Bundled (webpack, IIFE) and served in place of Microsoft's office.js: installs the strict
 * in-memory Excel host on window before the pane's own script runs. A test chooses the host's
 * options (an older Excel, initial sheets) with page.addInitScript setting __cchcHostOptions.
 */
declare global {
  interface Window {
    __cchcHostOptions?: StrictExcelHostOptions;
    __cchcHost?: ReturnType<typeof installStrictExcelHost>;
  }
}

window.__cchcHost = installStrictExcelHost(window, window.__cchcHostOptions ?? {});
