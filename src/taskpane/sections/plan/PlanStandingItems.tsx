import type { ReactElement } from 'react';
import { Badge } from '@fluentui/react-components';
import { usePane } from '../../PaneContext';
import { useSectionHeadingStyles } from '../SectionHeading.styles';
import { levelName } from '../../../core/plan/levelCatalogue';
import { usePlanSectionStyles } from './PlanSection.styles';

export function PlanStandingItems(): ReactElement {
  const { plan, text } = usePane();
  const headings = useSectionHeadingStyles();
  const styles = usePlanSectionStyles();
  return (
    <>
      <h3 className={headings.h3}>{text('pane.plan.standing')}</h3>
      <ul className={styles.list}>
        {plan.standingItems.map((item) => (
          <li key={item.id} className={styles.item}>
            <span className={styles.itemId}>{item.id}</span>
            <span lang="vi">{item.title}</span>
            <span className={styles.badges}>
              <span className={styles.note}>{text('pane.plan.standing.appliesTo')}:</span>
              {item.appliesTo.map((level) => (
                <Badge key={level} appearance="tint" color="informative" size="small" lang="vi">
                  {levelName(plan, level)}
                </Badge>
              ))}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
