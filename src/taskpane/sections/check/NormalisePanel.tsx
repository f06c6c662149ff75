import type { ReactElement } from 'react';
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { ArrowClockwiseRegular, TextEditStyleRegular } from '@fluentui/react-icons';
import { changeText, unsettledText } from '../../../core/normalise/describeFix';
import { usePane } from '../../PaneContext';
import { useNormalise } from '../../hooks/useNormalise';
import { useCheckSectionStyles } from './CheckSection.styles';

/**
 * "Chuẩn hóa" in Kiểm tra: the use case behind the button loads on first click (useNormalise), as
 * the check's rules do; the panel itself is a few lines of the pane. It rewrites the cells the
 * Tiến độ formulas skip, lists each change (before → after, why) and each cell left as typed, and
 * offers to check again.
 */
export function NormalisePanel({ onRecheck }: { readonly onRecheck: () => void }): ReactElement {
  const { text, state } = usePane();
  const styles = useCheckSectionStyles();
  const { job, run } = useNormalise();
  return (
    <div className={styles.actions} data-testid="normalise">
      <p className={styles.note}>{text('pane.normalise.explain')}</p>
      <div className={styles.buttons}>
        <Button icon={<TextEditStyleRegular />} disabled={job.status === 'working'} onClick={run}>
          {text('pane.normalise.run')}
        </Button>
        {job.status === 'done' && job.written.length > 0 && (
          <Button appearance="primary" icon={<ArrowClockwiseRegular />} onClick={onRecheck}>
            {text('pane.normalise.recheck')}
          </Button>
        )}
      </div>
      <div aria-live="polite">
        {job.status === 'working' && <Spinner size="tiny" labelPosition="after" label={text('pane.normalise.working')} />}
        {(job.status === 'failed' || job.status === 'refused') && (
          <MessageBar intent={job.status === 'failed' ? 'error' : 'warning'} layout="multiline">
            <MessageBarBody>
              {job.status === 'failed' && <MessageBarTitle>{text('pane.normalise.failed')}</MessageBarTitle>}
              {text(job.message.key, job.message.params)}
            </MessageBarBody>
          </MessageBar>
        )}
        {job.status === 'done' && (
          <MessageBar intent={job.unsettled.length > 0 ? 'warning' : 'success'} layout="multiline" data-testid="normalise-summary">
            <MessageBarBody>{text(job.written.length === 0 ? 'pane.normalise.nothing' : 'pane.normalise.done', { count: job.written.length })}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {job.status === 'done' && job.written.length > 0 && (
        <ul className={styles.list} data-testid="normalise-changes">
          {job.written.map((fix) => (
            <li key={`${fix.sheet}!${fix.cell}`} className={styles.message}>
              {changeText(fix, text, state.language)}
            </li>
          ))}
        </ul>
      )}
      {job.status === 'done' && job.unsettled.length > 0 && (
        <>
          <p className={styles.note}>{text('pane.normalise.unsettled', { count: job.unsettled.length })}</p>
          <ul className={styles.list} data-testid="normalise-unsettled">
            {job.unsettled.map((cell) => (
              <li key={`${cell.sheet}!${cell.cell}`} className={styles.message}>
                {unsettledText(cell, text)}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
