import type { ReactElement } from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import type { Issue } from '../../../core/issues';
import { usePane } from '../../PaneContext';
import { usePlanSourceNoteStyles } from './PlanSourceNote.styles';

const SHOWN_ISSUES = 8;

/** Issues from the plan sheet, each with the cell to fix, the first few of them. */
function IssueList({ issues }: { readonly issues: readonly Issue[] }): ReactElement {
  const { text } = usePane();
  const styles = usePlanSourceNoteStyles();
  return (
    <ul className={styles.issues}>
      {issues.slice(0, SHOWN_ISSUES).map((found, index) => (
        <li key={`${found.where.cell ?? ''}-${found.code}-${index}`}>
          {found.where.cell !== undefined && (
            <span className={styles.where}>{text('pane.planSource.at', { sheet: found.where.sheet, cell: found.where.cell })}</span>
          )}
          {text(found.code, found.params)}
        </li>
      ))}
      {issues.length > SHOWN_ISSUES && <li>{text('pane.planSource.more', { count: issues.length - SHOWN_ISSUES })}</li>}
    </ul>
  );
}

/** One line (or one message) saying where the plan on screen comes from. */
export function PlanSourceNote(): ReactElement {
  const { state, builtInPlan, text } = usePane();
  const styles = usePlanSourceNoteStyles();
  const source = state.planSource;
  const number = builtInPlan.identity.number;
  switch (source.kind) {
    case 'reading':
      return <Spinner className={styles.note} size="extra-tiny" labelPosition="after" label={text('pane.planSource.reading')} />;
    case 'built-in':
      return (
        <p className={styles.note} data-testid="plan-source">
          {text(source.why === 'no-plan-sheet' ? 'pane.planSource.noSheet' : 'pane.planSource.builtIn', { number })}
        </p>
      );
    case 'read-failed':
      return (
        <MessageBar intent="warning" layout="multiline" className={styles.bar} data-testid="plan-source">
          <MessageBarBody>{text('pane.planSource.failed', { number })}</MessageBarBody>
        </MessageBar>
      );
    case 'sheet':
      return source.warnings.length === 0 ? (
        <p className={styles.note} data-testid="plan-source">
          {text('pane.planSource.sheet', { sheet: source.sheet })}
        </p>
      ) : (
        <MessageBar intent="info" layout="multiline" className={styles.bar} data-testid="plan-source">
          <MessageBarBody>
            {text('pane.planSource.sheet', { sheet: source.sheet })} {text('pane.planSource.warnings', { sheet: source.sheet, count: source.warnings.length })}
            <IssueList issues={source.warnings} />
          </MessageBarBody>
        </MessageBar>
      );
    case 'sheet-invalid':
      return (
        <MessageBar intent="error" layout="multiline" className={styles.bar} data-testid="plan-source">
          <MessageBarBody>
            <MessageBarTitle>{text('pane.planSource.invalid.title', { sheet: source.sheet })}</MessageBarTitle>
            <span>{text('pane.planSource.invalid.body', { number })}</span>
            <IssueList issues={source.issues} />
          </MessageBarBody>
        </MessageBar>
      );
  }
}
