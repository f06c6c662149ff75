import {
  INITIAL_CONSOLIDATE_STATE,
  chosenFile,
  consolidateReducer,
  isConsolidateAction,
  unitsWithSeveralFiles,
  type ConsolidateAction,
  type ConsolidateState,
  type FileCheck,
} from '../../src/taskpane/state/consolidateJob';

const ok = (unit: string | null, records = 3): FileCheck => ({ unit, status: 'ok', records, errors: 0, warnings: 0 });
const run = (actions: readonly ConsolidateAction[], from: ConsolidateState = INITIAL_CONSOLIDATE_STATE): ConsolidateState =>
  actions.reduce(consolidateReducer, from);
const picked = (...files: [string, number][]): ConsolidateAction => ({
  type: 'consolidateFilesPicked',
  files: files.map(([name, lastModified]) => ({ name, size: 10, lastModified })),
});
const read = (name: string, lastModified: number, check: FileCheck): ConsolidateAction => ({
  type: 'consolidateFileRead',
  name,
  lastModified,
  readable: true,
  check,
});

describe('consolidateReducer', () => {
  it("keeps a folder pick's skipped files with the picked files' state until the next pick, through reading, removing and cancelling", () => {
    const skipped = [{ file: 'Don vi/~$a.xlsx', reason: 'lockFile' as const }];
    const state = run([
      {
        type: 'consolidateFilesPicked',
        files: [
          { name: 'Don vi/a.xlsx', size: 10, lastModified: 1 },
          { name: 'Don vi/b.xlsx', size: 10, lastModified: 1 },
        ],
        skipped,
      },
      { type: 'consolidateFileReading', name: 'Don vi/a.xlsx', done: 0, total: 2 },
      read('Don vi/a.xlsx', 1, ok('XTD')),
      { type: 'consolidateReadingDone' },
      { type: 'consolidateFileRemoved', name: 'Don vi/b.xlsx' },
    ]);
    expect(state.skipped).toEqual(skipped);
    expect(run([{ type: 'consolidateCancelled' }], state).skipped).toEqual(skipped);
    // Files picked one by one replace the folder's list: it was about that folder.
    expect(run([picked(['c.xlsx', 3])], state).skipped).toEqual([]);
  });

  it('lists picked files as waiting, then reading with real progress, then read with their check', () => {
    const state = run([picked(['a.xlsx', 1], ['b.xlsx', 2]), { type: 'consolidateFileReading', name: 'a.xlsx', done: 0, total: 2 }]);
    expect(state.files.map((f) => [f.name, f.phase])).toEqual([
      ['a.xlsx', 'reading'],
      ['b.xlsx', 'waiting'],
    ]);
    expect(state.job).toEqual({ status: 'reading', done: 0, total: 2, current: 'a.xlsx', stage: 'read' });
    const checking = run([{ type: 'consolidateFileStage', name: 'a.xlsx', stage: 'check' }], state);
    expect(checking.job).toMatchObject({ status: 'reading', current: 'a.xlsx', stage: 'check' });
    const after = run([read('a.xlsx', 1, ok('XTD')), { type: 'consolidateReadingDone' }], state);
    expect(after.files[0]).toMatchObject({ phase: 'read', check: ok('XTD') });
    expect(after.job).toEqual({ status: 'idle' });
  });

  it('given a late file, keeps the files already read and adds it', () => {
    const first = run([picked(['a.xlsx', 1]), read('a.xlsx', 1, ok('XTD'))]);
    const later = run([picked(['late.xlsx', 5])], first);
    expect(later.files.map((f) => [f.name, f.phase])).toEqual([
      ['a.xlsx', 'read'],
      ['late.xlsx', 'waiting'],
    ]);
  });

  it('given a file of the same name picked again, replaces the listed one and forgets a choice of it', () => {
    const state = run([
      picked(['a.xlsx', 1], ['b.xlsx', 2]),
      read('a.xlsx', 1, ok('XTD')),
      read('b.xlsx', 2, ok('XTD')),
      { type: 'consolidatePreferred', unit: 'XTD', file: 'a.xlsx' },
    ]);
    const again = run([picked(['a.xlsx', 9])], state);
    expect(again.files.map((f) => [f.name, f.lastModified, f.phase])).toEqual([
      ['b.xlsx', 2, 'read'],
      ['a.xlsx', 9, 'waiting'],
    ]);
    expect(again.preferred).toEqual({});
    // The stale read of the old copy does not land on the new one.
    expect(run([read('a.xlsx', 1, ok('XTD'))], again).files[1]?.phase).toBe('waiting');
  });

  it('offers a choice for a unit with two usable files, newest first by default, and keeps the officer’s pick', () => {
    const state = run([
      picked(['old.xlsx', 1], ['new.xlsx', 2], ['bad.xlsx', 3]),
      read('old.xlsx', 1, ok('XTD')),
      read('new.xlsx', 2, ok('XTD')),
      read('bad.xlsx', 3, { ...ok('XTD'), status: 'rejected' }),
    ]);
    const groups = unitsWithSeveralFiles(state.files);
    expect(groups.map((g) => [g.unit, g.files.map((f) => f.name)])).toEqual([['XTD', ['new.xlsx', 'old.xlsx']]]);
    const group = groups[0];
    if (!group) throw new Error('no group');
    expect(chosenFile(state, 'XTD', group.files)).toBe('new.xlsx');
    const chosen = run([{ type: 'consolidatePreferred', unit: 'XTD', file: 'old.xlsx' }], state);
    expect(chosenFile(chosen, 'XTD', group.files)).toBe('old.xlsx');
    const removed = run([{ type: 'consolidateFileRemoved', name: 'old.xlsx' }], chosen);
    expect(unitsWithSeveralFiles(removed.files)).toEqual([]);
    expect(removed.preferred).toEqual({});
  });

  it("given a unit's older workbook downloaded after its newer one, puts the newer by saved time first, as the CLI does", () => {
    const DAY = 86_400_000;
    const state = run([
      picked(['cu.xlsx', 40 * DAY], ['moi.xlsx', 30 * DAY]),
      read('cu.xlsx', 40 * DAY, { ...ok('XTD'), savedAt: 10 * DAY }),
      read('moi.xlsx', 30 * DAY, { ...ok('XTD'), savedAt: 20 * DAY }),
    ]);
    const group = unitsWithSeveralFiles(state.files)[0];
    expect(group?.files.map((f) => f.name)).toEqual(['moi.xlsx', 'cu.xlsx']);
    expect(chosenFile(state, 'XTD', group?.files ?? [])).toBe('moi.xlsx');
  });

  it('does not drop a file while the workbook is being written', () => {
    const state = run([picked(['a.xlsx', 1]), { type: 'consolidateWriting', done: 0, total: 0 }, { type: 'consolidateFileRemoved', name: 'a.xlsx' }]);
    expect(state.files).toHaveLength(1);
    expect(state.job).toEqual({ status: 'writing', done: 0, total: 0 });
  });

  it('given a cancel while files are read, keeps the files read and takes the unread ones off the list', () => {
    const state = run([
      picked(['a.xlsx', 1], ['b.xlsx', 2], ['c.xlsx', 3]),
      { type: 'consolidateFileReading', name: 'a.xlsx', done: 0, total: 3 },
      read('a.xlsx', 1, ok('XTD')),
      { type: 'consolidateFileReading', name: 'b.xlsx', done: 1, total: 3 },
      { type: 'consolidateCancelled' },
    ]);
    expect(state.files.map((f) => [f.name, f.phase])).toEqual([['a.xlsx', 'read']]);
    expect(state.job).toEqual({ status: 'cancelled', kept: 1, dropped: 2 });
    // A cancelled job is over: the list can be edited again.
    expect(run([{ type: 'consolidateFileRemoved', name: 'a.xlsx' }], state).files).toEqual([]);
  });

  it('given a cancel while consolidating, keeps every file and is no longer busy', () => {
    const state = run([picked(['a.xlsx', 1]), read('a.xlsx', 1, ok('XTD')), { type: 'consolidateRunning', files: 1 }]);
    expect(state.job).toEqual({ status: 'consolidating', files: 1 });
    expect(run([{ type: 'consolidateFileRemoved', name: 'a.xlsx' }], state).files).toHaveLength(1);
    const cancelled = run([{ type: 'consolidateCancelled' }], state);
    expect(cancelled.files).toHaveLength(1);
    expect(cancelled.job).toEqual({ status: 'cancelled', kept: 1, dropped: 0 });
  });

  it('given a cancel that arrives once writing has begun, goes on writing', () => {
    const state = run([
      picked(['a.xlsx', 1]),
      read('a.xlsx', 1, ok('XTD')),
      { type: 'consolidateWriting', done: 1, total: 7 },
      { type: 'consolidateCancelled' },
    ]);
    expect(state.job).toEqual({ status: 'writing', done: 1, total: 7 });
    expect(state.files).toHaveLength(1);
  });

  it('recognises its own actions only', () => {
    expect(isConsolidateAction({ type: 'consolidateWriting' })).toBe(true);
    expect(isConsolidateAction({ type: 'reportStarted' })).toBe(false);
  });
});
