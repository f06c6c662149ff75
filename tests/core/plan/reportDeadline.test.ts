import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import { readPlanFromSheets } from '../../../src/core/plan/planSheetReader';
import { deadlineDate, deadlineWords, parseDeadline } from '../../../src/core/plan/reportDeadline';
import type { Plan } from '../../../src/core/plan/types';
import type { RawSheet } from '../../../src/core/ports/workbookPort';
import { withCell } from '../../support/layoutToRawSheets';
import { sheetOf } from '../../support/planSheetRows';

/** The 1-based row and column letter of the first cell reading `text`. */
const cellOf = (sheet: RawSheet, text: string): { row: number; column: string } => {
  for (const [r, row] of sheet.values.entries()) {
    const c = row.findIndex((v) => v === text);
    if (c >= 0) return { row: r + 1, column: String.fromCharCode(65 + c) };
  }
  throw new Error(`no cell reads ${text}`);
};

describe('a reporting duty\'s "Hạn gửi"', () => {
  it.each([
    ['Ngày 15 tháng cuối kỳ', { kind: 'dayOfLastMonth', day: 15 }],
    ['ngay 15 cua thang cuoi ky', { kind: 'dayOfLastMonth', day: 15 }],
    ['Chậm nhất ngày 20 tháng cuối kỳ báo cáo', { kind: 'dayOfLastMonth', day: 20 }],
    ['Ngày 5 tháng sau kỳ', { kind: 'dayOfNextMonth', day: 5 }],
    ['ngày 5 tháng đầu kỳ sau', { kind: 'dayOfNextMonth', day: 5 }],
    ['10 ngày sau kỳ', { kind: 'daysAfterEnd', days: 10 }],
    ['7 ngày sau khi hết kỳ', { kind: 'daysAfterEnd', days: 7 }],
    ['Day 15 of the last month', { kind: 'dayOfLastMonth', day: 15 }],
    ['3 days after the period', { kind: 'daysAfterEnd', days: 3 }],
    ['Ngày 10 tháng 12', { kind: 'dayOfMonth', day: 10, month: 12 }],
    ['chậm nhất ngày 10 tháng 12 hằng năm', { kind: 'dayOfMonth', day: 10, month: 12 }],
  ])('reads "%s"', (typed, expected) => {
    expect(parseDeadline(typed)).toEqual(expected);
  });

  it.each(['15/3', 'sớm', 'Ngày 32 tháng cuối kỳ', 'Ngày 0 tháng sau kỳ', '400 ngày sau kỳ', 'Ngày 10 tháng 13'])('refuses "%s"', (typed) => {
    expect(parseDeadline(typed)).toBeNull();
  });

  it('writes each kind in words it reads back', () => {
    for (const deadline of [
      { kind: 'dayOfLastMonth', day: 15 },
      { kind: 'dayOfNextMonth', day: 5 },
      { kind: 'daysAfterEnd', days: 10 },
      { kind: 'dayOfMonth', day: 10, month: 12 },
    ] as const)
      expect(parseDeadline(deadlineWords(deadline))).toEqual(deadline);
  });

  it("gives the day from the period's end: the cut-off quarter ending 14 March is due on 15 March", () => {
    expect(deadlineDate({ kind: 'dayOfLastMonth', day: 15 }, '2018-03-14')).toBe('2018-03-15');
    expect(deadlineDate({ kind: 'dayOfNextMonth', day: 5 }, '2018-12-31')).toBe('2019-01-05');
    expect(deadlineDate({ kind: 'daysAfterEnd', days: 10 }, '2018-06-14')).toBe('2018-06-24');
    // An annual report due in December, before its year ends (try13m D8).
    expect(deadlineDate({ kind: 'dayOfMonth', day: 10, month: 12 }, '2026-12-31')).toBe('2026-12-10');
  });

  it("given day 31 in a month of 28 days, takes the month's last day", () => {
    expect(deadlineDate({ kind: 'dayOfNextMonth', day: 31 }, '2019-01-31')).toBe('2019-02-28');
  });
});

