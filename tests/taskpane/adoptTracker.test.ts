import { GO_DAU_116 } from '../../src/core/plan/goDau116';
import { adoptTracker, recountChannels, scanForAdoption, trackerSheetNames, withHeaderRow } from '../../src/taskpane/plan/adoptTracker';
import { trackerIn, written } from './trackerIn';
import { adoptReducer, INITIAL_ADOPT_STATE, type AdoptState } from '../../src/taskpane/state/adoptJob';
import { portOnHost, removeHost } from '../excel/hostPort';
import { OFFICE_SHEET, OFFICE_TRACKER } from './officeTracker';

afterEach(removeHost);

const choice = { unitCode: 'XTD', kind: 'unit' as const };
const officeHost = (extra: { name: string; values?: (string | number)[][] }[] = []): ReturnType<typeof portOnHost> =>
  portOnHost({ initialSheets: [{ name: OFFICE_SHEET, values: OFFICE_TRACKER }, ...extra] });

async function scanned(port: ReturnType<typeof portOnHost>['port']): Promise<AdoptState> {
  const result = await scanForAdoption(port, GO_DAU_116);
  return adoptReducer(adoptReducer(INITIAL_ADOPT_STATE, { type: 'adoptScanned', ...result }), { type: 'adoptOpened' });
}

