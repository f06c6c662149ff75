import type { ReactElement } from 'react';
import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentTextRegular } from '@fluentui/react-icons';
import { usePane } from '../../PaneContext';
import { useWordReport, useWriteReport } from '../../hooks/useWriteReport';
import { PeriodPicker } from './PeriodPicker';
import { FailureNotice, NeedsExcel } from '../../components/Notices';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, alignItems: 'stretch', marginBottom: tokens.spacingVerticalM },
  buttons: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  detail: { display: 'block' },
});

/** Báo cáo's working part (loaded when the section opens with Excel ready): the period, the button, the outcome. */
export function ReportPanel(): ReactElement {
  const { state, text } = usePane();
  const styles = useStyles();
  const write = useWriteReport();
  const word = useWordReport();
  const job = state.reportJob;
  const wordJob = word.job;
  return (
    <>
      {write === null ? (
        <NeedsExcel />
      ) : (
        <form
          className={styles.form}
          onSubmit={(event) => {
            event.preventDefault();
            if (job.status !== 'working') write();
          }}
        >
          <PeriodPicker />
          <div className={styles.buttons}>
            <Button type="submit" appearance="primary" icon={<DocumentTextRegular />} disabled={job.status === 'working'}>
              {text('pane.report.run')}
            </Button>
            <Button type="button" disabled={wordJob.status === 'working' || word.run === null} onClick={() => word.run?.()}>
              {text('pane.report.wordDownload')}
            </Button>
          </div>
        </form>
      )}
      <div aria-live="polite">
        {job.status === 'working' && <Spinner size="tiny" labelPosition="after" label={text('pane.report.working')} />}
        {job.status === 'done' && (
          <MessageBar intent={job.errors > 0 || job.note !== undefined ? 'warning' : 'success'} layout="multiline" data-testid="report-outcome">
            <MessageBarBody>
              <span className={styles.detail}>
                {text('pane.report.done', { period: job.period, owner: job.owner === '' ? text('pane.report.districtOwner') : job.owner, sheet: job.sheet })}
              </span>
              {job.errors > 0 && <span className={styles.detail}>{text('pane.report.hasErrors', { count: job.errors })}</span>}
              {job.note !== undefined && <span className={styles.detail}>{text(job.note.key, job.note.params)}</span>}
            </MessageBarBody>
          </MessageBar>
        )}
        {wordJob.status === 'working' && <Spinner size="tiny" labelPosition="after" label={text('pane.report.working')} />}
        {wordJob.status === 'done' && (
          <MessageBar intent="success" layout="multiline" data-testid="word-outcome">
            <MessageBarBody>{text('pane.report.wordDone', { file: wordJob.file })}</MessageBarBody>
          </MessageBar>
        )}
        {wordJob.status === 'failed' && <FailureNotice title="pane.report.failed" message={wordJob.message} testId="word-outcome" />}
        {job.status === 'failed' && <FailureNotice title="pane.report.failed" message={job.message} testId="report-outcome" />}
      </div>
    </>
  );
}
