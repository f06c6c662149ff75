import type { ReactElement } from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { usePane } from '../PaneContext';
import { useHostStatusBarStyles } from './HostStatusBar.styles';

/**
 * Says plainly when the pane cannot reach Excel and what to do about it. Nothing is shown when
 * everything works. role="status" / "alert" lets screen readers announce the change.
 */
export function HostStatusBar(): ReactElement | null {
  const { host, text } = usePane();
  const styles = useHostStatusBarStyles();
  switch (host.kind) {
    case 'ready':
      return null;
    case 'checking':
      return (
        <div role="status" className={styles.bar}>
          <Spinner size="tiny" labelPosition="after" label={text('pane.status.checking')} />
        </div>
      );
    case 'no-office':
      return (
        <MessageBar intent="warning" layout="multiline" className={styles.bar} role="alert" data-testid="host-status">
          <MessageBarBody>
            <MessageBarTitle>{text('pane.status.noOffice.title')}</MessageBarTitle>
            <span className={styles.lines}>
              <span className={styles.line}>{text('pane.status.noOffice.open')}</span>
              <span className={styles.line}>{text('pane.status.noOffice.network')}</span>
              <span className={styles.line}>{text('pane.status.noOffice.planStillShown')}</span>
            </span>
          </MessageBarBody>
        </MessageBar>
      );
    case 'old-excel':
      return (
        <MessageBar intent="warning" layout="multiline" className={styles.bar} role="alert" data-testid="host-status">
          <MessageBarBody>
            <MessageBarTitle>{text('pane.status.oldExcel.title')}</MessageBarTitle>
            <span className={styles.lines}>
              <span className={styles.line}>{text('pane.status.oldExcel.missing', { sets: host.missingSets.join(', ') })}</span>
              <span className={styles.line}>{text('pane.status.oldExcel.versions')}</span>
              <span className={styles.line}>{text('pane.status.oldExcel.workbookWorks')}</span>
            </span>
          </MessageBarBody>
        </MessageBar>
      );
  }
}
