import { periodFor } from '../../../src/core/periods';
import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import type { Plan } from '../../../src/core/plan/types';
import type { RawCell } from '../../../src/core/ports/workbookPort';
import { consolidateInto, consolidationOf } from '../../../src/taskpane/plan/consolidateFiles';
import { RemindersView } from '../../../src/taskpane/sections/consolidate/review/RemindersView';
import { ReviewStatePicker } from '../../../src/taskpane/sections/consolidate/review/ReviewStatePicker';
import { roundStore, shownReview } from '../../../src/taskpane/sections/consolidate/review/roundStore';
import type { FileCheck } from '../../../src/taskpane/state/consolidateJob';
import { aMemoryWorkbook } from '../memoryWorkbook';
import { paneRenderer, unitFile } from './roundFiles';

const plan: Plan = { ...GO_DAU_116, units: GO_DAU_116.units.map((u) => (u.code === 'XCG' ? { ...u, emails: ['camgiang@godau.gov.vn'] } : u)) };
const half = periodFor('half-year', 2018, 1, 'nd09-cutoff');
const options = { period: half, today: '2018-06-10', language: 'vi' as const, preferred: new Map<string, string>() };

const render = paneRenderer(plan);
const check = (errors: number): FileCheck => ({ unit: 'XTD', status: 'ok', records: 2, errors, warnings: 0 });

describe('Tổng hợp in the pane: the round (issue 15)', () => {
  const files = [unitFile(plan, 'XTD', 'thanh-duc.xlsx', true), unitFile(plan, 'XHT', 'hiep-thanh.xlsx')];

  it("gives back each file's review and the reminders with the consolidation", () => {
    const { round } = consolidationOf(plan, files, options);
    expect(round.reviews.map((r) => [r.file, r.state])).toEqual([
      ['thanh-duc.xlsx', 'needsFix'],
      ['hiep-thanh.xlsx', 'received'],
    ]);
    expect(round.reminders.find((r) => r.unit === 'XCG')?.mailto).toMatch(/^mailto:camgiang@godau\.gov\.vn\?/);
    expect(round.reminders.map((r) => r.unit)).not.toContain('XTD');
  });

  it("keeps the officer's state typed on TH Đơn vị of the open workbook at the next Tổng hợp of the same period, and the pane's over it", async () => {
    const workbook = aMemoryWorkbook();
    await consolidateInto(workbook, plan, files, options);
    const sheet = await workbook.readSheet('TH Đơn vị');
    const index = sheet?.values.findIndex((row) => row[4] === 'hiep-thanh.xlsx') ?? -1;
    const row = [...(sheet?.values[index] ?? [])] as RawCell[];
    row[9] = 'Trả lại';
    row[10] = 'Thiếu tháng 5';
    workbook.type('TH Đơn vị', index + 1, row);

    await consolidateInto(workbook, plan, files, {
      ...options,
      reviews: [{ unit: 'XTD', file: 'thanh-duc.xlsx', state: 'received', note: 'Đã gọi điện, chấp nhận' }],
    });
    const after = await workbook.readSheet('TH Đơn vị');
    const line = (file: string) => after?.values.find((r) => r[4] === file)?.slice(9, 11);
    expect(line('hiep-thanh.xlsx')).toEqual(['Trả lại', 'Thiếu tháng 5']);
    expect(line('thanh-duc.xlsx')).toEqual(['Đã nhận', 'Đã gọi điện, chấp nhận']);
  });

  it("shows the officer's setting, else the last consolidation's, else the proposal from the file's check", () => {
    const empty = { set: {}, reviews: [], reminders: [], kept: [], keptIssues: [] };
    expect(shownReview(empty, 'a.xlsx', check(2))).toEqual({ state: 'needsFix', note: '' });
    const consolidated = { ...empty, reviews: [{ unit: 'XTD', file: 'a.xlsx', state: 'returned' as const, note: 'x', by: 'officer' as const }] };
    expect(shownReview(consolidated, 'a.xlsx', check(2))).toMatchObject({ state: 'returned', note: 'x' });
    expect(shownReview({ ...consolidated, set: { 'a.xlsx': { state: 'received', note: '' } } }, 'a.xlsx', check(2)).state).toBe('received');
  });

  it("renders the picker with its labels and the proposed state chosen; the officer's choice goes with the next run", () => {
    const html = render(<ReviewStatePicker file="thanh-duc.xlsx" check={check(1)} disabled={false} />);
    expect(html).toContain('aria-label="Xem xét tệp thanh-duc.xlsx"');
    expect(html).toContain('aria-label="Ghi chú xem xét tệp thanh-duc.xlsx"');
    expect(html).toMatch(/<label[^>]*for="[^"]+"[^>]*>Xem xét<\/label>/);
    expect(html).toMatch(/<option value="needsFix" selected="">Cần sửa<\/option>/);
    roundStore.set('thanh-duc.xlsx', 'returned', 'Gửi lại bản sửa');
    expect(
      roundStore.officerReviews([
        { name: 'thanh-duc.xlsx', check: check(1) },
        { name: 'khac.xlsx', check: check(0) },
      ]),
    ).toEqual([{ unit: 'XTD', file: 'thanh-duc.xlsx', state: 'returned', note: 'Gửi lại bản sửa' }]);
  });

  it('lists one reminder per unit with "Sao chép", and "Gửi e-mail" only where the plan has an address', () => {
    roundStore.finished(consolidationOf(plan, files, options).round);
    const html = render(<RemindersView />);
    expect(html).toContain('Nhắc đơn vị');
    expect(html.match(/data-testid="reminder"/g)).toHaveLength(roundStore.get().reminders.length);
    expect(html).toContain('aria-label="Sao chép thư nhắc Xã Cẩm Giang"');
    expect(html.match(/href="mailto:/g)).toHaveLength(1);
    expect(html).toContain('aria-live="polite"');
  });
});
