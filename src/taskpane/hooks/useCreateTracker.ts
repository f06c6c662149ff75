import { useCallback } from 'react';
import { usePane } from '../PaneContext';
import { localIsoDate } from '../plan/localIsoDate';
import type { PaneMessage } from '../state/trackerJob';

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
    Promise.all([
      import(/* webpackChunkName: "tracker" */ '../../core/usecases/makeTracker'),
      import(/* webpackChunkName: "tracker" */ '../../core/template/progressSheet'),
      import(/* webpackChunkName: "tracker" */ '../../core/records/recordSheets'),
    ])
      .then(async ([{ makeTrackerInPlace }, { PROGRESS_SHEET_NAME }, { OUTPUT_SHEET }]) => {
        const unit = plan.units.find((candidate) => candidate.code === trackerChoice.unitCode);
        if (unit === undefined) throw new RangeError(`Unit ${trackerChoice.unitCode} is not in plan ${plan.identity.id}.`);
        const inputs = { plan, kind: trackerChoice.kind, unit, today: localIsoDate(new Date()), replaceable: keep };
        const outcome = await makeTrackerInPlace(host.port, inputs, (done, total) => dispatch({ type: 'trackerProgress', done, total }));
        if (outcome.ok) {
          // The same notes `cchc template --upgrade` prints: the earlier workbook was another unit's or another plan's.
          const notes: PaneMessage[] = [
            ...(outcome.notes.otherOwner
              ? [{ key: 'pane.tracker.otherOwner' as const, params: { unit: outcome.notes.otherOwner.unit, chosen: unit.name } }]
              : []),
            ...(outcome.notes.otherPlan
              ? [{ key: 'pane.tracker.otherPlan' as const, params: { planId: outcome.notes.otherPlan.planId, id: plan.identity.id } }]
              : []),
          ];
          return dispatch({
            type: 'trackerFinished',
            unitName: outcome.unitName,
            sheets: outcome.sheets,
            cells: outcome.cells,
            entrySheet: OUTPUT_SHEET.sheetName,
            progressSheet: PROGRESS_SHEET_NAME,
            keptRows: outcome.keptRows,
            notes,
          });
        }
        const sheets = outcome.refusal.sheets.map((name) => `"${name}"`).join(', ');
        return dispatch({ type: 'trackerFailed', message: { key: 'pane.tracker.clash', params: { sheets } } });
      })
      .catch((error: unknown) => dispatch({ type: 'trackerFailed', message: describeError(error) }));
  }, [host, plan, trackerChoice, planSource, dispatch, describeError]);
  return host.kind === 'ready' ? run : null;
}
