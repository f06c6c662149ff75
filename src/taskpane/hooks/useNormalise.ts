import { useCallback, useState } from 'react';
import type { CellFix, UnsettledCell } from '../../core/normalise/cellFixes';
import type { PaneMessage } from '../state/trackerJob';
import { usePane } from '../PaneContext';
import { localIsoDate } from '../plan/localIsoDate';

/** The last "Chuẩn hóa" of the open workbook: what it wrote and what it left as typed. */
export type NormaliseJob =
  | { readonly status: 'idle' }
  | { readonly status: 'working' }
  | { readonly status: 'done'; readonly written: readonly CellFix[]; readonly unsettled: readonly UnsettledCell[] }
  | { readonly status: 'refused'; readonly message: PaneMessage }
  | { readonly status: 'failed'; readonly message: PaneMessage };

/**
 * "Chuẩn hóa": plans the writes with the core's use case (loaded on first use) over the open
 * workbook and writes them through the port. The state is the panel's own: it is shown next to the
 * check's results and forgotten with the panel, while the workbook keeps what was written.
 */
export function useNormalise(): { readonly job: NormaliseJob; readonly run: () => void } {
  const { plan, host, describeError } = usePane();
  const [job, setJob] = useState<NormaliseJob>({ status: 'idle' });
  const run = useCallback(() => {
    if (host.kind !== 'ready') return;
    const port = host.port;
    setJob({ status: 'working' });
    import(/* webpackChunkName: "normalise" */ '../../core/usecases/normaliseWorkbook')
      .then(({ normaliseWorkbook }) => normaliseWorkbook(port, { plan, today: localIsoDate(new Date()) }))
      .then(async (planned): Promise<NormaliseJob> => {
        if (planned.kind === 'notTemplate') return { status: 'refused', message: { key: 'pane.normalise.notTemplate', params: {} } };
        if (planned.writes.length === 0) return { status: 'done', written: [], unsettled: planned.unsettled };
        if (port.writeCells === undefined) return { status: 'refused', message: { key: 'pane.normalise.cannotWrite', params: {} } };
        await port.writeCells(planned.writes);
        return { status: 'done', written: planned.writes, unsettled: planned.unsettled };
      })
      .then(setJob, (error: unknown) => setJob({ status: 'failed', message: describeError(error) }));
  }, [host, plan, describeError]);
  return { job, run };
}
