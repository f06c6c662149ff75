import type { ReactElement } from 'react';
import { Button, Field, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { MergeRegular } from '@fluentui/react-icons';
import { usePane } from '../../PaneContext';
import { useConsolidate } from '../../hooks/useConsolidate';
import { useSectionHeadingStyles } from '../SectionHeading.styles';
import { PeriodPicker } from '../report/PeriodPicker';
import { FilePicker } from './FilePicker';
import { PickedFileList } from './PickedFileList';
import { ConsolidationSummaryView } from './ConsolidationSummaryView';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, marginBottom: tokens.spacingVerticalM },
  button: { alignSelf: 'flex-start' },
  hint: { marginTop: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  detail: { display: 'block' },
});

/** Tổng hợp's working part (loaded when the section opens with Excel ready): period, files, the run, progress and summary. */
export function ConsolidatePanel(): ReactElement {
  const { state, text } = usePane();
  const headings = useSectionHeadingStyles();
  const styles = useStyles();
  const actions = useConsolidate();
  const { files, job } = state.consolidate;
  const busy = job.status === 'reading' || job.status === 'writing';
  const readable = files.some((f) => f.phase === 'read' && f.input?.sheets != null);
  const readCount = files.filter((f) => f.phase === 'read').length;
  const usableCount = files.filter((f) => f.check !== undefined && f.check.reason === undefined).length;
  const progress =
    job.status === 'reading'
      ? { value: job.total === 0 ? 0 : job.done / job.total, label: text('pane.th.reading', { done: job.done + 1, total: job.total, file: job.current }) }
      : job.status === 'writing'
        ? {
            value: job.total === 0 ? undefined : job.done / job.total,
            label: job.total === 0 ? text('pane.th.writingStart') : text('pane.th.writing', { done: job.done, total: job.total }),
          }
        : null;
  return (
    <>
      {actions === null ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{text('pane.tracker.needsExcel')}</MessageBarBody>
        </MessageBar>
      ) : (
        <form
          className={styles.form}
          onSubmit={(event) => {
            event.preventDefault();
            if (!busy) actions.run();
          }}
        >
          <PeriodPicker />
          <FilePicker onFiles={actions.pick} disabled={job.status === 'writing'} />
          <div>
            <h3 className={headings.h3}>{text('pane.th.listHeading', { count: files.length })}</h3>
            {files.length > 0 && (
              // Said once reading settles, so a screen reader hears how the pick went without walking the list.
              <p className={styles.hint} aria-live="polite" data-testid="consolidate-read-summary">
                {text('pane.th.readSummary', { read: readCount, count: files.length, usable: usableCount })}
              </p>
            )}
            <PickedFileList onRemove={actions.remove} onPrefer={actions.prefer} disabled={busy} />
          </div>
          <Button className={styles.button} type="submit" appearance="primary" icon={<MergeRegular />} disabled={busy || !readable}>
            {text('pane.th.run')}
          </Button>
          <p className={styles.hint}>{text('pane.th.runHint')}</p>
        </form>
      )}
      {progress !== null && (
        <Field validationMessage={progress.label} validationState="none">
          <ProgressBar value={progress.value} aria-label={progress.label} aria-valuetext={progress.label} data-testid="consolidate-progress" />
        </Field>
      )}
      <div aria-live="polite">
        {job.status === 'failed' && (
          <MessageBar intent="error" layout="multiline" data-testid="consolidate-outcome">
            <MessageBarBody>
              <MessageBarTitle>{text('pane.th.failed')}</MessageBarTitle>
              <span className={styles.detail}>{text(job.message.key, job.message.params)}</span>
            </MessageBarBody>
          </MessageBar>
        )}
        {job.status === 'done' && actions !== null && <ConsolidationSummaryView summary={job.summary} onGoTo={actions.goTo} />}
        {job.status === 'done' && job.goToFailed !== undefined && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{text('pane.th.goToFailed')}</MessageBarTitle>
              {text(job.goToFailed.key, job.goToFailed.params)}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </>
  );
}
