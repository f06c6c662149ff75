import { exactKey, modernTonePlacement } from '../../../src/core/text/exactKey';

describe('exactKey', () => {
  it.each([
    ['Hoà Thành', 'Hòa Thành'],
    ['Ấp Thanh Hoà', 'Ấp Thanh Hòa'],
    ['Phường Khoẻ', 'Phường Khỏe'],
    ['Xã Thuỵ Hương', 'Xã Thụy Hương'],
    ['  HOÀ   THÀNH ', 'hòa thành'],
  ])('given %s, keys it as %s is keyed: the older and newer tone placements are one name', (older, newer) => {
    expect(exactKey(older)).toBe(exactKey(newer));
  });

  it('keeps names a tone mark apart as two names', () => {
    expect(exactKey('Hòa Thành')).not.toBe(exactKey('Hòa Thạnh'));
    expect(exactKey('Tân Thạnh')).not.toBe(exactKey('Tân Thành'));
  });

  it('moves a mark only at the end of a word, and never the "u" of "qu"', () => {
    expect(modernTonePlacement('hoàn thành')).toBe('hoàn thành');
    expect(modernTonePlacement('quý')).toBe('quý');
    expect(modernTonePlacement('thuý')).toBe('thúy');
    expect(modernTonePlacement('toà án')).toBe('tòa án');
  });
});
