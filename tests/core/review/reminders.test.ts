import { consolidate } from '../../../src/core/consolidate/consolidate';
import { date, empty, text } from '../../../src/core/layout/cells';
import { periodFor, customPeriod } from '../../../src/core/periods';
import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import type { Plan } from '../../../src/core/plan/types';
import { mailto, reminders } from '../../../src/core/review/reminders';
import { fileReviews } from '../../../src/core/review/reviewStates';
import { buildTemplate } from '../../../src/core/template/buildTemplate';
import { layoutToRawSheets } from '../../support/layoutToRawSheets';

const plan: Plan = {
  ...GO_DAU_116,
  units: GO_DAU_116.units.map((u) =>
    u.code === 'XCG' ? { ...u, emails: ['camgiang@godau.gov.vn'] } : u.code === 'PNV' ? { ...u, emails: ['pnv@godau.gov.vn'] } : u,
  ),
  reportingDuties: [
    ...GO_DAU_116.reportingDuties,
    { from: 'XTD', to: ['Phòng Nội vụ'], frequency: 'half-year', deadline: { kind: 'dayOfLastMonth', day: 15 } },
    { from: 'XCG', to: ['Phòng Nội vụ'], frequency: 'half-year', deadline: { kind: 'dayOfLastMonth', day: 15 } },
  ],
};
const half = periodFor('half-year', 2018, 1, 'nd09-cutoff');
const hiepThanh = plan.units.find((u) => u.code === 'XHT');
if (hiepThanh === undefined) throw new Error('116 has Hiệp Thạnh');
const tracker = layoutToRawSheets(
  buildTemplate({
    plan,
    kind: 'unit',
    unit: hiepThanh,
    createdOn: '2018-06-01',
    existing: { outputs: [[date('2018-03-05'), text('Báo Tây Ninh'), text('Tin'), text('Tin'), empty, empty, empty]], standing: [], spending: [] },
  }),
);
const result = consolidate(
  plan,
  [
    { file: 'hiep-thanh.xlsx', lastModified: 1, sheets: tracker },
    { file: 'don-vi/Thạnh Đức.xlsx', lastModified: 1, sheets: null, unreadable: { reason: 'corrupt' } },
  ],
  { period: half, today: '2018-06-10' },
);
const byUnit = (list: ReturnType<typeof reminders>, code: string) => list.find((r) => r.unit === code);

