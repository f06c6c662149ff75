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

  it('given a sheet whose first legacy cells are TCVN3 and whose later ones, more of them, are VNI, says VNI: it stops looking only once the rest cannot change the answer', () => {
    const tcvn3 = ['Th¹nh §øc', 'B¸o T©y Ninh', 'Tuyªn truyÒn c¶i c¸ch hµnh chÝnh'];
    const vni = ['Thaïnh Ñöùc', 'Baùo Taây Ninh', 'Hoäi nghò trieån khai', 'Ñaøi truyeàn thanh'];
    expect(sheetEncoding([tcvn3, vni])).toBe('VNI');
    // Three each: the first met.
    expect(sheetEncoding([tcvn3, vni.slice(0, 3)])).toBe('TCVN3');
    // Numbers and blanks are no text that could change it; an ASCII text is one.
    expect(
      sheetEncoding([
        [...tcvn3, 1, null, 2],
        ['abc', 3, ...vni.slice(0, 2)],
      ]),
    ).toBe('TCVN3');
    expect(
      sheetEncoding([
        [...tcvn3, 1, null, 2],
        ['abc', 3, ...vni],
      ]),
    ).toBe('VNI');
    // A long tracker: the same answer whichever encoding its last rows are in, as long as the first ones outnumber them.
    const rows = (texts: readonly string[], count: number) => Array.from({ length: count }, (_, i) => [i + 1, ...texts]);
    expect(sheetEncoding([...rows(tcvn3, 300), ...rows(vni, 220)])).toBe('TCVN3');
    expect(sheetEncoding([...rows(tcvn3, 300), ...rows(vni, 230)])).toBe('VNI');
  });

  it('decodes a clearly legacy cell on its own', () => {
    expect(toUnicode('Th¹nh §øc')).toBe('Thạnh Đức');
    expect(toUnicode('Thạnh Đức')).toBe('Thạnh Đức');
  });
});
