import type { ReactElement } from 'react';
import { Tab, TabList } from '@fluentui/react-components';
import { DocumentTableRegular, ClipboardTaskListLtrRegular, DocumentTextRegular, MergeRegular, TargetArrowRegular } from '@fluentui/react-icons';
import type { MessageKey } from '../../core/i18n/messages';
import { usePane } from '../PaneContext';
import { SECTION_IDS, isSectionId, type SectionId } from '../state/sections';
import { useSectionNavStyles } from './SectionNav.styles';

const ICONS: Record<SectionId, ReactElement> = {
  'so-theo-doi': <DocumentTableRegular />,
  'kiem-tra': <ClipboardTaskListLtrRegular />,
  'bao-cao': <DocumentTextRegular />,
  'tong-hop': <MergeRegular />,
  'ke-hoach': <TargetArrowRegular />,
};

export const tabId = (section: SectionId): string => `tab-${section}`;
export const panelId = (section: SectionId): string => `panel-${section}`;
export const sectionLabelKey = (section: SectionId): MessageKey => `pane.section.${section}`;

/**
 * The section switcher: a tab list (arrow keys move between sections, Home/End jump), inside a
 * navigation landmark. Tabs select on focus, so the arrow keys alone walk the sections.
 */
export function SectionNav(): ReactElement {
  const { state, dispatch, text } = usePane();
  const styles = useSectionNavStyles();
  return (
    <nav className={styles.nav} aria-label={text('pane.nav.label')}>
      <TabList
        className={styles.tabList}
        size="small"
        selectedValue={state.section}
        selectTabOnFocus
        onTabSelect={(_event, data) => {
          const value = String(data.value);
          if (isSectionId(value)) dispatch({ type: 'navigate', section: value });
        }}
      >
        {SECTION_IDS.map((section) => (
          <Tab
            key={section}
            id={tabId(section)}
            value={section}
            icon={ICONS[section]}
            // Only the open section's panel is in the page; pointing at absent ids confuses screen readers.
            aria-controls={section === state.section ? panelId(section) : undefined}
          >
            {text(sectionLabelKey(section))}
          </Tab>
        ))}
      </TabList>
    </nav>
  );
}
