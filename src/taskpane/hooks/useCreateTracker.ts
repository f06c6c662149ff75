import { useCallback } from 'react';
import { usePane } from '../PaneContext';
import { localIsoDate } from '../plan/localIsoDate';

/**
 * The "create tracker" action for the current choice, or null when Excel is not ready for it.
 * The template code is loaded on first use (its own chunk), so opening the pane stays quick.
 */
export function useCreateTracker(): (() => void) | null {
  const { state, dispatch, plan, host, describeError } = usePane();
  const { trackerChoice, planSource } = state;
  const run = useCallback(() => {
    if (host.kind !== 'ready') return;
    dispatch({ type: 'trackerStarted' });
    const keep = planSource.kind === 'sheet' || planSource.kind === 'sheet-invalid' ? [planSource.sheet] : [];
    import(/* webpackChunkName: "tracker" */ '../plan/createTracker')
      .then(({ createTracker, TrackerSheetClashError }) =>
        createTracker(host.port, plan, trackerChoice, localIsoDate(new Date()), (done, total) => dispatch({ type: 'trackerProgress', done, total }), keep).then(
          (result) => dispatch({ type: 'trackerFinished', ...result }),
          (error: unknown) => {
            if (error instanceof TrackerSheetClashError) {
              dispatch({ type: 'trackerFailed', message: { key: 'pane.tracker.clash', params: { sheets: error.sheets.map((s) => `"${s}"`).join(', ') } } });
            } else throw error;
          },
        ),
      )
      .catch((error: unknown) => dispatch({ type: 'trackerFailed', message: describeError(error) }));
  }, [host, plan, trackerChoice, planSource, dispatch, describeError]);
  return host.kind === 'ready' ? run : null;
}
