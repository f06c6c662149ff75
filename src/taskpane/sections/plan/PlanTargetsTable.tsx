import type { ReactElement } from 'react';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { usePane } from '../../PaneContext';
import { useSectionHeadingStyles } from '../SectionHeading.styles';
import { usePlanSectionStyles } from './PlanSection.styles';
import { channelNames } from './planView';

/** The counted targets as a real table (row and column headers), minimums right-aligned. */
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
      <Table size="small" className={styles.table} aria-labelledby="heading-targets" data-testid="targets-table">
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.idCell}>{text('pane.plan.col.id')}</TableHeaderCell>
            <TableHeaderCell>{text('pane.plan.col.target')}</TableHeaderCell>
            <TableHeaderCell className={styles.minimumHeader}>{text('pane.plan.col.minimum')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {plan.targets.map((target) => (
            <TableRow key={target.id}>
              <TableCell className={styles.idCell}>{target.id}</TableCell>
              <TableCell>
                <span lang="vi">{target.title}</span>
                <span className={styles.channel}>
                  {text('pane.plan.col.channels')}: <span lang="vi">{channelNames(plan, target.channels)}</span>
                  {target.scope === 'per-unit' ? ` · ${text('scope.per-unit')}` : ''}
                </span>
              </TableCell>
              <TableCell className={styles.minimumCell} data-testid="target-minimum">
                {target.minimum}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
