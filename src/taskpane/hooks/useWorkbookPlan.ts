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

/** Quiet time after the officer's last edit of the plan sheet before it is read again: one read for a burst of typing. */
export const PLAN_REREAD_DELAY_MS = 800;

/**
 * Reads the plan sheet again PLAN_REREAD_DELAY_MS after the officer's last edit of it (the port's
 * watchSheet: Worksheet.onChanged, ExcelApi 1.7). Returns the function that stops watching. Without
 * the event (a port over a file, a plan sheet made after the pane opened, a failed registration)
 * nothing is watched and the "Đọc lại kế hoạch" button reads the sheet.
 */
export function watchPlanSheet(host: HostStatus, dispatch: Dispatch<PaneAction>, isCurrent: () => boolean = () => true): () => void {
  if (host.kind !== 'ready' || host.port.watchSheet === undefined) return () => undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onChange = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => rereadPlan(host, dispatch, isCurrent), PLAN_REREAD_DELAY_MS);
  };
  const port = host.port;
  // The plan sheet's names come with the plan reader's chunk, not the first-load bundle (tests/browser/bundle.test.ts).
  const watching = import(/* webpackChunkName: "plan-reader" */ '../../core/plan/planSheetFormat')
    .then(({ PLAN_SHEET_ALIASES }) => port.watchSheet?.(PLAN_SHEET_ALIASES, onChange) ?? null)
    .catch((error: unknown) => {
      // Without the event the button still works; the details are for whoever opens the dev tools.
      console.error('Watching the plan sheet failed:', error);
      return null;
    });
  return () => {
    if (timer !== undefined) clearTimeout(timer);
    void watching.then((stop) => stop?.()).catch(() => undefined);
  };
}

/** Once Excel is ready, reads the workbook's own plan sheet (if any) into the pane state, and again after each edit of it (watchPlanSheet). */
export function useWorkbookPlan(host: HostStatus, dispatch: Dispatch<PaneAction>): void {
  useEffect(() => {
    let current = true;
    rereadPlan(host, dispatch, () => current);
    const stop = watchPlanSheet(host, dispatch, () => current);
    return () => {
      current = false;
      stop();
    };
  }, [host, dispatch]);
}
