import type { ReactElement } from 'react';
import { usePane } from '../../PaneContext';
import { useSectionHeadingStyles } from '../SectionHeading.styles';
import { PlanIdentity } from './PlanIdentity';
import { PlanRereadButton } from './PlanRereadButton';
import { PlanSourceNote } from './PlanSourceNote';
import { PlanTargetsTable } from './PlanTargetsTable';
import { PlanStandingItems } from './PlanStandingItems';
import { PlanUnits } from './PlanUnits';
import { PlanFundingAndReporting } from './PlanFundingAndReporting';

/** The active plan at a glance: who issued it, what it counts, who takes part, who reports. */
export function PlanSection(): ReactElement {
  const { text } = usePane();
  const headings = useSectionHeadingStyles();
  return (
    <section aria-labelledby="heading-ke-hoach">
      <h2 id="heading-ke-hoach" className={headings.h2}>
        {text('pane.plan.heading')}
      </h2>
      <PlanSourceNote />
      <PlanRereadButton />
      <PlanIdentity />
      <PlanTargetsTable />
      <PlanStandingItems />
      <PlanUnits />
      <PlanFundingAndReporting />
    </section>
  );
}
