import { decoderFor, sheetEncoding, toUnicode } from '../../../src/core/text/legacyText';

describe('sheetEncoding', () => {
  it('given a sheet typed in TCVN3, says so, and decodes even the words that alone look French', () => {
    const sheet = [
      ['Ngµy ®¨ng', 'Tªn tin bµi', 'N¬i ®¨ng'],
      ['05/03/2018', 'Héi nghÞ triÓn khai CCHC', 'B¸o T©y Ninh'],
    ];
    expect(sheetEncoding(sheet)).toBe('TCVN3');
    expect(decoderFor(sheet)?.('Héi nghÞ triÓn khai CCHC')).toBe('Hội nghị triển khai CCHC');
  });

  it('given a Unicode sheet with a French word in it, leaves it alone', () => {
    const sheet = [
      ['Ngày đăng', 'Tên tin bài', 'Nơi đăng'],
      ['05/03/2018', 'Hội nghị tại café Thạnh Đức', 'Báo Tây Ninh'],
      ['06/03/2018', 'Giới thiệu dịch vụ công', 'TTĐT'],
    ];
    expect(sheetEncoding(sheet)).toBeNull();
    expect((decoderFor(sheet) ?? ((text: string) => text))('Hội nghị tại café')).toBe('Hội nghị tại café');
  });

  it('gives no decoder for a sheet none of whose cells looks legacy-typed, and a cell-by-cell one when one cell does', () => {
    const unicode = [
      ['Ngày đăng', 'Tên tin bài', 'Nơi đăng'],
      ['05/03/2018', 'Giới thiệu dịch vụ công', 'Báo Tây Ninh'],
    ];
    expect(decoderFor(unicode)).toBeNull();
    const oneLegacyCell = [
      ...unicode,
      ['06/03/2018', 'Th¹nh §øc', 'Báo Tây Ninh'],
      ['07/03/2018', 'Hội nghị', 'Đài TT'],
      ...Array.from({ length: 12 }, () => ['x', 'Tiếng Việt', 'Đài']),
    ];
    expect(sheetEncoding(oneLegacyCell)).toBeNull();
    const decode = decoderFor(oneLegacyCell);
    expect(decode?.('Th¹nh §øc')).toBe('Thạnh Đức');
    expect(decode?.('Hội nghị')).toBe('Hội nghị');
  });

  it('decodes a clearly legacy cell on its own', () => {
    expect(toUnicode('Th¹nh §øc')).toBe('Thạnh Đức');
    expect(toUnicode('Thạnh Đức')).toBe('Thạnh Đức');
  });
});
