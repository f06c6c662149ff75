import { d, plan } from './support';
import type { RawSheet } from '../../../src/core/ports/workbookPort';
import { validateWorkbook } from '../../../src/core/validation';

/**
 * Rows under a section row share its cell for their channel: a channel the plan lacks is told once
 * at that cell, not once per row (issue 11's second tester, F2), while every row is still set aside.
 */
describe('an issue told once per cell', () => {
  const sheet: RawSheet = {
    name: 'Năm 2018',
    origin: { row: 1, column: 1 },
    values: [
      ['SỔ THEO DÕI TUYÊN TRUYỀN CCHC NĂM 2018 - PHÒNG NỘI VỤ'],
      ['STT', 'Ngày', 'Nội dung tuyên truyền', 'Hình thức'],
      ['I. Báo Tây Ninh'],
      [1, d('2018-03-05'), 'Tin về một cửa liên thông', 'Tin'],
      ['II. TikTok cá nhân'],
      [1, d('2018-03-06'), 'Clip về chữ ký số', 'Tin'],
      [2, d('2018-03-07'), 'Clip về thanh toán số', 'Tin'],
      [3, d('2018-03-08'), 'Clip về dịch vụ công', 'Tin'],
    ],
  };

  test('given three rows under a section naming no plan channel, one error at the section cell and all three rows set aside', () => {
    const report = validateWorkbook(plan, [sheet], { today: '2018-12-31', file: 'Phòng Nội vụ.xlsx' });
    const unknown = report.issues.filter((i) => i.code === 'validation.name.unknownOwn');
    expect(unknown).toHaveLength(1);
    expect(unknown[0]?.where).toEqual({ sheet: 'Năm 2018', cell: 'A5' });
    expect(unknown[0]?.params).toMatchObject({ field: 'Kênh', value: 'TikTok cá nhân' });
    expect(report.records.outputs.filter((r) => r.channel !== null)).toHaveLength(1);
    // An office's own tracker (no stamp) has no "Danh mục" sheet to pick from: the message does not send it there (F3).
    expect(report.issues.filter((i) => i.code === 'validation.name.unknown')).toHaveLength(0);
    expect(report.reading.outputs.filter((e) => e.record.channel === null)).toHaveLength(3);
  });
});
