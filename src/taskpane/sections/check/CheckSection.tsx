import type { ReactElement } from 'react';
import { Button, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { ArrowClockwiseRegular, ClipboardTaskListLtrRegular, EraserRegular, PaintBucketRegular } from '@fluentui/react-icons';
import { usePane } from '../../PaneContext';
import { useCheckWorkbook } from '../../hooks/useCheckWorkbook';
import { sectionLabelKey } from '../../components/SectionNav';
import { useSectionHeadingStyles } from '../SectionHeading.styles';
import { CheckIssueList } from './CheckIssueList';
import { CheckMarksStatus } from './CheckMarksStatus';
import { useCheckSectionStyles } from './CheckSection.styles';
import { NormalisePanel } from './NormalisePanel';
import { FailureNotice, NeedsExcel } from '../../components/Notices';

/** Kiểm tra: check the open workbook against the plan, go to each cell that needs fixing, mark the cells. */
export function CheckSection(): ReactElement {
  const { state, text } = usePane();
  const headings = useSectionHeadingStyles();
  const styles = useCheckSectionStyles();
  const actions = useCheckWorkbook();
  const job = state.checkJob;
  const marking = state.checkMarks.status === 'working';
  const checked = job.status === 'done';
  const cellIssues = checked ? job.issues.filter((i) => i.where.cell !== undefined).length : 0;
  return (
    <section aria-labelledby="heading-kiem-tra">
      <h2 id="heading-kiem-tra" className={headings.h2}>
        {text(sectionLabelKey('kiem-tra'))}
      </h2>
      <p className={styles.purpose}>{text('pane.check.explain')}</p>
      {actions === null ? (
        <NeedsExcel />
      ) : (
        <div className={styles.actions}>
          <div className={styles.buttons}>
            <Button
              appearance="primary"
              icon={checked ? <ArrowClockwiseRegular /> : <ClipboardTaskListLtrRegular />}
              disabled={job.status === 'working' || marking}
              onClick={actions.run}
            >
              {text(checked ? 'pane.check.rerun' : 'pane.check.run')}
            </Button>
            {checked && cellIssues > 0 && (
              <Button icon={<PaintBucketRegular />} disabled={marking} onClick={() => actions.mark(job.issues)}>
                {text('pane.check.mark')}
              </Button>
            )}
            <Button appearance="subtle" icon={<EraserRegular />} disabled={marking} onClick={actions.clearMarks}>
              {text('pane.check.clearMarks')}
            </Button>
          </div>
          <p className={styles.note}>{text('pane.check.markNote')}</p>
        </div>
      )}
      <div aria-live="polite">
        {job.status === 'working' && <Spinner size="tiny" labelPosition="after" label={text('pane.check.working')} />}
        {job.status === 'failed' && <FailureNotice title="pane.check.failed" message={job.message} />}
        {job.status === 'done' && (
          <MessageBar intent={job.errors > 0 ? 'error' : job.warnings > 0 ? 'warning' : 'success'} className={styles.summary} data-testid="check-summary">
            <MessageBarBody>
              {job.issues.length === 0
                ? text('pane.check.clean', { sheets: job.sheets })
                : text('pane.check.summary', { errors: job.errors, warnings: job.warnings, sheets: job.sheets })}
            </MessageBarBody>
          </MessageBar>
        )}
        <CheckMarksStatus />
      </div>
      {job.status === 'done' && job.goToProblem !== undefined && (
        <MessageBar intent="warning" className={styles.summary}>
          <MessageBarBody>{text(job.goToProblem.key, job.goToProblem.params)}</MessageBarBody>
        </MessageBar>
      )}
      {checked && actions !== null && <NormalisePanel onRecheck={actions.run} />}
      {job.status === 'done' && job.issues.length > 0 && actions !== null && <CheckIssueList issues={job.issues} onGoTo={actions.goTo} />}
    </section>
  );
}
