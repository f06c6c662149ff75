import { useCallback, useState } from 'react';
import { usePane } from '../PaneContext';
import { localIsoDate } from '../plan/localIsoDate';
import { resolvePeriod, type WordJob } from '../state/reportJob';

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

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Hands the bytes to the browser as a download (Excel on the web and WebView2 hosts save it to Downloads). */
function download(bytes: Uint8Array<ArrayBuffer>, file: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type: DOCX_TYPE }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled, or some hosts cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * "Tải báo cáo Word": the same report as a .docx download, the Word rendering (docx, ~400 KB)
 * loaded only on first use so the pane's first load stays small. Null when Excel is not ready.
 */
export function useWordReport(): { readonly job: WordJob; readonly run: (() => void) | null } {
  const { state, plan, host, describeError } = usePane();
  const { reportPeriod, language } = state;
  const [job, setJob] = useState<WordJob>({ status: 'idle' });
  const run = useCallback(() => {
    if (host.kind !== 'ready') return;
    const resolved = resolvePeriod(reportPeriod, plan);
    if (!resolved.ok) {
      setJob({ status: 'failed', message: resolved.message });
      return;
    }
    setJob({ status: 'working' });
    import(/* webpackChunkName: "report" */ '../plan/writeReport')
      .then(({ wordReportFile }) => wordReportFile(host.port, plan, resolved.period, localIsoDate(new Date()), language))
      .then((outcome) => {
        if (!outcome.ok) return setJob({ status: 'failed', message: outcome.message });
        download(outcome.bytes, outcome.file);
        return setJob({ status: 'done', file: outcome.file });
      })
      .catch((error: unknown) => setJob({ status: 'failed', message: describeError(error) }));
  }, [host, plan, reportPeriod, language, describeError]);
  return { job, run: host.kind === 'ready' ? run : null };
}
