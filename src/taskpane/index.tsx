import { createRoot } from 'react-dom/client';
import { GO_DAU_116 } from '../core/plan/goDau116';
import type { PlatformSupport, WorkbookPort } from '../core/ports/workbookPort';
import { describeExcelError } from '../excel/describeError';
import { OfficeUnavailableError } from '../excel/errors';
import { waitForOffice } from '../excel/officeReady';
import { checkPlatformSupport } from '../excel/requirements';
import { createOfficeWorkbookPort } from '../excel/officeWorkbookPort';
import { App } from './App';
import { storedLanguage } from './hooks/useDocumentLanguage';
import { loadReportWords } from './i18n/lazyReportWords';

/**
 * The composition root and the only pane file that knows src/excel exists: it waits for Office.js,
 * checks the requirement sets, builds the workbook port and hands all of it to <App> as props.
 * The pane renders at once (with a "connecting" note) so a missing Office.js never means a blank page.
 */
interface Connection {
  readonly port: WorkbookPort | null;
  readonly support: PlatformSupport;
}

const NOT_CONNECTED: Connection = { port: null, support: { officeLoaded: false, missingSets: [] } };

async function connect(): Promise<Connection> {
  try {
    await waitForOffice();
  } catch (error) {
    if (error instanceof OfficeUnavailableError) return NOT_CONNECTED;
    throw error;
  }
  const support = checkPlatformSupport();
  const usable = support.officeLoaded && support.missingSets.length === 0;
  return { port: usable ? createOfficeWorkbookPort() : null, support };
}

const container = document.getElementById('root');
if (container === null) throw new Error('taskpane.html has no #root element.');
const root = createRoot(container);
const initialHash = window.location.hash;
const initialLanguage = storedLanguage();

const render = ({ port, support }: { port: WorkbookPort | null; support: PlatformSupport | null }): void =>
  root.render(
    <App port={port} support={support} plan={GO_DAU_116} initialHash={initialHash} initialLanguage={initialLanguage} describeError={describeExcelError} />,
  );

render({ port: null, support: null });
// The report's words load beside Office.js; the pane connects to the workbook once both are in.
Promise.all([connect(), loadReportWords()]).then(
  ([connection]) => render(connection),
  (error: unknown) => {
    // Not an expected "no Office" case: still leave the pane usable and explained, then surface the bug.
    render(NOT_CONNECTED);
    throw error;
  },
);
