import type { ReactElement } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { usePane } from '../../PaneContext';
import { sectionLabelKey } from '../../components/SectionNav';
import { useSectionHeadingStyles } from '../SectionHeading.styles';

import { ReportPanel } from './ReportPanel';
import { NeedsExcel } from '../../components/Notices';

const useStyles = makeStyles({
  purpose: { marginTop: 0, marginBottom: tokens.spacingVerticalM },
});

/** Báo cáo: the period report of the open tracker (or the district's), written as a print-ready sheet. */
export function ReportSection(): ReactElement {
  const { host, text } = usePane();
  const headings = useSectionHeadingStyles();
  const styles = useStyles();
  return (
    <section aria-labelledby="heading-bao-cao">
      <h2 id="heading-bao-cao" className={headings.h2}>
        {text(sectionLabelKey('bao-cao'))}
      </h2>
      <p className={styles.purpose}>{text('pane.report.explain')}</p>
      {host.kind !== 'ready' ? <NeedsExcel /> : <ReportPanel />}
    </section>
  );
}
