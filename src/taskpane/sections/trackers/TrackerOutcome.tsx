import type { ReactElement } from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles } from '@fluentui/react-components';

const useStyles = makeStyles({ detail: { display: 'block' } });
import { usePane } from '../../PaneContext';

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
      return (
        <MessageBar intent="error" layout="multiline" data-testid="tracker-outcome">
          <MessageBarBody>
            <MessageBarTitle>{text('pane.tracker.failed')}</MessageBarTitle>
            <span className={styles.detail}>{text(job.message.key, job.message.params)}</span>
          </MessageBarBody>
        </MessageBar>
      );
  }
}
