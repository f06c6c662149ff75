import type { ReactElement } from 'react';
import { usePane } from '../PaneContext';
import { PANE_VERSION } from '../version';
import { PaneHeader } from './PaneHeader';
import { SectionNav, panelId, tabId } from './SectionNav';
import { HostStatusBar } from './HostStatusBar';
import { SectionContent } from '../sections/SectionContent';
import { usePaneLayoutStyles } from './PaneLayout.styles';

/**
 * Landmarks: banner (title, language), navigation (section tabs), main (host status and the open
 * section, as the tab panel), contentinfo (version).
 */
export function PaneLayout(): ReactElement {
  const { state, host, text } = usePane();
  const styles = usePaneLayoutStyles();
  return (
    <div className={styles.root} data-host-status={host.kind}>
      <PaneHeader />
      <SectionNav />
      <main className={styles.main}>
        <HostStatusBar />
        <div id={panelId(state.section)} role="tabpanel" aria-labelledby={tabId(state.section)} tabIndex={0} className={styles.panel}>
          <SectionContent section={state.section} />
        </div>
      </main>
      <footer className={styles.footer}>{text('pane.footer.version', { version: PANE_VERSION })}</footer>
    </div>
  );
}
