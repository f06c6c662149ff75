import { useSyncExternalStore, type ReactElement } from 'react';
import { Link, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { usePane } from '../../../PaneContext';
import { roundStore } from './roundStore';

const useStyles = makeStyles({
  bar: { marginBottom: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
});

/**
 * What could not be read of the review states kept on the open workbook's "TH Đơn vị" (issue 15: a
 * word typed in "Xem xét" that is no state), said when the files are picked, as `cchc consolidate
 * --map` says it on standard error, each with a link that selects its cell. Nothing when all was read.
 */
export function KeptReviewIssues({ onGoTo }: { readonly onGoTo: (sheet: string, cell: string) => void }): ReactElement | null {
  const { text } = usePane();
  const styles = useStyles();
  const { keptIssues } = useSyncExternalStore(roundStore.subscribe, roundStore.get, roundStore.get);
  if (keptIssues.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline" className={styles.bar} data-testid="kept-review-issues">
      <MessageBarBody>
        <MessageBarTitle>{text('review.pane.keptIssues', { count: keptIssues.length })}</MessageBarTitle>
        <ul className={styles.list}>
          {keptIssues.map((found) => {
            const cell = found.where.cell ?? 'A1';
            return (
              <li key={`${found.where.sheet}!${cell}`}>
                <Link
                  as="button"
                  inline
                  onClick={() => onGoTo(found.where.sheet, cell)}
                  aria-label={text('review.pane.goToCell', { sheet: found.where.sheet, cell })}
                >
                  {found.where.sheet}!{cell}
                </Link>
                {': '}
                {text(found.code, found.params)}
              </li>
            );
          })}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
