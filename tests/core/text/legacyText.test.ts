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

  it('given a TCVN3 or VNI sheet with a title pasted in Unicode, keeps that title as typed and decodes the rest', () => {
    const tcvn3 = [
      ['Ngµy ®¨ng', 'Tªn tin bµi', 'N¬i ®¨ng'],
      ['05/03/2018', 'Héi nghÞ triÓn khai CCHC', 'B¸o T©y Ninh'],
      ['06/03/2018', 'Đánh giá sự hài lòng của người dân', 'B¸o T©y Ninh'],
    ];
    const decode = decoderFor(tcvn3);
    expect(sheetEncoding(tcvn3)).toBe('TCVN3');
    expect(decode?.('Đánh giá sự hài lòng của người dân')).toBe('Đánh giá sự hài lòng của người dân');
    expect(decode?.('đầu tháng 5')).toBe('đầu tháng 5');
    expect(decode?.('Héi nghÞ triÓn khai CCHC')).toBe('Hội nghị triển khai CCHC');
    // A legacy text with a Unicode letter typed into it still looks legacy on its own: decoded.
    expect(decode?.('Th¹nh §øc ơ')).toBe('Thạnh Đức ơ');
    const vni = [
      ['Ngaøy ñaêng', 'Teân tin baøi', 'Nôi ñaêng'],
      ['05/03/2018', 'Hoäi nghò trieån khai CCHC', 'Baùo Taây Ninh'],
    ];
    const fromVni = decoderFor(vni);
    expect(sheetEncoding(vni)).toBe('VNI');
    expect(fromVni?.('Đánh giá sự hài lòng của người dân')).toBe('Đánh giá sự hài lòng của người dân');
    expect(fromVni?.('Hoäi nghò trieån khai CCHC')).toBe('Hội nghị triển khai CCHC');
  });

  it('decodes a clearly legacy cell on its own', () => {
    expect(toUnicode('Th¹nh §øc')).toBe('Thạnh Đức');
    expect(toUnicode('Thạnh Đức')).toBe('Thạnh Đức');
  });
});
