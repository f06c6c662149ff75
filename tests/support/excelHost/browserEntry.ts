import { installStrictExcelHost, type StrictExcelHostHandle, type StrictExcelHostOptions } from './index';

/**
 * Entry for the browser tests: bundle this file and inject it before the pane's scripts. It
 * installs the host on window with the options found in window.__excelHostOptions (if a test set
 * them in an earlier init script) and leaves the handle on window.__excelHost for page.evaluate.
 */
interface HostWindow {
  __excelHostOptions?: StrictExcelHostOptions;
  __excelHost?: StrictExcelHostHandle;
}

const target = globalThis as HostWindow;
target.__excelHost = installStrictExcelHost(globalThis, target.__excelHostOptions);
