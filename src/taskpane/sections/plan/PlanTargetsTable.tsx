import type { ReactElement } from 'react';
import { mergeClasses } from '@fluentui/react-components';
import { usePane } from '../../PaneContext';
import { useSectionHeadingStyles } from '../SectionHeading.styles';
import { usePlanSectionStyles } from './PlanSection.styles';
import { channelNames } from './planView';

/**
 * The counted targets as a real table (row and column headers), minimums right-aligned. A native
 * <table> styled with Fluent tokens rather than Fluent's Table: it is the pane's only table, static
 * (no sorting, no selection), and Fluent's Table cost more of the first-load budget
 * (tests/browser/bundle.test.ts) than the whole Plan section's own code.
 */
export function PlanTargetsTable(): ReactElement {
  const { plan, text } = usePane();
  const headings = useSectionHeadingStyles();
  const styles = usePlanSectionStyles();
  return (
    <>
      <h3 id="heading-targets" className={headings.h3}>
        {text('pane.plan.targets')}
      </h3>
      <p className={styles.caption}>{text('pane.plan.targets.caption', { count: plan.targets.length })}</p>
      <table className={styles.table} aria-labelledby="heading-targets" data-testid="targets-table">
        <thead>
          <tr>
            <th scope="col" className={mergeClasses(styles.headerCell, styles.idCell)}>
              {text('pane.plan.col.id')}
            </th>
            <th scope="col" className={styles.headerCell}>
              {text('pane.plan.col.target')}
            </th>
            <th scope="col" className={mergeClasses(styles.headerCell, styles.minimumHeader)}>
              {text('pane.plan.col.minimum')}
            </th>
          </tr>
        </thead>
        <tbody>
          {plan.targets.map((target) => (
            <tr key={target.id} className={styles.row}>
              <td className={mergeClasses(styles.cell, styles.idCell)}>{target.id}</td>
              <td className={styles.cell}>
                <span lang="vi">{target.title}</span>
                <span className={styles.channel}>
                  {text('pane.plan.col.channels')}: <span lang="vi">{channelNames(plan, target.channels)}</span>
                  {target.scope === 'per-unit' ? ` · ${text('scope.per-unit')}` : ''}
                </span>
              </td>
              <td className={mergeClasses(styles.cell, styles.minimumCell)} data-testid="target-minimum">
                {target.minimum}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
