import { useCallback, useState } from 'react';
import { usePane } from '../PaneContext';
import { downloadFile } from '../sections/consolidate/returns/downloadFile';
import { localIsoDate } from '../plan/localIsoDate';
import { periodLabel } from '../../core/periods';
import { reportOwner, reportRefusalMessage, periodReporter, resolvePeriod, type WordJob } from '../state/reportJob';
import type { PaneMessage } from '../state/trackerJob';

/** "Write the report" for the chosen period, or null when Excel is not ready. Report code loads on first use. */
export function useWriteReport(): (() => void) | null {
  const { state, dispatch, plan, host, describeError } = usePane();
  const { reportPeriod, language } = state;
  const reporter = periodReporter(state, plan);
  const run = useCallback(() => {
    if (host.kind !== 'ready') return;
    const resolved = resolvePeriod(reportPeriod, plan, undefined, reporter);
    if (!resolved.ok) {
      dispatch({ type: 'reportFailed', message: resolved.message });
      return;
    }
    dispatch({ type: 'reportStarted' });
    import(/* webpackChunkName: "report" */ '../../core/usecases/writeReport')
      .then(({ writeReportSheet }) => writeReportSheet(host.port, { plan, period: resolved.period, today: localIsoDate(new Date()), language }))
      .then(
        (outcome) => {
          if (!outcome.ok) return dispatch({ type: 'reportFailed', message: reportRefusalMessage(outcome.refusal) });
          const { report, source } = outcome;
          const note: PaneMessage | undefined =
            source.consolidatedFrom !== null ? { key: 'pane.report.districtFromConsolidation', params: { sheet: source.consolidatedFrom } } : undefined;
          return dispatch({
            type: 'reportFinished',
            sheet: report.layout.name,
            period: periodLabel(resolved.period, language),
            owner: reportOwner(source),
            errors: source.errors,
            ...(note === undefined ? {} : { note }),
          });
        },
        (error: unknown) => dispatch({ type: 'reportFailed', message: describeError(error) }),
      );
  }, [host, plan, reportPeriod, reporter, language, dispatch, describeError]);
  return host.kind === 'ready' ? run : null;
}

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * "Tải báo cáo Word": the same report as a .docx download, the Word rendering (docx, ~400 KB)
 * loaded only on first use so the pane's first load stays small. Null when Excel is not ready.
 */
export function useWordReport(): { readonly job: WordJob; readonly run: (() => void) | null } {
  const { state, plan, host, describeError } = usePane();
  const { reportPeriod, language } = state;
  const reporter = periodReporter(state, plan);
  const [job, setJob] = useState<WordJob>({ status: 'idle' });
  const run = useCallback(() => {
    if (host.kind !== 'ready') return;
    const resolved = resolvePeriod(reportPeriod, plan, undefined, reporter);
    if (!resolved.ok) {
      setJob({ status: 'failed', message: resolved.message });
      return;
    }
    setJob({ status: 'working' });
    import(/* webpackChunkName: "report" */ '../../core/usecases/writeReport')
      .then(async ({ wordReport }) => {
        const outcome = await wordReport(host.port, { plan, period: resolved.period, today: localIsoDate(new Date()), language });
        if (!outcome.ok) return setJob({ status: 'failed', message: reportRefusalMessage(outcome.refusal) });
        // The Word renderer (docx, ~400 KB) loads only now, on the first click.
        const { reportDocxBytes } = await import(/* webpackChunkName: "docx" */ '../../docx');
        const file = `${outcome.document.fileName}.docx`;
        downloadFile(await reportDocxBytes(outcome.document), file, DOCX_TYPE);
        return setJob({ status: 'done', file });
      })
      .catch((error: unknown) => setJob({ status: 'failed', message: describeError(error) }));
  }, [host, plan, reportPeriod, reporter, language, describeError]);
  return { job, run: host.kind === 'ready' ? run : null };
}
