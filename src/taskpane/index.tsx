import { createRoot } from 'react-dom/client';
import { GO_DAU_116 } from '../core/plan/goDau116';
import type { PlatformSupport, WorkbookPort } from '../core/ports/workbookPort';
import { App } from './App';
import { storedLanguage } from './hooks/useDocumentLanguage';

/**
 * The composition root and the only pane file that knows src/excel exists: it waits for Office.js,
 * checks the requirement sets, builds the workbook port and hands all of it to <App> as props.
 * The pane renders at once (with a "connecting" note) so a missing Office.js never means a blank page.
 */
interface Connection {
  readonly port: WorkbookPort | null;
  readonly support: PlatformSupport;
}

async function connect(): Promise<Connection> {
  // Replaced by src/excel's officeReady/createOfficeWorkbookPort as soon as that adapter lands.
  return Promise.resolve({ port: null, support: { officeLoaded: false, missingSets: [] } });
}

const container = document.getElementById('root');
if (container === null) throw new Error('taskpane.html has no #root element.');
const root = createRoot(container);
const initialHash = window.location.hash;
const initialLanguage = storedLanguage();

const render = (port: WorkbookPort | null, support: PlatformSupport | null): void =>
  root.render(<App port={port} support={support} plan={GO_DAU_116} initialHash={initialHash} initialLanguage={initialLanguage} />);

render(null, null);
void connect().then(({ port, support }) => render(port, support));
