import { useCallback, useEffect, useMemo } from 'react';
import { usePane } from '../PaneContext';
import { localIsoDate } from '../plan/localIsoDate';
import type { PickedFile } from '../plan/readUnitFiles';
import { busy, chosenFile, unitsWithSeveralFiles } from '../state/consolidateJob';
import { periodReporter, resolvePeriod, standardPeriod } from '../state/reportJob';
import type { SkippedFile } from '../../core/consolidate/folderEntries';
import type { Decision } from '../../core/decisions/types';
import type { ConsolidationEngine } from '../worker/consolidationEngine';
import { fileKey, type CheckContext, type FileKey } from '../worker/protocol';
import { reviewStore } from '../sections/consolidate/review/reviewStore';
import { roundStore } from '../sections/consolidate/review/roundStore';

export interface ConsolidateActions {
  /** Adds files to the list and reads them one after another (in the consolidation worker); `skipped`: what a folder pick left out. */
  readonly pick: (files: readonly PickedFile[], skipped?: readonly SkippedFile[]) => void;
  readonly remove: (name: string) => void;
  readonly prefer: (unit: string, file: string) => void;
  /** Consolidates every file read into the open workbook, with the report of the chosen period. */
  readonly run: () => void;
  /** What the open workbook is: Tổng hợp asks first when it is no tracker of the add-in's (`none`). */
  readonly workbookKind: () => Promise<'none' | 'unit' | 'district'>;
  /**
   * The guided path (issue 15): makes the open workbook the district's tracker (the plan's reporting
   * body's; the sheets already there are kept, as "Tạo sổ theo dõi" keeps them), then consolidates.
   */
  readonly makeDistrictThenRun: () => void;
  /** Stops reading or consolidating at once; nothing has been written then. Writing itself is not cancellable. */
  readonly cancel: () => void;
  /** Selects `cell` (A1 by default) on `sheet` of the open workbook. */
  readonly goTo: (sheet: string, cell?: string) => void;
}

// Reads run one at a time even when the officer picks again while files are being read.
let readQueue: Promise<void> = Promise.resolve();
// Bumped by Cancel: picks queued before it are not read.
let generation = 0;
let engine: Promise<ConsolidationEngine> | null = null;
/**
 * The picked files by key: handles, not contents (the worker has the contents). Kept so a file can be
 * read again if the worker was stopped by a Cancel and forgot it; a File whose disk copy changed since
 * then can no longer be read, and is then listed as damaged by that run's summary.
 */
const handles = new Map<FileKey, PickedFile>();

/** The engine, loaded with the worker's start on first use (none of it is in the first-load script). */
function consolidationEngine(): Promise<ConsolidationEngine> {
  engine ??= Promise.all([
    import(/* webpackChunkName: "consolidate" */ '../worker/consolidationEngine'),
    import(/* webpackChunkName: "consolidate" */ '../worker/startWorker'),
  ]).then(([{ createEngine }, { startConsolidationWorker }]) => createEngine(startConsolidationWorker));
  return engine;
}

/**
 * "Xem lại" of a picked file (issue 9): what the reader could not settle in it, worked out where the
 * file was read (the worker), given the decisions taken so far. A file the worker forgot after a
 * Cancel is read again from its handle first. Rejects when the file can no longer be read.
 */
export async function reviewQuestions(
  name: string,
  lastModified: number,
  unitKnown: boolean,
  taken: readonly Decision[],
  context: CheckContext,
): Promise<readonly Decision[]> {
  const work = await consolidationEngine();
  const key = fileKey(name, lastModified);
  const question = { key, name, unitKnown, taken, plan: context.plan, today: context.today };
  let items = await work.review(question);
  if (items === 'missing') {
    const file = handles.get(key);
    if (file === undefined) return [];
    await work.read(file, context, () => undefined);
    items = await work.review(question);
  }
  return items === 'missing' ? [] : items;
}

/**
 * "Tải bản trả lại" (issue 15): the copy of `file` with its issues marked, made by the engine that holds
 * the file's bytes and the last consolidation's issues; `missing` when it no longer holds them (a Cancel
 * restarted the worker since), and the officer consolidates again.
 */
export async function returnCopyOf(file: string, context: CheckContext): Promise<Uint8Array<ArrayBuffer> | 'missing'> {
  if (engine === null) return 'missing';
  return (await engine).returnCopy(file, context);
}

const isCancelled = (error: unknown): boolean => error instanceof Error && error.name === 'CancelledError';

/**
 * Tổng hợp's actions, or null when Excel is not ready. Reading, checking and consolidating run in a
 * Web Worker (src/taskpane/worker; inline where the runtime has none); this page only writes the
 * result through Office.js. Cancel is offered until the write starts: a write interrupted between its
 * requests would leave some "TH …" sheets replaced and others not, and Office.js has no undo to put
 * the old ones back, so once the first request is sent the write goes to its end (a few syncs).
 */