describe('adopting an office tracker from the pane', () => {
  test('the scan finds the header under the title rows and proposes columns and channels', async () => {
    const { port } = officeHost([{ name: 'Ghi chép', values: [['gọi điện cho Đài ngày 3/4']] }]);
    const state = await scanned(port);
    if (state.status !== 'reviewing') throw new Error(state.status);
    const sheet = state.proposal.sheets[0];
    expect(sheet).toMatchObject({ sheet: OFFICE_SHEET, headerRow: 4 });
    expect(Object.fromEntries(sheet?.columns.map((c) => [c.header, c.field]) ?? [])).toEqual({
      STT: 'seq',
      'Ngày đăng': 'date',
      'Nơi đăng': 'channel',
      'Tên tin bài': 'title',
      'Ghi chú': 'note',
    });
    expect(state.proposal.sheetsWithoutHeader).toEqual(['Ghi chép']);
    expect(state.proposal.channels.find((c) => c.label === 'Facebook xã')).toEqual({ label: 'Facebook xã', rows: 1, code: null });
    expect(state.proposal.channels.find((c) => c.label === 'Báo Tây Ninh')?.code).toBe('BTN');
  });

  test('confirmed with the unknown channel mapped: the tracker is written beside the untouched original, nothing lost', async () => {
    const { port, host } = officeHost();
    let state = await scanned(port);
    state = adoptReducer(state, { type: 'adoptChannelChanged', label: 'Facebook xã', code: 'TTT-H' });
    if (!('proposal' in state)) throw new Error(state.status);
    const before = host.sheet(OFFICE_SHEET)?.values('A1:E10');
    const outcome = await adoptTracker(port, GO_DAU_116, state, choice, '2018-07-01');
    if (outcome.kind !== 'done') throw new Error('clash');
    const s = outcome.summary;
    expect(s).toMatchObject({ unitName: 'Xã Thạnh Đức', sheet: 'Tin bài', taken: 3, rowsRead: 7, blank: 0, titles: 2, totals: 1 });
    expect(s.quarantined).toEqual([{ source: { sheet: OFFICE_SHEET, row: 9 }, reason: 'badDate', value: '31/02/2018' }]);
    expect(s.taken + s.quarantined.length + s.blank + s.titles + s.totals).toBe(s.rowsRead);
    expect(host.sheet(OFFICE_SHEET)?.values('A1:E10')).toEqual(before);
    expect(host.sheetNames()).toEqual(expect.arrayContaining([OFFICE_SHEET, 'Tin bài', 'Hạng mục', 'Kinh phí', '_cchc']));
    const rows = host.sheet('Tin bài')?.values('B4:D6');
    expect(rows?.map((r) => r[0])).toEqual(['Báo Tây Ninh', 'Trang thông tin điện tử huyện', 'Đài Truyền thanh huyện']);
    expect(host.selection()).toEqual({ sheet: 'Tin bài', address: 'A4' });
  });

  test("an office's own standing-items sheet beside its news: its rows land in Hạng mục and the pane says so apart (seventh tester, adopt)", async () => {
    const item = GO_DAU_116.standingItems[0];
    if (item === undefined) throw new Error('116 has standing items');
    const { port, host } = officeHost([
      {
        name: 'Công việc thường xuyên',
        values: [
          ['Công việc', 'Tình trạng', 'Ngày hoàn thành', 'Minh chứng'],
          [item.title, 'Đã thực hiện', '15/03/2018', 'Ảnh chụp'],
        ],
      },
    ]);
    let state = await scanned(port);
    state = adoptReducer(state, { type: 'adoptChannelChanged', label: 'Facebook xã', code: 'TTT-H' });
    if (!('proposal' in state)) throw new Error(state.status);
    const outcome = await adoptTracker(port, GO_DAU_116, state, choice, '2018-07-01');
    if (outcome.kind !== 'done') throw new Error('clash');
    const s = outcome.summary;
    expect(s).toMatchObject({ takenStanding: 1, takenSpending: 0 });
    // Named by its title, not a code: the pane says so as the CLI does (closing note 5).
    expect(s.matchedByTitle).toEqual([{ title: item.title, item: item.id, itemTitle: item.title, how: 'exact', rows: 1 }]);
    expect(s.taken - s.takenStanding - s.takenSpending).toBe(3);
    expect(s.taken + s.quarantined.length + s.blank + s.titles + s.totals).toBe(s.rowsRead);
    const standing = host.sheet('Hạng mục')?.values('A4:E4')[0] ?? [];
    expect(standing).toEqual(expect.arrayContaining([item.id, 'Đã thực hiện']));
  });

  test('"Nhận lại" after adopting: the review reopens with the choices made, and writing again replaces only the tracker’s own sheets', async () => {
    const { port, host } = officeHost();
    let state = await scanned(port);
    if (!('proposal' in state)) throw new Error(state.status);
    const first = await adoptTracker(port, GO_DAU_116, state, choice, '2018-07-01');
    if (first.kind !== 'done') throw new Error('clash');
    state = adoptReducer(adoptReducer(state, { type: 'adoptWriting', done: 0, total: 0 }), { type: 'adoptFinished', summary: first.summary });
    state = adoptReducer(state, { type: 'adoptReopened' });
    if (state.status !== 'reviewing') throw new Error(state.status);
    state = adoptReducer(state, { type: 'adoptChannelChanged', label: 'Facebook xã', code: 'TTT-H' });
    if (!('proposal' in state)) throw new Error(state.status);
    // Written as it was the first time, the tracker's own sheets are a clash; "Nhận lại" lets those (and only those) be replaced.
    expect(await adoptTracker(port, GO_DAU_116, state, choice, '2018-07-01')).toMatchObject({ kind: 'clash' });
    const again = await adoptTracker(port, GO_DAU_116, state, choice, '2018-07-01', trackerSheetNames(GO_DAU_116));
    if (again.kind !== 'done') throw new Error('clash');
    expect(again.summary.taken).toBe(first.summary.taken + 1);
    expect(host.sheet(OFFICE_SHEET)?.values('C6')).toEqual([['Facebook xã']]);
  });

  test('"Nhận lại" in a tracker adopted earlier and opened again: offered from the workbook alone, it reads the office’s sheets and writes again', async () => {
    const { port, host } = officeHost();
    const first = await scanned(port);
    if (!('proposal' in first)) throw new Error(first.status);
    const adopted = await adoptTracker(port, GO_DAU_116, first, choice, '2018-07-01');
    if (adopted.kind !== 'done') throw new Error('clash');
    // A new pane session: nothing of the adoption is held, only the workbook.
    const opened = await scanForAdoption(port, GO_DAU_116);
    expect(opened).toMatchObject({ stamped: true, officeSheets: [OFFICE_SHEET] });
    expect(adoptReducer(INITIAL_ADOPT_STATE, { type: 'adoptScanned', ...opened })).toEqual({ status: 'stamped', officeSheets: [OFFICE_SHEET] });
    const again = await scanForAdoption(port, GO_DAU_116, undefined, true);
    let state = adoptReducer(adoptReducer(INITIAL_ADOPT_STATE, { type: 'adoptScanned', ...again }), { type: 'adoptOpened' });
    if (state.status !== 'reviewing') throw new Error(state.status);
    expect(state.sheets.map((sheet) => sheet.name)).toEqual([OFFICE_SHEET]);
    state = adoptReducer(state, { type: 'adoptChannelChanged', label: 'Facebook xã', code: 'TTT-H' });
    if (!('proposal' in state)) throw new Error(state.status);
    const written = await adoptTracker(port, GO_DAU_116, state, choice, '2018-07-02', trackerSheetNames(GO_DAU_116));
    if (written.kind !== 'done') throw new Error('clash');
    expect(written.summary.taken).toBe(adopted.summary.taken + 1);
    expect(host.sheet(OFFICE_SHEET)?.values('C6')).toEqual([['Facebook xã']]);
  });

  test('a district workbook or a tracker made from the template offers no "Nhận lại": its other sheets are reports and consolidations', async () => {
    const { port } = portOnHost({ initialSheets: [{ name: 'BC 6 tháng', values: [['BÁO CÁO']] }] });
    await trackerIn(port, GO_DAU_116, choice, '2018-07-01');
    expect((await scanForAdoption(port, GO_DAU_116)).officeSheets).toBeUndefined();
  });

  test('a sheet of the office named like a tracker sheet: nothing is written, the clash is named', async () => {
    const { port, host } = officeHost([
      {
        name: 'Kinh phí',
        values: [
          ['Ngày', 'Số tiền'],
          ['01/02/2018', 100000],
        ],
      },
    ]);
    const state = await scanned(port);
    if (!('proposal' in state)) throw new Error(state.status);
    const sheetsBefore = host.sheetNames();
    await expect(adoptTracker(port, GO_DAU_116, state, choice, '2018-07-01')).resolves.toEqual({ kind: 'clash', clashes: ['Kinh phí'] });
    expect(host.sheetNames()).toEqual(sheetsBefore);
    expect(host.sheet('Kinh phí')?.values('A2:B2')).toEqual([['01/02/2018', 100000]]);
  });

  test('a workbook the add-in made is stamped: no adoption offered', async () => {
    const { port } = portOnHost();
    await trackerIn(port, GO_DAU_116, choice, '2018-07-01');
    const result = await scanForAdoption(port, GO_DAU_116);
    expect(result.stamped).toBe(true);
    expect(adoptReducer(INITIAL_ADOPT_STATE, { type: 'adoptScanned', ...result })).toEqual({ status: 'stamped' });
  });

  test('recounting channels after the channel column changes keeps choices made and guesses new labels', async () => {
    const { port } = officeHost();
    const state = await scanned(port);
    if (!('proposal' in state)) throw new Error(state.status);
    const edited = {
      ...state,
      proposal: { ...state.proposal, channels: state.proposal.channels.map((c) => (c.label === 'Facebook xã' ? { ...c, code: 'TT-X' } : c)) },
    };
    // Taking the channel from "Ghi chú" leaves no labels; giving it back brings the choice back.
    expect(recountChannels(GO_DAU_116, edited, OFFICE_SHEET, 'E', 'channel')).toEqual([{ label: '- đăng lại', rows: 1, code: null }]);
    expect(recountChannels(GO_DAU_116, edited, OFFICE_SHEET, 'C', 'channel').find((c) => c.label === 'Facebook xã')?.code).toBe('TT-X');
  });

  test('choosing another header row re-reads the columns from it, and choosing the right one again gives the proposal back', async () => {
    const { port } = officeHost();
    const state = await scanned(port);
    if (!('proposal' in state)) throw new Error(state.status);
    const wrong = withHeaderRow(GO_DAU_116, state, OFFICE_SHEET, 1);
    expect(wrong.columns.every((c) => c.field === null)).toBe(true);
    expect(wrong.channels).toEqual([]);
    const moved = adoptReducer(state, { type: 'adoptHeaderRowChanged', sheet: OFFICE_SHEET, headerRow: 1, ...wrong });
    if (!('proposal' in moved)) throw new Error(moved.status);
    const right = withHeaderRow(GO_DAU_116, moved, OFFICE_SHEET, 4);
    expect(right.columns).toEqual(state.proposal.sheets[0]?.columns);
    expect(right.channels.map((c) => c.label).sort()).toEqual(state.proposal.channels.map((c) => c.label).sort());
  });

  test("the tracker's own sheet names are never read as the office's", () => {
    expect(trackerSheetNames(GO_DAU_116)).toEqual(expect.arrayContaining(['Tin bài', 'Hạng mục', 'Kinh phí', '_cchc']));
  });
});

