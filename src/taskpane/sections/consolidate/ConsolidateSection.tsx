import { useId, useState, type ReactElement } from 'react';
import { Badge, Button, Field, MessageBar, MessageBarBody, MessageBarTitle, Select, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { MergeRegular } from '@fluentui/react-icons';
import { periodFor, periodLabel } from '../../../core/periods';
import { usePane } from '../../PaneContext';
import { useConsolidate } from '../../hooks/useConsolidate';
import { sectionLabelKey } from '../../components/SectionNav';
import { REPORT_PERIOD_CHOICES, isReportPeriodChoice, periodKindOf } from '../../state/reportJob';
import { useSectionHeadingStyles } from '../SectionHeading.styles';

const useStyles = makeStyles({
  purpose: { marginTop: 0, marginBottom: tokens.spacingVerticalM },
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, marginBottom: tokens.spacingVerticalM },
  file: { maxWidth: '100%', fontSize: tokens.fontSizeBase300 },
  button: { alignSelf: 'flex-start' },
  list: { listStyleType: 'none', margin: 0, paddingLeft: 0 },
  item: { paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}` },
  fileName: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere', marginRight: tokens.spacingHorizontalXS },
  detail: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** Tổng hợp: pick every unit's workbook at once and consolidate them into the open workbook. */
export function ConsolidateSection(): ReactElement {
  const { state, dispatch, plan, text } = usePane();
  const headings = useSectionHeadingStyles();
  const styles = useStyles();
  const run = useConsolidate();
  const inputId = useId();
  const [files, setFiles] = useState<readonly File[]>([]);
  const job = state.consolidateJob;
  const periodOf = (choice: (typeof REPORT_PERIOD_CHOICES)[number]) => {
    const { kind, index } = periodKindOf(choice);
    return periodFor(kind, plan.identity.year, index, plan.periodConvention);
  };
  return (
    <section aria-labelledby="heading-tong-hop">
      <h2 id="heading-tong-hop" className={headings.h2}>
        {text(sectionLabelKey('tong-hop'))}
      </h2>
      <p className={styles.purpose}>{text('pane.section.tong-hop.purpose')}</p>
      {run === null ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{text('pane.tracker.needsExcel')}</MessageBarBody>
        </MessageBar>
      ) : (
        <form
          className={styles.form}
          onSubmit={(event) => {
            event.preventDefault();
            if (job.status !== 'working') run(files);
          }}
        >
          <Field label={text('pane.report.period')}>
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
          <Field label={{ children: text('pane.consolidate.files'), htmlFor: inputId }} hint={files.length > 0 ? text('pane.consolidate.picked', { count: files.length }) : text('pane.consolidate.filesHint')}>
            {/* A plain multiple file input: drag and drop breaks on some Excel desktop builds. */}
            <input
              id={inputId}
              className={styles.file}
              type="file"
              multiple
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(event) => setFiles(event.currentTarget.files === null ? [] : [...event.currentTarget.files])}
            />
          </Field>
          <Button className={styles.button} type="submit" appearance="primary" icon={<MergeRegular />} disabled={job.status === 'working' || files.length === 0}>
            {text('pane.consolidate.run')}
          </Button>
        </form>
      )}
      <div aria-live="polite">
        {job.status === 'working' && <Spinner size="tiny" labelPosition="after" label={text('pane.consolidate.working', { count: job.count })} />}
        {job.status === 'failed' && (
          <MessageBar intent="error" layout="multiline" data-testid="consolidate-outcome">
            <MessageBarBody>
              <MessageBarTitle>{text('pane.consolidate.failed')}</MessageBarTitle>
              <span className={styles.detail}>{text(job.message.key, job.message.params)}</span>
            </MessageBarBody>
          </MessageBar>
        )}
        {job.status === 'done' && (
          <MessageBar intent={job.missing.length > 0 ? 'warning' : 'success'} layout="multiline" data-testid="consolidate-outcome">
            <MessageBarBody>
              {text('pane.consolidate.done', {
                records: job.records,
                accepted: job.files.filter((f) => !f.rejected).length,
                files: job.files.length,
                prefix: job.prefix,
                missing: job.missing.length === 0 ? '0' : job.missing.join(', '),
              })}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {job.status === 'done' && (
        <>
          <h3 className={headings.h3}>{text('pane.consolidate.fileList')}</h3>
          <ul className={styles.list} data-testid="consolidate-files">
            {job.files.map((file) => (
              <li key={file.file} className={styles.item}>
                <span className={styles.fileName}>{file.file}</span>
                <Badge appearance="tint" size="small" color={file.rejected ? 'danger' : 'success'}>
                  {file.unit ?? '?'}
                </Badge>
                <span className={styles.detail}>
                  {file.reason !== undefined
                    ? text(file.reason.key, file.reason.params)
                    : text('pane.consolidate.fileOk', { records: file.records, errors: file.errors })}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