describe('the plan sheet with deadlines and e-mail addresses', () => {
  const plan: Plan = {
    ...GO_DAU_116,
    units: GO_DAU_116.units.map((u) => (u.code === 'XTD' ? { ...u, emails: ['thanhduc@godau.gov.vn', 'vp.thanhduc@godau.gov.vn'] } : u)),
    reportingDuties: [
      ...GO_DAU_116.reportingDuties,
      { from: 'XTD', to: ['Phòng Nội vụ'], frequency: 'quarter', deadline: { kind: 'dayOfLastMonth', day: 15 } },
    ],
  };

  it('happy path: written and read back is the same plan, with no issues', () => {
    const result = readPlanFromSheets([sheetOf(plan)]);
    expect(result.issues).toEqual([]);
    expect(result.plan).toEqual(plan);
  });

  it('given a deadline typed as a date, says at its cell which forms it takes, and keeps the duty without it', () => {
    const sheet = sheetOf(plan);
    const at = cellOf(sheet, 'Ngày 15 tháng cuối kỳ');
    const result = readPlanFromSheets([withCell(sheet, `${at.column}${at.row}`, '15/3')]);
    expect(result.issues.map((i) => `${i.code}@${i.where.cell ?? ''}`)).toEqual([`plan.field.badValue@${at.column}${at.row}`]);
    expect(result.issues[0]?.params).toMatchObject({ field: 'Hạn gửi', value: '15/3' });
    expect(result.plan).toBeNull();
  });

  it('given "Ngày 10 tháng 12" for a quarterly duty, says at its cell that a fixed day is for a yearly report, and keeps the duty without it', () => {
    const sheet = sheetOf(plan);
    const at = cellOf(sheet, 'Ngày 15 tháng cuối kỳ');
    const result = readPlanFromSheets([withCell(sheet, `${at.column}${at.row}`, 'Ngày 10 tháng 12')]);
    expect(result.issues.map((i) => `${i.code}@${i.where.cell ?? ''}`)).toEqual([`plan.duty.fixedDayNotYearly@${at.column}${at.row}`]);
  });

  it('given a mistyped address beside a good one, warns at the cell and keeps the good one', () => {
    const sheet = sheetOf(plan);
    const at = cellOf(sheet, 'thanhduc@godau.gov.vn; vp.thanhduc@godau.gov.vn');
    const result = readPlanFromSheets([withCell(sheet, `${at.column}${at.row}`, 'thanhduc@godau.gov.vn, vp.thanhduc(at)godau')]);
    expect(result.issues.map((i) => `${i.code}@${i.where.cell ?? ''}:${i.severity}`)).toEqual([`plan.unit.badEmail@${at.column}${at.row}:warning`]);
    expect(result.plan?.units.find((u) => u.code === 'XTD')?.emails).toEqual(['thanhduc@godau.gov.vn']);
  });

  it('given a name typed where the address goes ("ubnd phuoc trach"), gives one warning for the cell, not one per word', () => {
    const sheet = sheetOf(plan);
    const at = cellOf(sheet, 'thanhduc@godau.gov.vn; vp.thanhduc@godau.gov.vn');
    const result = readPlanFromSheets([withCell(sheet, `${at.column}${at.row}`, 'ubnd phuoc trach')]);
    expect(result.issues.map((i) => `${i.code}@${i.where.cell ?? ''}`)).toEqual([`plan.unit.badEmail@${at.column}${at.row}`]);
    expect(result.issues[0]?.params).toMatchObject({ value: 'ubnd phuoc trach' });
    expect(result.plan?.units.find((u) => u.code === 'XTD')?.emails).toBeUndefined();
  });

  it('given one duty row naming two reporters, gives each the duty', () => {
    const sheet = sheetOf(plan);
    const at = cellOf(sheet, 'Ngày 15 tháng cuối kỳ');
    const fromColumn = String.fromCharCode(at.column.charCodeAt(0) - 3);
    const result = readPlanFromSheets([withCell(sheet, `${fromColumn}${at.row}`, 'XTD; XHT')]);
    expect(result.issues).toEqual([]);
    expect(result.plan?.reportingDuties.filter((d) => d.deadline !== undefined).map((d) => d.from)).toEqual(['XTD', 'XHT']);
  });
});
