import type { ReactElement } from 'react';
import { usePane } from '../../PaneContext';
import { useSectionHeadingStyles } from '../SectionHeading.styles';
import { usePlanSectionStyles } from './PlanSection.styles';
import { levelNames, unitName } from './planView';

export function PlanFundingAndReporting(): ReactElement {
  const { plan, text, state } = usePane();
  const headings = useSectionHeadingStyles();
  const styles = usePlanSectionStyles();
  return (
    <>
      <h3 className={headings.h3}>{text('pane.plan.funding')}</h3>
      <ul className={styles.list}>
        {plan.fundingSources.map((source) => (
          <li key={source.code} className={styles.item}>
            <span lang="vi">{source.name}</span>
            <span className={styles.note}>
              <span lang="vi">{source.note}</span> · <span lang="vi">{levelNames(plan, source.levels)}</span>
            </span>
          </li>
        ))}
      </ul>
      <h3 className={headings.h3}>{text('pane.plan.reporting')}</h3>
      <ul className={styles.list}>
        {plan.reportingDuties.map((duty) => (
          <li key={`${duty.from}-${duty.frequency}`} className={styles.item}>
            {text('pane.plan.reporting.duty', {
              from: unitName(plan, duty.from),
              frequency: text(`frequency.${duty.frequency}`).toLocaleLowerCase(state.language),
              to: duty.to.map((to) => unitName(plan, to)).join(', '),
            })}
          </li>
        ))}
      </ul>
      <h3 className={headings.h3}>{text('pane.plan.convention')}</h3>
      <p className={styles.caption}>{text(`convention.${plan.periodConvention}`)}</p>
    </>
  );
}
