import type { ReactElement } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { usePane } from '../../PaneContext';
import { sectionLabelKey } from '../../components/SectionNav';
import { useSectionHeadingStyles } from '../SectionHeading.styles';

import { ConsolidatePanel } from './ConsolidatePanel';
import { NeedsExcel } from '../../components/Notices';

const useStyles = makeStyles({
  purpose: { marginTop: 0, marginBottom: tokens.spacingVerticalM },
});

/** Tổng hợp: pick every unit's workbook, see each one checked, and consolidate them into the open workbook in one click. */
export function ConsolidateSection(): ReactElement {
  const { host, text } = usePane();
  const headings = useSectionHeadingStyles();
  const styles = useStyles();
  return (
    <section aria-labelledby="heading-tong-hop">
      <h2 id="heading-tong-hop" className={headings.h2}>
        {text(sectionLabelKey('tong-hop'))}
      </h2>
      <p className={styles.purpose}>{text('pane.section.tong-hop.purpose')}</p>
      {host.kind !== 'ready' ? <NeedsExcel /> : <ConsolidatePanel />}
    </section>
  );
}
