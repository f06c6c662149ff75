import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import { readBook } from '../../../src/core/reader/readBook';
import { d, rawSheet } from '../validation/support';

/**
 * An office's log whose channel column has a header the reader does not know ("Cơ quan báo, đài") and one
 * channel the plan does not know, beside a link column showing the sites ("baotayninh.vn/…") on the rows
 * that have a link (issue 11's eleventh tester, finding 1: 59 of 100 rows taken, every radio row set aside).
 */
function log(channels: readonly string[]) {
  const link = (channel: string, i: number): string | null =>
    channel === 'Báo Tây Ninh' ? `baotayninh.vn/tin-${i}…` : channel === 'Cổng thông tin điện tử tỉnh' ? `tayninh.gov.vn/tin-${i}…` : null;
  return rawSheet('Tin bài', [
    ['UBND XÃ THẠNH ĐỨC'],
    ['SỔ THEO DÕI TIN BÀI'],
    [],
    ['Ngày tháng', 'Cơ quan báo, đài', 'Trích yếu nội dung', 'Thể loại', 'Số báo / đường link'],
    ...channels.map((channel, i) => [
      d(`2018-03-${String(i + 1).padStart(2, '0')}`),
      channel,
      `Tin tuyên truyền cải cách hành chính số ${i + 1}`,
      'Tin',
      link(channel, i),
    ]),
  ]);
}

describe('a channel column beside a link column that shows the sites', () => {
  const channels = ['Báo Tây Ninh', 'Đài Truyền thanh huyện', 'Cổng thông tin điện tử tỉnh', 'Trang Zalo cá nhân', 'Đài Truyền thanh huyện', 'Báo Tây Ninh'];

  it('reads the channel column, not the links, though one of its channels is not in the plan', () => {
    const reading = readBook(GO_DAU_116, [log(channels)], { file: 'xa-thanh-duc.xlsx' });
    const column = reading.blocks[0]?.columns.find((c) => c.role === 'channel');
    expect(column?.column).toBe(2);
    expect(reading.outputs.map((e) => e.text.channel)).toEqual(channels);
    expect(reading.outputs.filter((e) => e.record.channel !== null)).toHaveLength(5);
  });

  it('given no channel column at all, still takes the channel from the sites the links show', () => {
    const sheet = log(channels);
    const withoutChannels = { ...sheet, values: sheet.values.map((row) => row.filter((_cell, i) => i !== 1)) };
    const reading = readBook(GO_DAU_116, [withoutChannels], { file: 'xa-thanh-duc.xlsx' });
    expect(reading.outputs.filter((e) => e.record.channel !== null).length).toBeGreaterThanOrEqual(3);
  });
});
