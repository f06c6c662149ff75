import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import type { Plan } from '../../../src/core/plan/types';
import { stateText } from '../../../src/core/report/body';
import { occurrenceList, standingSentences } from '../../../src/core/report/sentences';
import type { ReportStandingRow } from '../../../src/core/report/types';

/**
 * The sixth tester's D5 of issue 13: a unit's sentence named its recurring item three times and
 * dropped the overdue its table showed ("đang thực hiện: cập nhật bảng tin … (quý III năm 2026)"
 * beside "Đang thực hiện (quá hạn 30/09/2026)"); the consolidated one listed "khu phố Long Hòa
 * (quý I năm 2026), khu phố Long Hòa (quý II năm 2026), …".
 */
const plan: Plan = {
  ...GO_DAU_116,
  standingItems: [{ id: 'HM2', title: 'Cập nhật bảng tin CCHC tại nhà văn hóa khu phố', appliesTo: ['commune'], recurrence: 'quarter' }],
};
const row = (unitName: string, occurrence: string, state: ReportStandingRow['state'], rest: Partial<ReportStandingRow> = {}): ReportStandingRow => ({
  itemId: 'HM2',
  unitCode: unitName,
  unitName,
  state,
  dateDone: null,
  occurrence,
  ...rest,
});

describe('occurrences of one year named in one parenthesis', () => {
  it('given quarters I, II and III of 2026, reads "quý I, II và III năm 2026"; months read "tháng 1 và 2 năm 2026"', () => {
    expect(occurrenceList(['quý I năm 2026', 'quý II năm 2026', 'quý III năm 2026'], 'vi')).toBe('quý I, II và III năm 2026');
    expect(occurrenceList(['tháng 1 năm 2026', 'tháng 2 năm 2026'], 'vi')).toBe('tháng 1 và 2 năm 2026');
  });

  it('given occurrences of two years or of another shape, each year its own group and a half year whole', () => {
    expect(occurrenceList(['quý IV năm 2025', 'quý I năm 2026', 'quý II năm 2026'], 'vi')).toBe('quý IV năm 2025 và quý I và II năm 2026');
    expect(occurrenceList(['6 tháng đầu năm 2026'], 'vi')).toBe('6 tháng đầu năm 2026');
    expect(occurrenceList(['Q1 2026', 'Q2 2026'], 'en')).toBe('Q1 2026 and Q2 2026');
  });
});

describe("a unit's recurring item named once, overdue kept (sixth tester, D5)", () => {
  it('given Khu phố Long Thới (from 01/09) with Q3 begun but not done by 30/09 and Q4 running, says "đang thực hiện quý III năm 2026 (quá hạn 30/09/2026)"', () => {
    const from = { notOwed: { reason: 'notStarted' as const, on: '2026-09-01' } };
    const rows = [
      row('Khu phố Long Thới', 'quý I năm 2026', 'missing', from),
      row('Khu phố Long Thới', 'quý II năm 2026', 'missing', from),
      row('Khu phố Long Thới', 'quý III năm 2026', 'in-progress', { late: true, due: '2026-09-30' }),
      row('Khu phố Long Thới', 'quý IV năm 2026', 'in-progress', { running: true, due: '2026-12-31' }),
    ];
    expect(standingSentences(plan, rows, false, 'vi')).toEqual([
      '- Hạng mục “cập nhật bảng tin CCHC tại nhà văn hóa khu phố”: đã thực hiện 0/1 lượt; đang thực hiện quý III năm 2026 (quá hạn 30/09/2026); không phải thực hiện quý I và II năm 2026 (đơn vị tham gia kế hoạch từ ngày 01/09/2026).',
    ]);
    // The table's cell and the sentence say the same overdue.
    expect(rows[2] === undefined ? '' : stateText(rows[2], true, 'vi')).toBe('Đang thực hiện (quá hạn 30/09/2026)');
  });

  it('given Khu phố Long Trung with Q1 not done and Q2, Q3 done, reads "đã thực hiện 2/3 lượt; chưa thực hiện quý I năm 2026 (quá hạn 31/03/2026)"', () => {
    const rows = [
      row('Khu phố Long Trung', 'quý I năm 2026', 'not-done', { late: true, due: '2026-03-31' }),
      row('Khu phố Long Trung', 'quý II năm 2026', 'done', { dateDone: '2026-04-10' }),
      row('Khu phố Long Trung', 'quý III năm 2026', 'done', { dateDone: '2026-09-30' }),
    ];
    expect(standingSentences(plan, rows, false, 'en')).toEqual([
      '- Item “cập nhật bảng tin CCHC tại nhà văn hóa khu phố”: done 2 of 3 times; not done for quý I năm 2026 (late: due 31 March 2026).',
    ]);
    expect(standingSentences(plan, rows, false, 'vi')).toEqual([
      '- Hạng mục “cập nhật bảng tin CCHC tại nhà văn hóa khu phố”: đã thực hiện 2/3 lượt; chưa thực hiện quý I năm 2026 (quá hạn 31/03/2026).',
    ]);
  });
});

describe('the consolidated sentence names each unit once (sixth tester, D5)', () => {
  it('given Khu phố Long Hòa silent for three quarters, reads "chưa báo cáo: khu phố Long Hòa (quý I, II và III năm 2026)" and counts "lượt"', () => {
    const late = (due: string): Partial<ReportStandingRow> => ({ late: true, due });
    const rows = [
      row('Khu phố Long Hòa', 'quý I năm 2026', 'missing', late('2026-03-31')),
      row('Khu phố Long Hòa', 'quý II năm 2026', 'missing', late('2026-06-30')),
      row('Khu phố Long Hòa', 'quý III năm 2026', 'missing', late('2026-09-30')),
      row('Khu phố Long Chí', 'quý I năm 2026', 'done', { dateDone: '2026-03-20' }),
    ];
    expect(standingSentences(plan, rows, true, 'vi')).toEqual([
      '- Cập nhật bảng tin CCHC tại nhà văn hóa khu phố: đã thực hiện 1/1 lượt phải thực hiện trong kỳ của các đơn vị đã báo cáo; chưa báo cáo: khu phố Long Hòa (quý I, II và III năm 2026).',
    ]);
  });
});
