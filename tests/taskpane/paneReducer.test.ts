import { initialPaneState, paneReducer, type PaneAction } from '../../src/taskpane/state/paneReducer';
import { DEFAULT_SECTION, SECTION_IDS, sectionFromHash } from '../../src/taskpane/state/sections';
import { aPaneState, aPlan } from './fixtures';

describe('initialPaneState', () => {
  it.each([
    ['#ke-hoach', 'ke-hoach'],
    ['#kiem-tra', 'kiem-tra'],
    ['#so-theo-doi', 'so-theo-doi'],
    ['#bao-cao', 'bao-cao'],
    ['#tong-hop', 'tong-hop'],
  ] as const)('given the ribbon hash %s opens %s', (hash, section) => {
    expect(initialPaneState(hash).section).toBe(section);
  });

  it.each(['', '#', '#khong-co', '#ke-hoach-2'])('given the unknown hash "%s" opens the default section', (hash) => {
    expect(initialPaneState(hash).section).toBe(DEFAULT_SECTION);
  });

  it('starts in Vietnamese unless told otherwise', () => {
    expect(initialPaneState('').language).toBe('vi');
    expect(initialPaneState('', 'en').language).toBe('en');
  });
});

describe('paneReducer', () => {
  it('navigates to a section', () => {
    expect(paneReducer(aPaneState({ section: 'ke-hoach' }), { type: 'navigate', section: 'bao-cao' })).toEqual(aPaneState({ section: 'bao-cao' }));
  });

  it('follows a hash change to a known section', () => {
    expect(paneReducer(aPaneState(), { type: 'hashChanged', hash: '#tong-hop' }).section).toBe('tong-hop');
  });

  it('ignores a hash change to an unknown section', () => {
    const state = aPaneState({ section: 'kiem-tra' });
    expect(paneReducer(state, { type: 'hashChanged', hash: '#nowhere' })).toBe(state);
  });

  it('switches the language and keeps the section', () => {
    expect(paneReducer(aPaneState({ section: 'bao-cao' }), { type: 'setLanguage', language: 'en' })).toEqual(
      aPaneState({ section: 'bao-cao', language: 'en' }),
    );
  });

  it.each<PaneAction>([
    { type: 'navigate', section: 'ke-hoach' },
    { type: 'hashChanged', hash: '#ke-hoach' },
    { type: 'setLanguage', language: 'vi' },
  ])('returns the same object when $type changes nothing, so React skips the render', (action) => {
    const state = aPaneState();
    expect(paneReducer(state, action)).toBe(state);
  });

  it('is pure: the previous state is left as it was', () => {
    const state = Object.freeze(aPaneState());
    expect(() => paneReducer(state, { type: 'navigate', section: 'kiem-tra' })).not.toThrow();
    expect(state.section).toBe('ke-hoach');
  });
});

describe('sectionFromHash', () => {
  it('accepts the hash with or without "#" and "/"', () => {
    expect(sectionFromHash('ke-hoach')).toBe('ke-hoach');
    expect(sectionFromHash('#/ke-hoach')).toBe('ke-hoach');
    expect(sectionFromHash('#KE-HOACH')).toBe('ke-hoach');
  });

  it('knows exactly the five sections the ribbon opens', () => {
    expect(SECTION_IDS).toEqual(['so-theo-doi', 'kiem-tra', 'bao-cao', 'tong-hop', 'ke-hoach']);
  });
});

describe('paneReducer: where the plan comes from', () => {
  it('starts on the built-in plan, not connected', () => {
    expect(initialPaneState('').planSource).toEqual({ kind: 'built-in', why: 'not-connected' });
  });

  it.each<[PaneAction, string]>([
    [{ type: 'planReading' }, 'reading'],
    [{ type: 'planSheetMissing' }, 'built-in'],
    [{ type: 'planReadFailed' }, 'read-failed'],
    [{ type: 'planRead', sheet: 'Kế hoạch', result: { plan: null, issues: [] } }, 'sheet-invalid'],
  ])('records %o as %s and keeps the section and language', (action, kind) => {
    const state = paneReducer(aPaneState({ section: 'bao-cao', language: 'en' }), action);
    expect(state.planSource.kind).toBe(kind);
    expect([state.section, state.language]).toEqual(['bao-cao', 'en']);
  });

  it('keeps only the warnings of a plan that read cleanly', () => {
    const warning = {
      code: 'plan.section.unknown',
      severity: 'warning',
      where: { sheet: 'Kế hoạch', cell: 'A40' },
      params: { text: 'Ghi chú', known: '…' },
    } as const;
    const state = paneReducer(aPaneState(), { type: 'planRead', sheet: 'Kế hoạch', result: { plan: aPlan(), issues: [warning] } });
    expect(state.planSource).toEqual({ kind: 'sheet', sheet: 'Kế hoạch', plan: aPlan(), warnings: [warning] });
  });
});

