import type { ReactElement } from 'react';
import { MessageBar, MessageBarBody, makeStyles } from '@fluentui/react-components';

const useStyles = makeStyles({ detail: { display: 'block' } });
import { usePane } from '../../PaneContext';
import { FailureNotice } from '../../components/Notices';

/** What the last "create tracker" did: how much was written and how many entered rows were kept. */
export function TrackerOutcome(): ReactElement | null {
  const { state, text } = usePane();
  const styles = useStyles();
  const job = state.trackerJob;
  switch (job.status) {
    case 'idle':
    case 'working':
      return null;
    case 'done':
      return (
        <MessageBar intent="success" layout="multiline" data-testid="tracker-outcome">
          <MessageBarBody>
            {text('pane.tracker.done', { unit: job.unitName, entry: job.entrySheet, progress: job.progressSheet })}
            {job.keptRows > 0 ? ` ${text('pane.tracker.kept', { count: job.keptRows })}` : ''}
            {job.notes.map((note) => (
              <span key={note.key} className={styles.detail}>
                {text(note.key, note.params)}
              </span>
            ))}
          </MessageBarBody>
        </MessageBar>
      );
    case 'failed':
      return <FailureNotice title="pane.tracker.failed" message={job.message} testId="tracker-outcome" />;
  }
}
