import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import { createLabelResolver } from '../../../src/core/reader/labels';

const labels = createLabelResolver(GO_DAU_116);

describe('channel labels as offices type them', () => {
  it.each([
    ['Báo Tây Ninh', 'BTN', null],
    ['Đài Phát thanh và Truyền hình Tây Ninh', 'PTTH-T', null],
    ['Trang thông tin điện tử huyện Gò Dầu', 'TTT-H', null],
    ['Cổng thông tin điện tử tỉnh Tây Ninh', 'CTT-T', null],
    ['Đài PT-TH Tây Ninh (phóng sự)', 'PTTH-T', 'PS'],
    ['Báo Tây Ninh - bài', 'BTN', 'BAI'],
    ['Đài TT', 'TT-H', null],
    ['Báo', 'BTN', null],
  ])('given "%s", reads channel %s and form %s', (text, channel, form) => {
    expect(labels.channel(text)).toEqual({ channel, form });
  });

  it.each([['Đài'], ['Facebook xã'], ['Hướng dẫn thủ tục đăng ký khai sinh trực tuyến cho người dân trong xã năm nay']])(
    'given "%s", names no channel rather than guess',
    (text) => {
      expect(labels.channel(text).channel).toBeNull();
    },
  );

  it('given a cell listing two channels, reads both so neither is lost', () => {
    expect(labels.channelList('Báo Tây Ninh, Trang TTĐT huyện')).toEqual(['Báo Tây Ninh', 'Trang TTĐT huyện']);
    expect(labels.channelList('Báo Tây Ninh')).toBeNull();
    expect(labels.channelList('Báo Tây Ninh, Báo TN')).toBeNull();
  });
});

describe('units written short', () => {
  it.each([
    ['P.VHTT', 'PVHTT'],
    ['xã T.Đức', 'XTD'],
    ['UBND xã H.Thạnh', 'XHT'],
    ['xã P.Đông', 'XPD'],
    ['P.Nội vụ', 'PNV'],
    ['Đài TT', 'DTT'],
    ['Công an huyện', null],
  ])('given "%s", finds %s', (text, code) => {
    expect(labels.unit(text)).toBe(code);
  });
});
