import { useCallback } from 'react';
import { usePane } from '../PaneContext';
import { localIsoDate } from '../plan/localIsoDate';
import { resolvePeriod } from '../state/reportJob';

/** "Write the report" for the chosen period, or null when Excel is not ready. Report code loads on first use. */
export function useWriteReport(): (() => void) | null {
  const { state, dispatch, plan, host, describeError } = usePane();
  const { reportPeriod, language } = state;
  const run = useCallback(() => {
    if (host.kind !== 'ready') return;
    const resolved = resolvePeriod(reportPeriod, plan);
    if (!resolved.ok) {
      dispatch({ type: 'reportFailed', message: resolved.message });
      return;
    }
    dispatch({ type: 'reportStarted' });
    import(/* webpackChunkName: "report" */ '../plan/writeReport')
      .then(({ writeReport }) => writeReport(host.port, plan, resolved.period, localIsoDate(new Date()), language))
      .then(
        (outcome) =>
          dispatch(outcome.ok ? { type: 'reportFinished', sheet: outcome.sheet, period: outcome.period, owner: outcome.owner, errors: outcome.errors, ...(outcome.note === undefined ? {} : { note: outcome.note }) } : { type: 'reportFailed', message: outcome.message }),
        (error: unknown) => dispatch({ type: 'reportFailed', message: describeError(error) }),
      );
  }, [host, plan, reportPeriod, language, dispatch, describeError]);
  return host.kind === 'ready' ? run : null;
}
