import type { ReactElement } from 'react';
import type { SectionId } from '../state/sections';
import { NotBuiltSection } from './notBuilt/NotBuiltSection';
import { PlanSection } from './plan/PlanSection';
import { TrackerSection } from './trackers/TrackerSection';
import { CheckSection } from './check/CheckSection';
import { ReportSection } from './report/ReportSection';

/** One component per section; a section whose capability has not landed says so honestly. */
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
      return <NotBuiltSection section={section} />;
  }
}
