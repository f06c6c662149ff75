import { useCallback } from 'react';
import { usePane } from '../PaneContext';
import { localIsoDate } from '../plan/localIsoDate';
import type { PickedFile } from '../plan/readUnitFiles';

/** "Consolidate these files", or null when Excel is not ready. exceljs and the rules load on first use. */
export function useConsolidate(): ((files: readonly PickedFile[]) => void) | null {
  const { state, dispatch, plan, host, describeError } = usePane();
  const { reportPeriod, language } = state;
  const run = useCallback(
    (files: readonly PickedFile[]) => {
      if (host.kind !== 'ready' || files.length === 0) return;
      dispatch({ type: 'consolidateStarted', count: files.length });
      import(/* webpackChunkName: "consolidate" */ '../plan/consolidateFiles')
        .then(({ consolidateFiles }) => consolidateFiles(host.port, plan, files, reportPeriod, localIsoDate(new Date()), language))
        .then(
          (summary) => dispatch({ type: 'consolidateFinished', ...summary }),
          (error: unknown) => dispatch({ type: 'consolidateFailed', message: describeError(error) }),
        );
    },
    [host, plan, reportPeriod, language, dispatch, describeError],
  );
  return host.kind === 'ready' ? run : null;
}
