import { decodeLegacy, detectLegacyEncoding, hasVniSign, VNI_SIGN } from '../../../src/core/text/legacyEncoding';

describe('hasVniSign', () => {
  it('is the VNI pattern written out: its seven alternatives as they were', () => {
    expect(VNI_SIGN.source.replace(/\\\//g, '/')).toBe(
      '[aeouyôöAEOUYÔÖ][ùøûõïÙØÛÕÏ]|[aA][âêáàåãäéèúüëÂÊÁÀÅÃÄÉÈÚÜË]|[eE][âáàåãäÂÁÀÅÃÄ]|[oO][âåäÂÅÄ]|[öÖ][ôÔ]|(?:^|[\\s\\d.,;:()"\'/-])[ñÑ][aeiouyôöAEIOUYÔÖ]',
    );
  });

  it('says what the pattern says of every pair of Latin-1 characters, alone and after a word start or a letter', () => {
    for (let a = 0; a < 256; a += 1) {
      for (let b = 0; b < 256; b += 1) {
        const pair = String.fromCharCode(a, b);
        for (const text of [pair, ` ${pair}`, `x${pair}`, `${pair}x`])
          if (hasVniSign(text) !== VNI_SIGN.test(text)) throw new Error(`differs on ${JSON.stringify(text)}`);
      }
    }
  });

  it('says what the pattern says of random text of Vietnamese, VNI and other characters', () => {
    const alphabet = 'aeiouyAEIOUYôöÔÖùøûõïÙØÛÕÏâêáàåãäéèúüëÂÊÁÀÅÃÄÉÈÚÜËñÑ \u00a0\u2003\t5.,;:()"\'/-xđĐạếư';
    let seed = 11;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let n = 0; n < 20000; n += 1) {
      let text = '';
      for (let i = next() % 8; i >= 0; i -= 1) text += alphabet[next() % alphabet.length];
      if (hasVniSign(text) !== VNI_SIGN.test(text)) throw new Error(`differs on ${JSON.stringify(text)}`);
    }
  });
});

describe('detectLegacyEncoding', () => {
  it.each([
    ['Th¹nh §øc', 'TCVN3', 'Thạnh Đức'],
    ['TØnh T©y Ninh', 'TCVN3', 'Tỉnh Tây Ninh'],
    ['Tuyªn truyÒn c¶i c¸ch hµnh chÝnh', 'TCVN3', 'Tuyên truyền cải cách hành chính'],
    ['UBND x· Thanh Ph­íc', 'TCVN3', 'UBND xã Thanh Phước'],
    ['Thaïnh Ñöùc', 'VNI', 'Thạnh Đức'],
    ['Taây Ninh', 'VNI', 'Tây Ninh'],
    ['Tuyeân truyeàn caûi caùch haønh chính', 'VNI', 'Tuyên truyền cải cách hành chính'],
    ['Ñaøi Truyeàn thanh huyeän', 'VNI', 'Đài Truyền thanh huyện'],
    ['Phöôùc Traïch', 'VNI', 'Phước Trạch'],
    ['Baøu Ñoàn', 'VNI', 'Bàu Đồn'],
  ])('given %j, finds %s and decodes it', (text, encoding, unicode) => {
    expect(detectLegacyEncoding(text)).toBe(encoding);
    expect(decodeLegacy(text, encoding as 'TCVN3' | 'VNI')).toBe(unicode);
  });

  it.each([
    ['Thị trấn Gò Dầu'],
    ['Xã Thạnh Đức'],
    ['Hòa Thành, Hoà Thành, khoá học, xoã tóc'],
    ['Mùa xuân, thuý, thuỷ, luôn, Nguyễn, khuya, người, quyết định'],
    ['Trang thông tin điện tử huyện'],
    ['Cổng TTĐT tỉnh Tây Ninh'],
    ['Tuyên truyền cải cách hành chính năm 2018'.normalize('NFD')],
    ['TĂNG CƯỜNG CÔNG TÁC TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH'],
    ['HOÀ THÀNH, XUÂN, KHOÁ, QUYẾT'],
    ['Số 1234, ngày 3/5/2018'],
    ['1.500.000 đ'],
    ['The café reopened; a résumé and a fiancé'],
    ['Microsoft® Excel © 2018'],
    ['«Tin» – “bài” ‘x’ … nhiệt độ 30°C, ½ ngày'],
    ['Hello world'],
    [''],
  ])('given %j (Unicode or English), finds nothing', (text) => {
    expect(detectLegacyEncoding(text)).toBeNull();
  });
});
