import { decoderFor, sheetEncoding, toUnicode } from '../../../src/core/text/legacyText';

describe('sheetEncoding', () => {
  it('given a sheet typed in TCVN3, says so, and decodes even the words that alone look French', () => {
    const sheet = [
      ['Ngµy ®¨ng', 'Tªn tin bµi', 'N¬i ®¨ng'],
      ['05/03/2018', 'Héi nghÞ triÓn khai CCHC', 'B¸o T©y Ninh'],
    ];
    expect(sheetEncoding(sheet)).toBe('TCVN3');
    expect(decoderFor(sheet)('Héi nghÞ triÓn khai CCHC')).toBe('Hội nghị triển khai CCHC');
  });

  it('given a Unicode sheet with a French word in it, leaves it alone', () => {
    const sheet = [
      ['Ngày đăng', 'Tên tin bài', 'Nơi đăng'],
      ['05/03/2018', 'Hội nghị tại café Thạnh Đức', 'Báo Tây Ninh'],
      ['06/03/2018', 'Giới thiệu dịch vụ công', 'TTĐT'],
    ];
    expect(sheetEncoding(sheet)).toBeNull();
    expect(decoderFor(sheet)('Hội nghị tại café')).toBe('Hội nghị tại café');
  });

  it('decodes a clearly legacy cell on its own', () => {
    expect(toUnicode('Th¹nh §øc')).toBe('Thạnh Đức');
    expect(toUnicode('Thạnh Đức')).toBe('Thạnh Đức');
  });
});
