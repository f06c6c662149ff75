import { periodFor } from '../../../src/core/periods';
import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import type { RawCell } from '../../../src/core/ports/workbookPort';
import { consolidateInto } from '../../../src/taskpane/plan/consolidateFiles';
import { KeptReviewIssues } from '../../../src/taskpane/sections/consolidate/review/KeptReviewIssues';
import { keptRound } from '../../../src/taskpane/sections/consolidate/review/keptReviews';
import { roundStore, shownReview } from '../../../src/taskpane/sections/consolidate/review/roundStore';
import type { FileCheck } from '../../../src/taskpane/state/consolidateJob';
import { aMemoryWorkbook } from '../memoryWorkbook';
import { paneRenderer, unitFile } from './roundFiles';

const plan = GO_DAU_116;
const half = periodFor('half-year', 2018, 1, 'nd09-cutoff');
const year = periodFor('year', 2018, undefined, 'nd09-cutoff');
const options = { period: half, today: '2018-06-10', language: 'vi' as const, preferred: new Map<string, string>() };

const render = paneRenderer(plan);
const clean: FileCheck = { unit: 'XHT', status: 'ok', records: 1, errors: 0, warnings: 0 };

describe('the review states kept on TH Đơn vị, read when files are picked (issue 15)', () => {
  const files = [unitFile(plan, 'XTD', 'thanh-duc.xlsx'), unitFile(plan, 'XHT', 'hiep-thanh.xlsx')];

  async function workbookWithTypedStates() {
    const workbook = aMemoryWorkbook();
    await consolidateInto(workbook, plan, files, options);
    const sheet = await workbook.readSheet('TH Đơn vị');
    const type = (file: string, state: string, note: string): number => {
      const index = sheet?.values.findIndex((row) => row[4] === file) ?? -1;
      const row = [...(sheet?.values[index] ?? [])] as RawCell[];
      row[9] = state;
      row[10] = note;
      workbook.type('TH Đơn vị', index + 1, row);
      return index + 1;
    };
    type('hiep-thanh.xlsx', 'Trả lại', 'Thiếu tháng 5');
    const typo = type('thanh-duc.xlsx', 'Xong rồi', '');
    return { workbook, typo };
  }

  it("gives the officer's states of the same period, and the word that is no state at its cell", async () => {
    const { workbook, typo } = await workbookWithTypedStates();
    const kept = await keptRound(workbook, half);
    // The row whose word is no state is kept with its words (written back as typed), its state the proposal: never a decision.
    expect(kept.reviews).toEqual([
      { unit: 'XTD', file: 'thanh-duc.xlsx', state: 'received', note: '', unreadable: 'Xong rồi' },
      { unit: 'XHT', file: 'hiep-thanh.xlsx', state: 'returned', note: 'Thiếu tháng 5' },
    ]);
    expect(kept.issues).toEqual([expect.objectContaining({ code: 'review.issue.badState', where: { sheet: 'TH Đơn vị', cell: `J${typo}` } })]);
  });

  it('gives nothing, and says nothing, for another period: a new period starts clean', async () => {
    const { workbook } = await workbookWithTypedStates();
    expect(await keptRound(workbook, year)).toEqual({ reviews: [], issues: [] });
  });

  it('shows the kept state and note in the picker before any Tổng hợp of the pane, the proposal for a file it does not name', async () => {
    const { workbook } = await workbookWithTypedStates();
    const kept = await keptRound(workbook, half);
    roundStore.keptRead(kept.reviews, kept.issues);
    expect(shownReview(roundStore.get(), 'hiep-thanh.xlsx', clean)).toEqual(expect.objectContaining({ state: 'returned', note: 'Thiếu tháng 5' }));
    // The same name from another unit is another file.
    expect(shownReview(roundStore.get(), 'hiep-thanh.xlsx', { ...clean, unit: 'XTD' })).toEqual({ state: 'received', note: '' });
    expect(shownReview(roundStore.get(), 'moi.xlsx', clean)).toEqual({ state: 'received', note: '' });
  });

  it('says each unreadable state with a link to its cell, and nothing when all were read', async () => {
    const { workbook, typo } = await workbookWithTypedStates();
    const kept = await keptRound(workbook, half);
    roundStore.keptRead(kept.reviews, kept.issues);
    const html = render(<KeptReviewIssues onGoTo={() => undefined} />);
    expect(html).toContain(`TH Đơn vị!J${typo}`);
    expect(html).toContain(`aria-label="Đến ô J${typo} của sheet TH Đơn vị"`);
    expect(html).toContain('ghi &quot;Xong rồi&quot;, không phải một trạng thái');
    roundStore.keptRead([], []);
    expect(render(<KeptReviewIssues onGoTo={() => undefined} />)).toBe('');
  });
});
