import { useEffect, useRef, type ReactElement } from 'react';
import { Button, Field, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { usePane } from '../../PaneContext';
import type { ConsolidateJob } from '../../state/consolidateJob';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, marginBottom: tokens.spacingVerticalM },
  cancel: { alignSelf: 'flex-start' },
  hint: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

interface Bar {
  readonly value: number | undefined;
  readonly label: string;
}

/** Half of a file's share of the bar is its reading, half its check: the overall bar moves within a file too. */
const STAGE_SHARE = { read: 0, check: 0.5 } as const;

/**
 * Tổng hợp's progress while a job runs: the overall bar (files read, then consolidating, then the
 * write's requests), the current file's bar while reading, and Cancel until the write begins. The
 * overall label sits in a polite live region, so a screen reader hears each file and phase without
 * the per-stage chatter; Cancel takes the focus when a run starts (the Run button is then disabled).
 */
export function ConsolidateProgress({ job, onCancel }: { readonly job: ConsolidateJob; readonly onCancel: () => void }): ReactElement | null {
  const { text } = usePane();
  const styles = useStyles();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const consolidating = job.status === 'consolidating';
  useEffect(() => {
    if (consolidating) cancelRef.current?.focus();
  }, [consolidating]);

  let overall: Bar;
  let file: Bar | null = null;
  if (job.status === 'reading') {
    const share = job.total === 0 ? 0 : (job.done + STAGE_SHARE[job.stage]) / job.total;
    overall = { value: share, label: text('pane.th.reading', { done: job.done + 1, total: job.total, file: job.current }) };
    file = {
      value: job.stage === 'read' ? undefined : 0.5,
      label: text(job.stage === 'read' ? 'pane.th.readingStage' : 'pane.th.checkingStage', { file: job.current }),
    };
  } else if (job.status === 'consolidating') {
    overall = { value: undefined, label: text('pane.th.consolidating', { files: job.files }) };
  } else if (job.status === 'writing') {
    overall =
      job.total === 0
        ? { value: undefined, label: text('pane.th.writingStart') }
        : { value: job.done / job.total, label: text('pane.th.writing', { done: job.done, total: job.total }) };
  } else {
    return null;
  }
  const cancellable = job.status !== 'writing';
  return (
    <div className={styles.box} data-testid="consolidate-progress-box">
      <Field label={text('pane.th.overallProgress')} validationMessage={<span aria-live="polite">{overall.label}</span>} validationState="none">
        <ProgressBar value={overall.value} aria-label={text('pane.th.overallProgress')} aria-valuetext={overall.label} data-testid="consolidate-progress" />
      </Field>
      {file !== null && (
        <Field label={text('pane.th.fileProgress')} validationMessage={file.label} validationState="none">
          <ProgressBar value={file.value} aria-label={text('pane.th.fileProgress')} aria-valuetext={file.label} data-testid="consolidate-file-progress" />
        </Field>
      )}
      {cancellable ? (
        <>
          <Button ref={cancelRef} className={styles.cancel} icon={<DismissRegular />} onClick={onCancel} aria-describedby="consolidate-cancel-hint">
            {text('pane.th.cancel')}
          </Button>
          <p id="consolidate-cancel-hint" className={styles.hint}>
            {text('pane.th.cancelHint')}
          </p>
        </>
      ) : (
        <p className={styles.hint}>{text('pane.th.writingNoCancel')}</p>
      )}
    </div>
  );
}
