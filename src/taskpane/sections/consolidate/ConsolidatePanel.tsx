import { useState, type ReactElement } from 'react';
import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { MergeRegular } from '@fluentui/react-icons';
import { usePane } from '../../PaneContext';
import { useConsolidate } from '../../hooks/useConsolidate';
import { busy } from '../../state/consolidateJob';
import { useSectionHeadingStyles } from '../SectionHeading.styles';
import { PeriodPicker } from '../report/PeriodPicker';
import { FilePicker } from './FilePicker';
import { PickedFileList } from './PickedFileList';
import { ConsolidationSummaryView } from './ConsolidationSummaryView';
import { ConsolidateProgress } from './ConsolidateProgress';
import { RemindersView } from './review/RemindersView';
import { KeptReviewIssues } from './review/KeptReviewIssues';
import { FailureNotice, NeedsExcel } from '../../components/Notices';

/** Asked once a pane session: an officer who chose "Chỉ tổng hợp" is not asked again at every run. */
let districtAnswered = false;

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, marginBottom: tokens.spacingVerticalM },
  button: { alignSelf: 'flex-start' },
  hint: { marginTop: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  detail: { display: 'block' },
  // The primary answer on a line of its own, the two others together under it: in one wrapping row "Thôi"
  // fell alone onto a second line at 500 px (tester, issue 15), and at 320 px the row broke elsewhere.
  actions: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', rowGap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalS },
  others: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** Tổng hợp's working part (loaded when the section opens with Excel ready): period, files, the run, progress with Cancel, and the outcome. */
export function ConsolidatePanel(): ReactElement {
  const { state, text } = usePane();
  const headings = useSectionHeadingStyles();
  const styles = useStyles();
  const actions = useConsolidate();
  const { files, job } = state.consolidate;
  const running = busy(job);
  const readable = files.some((f) => f.phase === 'read' && f.readable === true);
  const readCount = files.filter((f) => f.phase === 'read').length;
  const usableCount = files.filter((f) => f.check !== undefined && f.check.reason === undefined).length;
  // The guided path: Tổng hợp in a workbook the add-in never made a tracker in asks once, then goes on.
  const [askDistrict, setAskDistrict] = useState(false);
  const start = (): void => {
    if (actions === null || running) return;
    if (districtAnswered) {
      actions.run();
      return;
    }
    void actions.workbookKind().then(
      (kind) => (kind === 'none' ? setAskDistrict(true) : actions.run()),
      () => actions.run(),
    );
  };
  return (
    <>
      {actions === null ? (
        <NeedsExcel />
      ) : (
        <form
          className={styles.form}
          onSubmit={(event) => {
            event.preventDefault();
            start();
          }}
        >
          <PeriodPicker />
          <FilePicker onFiles={actions.pick} disabled={job.status === 'consolidating' || job.status === 'writing'} />
          <div>
            <h3 className={headings.h3}>{text('pane.th.listHeading', { count: files.length })}</h3>
            {files.length > 0 && (
              // Said once reading settles, so a screen reader hears how the pick went without walking the list.
              <p className={styles.hint} aria-live="polite" data-testid="consolidate-read-summary">
                {text('pane.th.readSummary', { read: readCount, count: files.length, usable: usableCount })}
              </p>
            )}
            {/* review states typed on TH Đơn vị that are no state (issue 15), each with a way to its cell */}
            <KeptReviewIssues onGoTo={actions.goTo} />
            <PickedFileList onRemove={actions.remove} onPrefer={actions.prefer} disabled={running} />
          </div>
          <Button
            className={styles.button}
            type="submit"
            appearance={askDistrict ? 'secondary' : 'primary'}
            icon={<MergeRegular />}
            disabled={running || !readable || askDistrict}
          >
            {text('pane.th.run')}
          </Button>
          {askDistrict && (
            <MessageBar intent="info" layout="multiline" data-testid="consolidate-make-district">
              <MessageBarBody>
                <MessageBarTitle>{text('pane.th.district.title')}</MessageBarTitle>
                <span className={styles.detail}>{text('pane.th.district.body')}</span>
                <span className={styles.actions}>
                  <Button
                    appearance="primary"
                    onClick={() => {
                      districtAnswered = true;
                      setAskDistrict(false);
                      actions.makeDistrictThenRun();
                    }}
                  >
                    {text('pane.th.district.make')}
                  </Button>
                  <span className={styles.others}>
                    <Button
                      onClick={() => {
                        districtAnswered = true;
                        setAskDistrict(false);
                        actions.run();
                      }}
                    >
                      {text('pane.th.district.only')}
                    </Button>
                    <Button appearance="subtle" onClick={() => setAskDistrict(false)}>
                      {text('pane.th.district.cancel')}
                    </Button>
                  </span>
                </span>
              </MessageBarBody>
            </MessageBar>
          )}
          <p className={styles.hint}>{text('pane.th.runHint')}</p>
        </form>
      )}
      {actions !== null && <ConsolidateProgress job={job} onCancel={actions.cancel} />}
      <div aria-live="polite">
        {job.status === 'failed' && <FailureNotice title="pane.th.failed" message={job.message} testId="consolidate-outcome" />}
        {job.status === 'cancelled' && (
          <MessageBar intent="info" layout="multiline" data-testid="consolidate-outcome">
            <MessageBarBody>
              <MessageBarTitle>{text('pane.th.cancelled')}</MessageBarTitle>
              {job.dropped > 0 && <span className={styles.detail}>{text('pane.th.cancelledFiles', { kept: job.kept, dropped: job.dropped })}</span>}
            </MessageBarBody>
          </MessageBar>
        )}
        {job.status === 'done' && actions !== null && <ConsolidationSummaryView summary={job.summary} onGoTo={actions.goTo} />}
        {/* "Nhắc đơn vị" (issue 15): the reminders of this consolidation */}
        {job.status === 'done' && <RemindersView />}
        {job.status === 'done' && job.goToFailed !== undefined && <FailureNotice title="pane.th.goToFailed" message={job.goToFailed} />}
      </div>
    </>
  );
}
