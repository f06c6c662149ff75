import { useEffect, type Dispatch } from 'react';
import type { PaneAction } from '../state/paneReducer';
import type { HostStatus } from '../state/hostStatus';
import { readWorkbookPlan } from '../plan/readWorkbookPlan';

/** Once Excel is ready, reads the workbook's own plan sheet (if any) into the pane state. */
export function useWorkbookPlan(host: HostStatus, dispatch: Dispatch<PaneAction>): void {
  useEffect(() => {
    if (host.kind !== 'ready') return undefined;
    let current = true;
    dispatch({ type: 'planReading' });
    readWorkbookPlan(host.port).then(
      (action) => current && dispatch(action),
      (error: unknown) => {
        if (!current) return;
        dispatch({ type: 'planReadFailed' });
        // A failed read is shown in the pane; the details are for whoever opens the dev tools.
        console.error('Reading the plan sheet failed:', error);
      },
    );
    return () => {
      current = false;
    };
  }, [host, dispatch]);
}
