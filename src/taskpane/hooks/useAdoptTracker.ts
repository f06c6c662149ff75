import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { ColumnRole } from '../../core/reader/types';
import { usePane } from '../PaneContext';
import { localIsoDate } from '../plan/localIsoDate';
import type * as AdoptModule from '../plan/adoptTracker';

export interface AdoptActions {
  readonly scan: () => void;
  readonly open: () => void;
  readonly cancel: () => void;
  readonly changeColumn: (sheet: string, column: string, field: ColumnRole | null) => void;
  readonly changeHeaderRow: (sheet: string, headerRow: number) => void;
  readonly changeChannel: (label: string, code: string | null) => void;
  readonly changeDefaultForm: (code: string | null) => void;
  readonly confirm: () => void;
  /** Selects the first cell of a source row, so the officer sees a row that was not taken. */
  readonly goToRow: (sheet: string, row: number) => void;
  /**
   * "Nhận lại" (issue 15): back to the review of what was adopted; confirming then writes the tracker's
   * sheets again (the office's sheets are still only read). Right after adopting, the review the pane
   * holds; in a tracker adopted earlier (opened again), the office's sheets beside it are read first.
   */
  readonly readopt: () => void;
}

const load = (): Promise<typeof AdoptModule> => import(/* webpackChunkName: "tracker" */ '../plan/adoptTracker');

/**
 * "Nhận sổ đang dùng": reads the open workbook once the plan is known (so an office's tracker is
 * offered for adoption without a click), then the officer's changes and the confirmed write.
 * Null when Excel is not ready.
 */
export function useAdoptTracker(): AdoptActions | null {
  const { state, dispatch, plan, host, describeError } = usePane();
  const { adopt, trackerChoice, planSource } = state;
  // Set by "Nhận lại": the tracker's sheets in the workbook are this adoption's own, so writing them again replaces nothing of the office's.
  const again = useRef(false);

  const scan = useCallback(() => {
    if (host.kind !== 'ready') return;
    dispatch({ type: 'adoptScanStarted' });
    load()
      .then(({ scanForAdoption }) => scanForAdoption(host.port, plan, (done, total) => dispatch({ type: 'adoptScanProgress', done, total })))
      .then(
        (result) => dispatch({ type: 'adoptScanned', ...result }),
        (error: unknown) => dispatch({ type: 'adoptScanFailed', message: describeError(error) }),
      );
  }, [host, plan, dispatch, describeError]);

  const planKnown = planSource.kind !== 'reading';
  useEffect(() => {
    if (host.kind === 'ready' && planKnown && adopt.status === 'idle') scan();
  }, [host, planKnown, adopt.status, scan]);

  // "Tạo sổ theo dõi" stamps the workbook: what was offered for adoption may no longer apply.
  // Only on the change to "done", so a workbook that stays unstamped is not read again and again.
  const trackerJob = state.trackerJob;
  const offered = adopt.status === 'found' || adopt.status === 'reviewing';
  const lastTrackerJob = useRef(trackerJob);
  useEffect(() => {
    const before = lastTrackerJob.current;
    lastTrackerJob.current = trackerJob;
    if (trackerJob !== before && trackerJob.status === 'done' && offered) scan();
  }, [trackerJob, offered, scan]);

  const changeColumn = useCallback(
    (sheet: string, column: string, field: ColumnRole | null) => {
      if (!('proposal' in adopt)) return;
      const current = { sheets: adopt.sheets, proposal: adopt.proposal };
      void load().then(({ recountChannels }) =>
        dispatch({ type: 'adoptColumnChanged', sheet, column, field, channels: recountChannels(plan, current, sheet, column, field) }),
      );
    },
    [adopt, plan, dispatch],
  );

  const changeHeaderRow = useCallback(
    (sheet: string, headerRow: number) => {
      if (!('proposal' in adopt) || !Number.isInteger(headerRow) || headerRow < 1) return;
      const current = { sheets: adopt.sheets, proposal: adopt.proposal };
      void load().then(({ withHeaderRow }) => dispatch({ type: 'adoptHeaderRowChanged', sheet, headerRow, ...withHeaderRow(plan, current, sheet, headerRow) }));
    },
    [adopt, plan, dispatch],
  );

  const confirm = useCallback(() => {
    if (host.kind !== 'ready' || !('proposal' in adopt) || trackerChoice.unitCode === '') return;
    const current = { sheets: adopt.sheets, proposal: adopt.proposal };
    const planSheet = planSource.kind === 'sheet' || planSource.kind === 'sheet-invalid' ? [planSource.sheet] : [];
    const readopting = again.current;
    dispatch({ type: 'adoptWriting', done: 0, total: 0 });
    load()
      .then(({ adoptTracker, trackerSheetNames }) => {
        const keep = readopting ? [...planSheet, ...trackerSheetNames(plan)] : planSheet;
        return adoptTracker(host.port, plan, current, trackerChoice, localIsoDate(new Date()), keep, (done, total) =>
          dispatch({ type: 'adoptWriting', done, total }),
        );
      })
      .then(
        (outcome) =>
          dispatch(outcome.kind === 'clash' ? { type: 'adoptClash', clashes: outcome.clashes } : { type: 'adoptFinished', summary: outcome.summary }),
        (error: unknown) => dispatch({ type: 'adoptFailed', message: describeError(error) }),
      );
  }, [host, adopt, plan, trackerChoice, planSource, dispatch, describeError]);

  const goToRow = useCallback(
    (sheet: string, row: number) => {
      if (host.kind !== 'ready') return;
      host.port.selectCell(sheet, `A${row}`).catch((error: unknown) => dispatch({ type: 'adoptFailed', message: describeError(error) }));
    },
    [host, dispatch, describeError],
  );

  return useMemo(
    () =>
      host.kind === 'ready'
        ? {
            scan,
            open: () => dispatch({ type: 'adoptOpened' }),
            cancel: () => dispatch({ type: 'adoptCancelled' }),
            changeColumn,
            changeHeaderRow,
            changeChannel: (label: string, code: string | null) => dispatch({ type: 'adoptChannelChanged', label, code }),
            changeDefaultForm: (code: string | null) => dispatch({ type: 'adoptDefaultFormChanged', code }),
            confirm,
            goToRow,
            readopt: () => {
              again.current = true;
              if (adopt.status !== 'stamped') {
                dispatch({ type: 'adoptReopened' });
                return;
              }
              dispatch({ type: 'adoptScanStarted' });
              load()
                .then(({ scanForAdoption }) => scanForAdoption(host.port, plan, (done, total) => dispatch({ type: 'adoptScanProgress', done, total }), true))
                .then(
                  (result) => {
                    dispatch({ type: 'adoptScanned', ...result });
                    // Straight to the review: the officer asked for it already.
                    dispatch({ type: 'adoptOpened' });
                  },
                  (error: unknown) => dispatch({ type: 'adoptScanFailed', message: describeError(error) }),
                );
            },
          }
        : null,
    [host, scan, changeColumn, changeHeaderRow, confirm, goToRow, dispatch, adopt.status, plan, describeError],
  );
}
