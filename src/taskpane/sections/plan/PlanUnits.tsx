import type { ReactElement } from 'react';
import { usePane } from '../../PaneContext';
import { useSectionHeadingStyles } from '../SectionHeading.styles';
import { usePlanSectionStyles } from './PlanSection.styles';
import { unitsByLevel } from './planView';

export function PlanUnits(): ReactElement {
  const { plan, text } = usePane();
  const headings = useSectionHeadingStyles();
  const styles = usePlanSectionStyles();
  return (
    <>
      <h3 className={headings.h3}>{text('pane.plan.units')}</h3>
      <p className={styles.caption}>{text('pane.plan.units.count', { count: plan.units.length })}</p>
      {unitsByLevel(plan).map((group) => (
        <div key={group.level}>
          <h4 className={headings.h4}>
            <span lang="vi">{group.name}</span> ({group.units.length})
          </h4>
          <ul className={styles.unitList} lang="vi">
            {group.units.map((unit) => (
              <li key={unit.code}>{unit.name}</li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}
