import type { ReactElement } from 'react';
import { Button, Link, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { usePane } from '../../PaneContext';
import { fundingRenameLines, keptAsTypedLines, titleMatchLines, unusedMeasureLines } from '../../../core/adopt/titleMatches';
import type { AdoptSummary } from '../../state/adoptJob';
import { useSectionHeadingStyles } from '../SectionHeading.styles';
import { useTrackerSectionStyles } from './TrackerSection.styles';

/** Rows not taken listed one by one; past this, counted (they all stay on the old sheets). */
const SHOWN = 200;

/** What adopting did: rows taken, every row not taken with its reason and a way to it, and the sum that proves nothing was lost. */
export function AdoptResult({
  summary,
  onGoToRow,
  onReadopt,
}: {
  readonly summary: AdoptSummary;
  readonly onGoToRow: (sheet: string, row: number) => void;
  /** "Nhận lại", offered while the pane still holds what was adopted. */
  readonly onReadopt?: () => void;
}): ReactElement {
  const { text, state } = usePane();
  const styles = useTrackerSectionStyles();
  const headings = useSectionHeadingStyles();
  const { quarantined } = summary;
  const byTitle = titleMatchLines(summary.matchedByTitle);
  const keptAsTyped = [
    ...keptAsTypedLines(summary.unreadStates, summary.blankContent, state.language),
    ...fundingRenameLines(summary.fundingRenamed ?? [], state.language),
    ...unusedMeasureLines(summary.unusedMeasures ?? []),
  ];
  return (
    <>
      <MessageBar intent={quarantined.length > 0 ? 'warning' : 'success'} layout="multiline" data-testid="adopt-result">
        <MessageBarBody>
          <span className={styles.detail}>
            {text('pane.adopt.done', { taken: summary.taken - summary.takenStanding - summary.takenSpending, sheet: summary.sheet, unit: summary.unitName })}
          </span>
          {summary.takenStanding + summary.takenSpending > 0 && (
            <span className={styles.detail} data-testid="adopt-other-tables">
              {text('pane.adopt.doneOther', { standing: summary.takenStanding, spending: summary.takenSpending })}
            </span>
          )}
          <span className={styles.detail} data-testid="adopt-conservation">
            {text('pane.adopt.conservation', {
              read: summary.rowsRead,
              taken: summary.taken,
              quarantined: quarantined.length,
              blank: summary.blank,
              titles: summary.titles,
              totals: summary.totals,
            })}
          </span>
          {byTitle.map((line, i) => (
            <span key={i} className={styles.detail} data-testid="adopt-by-title">
              {text(line.key, line.params)}
            </span>
          ))}
          {keptAsTyped.map((line, i) => (
            <span key={`kept-${i}`} className={styles.detail} data-testid="adopt-kept-as-typed">
              {text(line.key, line.params)}
            </span>
          ))}
        </MessageBarBody>
      </MessageBar>
      {quarantined.length > 0 && (
        <>
          <h4 id="heading-adopt-quarantine" className={headings.h4}>
            {text('pane.adopt.quarantineHeading', { count: quarantined.length })}
          </h4>
          <p className={styles.note}>{text('pane.adopt.quarantineNote')}</p>
          <ul className={styles.list} aria-labelledby="heading-adopt-quarantine" data-testid="adopt-quarantine">
            {quarantined.slice(0, SHOWN).map((row) => (
              <li key={`${row.source.sheet}-${row.source.row}`} className={styles.item}>
                <Link
                  as="button"
                  inline
                  onClick={() => onGoToRow(row.source.sheet, row.source.row)}
                  aria-label={text('pane.adopt.goTo', { sheet: row.source.sheet, row: row.source.row })}
                >
                  {row.source.sheet}!{row.source.row}
                </Link>
                <span>{text(`adopt.reason.${row.reason}`, { value: row.value, names: row.names ?? '' })}</span>
              </li>
            ))}
          </ul>
          {quarantined.length > SHOWN && <p className={styles.note}>{text('pane.adopt.quarantineMore', { count: quarantined.length - SHOWN })}</p>}
        </>
      )}
      {onReadopt !== undefined && (
        <div className={styles.buttons}>
          <Button onClick={onReadopt}>{text('pane.adopt.readopt')}</Button>
          <p className={styles.note}>{text('pane.adopt.readoptNote', { sheet: summary.sheet })}</p>
        </div>
      )}
    </>
  );
}
