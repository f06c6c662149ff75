import { useEffect, type Dispatch } from 'react';
import type { PaneAction } from '../state/paneReducer';
import type { HostStatus } from '../state/hostStatus';

/**
 * Reads the workbook's plan sheet into the pane state: "planReading", then the outcome. `isCurrent`
 * drops an answer that arrives after the pane moved on (another workbook, the pane closed).
 */
export function rereadPlan(host: HostStatus, dispatch: Dispatch<PaneAction>, isCurrent: () => boolean = () => true): void {
  if (host.kind !== 'ready') return;
  dispatch({ type: 'planReading' });
  // The plan sheet reader is loaded with the first read, not with the pane: the first-load bundle has a budget (tests/browser/bundle.test.ts).
  import(/* webpackChunkName: "plan-reader" */ '../plan/readWorkbookPlan')
    .then(({ readWorkbookPlan }) => readWorkbookPlan(host.port))
    .then(
      (action) => isCurrent() && dispatch(action),
      (error: unknown) => {
        if (!isCurrent()) return;
        dispatch({ type: 'planReadFailed' });
        // A failed read is shown in the pane; the details are for whoever opens the dev tools.
        console.error('Reading the plan sheet failed:', error);
      },
    );
}

/** Once Excel is ready, reads the workbook's own plan sheet (if any) into the pane state. */
export function useWorkbookPlan(host: HostStatus, dispatch: Dispatch<PaneAction>): void {
  useEffect(() => {
    let current = true;
    rereadPlan(host, dispatch, () => current);
    return () => {
      current = false;
    };
  }, [host, dispatch]);
}
