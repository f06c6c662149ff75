import { issue } from '../../src/core/issues';
import { groupIssues, marksFor } from '../../src/taskpane/state/checkJob';
import { adoptReducer, type AdoptState } from '../../src/taskpane/state/adoptJob';
import { paneReducer } from '../../src/taskpane/state/paneReducer';
import { aPaneState } from './fixtures';

const ISSUES = [
  issue('validation.date.notADate', 'error', { sheet: 'Tin bài', cell: 'A5' }),
  issue('validation.required.missing', 'error', { sheet: 'Tin bài', cell: 'B5' }, { row: 5, field: 'Kênh' }),
  issue('validation.date.notADate', 'error', { sheet: 'Tin bài', cell: 'A7' }),
  issue('validation.link.malformed', 'warning', { sheet: 'Tin bài', cell: 'E6' }),
  issue('validation.amount.unreadable', 'error', { sheet: 'Kinh phí', cell: 'C4' }),
  issue('validation.table.none', 'warning', { sheet: 'Ghi chép' }),
];

describe('issues grouped for the Kiểm tra list', () => {
  test('by sheet in workbook order, then by rule with counts, rules with errors first', () => {
    const groups = groupIssues(ISSUES);
    expect(groups.map((g) => [g.sheet, g.errors, g.warnings])).toEqual([
      ['Tin bài', 3, 1],
      ['Kinh phí', 1, 0],
      ['Ghi chép', 0, 1],
    ]);
    expect(groups[0]?.rules.map((r) => [r.rule, r.issues.length, r.errors])).toEqual([
      ['date', 2, 2],
      ['required', 1, 1],
      ['link', 1, 0],
    ]);
  });

  test('marks: every issue with a cell, with its severity; whole-sheet issues have nothing to colour', () => {
    expect(marksFor(ISSUES)).toEqual([
      { sheet: 'Tin bài', cell: 'A5', severity: 'error' },
      { sheet: 'Tin bài', cell: 'B5', severity: 'error' },
      { sheet: 'Tin bài', cell: 'A7', severity: 'error' },
      { sheet: 'Tin bài', cell: 'E6', severity: 'warning' },
      { sheet: 'Kinh phí', cell: 'C4', severity: 'error' },
    ]);
  });
});

describe('the mark and clear state', () => {
  test('working, marked, cleared, failed; a re-check leaves it alone (the marks stay in the workbook)', () => {
    let state = paneReducer(aPaneState(), { type: 'checkMarksWorking', what: 'mark' });
    expect(state.checkMarks).toEqual({ status: 'working', what: 'mark' });
    state = paneReducer(state, { type: 'checkMarked', marked: 5, skipped: 1 });
    expect(state.checkMarks).toEqual({ status: 'marked', marked: 5, skipped: 1 });
    state = paneReducer(state, { type: 'checkStarted' });
    expect(state.checkMarks.status).toBe('marked');
    state = paneReducer(state, { type: 'checkMarksCleared', restored: 5 });
    expect(state.checkMarks).toEqual({ status: 'cleared', restored: 5 });
    state = paneReducer(state, { type: 'checkMarksFailed', message: { key: 'excel.error.officeUnavailable', params: {} } });
    expect(state.checkMarks.status).toBe('failed');
  });
});

describe('the adopt state', () => {
  const proposal = {
    sheets: [
      {
        sheet: 'T3',
        headerRow: 2,
        columns: [
          { column: 'A', header: 'Ngày', field: 'date' as const },
          { column: 'B', header: 'Nơi đăng', field: 'channel' as const },
          { column: 'C', header: 'Nguồn', field: null },
        ],
      },
    ],
    sheetsWithoutHeader: [],
    channels: [{ label: 'Loa', rows: 2, code: null }],
    forms: [],
    defaultForm: 'TIN',
  };
  const reviewing: AdoptState = { status: 'reviewing', sheets: [], proposal };

  test('scanned: stamped, nothing, or found (offered); opened to review; cancelled back to the offer', () => {
    expect(adoptReducer({ status: 'idle' }, { type: 'adoptScanned', stamped: false, sheets: [], proposal: { ...proposal, sheets: [] } })).toEqual({
      status: 'nothing',
    });
    const found = adoptReducer({ status: 'idle' }, { type: 'adoptScanned', stamped: false, sheets: [], proposal });
    expect(found.status).toBe('found');
    expect(adoptReducer(found, { type: 'adoptOpened' }).status).toBe('reviewing');
    expect(adoptReducer(reviewing, { type: 'adoptCancelled' }).status).toBe('found');
  });

  test('giving a field to a column takes it from the column that had it', () => {
    const next = adoptReducer(reviewing, { type: 'adoptColumnChanged', sheet: 'T3', column: 'C', field: 'channel', channels: [] });
    if (!('proposal' in next)) throw new Error(next.status);
    expect(next.proposal.sheets[0]?.columns.map((c) => c.field)).toEqual(['date', null, 'channel']);
  });

  test('a channel label and the default form are chosen; writing, clash and failure keep the proposal', () => {
    let state = adoptReducer(reviewing, { type: 'adoptChannelChanged', label: 'Loa', code: 'TT-X' });
    state = adoptReducer(state, { type: 'adoptDefaultFormChanged', code: null });
    if (!('proposal' in state)) throw new Error(state.status);
    expect(state.proposal.channels[0]?.code).toBe('TT-X');
    expect(state.proposal.defaultForm).toBeNull();
    state = adoptReducer(state, { type: 'adoptWriting', done: 2, total: 9 });
    expect(state).toMatchObject({ status: 'writing', done: 2, total: 9 });
    // No edits while writing.
    expect(adoptReducer(state, { type: 'adoptChannelChanged', label: 'Loa', code: null })).toBe(state);
    state = adoptReducer(state, { type: 'adoptClash', clashes: ['Kinh phí'] });
    expect(state).toMatchObject({ status: 'clash', clashes: ['Kinh phí'] });
    expect(adoptReducer(state, { type: 'adoptChannelChanged', label: 'Loa', code: 'BTN' }).status).toBe('reviewing');
  });
});
