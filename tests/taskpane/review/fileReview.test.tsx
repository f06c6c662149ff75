import { renderToStaticMarkup } from 'react-dom/server';
import { t } from '../../../src/core/i18n/format';
import { periodFor } from '../../../src/core/periods';
import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import type { RawSheet } from '../../../src/core/ports/workbookPort';
import { PaneContext, type PaneContextValue } from '../../../src/taskpane/PaneContext';
import { consolidateInto } from '../../../src/taskpane/plan/consolidateFiles';
import { FileReviewForm } from '../../../src/taskpane/sections/consolidate/review/FileReview';
import { chosenDecisions } from '../../../src/taskpane/sections/consolidate/review/chosenDecisions';
import { reviewItems } from '../../../src/taskpane/sections/consolidate/review/reviewItems';
import { initialPaneState } from '../../../src/taskpane/state/paneReducer';
import { readWorkbook } from '../../../src/xlsx/readWorkbook';
import { unsettledTracker } from '../../core/decisions/officeTracker';
import { aMemoryWorkbook } from '../memoryWorkbook';

const FILE = 'bao-cao-thang-3.xlsx';
const today = '2018-06-14';
let sheets: RawSheet[];
beforeAll(async () => {
  sheets = await readWorkbook(await unsettledTracker());
});

const pane: PaneContextValue = {
  state: initialPaneState('#tong-hop'),
  dispatch: () => undefined,
  plan: GO_DAU_116,
  builtInPlan: GO_DAU_116,
  host: { kind: 'no-office' },
  describeError: () => ({ key: 'decisions.notTaken', params: {} }),
  text: (key, params) => t(key, params ?? {}, 'vi'),
};

describe('Tổng hợp → Xem lại', () => {
  it('given a tracker whose unit, a column and two channel labels are unsettled, asks about each, the unit first', () => {
    const items = reviewItems(GO_DAU_116, FILE, sheets, false, [], today);
    expect(items.map((i) => [i.kind, i.seen, i.meaning])).toEqual([
      ['fileUnit', FILE, null],
      ['column', 'Tháng 3!3!E', null],
      ['channel', 'Đài GD', null],
      ['channel', 'Loa ấp', null],
    ]);
    const html = renderToStaticMarkup(
      <PaneContext.Provider value={pane}>
        <FileReviewForm file={FILE} items={items} onClose={() => undefined} />
      </PaneContext.Provider>,
    );
    expect(html).toContain('Đơn vị gửi tệp');
    expect(html).toContain('Cột E của sheet Tháng 3 (tiêu đề ở dòng 3)');
    expect(html).toContain('Kênh ghi là &quot;Đài GD&quot;');
    expect(html.match(/data-testid="review-choice"/g)).toHaveLength(4);
  });

  it('given the officer’s choices, the next consolidation takes the file as Thạnh Đức’s with "Đài GD" on Đài Truyền thanh huyện, and nothing is asked again', async () => {
    const items = reviewItems(GO_DAU_116, FILE, sheets, false, [], today);
    const decisions = chosenDecisions(
      items,
      new Map([
        [0, 'XTD'],
        [2, 'TT-H'],
      ]),
      today,
    );
    // The column and "Loa ấp" were seen and left as the reader read them: not taken.
    expect(decisions.map((d) => [d.kind, d.meaning])).toEqual([
      ['fileUnit', 'XTD'],
      ['column', null],
      ['channel', 'TT-H'],
      ['channel', null],
    ]);
    const workbook = aMemoryWorkbook();
    const { checks, summary } = await consolidateInto(workbook, GO_DAU_116, [{ file: FILE, lastModified: 1, sheets }], {
      period: periodFor('half-year', 2018, 1, 'nd09-cutoff'),
      today,
      language: 'vi',
      preferred: new Map(),
      decisions: { kept: [], added: decisions },
    });
    expect(checks[FILE]).toMatchObject({ status: 'ok', unit: 'XTD' });
    expect(summary.targets.find((r) => r.id === 'III.1.c')?.achieved).toBe(1);
    expect(reviewItems(GO_DAU_116, FILE, sheets, true, decisions, today)).toEqual([]);
  });
});
