import type { ReactElement } from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles } from '@fluentui/react-components';
import type { MessageKey } from '../../core/i18n/messages';
import { usePane } from '../PaneContext';
import type { PaneMessage } from '../state/trackerJob';

const useStyles = makeStyles({ detail: { display: 'block' } });

/**
 * A task that failed: what failed as the title, then why on its own line, announced by the live
 * region around it (Fluent MessageBar, intent "error"; the words are the pane's, the message the
 * task's). One look for every section's failure.
 */
export function FailureNotice(props: {
  readonly title: MessageKey;
  readonly message: PaneMessage;
  readonly testId?: string;
  readonly className?: string;
}): ReactElement {
  const { text } = usePane();
  const styles = useStyles();
  return (
    <MessageBar intent="error" layout="multiline" data-testid={props.testId} className={props.className}>
      <MessageBarBody>
        <MessageBarTitle>{text(props.title)}</MessageBarTitle>
        <span className={styles.detail}>{text(props.message.key, props.message.params)}</span>
      </MessageBarBody>
    </MessageBar>
  );
}

/** Shown in place of a section's form where the pane runs outside Excel (no workbook to act on). */
export function NeedsExcel(): ReactElement {
  const { text } = usePane();
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>{text('pane.tracker.needsExcel')}</MessageBarBody>
    </MessageBar>
  );
}