export function useConsolidate(): ConsolidateActions | null {
  const { state, dispatch, plan, host, describeError } = usePane();
  const { reportPeriod, language, consolidate } = state;
  const reporter = periodReporter(state, plan);

  const checkContext = useCallback((): CheckContext => {
    // The list shows each file checked against the chosen period, or the plan year while a typed range is incomplete.
    const resolved = resolvePeriod(reportPeriod, plan, undefined, reporter);
    const period = resolved.ok ? resolved.period : standardPeriod('year', plan.identity.year, plan.periodConvention);
    return { plan, period, today: localIsoDate(new Date()), language };
  }, [plan, reportPeriod, reporter, language]);

  /**
   * The review states kept on the open workbook's "TH Đơn vị" for `period` (issue 15), read when the
   * first files are listed and whenever the period changes: the list shows the officer's states and notes before the first Tổng hợp, and a state
   * that is no state with a way to its cell. A failed read shows none: Tổng hợp reads the sheet again
   * and says its own failure there, where it matters.
   */
  const readKept = useCallback(
    (period: CheckContext['period']) => {
      if (host.kind !== 'ready') return;
      import(/* webpackChunkName: "consolidate" */ '../sections/consolidate/review/keptReviews')
        .then(({ keptRound }) => keptRound(host.port, period))
        .then(
          (kept) => roundStore.keptRead(kept.reviews, kept.issues),
          () => roundStore.keptRead([], []),
        );
    },
    [host],
  );

  const pick = useCallback(
    (files: readonly PickedFile[], skipped: readonly SkippedFile[] = []) => {
      const xlsx = files.filter((f) => f.name !== '');
      if (xlsx.length === 0 && skipped.length === 0) return;
      dispatch({ type: 'consolidateFilesPicked', files: xlsx.map(({ name, size, lastModified }) => ({ name, size, lastModified })), skipped });
      // A folder of nothing but skipped files: its list is said, there is nothing to read.
      if (xlsx.length === 0) return;
      const context = checkContext();
      const mine = generation;
      readQueue = readQueue.then(async () => {
        if (mine !== generation) return;
        try {
          const work = await consolidationEngine();
          for (const [index, file] of xlsx.entries()) {
            if (mine !== generation) return;
            dispatch({ type: 'consolidateFileReading', name: file.name, done: index, total: xlsx.length });
            const key = fileKey(file.name, file.lastModified);
            handles.set(key, file);
            const { check, readable } = await work.read(file, context, (stage) => dispatch({ type: 'consolidateFileStage', name: file.name, stage }));
            // A cancel that came while the file's bytes were being fetched found no request to stop: its answer is dropped here.
            if (mine !== generation) return;
            dispatch({ type: 'consolidateFileRead', name: file.name, lastModified: file.lastModified, readable, check });
          }
          dispatch({ type: 'consolidateReadingDone' });
        } catch (error: unknown) {
          // A cancel is dispatched by cancel() itself, at once.
          if (!isCancelled(error)) dispatch({ type: 'consolidateFailed', message: describeError(error) });
        }
      });
    },
    [dispatch, checkContext, describeError],
  );

  // Read once files are listed, and again when the period (or plan) changes: the kept states are those of the chosen period.
  const listed = consolidate.files.length > 0;
  useEffect(() => {
    if (listed) readKept(checkContext().period);
  }, [listed, checkContext, readKept]);

  const remove = useCallback(
    (name: string) => {
      if (busy(consolidate.job)) return;
      const gone = consolidate.files.filter((f) => f.name === name).map((f) => fileKey(f.name, f.lastModified));
      for (const key of gone) handles.delete(key);
      void engine?.then((work) => work.forget(gone));
      dispatch({ type: 'consolidateFileRemoved', name });
    },
    [consolidate, dispatch],
  );
  const prefer = useCallback((unit: string, file: string) => dispatch({ type: 'consolidatePreferred', unit, file }), [dispatch]);

  const cancel = useCallback(() => {
    if (consolidate.job.status !== 'reading' && consolidate.job.status !== 'consolidating') return;
    generation += 1;
    void engine?.then((work) => work.cancel());
    // The files not read yet leave the list (the reducer drops them): their handles go too.
    for (const f of consolidate.files) if (f.phase !== 'read') handles.delete(fileKey(f.name, f.lastModified));
    dispatch({ type: 'consolidateCancelled' });
  }, [consolidate, dispatch]);

  const run = useCallback(() => {
    if (host.kind !== 'ready') return;
    const resolved = resolvePeriod(reportPeriod, plan, undefined, reporter);
    if (!resolved.ok) {
      dispatch({ type: 'consolidateFailed', message: resolved.message });
      return;
    }
    const context: CheckContext = { plan, period: resolved.period, today: localIsoDate(new Date()), language };
    const read = consolidate.files.filter((f) => f.phase === 'read');
    const keys = read.map((f) => fileKey(f.name, f.lastModified));
    const preferred = new Map<string, string>();
    for (const group of unitsWithSeveralFiles(consolidate.files)) {
      const file = chosenFile(consolidate, group.unit, group.files);
      if (file !== undefined) preferred.set(group.unit, file);
    }
    const mine = generation;
    dispatch({ type: 'consolidateRunning', files: keys.length });
    const job = async (): Promise<void> => {
      const work = await consolidationEngine();
      // The decisions kept in this workbook are read here (the worker has no workbook) and go with the request.
      const { keptDecisions } = await import(/* webpackChunkName: "consolidate" */ '../plan/consolidateFiles');
      // Review states (issue 15): those kept on the workbook's unit list for this period, then the officer's in the pane.
      const { keptRound, listedOnce } = await import(/* webpackChunkName: "consolidate" */ '../sections/consolidate/review/keptReviews');
      const book = listedOnce(host.port);
      const decisions = { kept: await keptDecisions(book, plan), added: reviewStore.get() };
      const kept = await keptRound(book, resolved.period);
      roundStore.keptRead(kept.reviews, kept.issues);
      const reviews = [...kept.reviews, ...roundStore.officerReviews(read)];
      if (mine !== generation) return;
      let outcome = await work.consolidate(keys, context, preferred, decisions, reviews, consolidate.skipped);
      if ('missing' in outcome) {
        // The worker was restarted by an earlier Cancel: it reads those files again from their handles first.
        for (const key of outcome.missing) {
          if (mine !== generation) return;
          const file = handles.get(key);
          if (file !== undefined) await work.read(file, context, () => undefined);
        }
        outcome = await work.consolidate(keys, context, preferred, decisions, reviews, consolidate.skipped);
        if ('missing' in outcome) throw new Error(`files no longer available: ${outcome.missing.length}`);
      }
      if (mine !== generation) return;
      const { layout, summary, checks } = outcome;
      dispatch({ type: 'consolidateWriting', done: 0, total: 0 });
      // The write starts in a task of its own: the page paints "writing" and the task that took the worker's answer ends here.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const { writeConsolidation } = await import(/* webpackChunkName: "consolidate" */ '../plan/consolidateFiles');
      // Last point where a Cancel clicked just before "writing" showed still stops everything.
      if (mine !== generation) return;
      await writeConsolidation(host.port, layout, (done, total) => dispatch({ type: 'consolidateWriting', done, total }));
      if (outcome.round !== undefined) roundStore.finished(outcome.round);
      dispatch({ type: 'consolidateFinished', summary, checks });
    };
    job().catch((error: unknown) => {
      if (!isCancelled(error)) dispatch({ type: 'consolidateFailed', message: describeError(error) });
    });
  }, [host, plan, reportPeriod, reporter, language, consolidate, dispatch, describeError]);

  const workbookKindOf = useCallback(async (): Promise<'none' | 'unit' | 'district'> => {
    if (host.kind !== 'ready') return 'none';
    const { workbookKind } = await import(/* webpackChunkName: "consolidate" */ '../plan/consolidateFiles');
    return workbookKind(host.port);
  }, [host]);

  const makeDistrictThenRun = useCallback(() => {
    if (host.kind !== 'ready') return;
    dispatch({ type: 'consolidateRunning', files: 0 });
    const mine = generation;
    const keep = state.planSource.kind === 'sheet' || state.planSource.kind === 'sheet-invalid' ? [state.planSource.sheet] : [];
    Promise.all([
      import(/* webpackChunkName: "tracker" */ '../../core/usecases/makeTracker'),
      import(/* webpackChunkName: "tracker" */ '../../core/report/issuer'),
    ])
      .then(async ([{ makeTrackerInPlace }, { reportingBody }]) => {
        const body = reportingBody(plan) ?? plan.units[0];
        if (body === undefined) throw new RangeError(`Plan ${plan.identity.id} has no unit.`);
        const made = await makeTrackerInPlace(host.port, { plan, kind: 'district', unit: body, today: localIsoDate(new Date()), replaceable: keep });
        if (!made.ok) {
          const sheets = made.refusal.sheets.map((name) => `"${name}"`).join(', ');
          dispatch({ type: 'consolidateFailed', message: { key: 'pane.tracker.clash', params: { sheets } } });
          return;
        }
        // A Cancel while the tracker was written stops before the consolidation (the tracker stays: it loses nothing).
        if (mine === generation) run();
      })
      .catch((error: unknown) => dispatch({ type: 'consolidateFailed', message: describeError(error) }));
  }, [host, plan, state.planSource, dispatch, describeError, run]);

  const goTo = useCallback(
    (sheet: string, cell = 'A1') => {
      if (host.kind !== 'ready') return;
      host.port.selectCell(sheet, cell).catch((error: unknown) => dispatch({ type: 'consolidateGoToFailed', message: describeError(error) }));
    },
    [host, dispatch, describeError],
  );

  const actions = useMemo(
    () => ({ pick, remove, prefer, run, cancel, goTo, workbookKind: workbookKindOf, makeDistrictThenRun }),
    [pick, remove, prefer, run, cancel, goTo, workbookKindOf, makeDistrictThenRun],
  );
  return host.kind === 'ready' ? actions : null;
}
