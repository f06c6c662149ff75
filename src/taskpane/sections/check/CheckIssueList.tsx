import type { ReactElement } from 'react';
import { Badge, Link } from '@fluentui/react-components';
import type { Issue, IssueLocation } from '../../../core/issues';
import { usePane } from '../../PaneContext';
import { useSectionHeadingStyles } from '../SectionHeading.styles';
import { useCheckSectionStyles } from './CheckSection.styles';

const SHOWN = 100;

/** The issues in workbook order; each cell reference is a button that selects the cell in Excel. */
export function CheckIssueList({ issues, onGoTo }: { readonly issues: readonly Issue[]; readonly onGoTo: (where: IssueLocation) => void }): ReactElement {
  const { text } = usePane();
  const headings = useSectionHeadingStyles();
  const styles = useCheckSectionStyles();
  return (
    <>
      <h3 id="heading-check-issues" className={headings.h3}>
        {text('pane.check.listLabel')}
      </h3>
      <ul className={styles.list} aria-labelledby="heading-check-issues" data-testid="check-issues">
        {issues.slice(0, SHOWN).map((found, index) => (
          <li key={`${found.where.sheet}-${found.where.cell ?? ''}-${found.code}-${index}`} className={styles.item}>
            <Badge appearance="tint" color={found.severity === 'error' ? 'danger' : 'warning'} size="small">
              {text(found.severity === 'error' ? 'pane.check.error' : 'pane.check.warning')}
            </Badge>
            <span>
              {found.where.cell !== undefined ? (
                <Link as="button" inline onClick={() => onGoTo(found.where)} aria-label={text('pane.check.goTo', { sheet: found.where.sheet, cell: found.where.cell })}>
                  {found.where.sheet}!{found.where.cell}
                </Link>
              ) : (
                <strong>{found.where.sheet}</strong>
              )}
              <span className={styles.message}>{text(found.code, found.params)}</span>
            </span>
          </li>
        ))}
      </ul>
      {issues.length > SHOWN && <p className={styles.more}>{text('pane.planSource.more', { count: issues.length - SHOWN })}</p>}
    </>
  );
}
