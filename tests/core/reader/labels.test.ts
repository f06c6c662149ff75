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

describe('texts ruled out as channels by their words', () => {
  it.each([
    ['Đăng trên Báo Tây Ninh', 'BTN'],
    ['Tin: đăng trên Báo Tây Ninh ngày 2', 'BTN'],
  ])('given a short title naming a channel inside ("%s"), still reads %s', (text, channel) => {
    expect(labels.channel(text).channel).toBe(channel);
  });

  it('given a title whose words start no channel name, with a form after a colon, names neither', () => {
    expect(labels.channel('Phòng Nội vụ: tin số 3 (1)')).toEqual({ channel: null, form: null });
  });

  it('given a plan whose channel starts with a level word, still finds it from the place written instead of the level', () => {
    const plan = { ...GO_DAU_116, channels: [...GO_DAU_116.channels, { code: 'HU', name: 'Huyện ủy', shortName: 'Huyện ủy', aliases: [] }] };
    const resolver = createLabelResolver(plan);
    expect(resolver.channel('Gò Dầu ủy')).toEqual({ channel: 'HU', form: null });
    expect(resolver.channel('Gò Dầu ủy (phóng sự)')).toEqual({ channel: 'HU', form: 'PS' });
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

describe("the channel a link's site names (by its host only)", () => {
  it.each([
    ['https://baotayninh.vn/tin-cchc-1.html', 'BTN'],
    ['baotayninh.vn/tin-1', 'BTN'],
    ['http://www.BaoTayNinh.vn', 'BTN'],
    ['https://tayninh.gov.vn/van-ban?id=3', 'CTT-T'],
    // The district's site under the province's domain is the district's, not the province portal's.
    ['https://godau.tayninh.gov.vn/tin-tuc/1', 'TTT-H'],
    ['https://xa.godau.tayninh.gov.vn/a', 'TTT-H'],
    ['Xem tại https://baotayninh.vn/a', 'BTN'],
    ['https://baotayninh.vn/a; https://baotayninh.vn/b', 'BTN'],
    // The provincial station's site (a helper's trial: a report linked there with its channel left blank).
    ['https://www.tayninhtv.vn/phong-su/cchc-1', 'PTTH-T'],
  ])('given "%s", names %s', (link, code) => {
    expect(labels.channelOfLink(link)?.code).toBe(code);
    expect(labels.channel(labels.channelOfLink(link)?.name ?? '').channel).toBe(code);
  });

  it.each([
    ['https://facebook.com/baotayninh.vn/posts/1'],
    ['https://baotayninh.vn.tinmoi.com/a'],
    ['https://zingnews.vn/baotayninh-vn-dua-tin.html'],
    ['website'],
    ['Xem bài'],
    ['Số 123'],
    // Two links to two channels' sites: which is meant is not guessed.
    ['https://baotayninh.vn/g-12.html; https://godau.tayninh.gov.vn/g-12'],
    [''],
  ])('given "%s", names no channel', (link) => {
    expect(labels.channelOfLink(link)).toBeNull();
  });
});
