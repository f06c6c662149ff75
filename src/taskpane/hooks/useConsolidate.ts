import { useCallback, useMemo } from 'react';
import type { UnitFileInput } from '../../core/consolidate/types';
import { usePane } from '../PaneContext';
import { localIsoDate } from '../plan/localIsoDate';
import type { PickedFile } from '../plan/readUnitFiles';
import { unreadableInWords } from '../../core/usecases/detectedFormat';
import { chosenFile, unitsWithSeveralFiles } from '../state/consolidateJob';
import { resolvePeriod, standardPeriod } from '../state/reportJob';
import { reviewStore } from '../sections/consolidate/review/reviewStore'; // decisions (issue 9)

export interface ConsolidateActions {
  /** Adds files to the list and reads them one after another. */
  readonly pick: (files: readonly PickedFile[]) => void;
  readonly remove: (name: string) => void;
  readonly prefer: (unit: string, file: string) => void;
  /** Consolidates every file read into the open workbook, with the report of the chosen period. */
  readonly run: () => void;
  readonly goTo: (sheet: string) => void;
}

// Reads run one at a time even when the officer picks again while files are being read.
let readQueue: Promise<void> = Promise.resolve();

/** Tổng hợp's actions, or null when Excel is not ready. exceljs and the core consolidation load on first use. */
export function useConsolidate(): ConsolidateActions | null {
  const { state, dispatch, plan, host, describeError } = usePane();
  const { reportPeriod, language, consolidate } = state;

  const pick = useCallback(
    (files: readonly PickedFile[]) => {
      const xlsx = files.filter((f) => f.name !== '');
      if (xlsx.length === 0) return;
      dispatch({ type: 'consolidateFilesPicked', files: xlsx.map(({ name, size, lastModified }) => ({ name, size, lastModified })) });
      const today = localIsoDate(new Date());
      // The list shows each file checked against the chosen period, or the plan year while a typed range is incomplete.
      const resolved = resolvePeriod(reportPeriod, plan);
      const period = resolved.ok ? resolved.period : standardPeriod('year', plan.identity.year, plan.periodConvention);
      readQueue = readQueue.then(async () => {
        try {
          const [{ readUnitFile }, { checkUnitFile }] = await Promise.all([
            import(/* webpackChunkName: "consolidate" */ '../plan/readUnitFiles'),
            import(/* webpackChunkName: "consolidate" */ '../plan/consolidateFiles'),
          ]);
          for (const [index, file] of xlsx.entries()) {
            dispatch({ type: 'consolidateFileReading', name: file.name, done: index, total: xlsx.length });
            // A file that breaks the reader in an unforeseen way is a damaged file: the others go on.
            const read = await readUnitFile(file).catch((): UnitFileInput => ({
              file: file.name,
              lastModified: file.lastModified,
              sheets: null,
              unreadable: { reason: 'corrupt', detail: file.name },
            }));
            // The reader says what a non-.xlsx file looks like by a code ("text"); the officer reads the CLI's words.
            const input = unreadableInWords(read, language);
            dispatch({
              type: 'consolidateFileRead',
              name: file.name,
              lastModified: file.lastModified,
              input,
              check: checkUnitFile(plan, input, period, today),
            });
          }
          dispatch({ type: 'consolidateReadingDone' });
        } catch (error: unknown) {
          dispatch({ type: 'consolidateFailed', message: describeError(error) });
        }
      });
    },
    [dispatch, plan, reportPeriod, language, describeError],
  );

  const remove = useCallback((name: string) => dispatch({ type: 'consolidateFileRemoved', name }), [dispatch]);
  const prefer = useCallback((unit: string, file: string) => dispatch({ type: 'consolidatePreferred', unit, file }), [dispatch]);

  const run = useCallback(() => {
    if (host.kind !== 'ready') return;
    const resolved = resolvePeriod(reportPeriod, plan);
    if (!resolved.ok) {
      dispatch({ type: 'consolidateFailed', message: resolved.message });
      return;
    }
    const inputs = consolidate.files.flatMap((f) => (f.input === undefined ? [] : [f.input]));
    const preferred = new Map<string, string>();
    for (const group of unitsWithSeveralFiles(consolidate.files)) {
      const file = chosenFile(consolidate, group.unit, group.files);
      if (file !== undefined) preferred.set(group.unit, file);
    }
    dispatch({ type: 'consolidateWriting', done: 0, total: 0 });
    import(/* webpackChunkName: "consolidate" */ '../plan/consolidateFiles')
      .then(({ consolidateInto }) =>
        consolidateInto(
          host.port,
          plan,
          inputs,
          { period: resolved.period, today: localIsoDate(new Date()), language, preferred, added: reviewStore.get() /* decisions (issue 9) */ },
          (done, total) => dispatch({ type: 'consolidateWriting', done, total }),
        ),
      )
      .then(
        ({ summary, checks }) => dispatch({ type: 'consolidateFinished', summary, checks }),
        (error: unknown) => dispatch({ type: 'consolidateFailed', message: describeError(error) }),
      );
  }, [host, plan, reportPeriod, language, consolidate, dispatch, describeError]);

  const goTo = useCallback(
    (sheet: string) => {
      if (host.kind !== 'ready') return;
      host.port.selectCell(sheet, 'A1').catch((error: unknown) => dispatch({ type: 'consolidateGoToFailed', message: describeError(error) }));
    },
    [host, dispatch, describeError],
  );

  const actions = useMemo(() => ({ pick, remove, prefer, run, goTo }), [pick, remove, prefer, run, goTo]);
  return host.kind === 'ready' ? actions : null;
}
