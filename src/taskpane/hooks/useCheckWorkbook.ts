import { useCallback } from 'react';
import type { Issue, IssueLocation } from '../../core/issues';
import { marksFor } from '../state/checkJob';
import { usePane } from '../PaneContext';
import { localIsoDate } from '../plan/localIsoDate';

export interface CheckActions {
  readonly run: () => void;
  /** Selects the issue's cell in Excel, so the officer lands on what to fix. */
  readonly goTo: (where: IssueLocation) => void;
  /** Fills the issues' cells (errors red, warnings yellow); the previous fills are kept in the workbook. */
  readonly mark: (issues: readonly Issue[]) => void;
  /** Gives the marked cells their previous fills back. */
  readonly clearMarks: () => void;
}

/** "Check the open workbook" and "go to cell", or null when Excel is not ready. Rules load on first use. */
export function useCheckWorkbook(): CheckActions | null {
  const { dispatch, plan, host, describeError } = usePane();
  const run = useCallback(() => {
    if (host.kind !== 'ready') return;
    dispatch({ type: 'checkStarted' });
    import(/* webpackChunkName: "check" */ '../../core/usecases/checkWorkbook')
      .then(({ checkWorkbook }) => checkWorkbook(host.port, { plan, today: localIsoDate(new Date()) }))
      .then(
        ({ report, sheets }) => dispatch({ type: 'checkFinished', issues: report.issues, sheets }),
        (error: unknown) => dispatch({ type: 'checkFailed', message: describeError(error) }),
      );
  }, [host, plan, dispatch, describeError]);
  const goTo = useCallback(
    (where: IssueLocation) => {
      if (host.kind !== 'ready' || where.cell === undefined) return;
      host.port.selectCell(where.sheet, where.cell).catch((error: unknown) => dispatch({ type: 'checkGoToFailed', message: describeError(error) }));
    },
    [host, dispatch, describeError],
  );
  const mark = useCallback(
    (issues: readonly Issue[]) => {
      if (host.kind !== 'ready') return;
      dispatch({ type: 'checkMarksWorking', what: 'mark' });
      host.port.markCells(marksFor(issues)).then(
        (stats) => dispatch({ type: 'checkMarked', ...stats }),
        (error: unknown) => dispatch({ type: 'checkMarksFailed', message: describeError(error) }),
      );
    },
    [host, dispatch, describeError],
  );
  const clearMarks = useCallback(() => {
    if (host.kind !== 'ready') return;
    dispatch({ type: 'checkMarksWorking', what: 'clear' });
    host.port.clearMarks().then(
      (restored) => dispatch({ type: 'checkMarksCleared', restored }),
      (error: unknown) => dispatch({ type: 'checkMarksFailed', message: describeError(error) }),
    );
  }, [host, dispatch, describeError]);
  return host.kind === 'ready' ? { run, goTo, mark, clearMarks } : null;
}