describe('reminders', () => {
  const list = reminders(plan, result, { today: '2018-06-10' });

  it("asks again for a file the officer sent back ('Trả lại'), with the officer's note as what to fix; a taken file the officer kept is not asked for", () => {
    const returned = reminders(plan, result, {
      today: '2018-06-10',
      reviews: fileReviews(result, [{ unit: 'XHT', file: 'hiep-thanh.xlsx', state: 'returned', note: 'Thiếu số liệu tháng 5' }]),
    });
    expect(byUnit(returned, 'XHT')).toMatchObject({ reason: 'returned', file: 'hiep-thanh.xlsx', problem: 'Thiếu số liệu tháng 5' });
    expect(byUnit(returned, 'XHT')?.body).toContain('trả lại để đơn vị sửa, gửi lại: Thiếu số liệu tháng 5');
    const kept = reminders(plan, result, {
      today: '2018-06-10',
      reviews: fileReviews(result, [{ unit: 'XHT', file: 'hiep-thanh.xlsx', state: 'needsFix', note: 'x' }]),
    });
    expect(byUnit(kept, 'XHT')).toBeUndefined();
  });

  it('reminds every unit that sent nothing or a file that cannot be used, and no unit whose file was taken', () => {
    expect(byUnit(list, 'XHT')).toBeUndefined();
    expect(byUnit(list, 'XTD')).toMatchObject({ reason: 'rejected', file: 'don-vi/Thạnh Đức.xlsx' });
    expect(byUnit(list, 'XCG')).toMatchObject({ reason: 'missing' });
    // The reporting body (Phòng Nội vụ) is not reminded by itself.
    expect(list.map((r) => r.unit)).toEqual(result.reporting.filter((r) => r.status !== 'reported' && r.unit !== 'PNV').map((r) => r.unit));
  });

  it('given the reporting body is given targets of its own (PHÂN CÔNG) and a deadline of its own report, never reminds it: it would write to itself (fund13 defect 2)', () => {
    const owning: Plan = {
      ...plan,
      responsibilities: plan.responsibilities.map((r) => (r.units.includes('PNV') ? { ...r, items: ['III.1.a'] } : r)),
      reportingDuties: [...plan.reportingDuties, { from: 'PNV', to: ['UBND huyện'], frequency: 'half-year', deadline: { kind: 'dayOfLastMonth', day: 14 } }],
    };
    const owed = consolidate(owning, [{ file: 'hiep-thanh.xlsx', lastModified: 1, sheets: tracker }], { period: half, today: '2018-06-20' });
    expect(owed.reporting.find((r) => r.unit === 'PNV')?.status).toBe('missing');
    expect(byUnit(reminders(owning, owed, { today: '2018-06-20' }), 'PNV')).toBeUndefined();
  });

  it('says who, which period, the deadline as a date and where to send, in Vietnamese', () => {
    const reminder = byUnit(list, 'XCG');
    expect(reminder?.deadline).toBe('2018-06-15');
    expect(reminder?.subject).toBe('Đề nghị gửi sổ theo dõi tuyên truyền CCHC 6 tháng đầu năm 2018');
    expect(reminder?.body.split('\n')).toEqual([
      'Kính gửi: UBND xã Cẩm Giang.',
      'Phòng Nội vụ chưa nhận được sổ theo dõi kết quả tuyên truyền cải cách hành chính 6 tháng đầu năm 2018 (từ ngày 15/12/2017 đến ngày 14/06/2018) của đơn vị.',
      'Đề nghị đơn vị gửi về Phòng Nội vụ chậm nhất ngày 15/06/2018 (hạn gửi theo Kế hoạch số 116/KH-UBND).',
      'Địa chỉ nhận: pnv@godau.gov.vn.',
      'Trân trọng.',
      'Phòng Nội vụ',
    ]);
  });

  it('says what is wrong with the file sent, naming it as the unit saved it', () => {
    const body = byUnit(list, 'XTD')?.body ?? '';
    expect(body).toContain('đã nhận tệp "Thạnh Đức.xlsx" của đơn vị cho 6 tháng đầu năm 2018 nhưng chưa sử dụng được: Tệp bị hỏng');
    expect(byUnit(list, 'XTD')?.subject).toContain('gửi lại');
  });

  it('gives a mailto: link only where the plan has an address, whose subject and body decode to the message', () => {
    expect(byUnit(list, 'XTD')?.mailto).toBeNull();
    const reminder = byUnit(list, 'XCG');
    const url = new URL(reminder?.mailto ?? '');
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('camgiang@godau.gov.vn');
    expect(url.search).not.toMatch(/[ \n+]/);
    const params = new URLSearchParams(url.search);
    expect(params.get('subject')).toBe(reminder?.subject);
    expect(params.get('body')).toBe(reminder?.body.replace(/\n/g, '\r\n'));
  });

  it('given a day after the deadline, says it has passed', () => {
    const late = byUnit(reminders(plan, result, { today: '2018-06-16' }), 'XCG');
    expect(late?.overdue).toBe(true);
    expect(late?.body).toContain('là ngày 15/06/2018, nay đã quá hạn');
  });

  it('given a unit without a deadline in the plan, or a custom range, asks for the file in time instead of naming a day', () => {
    const noDuty = byUnit(list, 'XBD');
    expect(noDuty?.deadline).toBeNull();
    expect(noDuty?.body).toContain('sớm để kịp tổng hợp, báo cáo');
    const custom = consolidate(plan, [], { period: customPeriod('2018-01-01', '2018-03-31'), today: '2018-04-01' });
    expect(reminders(plan, custom, { today: '2018-04-01' }).every((r) => r.deadline === null)).toBe(true);
  });
});

describe('mailto', () => {
  it('encodes every address, the subject and the body as RFC 6068 asks (UTF-8, CRLF line breaks, "&" and "?" escaped)', () => {
    expect(mailto(['a+b@x.vn', 'c@y.vn'], 'Hỏi & đáp?', 'Dòng 1\nDòng 2')).toBe(
      'mailto:a%2Bb@x.vn,c@y.vn?subject=H%E1%BB%8Fi%20%26%20%C4%91%C3%A1p%3F&body=D%C3%B2ng%201%0D%0AD%C3%B2ng%202',
    );
  });
});
