import { Fragment, type ReactElement } from 'react';
import { usePane } from '../../PaneContext';
import { useSectionHeadingStyles } from '../SectionHeading.styles';
import { usePlanSectionStyles } from './PlanSection.styles';
import { formatIsoDate } from './planView';

export function PlanIdentity(): ReactElement {
  const { plan, text } = usePane();
  const headings = useSectionHeadingStyles();
  const styles = usePlanSectionStyles();
  const { identity } = plan;
  const rows: readonly (readonly [string, string])[] = [
    [text('pane.plan.number'), identity.number],
    [text('pane.plan.date'), formatIsoDate(identity.date)],
    [text('pane.plan.issuer'), identity.issuer],
    [text('pane.plan.year'), String(identity.year)],
    [text('pane.plan.revision'), String(identity.revision)],
  ];
  return (
    <>
      <p className={styles.planTitle} lang="vi">
        {identity.title}
      </p>
      <h3 className={headings.h3}>{text('pane.plan.identity')}</h3>
      <dl className={styles.identity}>
        {rows.map(([term, value]) => (
          <Fragment key={term}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.definition}>{value}</dd>
          </Fragment>
        ))}
      </dl>
    </>
  );
}
