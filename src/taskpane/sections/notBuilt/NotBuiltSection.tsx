import type { ReactElement } from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { MessageKey } from '../../../core/i18n/messages';
import { usePane } from '../../PaneContext';
import { sectionLabelKey } from '../../components/SectionNav';
import { useSectionHeadingStyles } from '../SectionHeading.styles';
import { PANE_VERSION } from '../../version';

type PendingSection = 'tong-hop';

const useStyles = makeStyles({
  purpose: { marginTop: 0, marginBottom: tokens.spacingVerticalM },
  body: { display: 'block', marginTop: tokens.spacingVerticalXXS },
});

/** What the section will do, and an honest note that it does not do it yet: no placeholder buttons. */
export function NotBuiltSection({ section }: { readonly section: PendingSection }): ReactElement {
  const { text } = usePane();
  const headings = useSectionHeadingStyles();
  const styles = useStyles();
  const purposeKey: MessageKey = `pane.section.${section}.purpose`;
  return (
    <section aria-labelledby={`heading-${section}`}>
      <h2 id={`heading-${section}`} className={headings.h2}>
        {text(sectionLabelKey(section))}
      </h2>
      <p className={styles.purpose}>{text(purposeKey)}</p>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{text('pane.notBuilt.title')}</MessageBarTitle>
          <span className={styles.body}>{text('pane.notBuilt.body', { version: PANE_VERSION })}</span>
        </MessageBarBody>
      </MessageBar>
    </section>
  );
}
