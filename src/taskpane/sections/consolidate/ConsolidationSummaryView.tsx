import type { ReactElement } from 'react';
import { Badge, Button, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { TableRegular } from '@fluentui/react-icons';
import { usePane } from '../../PaneContext';
import type { ConsolidationSummary } from '../../state/consolidateJob';
import { useSectionHeadingStyles } from '../SectionHeading.styles';
import { ReturnCopies } from './returns/ReturnCopies';

const useStyles = makeStyles({
  line: { display: 'block', marginTop: tokens.spacingVerticalXXS },
  list: { listStyleType: 'none', margin: 0, paddingLeft: 0 },
  target: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'flex-start',
    columnGap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalXXS,
  },
  badge: { flexShrink: 0, whiteSpace: 'nowrap' },
  conservation: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  sheets: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

/** What consolidation wrote: who reported, targets against minimums, the row count that proves nothing was lost, and the way to each sheet. */
export function ConsolidationSummaryView({
  summary,
  onGoTo,
}: {
  readonly summary: ConsolidationSummary;
  readonly onGoTo: (sheet: string) => void;
}): ReactElement {
  const { text } = usePane();
  const styles = useStyles();
  const headings = useSectionHeadingStyles();
  const c = summary.conservation;
  return (
    <div data-testid="consolidate-summary">
      <MessageBar
        intent={
          summary.missing.length > 0 || summary.rejected.length > 0 || summary.returned.length > 0 || summary.refusedFiles.length > 0 ? 'warning' : 'success'
        }
        layout="multiline"
        data-testid="consolidate-outcome"
      >
        <MessageBarBody>
          <span className={styles.line}>
            {text('pane.th.done', { period: summary.period, records: summary.records, outputs: summary.outputs, report: summary.reportSheet })}
          </span>
          <span className={styles.line}>{text('pane.th.reportedLine', { count: summary.reported.length, total: summary.units })}</span>
          {summary.missing.length > 0 && <span className={styles.line}>{text('pane.th.missingLine', { names: summary.missing.join(', ') })}</span>}
          {summary.rejected.length > 0 && <span className={styles.line}>{text('pane.th.rejectedLine', { names: summary.rejected.join(', ') })}</span>}
          {summary.returned.length > 0 && <span className={styles.line}>{text('pane.th.returnedLine', { names: summary.returned.join(', ') })}</span>}
          {summary.refusedFiles.length > 0 && (
            <span className={styles.line}>
              {text('pane.th.refusedFilesLine', { count: summary.refusedFiles.length, names: summary.refusedFiles.join(', ') })}
            </span>
          )}
        </MessageBarBody>
      </MessageBar>
      {/* Shown with the summary, never after it; what makes and saves a copy loads on the first click. */}
      <ReturnCopies files={summary.returns} />
      <h3 className={headings.h3}>{text('pane.th.targetsHeading')}</h3>
      <ul className={styles.list} data-testid="consolidate-targets">
        {summary.targets.map((target) => (
          <li key={target.id} className={styles.target}>
            <span>
              {text('pane.th.target', {
                id: target.id,
                title: target.title,
                inPeriod: target.display?.inPeriod ?? target.achieved,
                yearToDate: target.display?.yearToDate ?? target.yearToDate,
                minimum: target.display?.minimum ?? target.minimum,
              })}
            </span>
            <Badge
              className={styles.badge}
              appearance="tint"
              size="small"
              color={target.unreported === true ? 'warning' : target.running === true ? 'informative' : target.met ? 'success' : 'danger'}
            >
              {text(
                target.unreported === true ? 'pane.th.unreported' : target.running === true ? 'pane.th.running' : target.met ? 'pane.th.met' : 'pane.th.notMet',
              )}
            </Badge>
          </li>
        ))}
      </ul>
      <p className={styles.conservation} data-testid="consolidate-conservation">
        {text('pane.th.conservation', {
          rows: c.rowsRead,
          consolidated: c.consolidated,
          duplicates: c.duplicates,
          quarantined: c.quarantined,
          skipped: c.blank + c.titles + c.totals,
        })}
      </p>
      <h3 className={headings.h3}>{text('pane.th.goToHeading')}</h3>
      <div className={styles.sheets}>
        {summary.sheets.map((sheet) => (
          <Button key={sheet} size="small" icon={<TableRegular />} onClick={() => onGoTo(sheet)} aria-label={text('pane.th.goTo', { sheet })}>
            {sheet}
          </Button>
        ))}
      </div>
    </div>
  );
}
