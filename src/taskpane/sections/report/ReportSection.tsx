import type { ReactElement } from 'react';
import { Button, Field, MessageBar, MessageBarBody, MessageBarTitle, Select, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentTextRegular } from '@fluentui/react-icons';
import { periodFor, periodLabel } from '../../../core/periods';
import { usePane } from '../../PaneContext';
import { useWriteReport } from '../../hooks/useWriteReport';
import { sectionLabelKey } from '../../components/SectionNav';
import { REPORT_PERIOD_CHOICES, isReportPeriodChoice, periodKindOf } from '../../state/reportJob';
import { useSectionHeadingStyles } from '../SectionHeading.styles';
import { formatIsoDate } from '../plan/planView';

const useStyles = makeStyles({
  purpose: { marginTop: 0, marginBottom: tokens.spacingVerticalM },
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, alignItems: 'stretch', marginBottom: tokens.spacingVerticalM },
  button: { alignSelf: 'flex-start' },
  detail: { display: 'block' },
});

/** Báo cáo: the period report of the open tracker, written as a print-ready sheet. */
export function ReportSection(): ReactElement {
  const { state, dispatch, plan, text } = usePane();
  const headings = useSectionHeadingStyles();
  const styles = useStyles();
  const write = useWriteReport();
  const job = state.reportJob;
  const periodOf = (choice: (typeof REPORT_PERIOD_CHOICES)[number]) => {
    const { kind, index } = periodKindOf(choice);
    return periodFor(kind, plan.identity.year, index, plan.periodConvention);
  };
  const chosen = periodOf(state.reportPeriod);
  return (
    <section aria-labelledby="heading-bao-cao">
      <h2 id="heading-bao-cao" className={headings.h2}>
        {text(sectionLabelKey('bao-cao'))}
      </h2>
      <p className={styles.purpose}>{text('pane.report.explain')}</p>
      {write === null ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{text('pane.tracker.needsExcel')}</MessageBarBody>
        </MessageBar>
      ) : (
        <form
          className={styles.form}
          onSubmit={(event) => {
            event.preventDefault();
            if (job.status !== 'working') write();
          }}
        >
          <Field label={text('pane.report.period')} hint={text('pane.report.range', { from: formatIsoDate(chosen.from), to: formatIsoDate(chosen.to) })}>
            <Select
              value={state.reportPeriod}
              onChange={(_event, data) => {
                if (isReportPeriodChoice(data.value)) dispatch({ type: 'reportPeriodChosen', period: data.value });
              }}
            >
              {REPORT_PERIOD_CHOICES.map((choice) => (
                <option key={choice} value={choice}>
                  {periodLabel(periodOf(choice), state.language)}
                </option>
              ))}
            </Select>
          </Field>
          <Button className={styles.button} type="submit" appearance="primary" icon={<DocumentTextRegular />} disabled={job.status === 'working'}>
            {text('pane.report.run')}
          </Button>
        </form>
      )}
      <div aria-live="polite">
        {job.status === 'working' && <Spinner size="tiny" labelPosition="after" label={text('pane.report.working')} />}
        {job.status === 'done' && (
          <MessageBar intent={job.errors > 0 ? 'warning' : 'success'} layout="multiline" data-testid="report-outcome">
            <MessageBarBody>
              <span className={styles.detail}>
                {text('pane.report.done', { period: job.period, owner: job.owner === '' ? text('pane.report.districtOwner') : job.owner, sheet: job.sheet })}
              </span>
              {job.errors > 0 && <span className={styles.detail}>{text('pane.report.hasErrors', { count: job.errors })}</span>}
            </MessageBarBody>
          </MessageBar>
        )}
        {job.status === 'failed' && (
          <MessageBar intent="error" layout="multiline" data-testid="report-outcome">
            <MessageBarBody>
              <MessageBarTitle>{text('pane.report.failed')}</MessageBarTitle>
              <span className={styles.detail}>{text(job.message.key, job.message.params)}</span>
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}