describe('making the tracker again on the strict host (upgrade in place)', () => {
  test('the rows the officer typed stay, in order, and the other sheets are untouched', async () => {
    const { port, host } = portOnHost({ initialSheets: [{ name: 'Ghi chép', values: [['riêng của văn phòng']] }] });
    await trackerIn(port, GO_DAU_116, choice, '2018-07-01');
    const excel = (globalThis as unknown as { Excel: { run: (batch: (context: Excel.RequestContext) => Promise<void>) => Promise<void> } }).Excel;
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Tin bài');
      sheet.getRange('A4:F5').values = [
        ['15/03/2018', 'Báo Tây Ninh', 'Tin', 'Ra mắt một cửa', 'số 123', 'Xã Thạnh Đức'],
        ['16/03/2018', 'Trạm truyền thanh xã', 'Tin', 'Phát tin CCHC', '', 'Xã Thạnh Đức'],
      ];
      await context.sync();
    });
    const again = written(await trackerIn(port, GO_DAU_116, choice, '2018-07-02'));
    expect(again.keptRows).toBeGreaterThanOrEqual(2);
    const rows = host.sheet('Tin bài')?.values('B4:D5');
    expect(rows).toEqual([
      ['Báo Tây Ninh', 'Tin', 'Ra mắt một cửa'],
      ['Trạm truyền thanh xã', 'Tin', 'Phát tin CCHC'],
    ]);
    expect(host.sheet('Ghi chép')?.values('A1:A1')).toEqual([['riêng của văn phòng']]);
    expect(host.sheetNames().filter((n) => n === 'Tin bài')).toHaveLength(1);
  });
});

describe('making a tracker in a workbook the add-in did not make', () => {
  test('an office sheet named like a tracker sheet is not replaced: nothing is written', async () => {
    const { port, host } = officeHost([
      {
        name: 'Tin bài',
        values: [
          ['Ngày', 'Nội dung'],
          ['01/02/2018', 'tin riêng'],
        ],
      },
    ]);
    await expect(trackerIn(port, GO_DAU_116, choice, '2018-07-01')).resolves.toEqual({ ok: false, refusal: { reason: 'sheetClash', sheets: ['Tin bài'] } });
    expect(host.sheetNames()).toEqual([OFFICE_SHEET, 'Tin bài']);
    expect(host.sheet('Tin bài')?.values('A2:B2')).toEqual([['01/02/2018', 'tin riêng']]);
  });

  test('the plan sheet the pane reads its plan from may be rewritten', async () => {
    const { port, host } = portOnHost({ initialSheets: [{ name: 'Kế hoạch', values: [['KẾ HOẠCH']] }] });
    await trackerIn(port, GO_DAU_116, choice, '2018-07-01', undefined, ['Kế hoạch']);
    expect(host.sheetNames()).toEqual(expect.arrayContaining(['Kế hoạch', 'Tin bài', '_cchc']));
  });
});