describe('paneReducer: creating a tracker', () => {
  it('runs idle → working (with progress) → done', () => {
    let state = paneReducer(aPaneState(), { type: 'trackerChoiceChanged', choice: { unitCode: 'XTD' } });
    state = paneReducer(state, { type: 'trackerStarted' });
    state = paneReducer(state, { type: 'trackerProgress', done: 2, total: 7 });
    expect(state.trackerJob).toEqual({ status: 'working', done: 2, total: 7 });
    state = paneReducer(state, {
      type: 'trackerFinished',
      unitName: 'Xã Thạnh Đức',
      sheets: 7,
      cells: 900,
      entrySheet: 'Tin bài',
      progressSheet: 'Tiến độ',
      keptRows: 0,
    });
    expect(state.trackerJob.status).toBe('done');
    expect(state.trackerChoice).toEqual({ unitCode: 'XTD', kind: 'unit' });
  });

  it("keeps what the officer should know about the upgraded workbook (another unit's, another plan's), as the CLI prints it", () => {
    const note = { key: 'pane.tracker.otherOwner' as const, params: { unit: 'Xã Cẩm Giang', chosen: 'Xã Thạnh Đức' } };
    const state = paneReducer(aPaneState(), {
      type: 'trackerFinished',
      unitName: 'Xã Thạnh Đức',
      sheets: 7,
      cells: 900,
      entrySheet: 'Tin bài',
      progressSheet: 'Tiến độ',
      keptRows: 3,
      notes: [note],
    });
    expect(state.trackerJob).toEqual({
      status: 'done',
      unitName: 'Xã Thạnh Đức',
      sheets: 7,
      cells: 900,
      entrySheet: 'Tin bài',
      progressSheet: 'Tiến độ',
      keptRows: 3,
      notes: [note],
    });
  });

  it('clears the last outcome when the choice changes, so it never describes another unit', () => {
    const done = aPaneState({
      trackerJob: { status: 'done', unitName: 'Xã Thạnh Đức', sheets: 7, cells: 900, entrySheet: 'Tin bài', progressSheet: 'Tiến độ', keptRows: 0, notes: [] },
    });
    expect(paneReducer(done, { type: 'trackerChoiceChanged', choice: { unitCode: 'XCG' } }).trackerJob).toEqual({ status: 'idle' });
  });

  it('ignores progress that arrives after the job ended', () => {
    const failed = aPaneState({ trackerJob: { status: 'failed', message: { key: 'pane.error.unexpected', params: { detail: 'x' } } } });
    expect(paneReducer(failed, { type: 'trackerProgress', done: 1, total: 2 })).toBe(failed);
  });
});

describe('paneReducer: checking the workbook', () => {
  const anIssue = (severity: 'error' | 'warning') => ({ code: 'plan.units.none', severity, where: { sheet: 'Tin bài', cell: 'B4' }, params: {} }) as const;

  it('counts errors and warnings when the check finishes', () => {
    const state = paneReducer(aPaneState({ checkJob: { status: 'working' } }), {
      type: 'checkFinished',
      issues: [anIssue('error'), anIssue('warning'), anIssue('error')],
      sheets: 8,
    });
    expect(state.checkJob).toMatchObject({ status: 'done', errors: 2, warnings: 1, sheets: 8 });
  });

  it('keeps the list when going to a cell fails, and says why', () => {
    const done = paneReducer(aPaneState(), { type: 'checkFinished', issues: [anIssue('error')], sheets: 1 });
    const message = { key: 'pane.error.unexpected', params: { detail: 'sheet renamed' } } as const;
    const after = paneReducer(done, { type: 'checkGoToFailed', message });
    expect(after.checkJob).toMatchObject({ status: 'done', errors: 1, goToProblem: message });
  });
});
