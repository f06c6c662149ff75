import type { ReactElement } from 'react';
import type { SectionId } from '../state/sections';
import { PlanSection } from './plan/PlanSection';
import { TrackerSection } from './trackers/TrackerSection';
import { CheckSection } from './check/CheckSection';
import { ReportSection } from './report/ReportSection';
import { ConsolidateSection } from './consolidate/ConsolidateSection';

/** One component per section, each the deep-link target of a ribbon button. */
export function SectionContent({ section }: { readonly section: SectionId }): ReactElement {
  switch (section) {
    case 'ke-hoach':
      return <PlanSection />;
    case 'so-theo-doi':
      return <TrackerSection />;
    case 'kiem-tra':
      return <CheckSection />;
    case 'bao-cao':
      return <ReportSection />;
    case 'tong-hop':
      return <ConsolidateSection />;
  }
}
