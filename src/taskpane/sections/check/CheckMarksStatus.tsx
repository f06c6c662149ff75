import type { ReactElement } from 'react';
import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { usePane } from '../../PaneContext';
import { useCheckSectionStyles } from './CheckSection.styles';
import { FailureNotice } from '../../components/Notices';

/** What the last "mark" or "clear marks" did, for the live region. */
export function CheckMarksStatus(): ReactElement | null {
  const { state, text } = usePane();
  const styles = useCheckSectionStyles();
  const marks = state.checkMarks;
  switch (marks.status) {
    case 'idle':
      return null;
    case 'working':
      return <Spinner size="tiny" labelPosition="after" label={text(marks.what === 'mark' ? 'pane.check.marking' : 'pane.check.clearing')} />;
    case 'marked':
      return (
        <MessageBar intent="info" layout="multiline" className={styles.summary} data-testid="check-marks">
          <MessageBarBody>
            {text('pane.check.marked', { marked: marks.marked })}
            {marks.skipped > 0 ? ` ${text('pane.check.markedSkipped', { skipped: marks.skipped })}` : ''}
          </MessageBarBody>
        </MessageBar>
      );
    case 'cleared':
      return (
        <MessageBar intent="info" className={styles.summary} data-testid="check-marks">
          <MessageBarBody>{text('pane.check.cleared', { restored: marks.restored })}</MessageBarBody>
        </MessageBar>
      );
    case 'failed':
      return <FailureNotice title="pane.check.markFailed" message={marks.message} testId="check-marks" className={styles.summary} />;
  }
}
