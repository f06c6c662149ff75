import fc from 'fast-check';
import { decodeLegacy, detectLegacyEncoding, hasVniSign, MAY_BE_LEGACY, MAY_BE_LEGACY_SOURCE, VNI_SIGN } from '../../../src/core/text/legacyEncoding';

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

describe('the quick test for legacy characters (MAY_BE_LEGACY)', () => {
  const alternation = new RegExp(MAY_BE_LEGACY_SOURCE);

  it('says what the plain alternation says of every pair of Latin-1 characters, alone and inside text', () => {
    for (let a = 0; a < 256; a += 1) {
      for (let b = 0; b < 256; b += 1) {
        const pair = String.fromCharCode(a, b);
        for (const text of [pair, `x${pair}`, `${pair}x`, `Tuyên ${pair} truyền`])
          if (MAY_BE_LEGACY.test(text) !== alternation.test(text)) throw new Error(`differs on ${JSON.stringify(text)}`);
      }
    }
  });

  it('says what the plain alternation says of random Vietnamese, TCVN3 and VNI text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'aeiouyAEIOUYôöÔÖùøûõïÙØÛÕÏâêáàåãäéèúüëÂÊÁÀÅÃÄÉÈÚÜËñѸµ¹©§®¬ạếưđĐ tn'), maxLength: 12 }), (text) => {
        expect(MAY_BE_LEGACY.test(text)).toBe(alternation.test(text));
      }),
      { numRuns: 20000 },
    );
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

/**
 * The decoders as they were written first, character by character through the tables (Unikey's
 * tables as the source file gives them): the faster decoders must give the same text for any input.
 */
const VNI_TONES: Record<string, string> = { ù: '\u0301', ø: '\u0300', û: '\u0309', õ: '\u0303', ï: '\u0323' };
const VNI_HATS: Record<string, string> = { â: '', á: '\u0301', à: '\u0300', å: '\u0309', ã: '\u0303', ä: '\u0323' };
const VNI_BREVES: Record<string, string> = { ê: '', é: '\u0301', è: '\u0300', ú: '\u0309', ü: '\u0303', ë: '\u0323' };
const VNI_LETTERS: Record<string, string> = {
  ô: 'ơ',
  ö: 'ư',
  ñ: 'đ',
  í: 'í',
  ì: 'ì',
  æ: 'ỉ',
  ó: 'ĩ',
  ò: 'ị',
  î: 'ỵ',
  Ô: 'Ơ',
  Ö: 'Ư',
  Ñ: 'Đ',
  Í: 'Í',
  Ì: 'Ì',
  Æ: 'Ỉ',
  Ó: 'Ĩ',
  Ò: 'Ị',
  Î: 'Ỵ',
};
function referenceVni(text: string): string {
  let out = '';
  let base = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const baseLower = base.toLowerCase();
    const hat = VNI_HATS[lower];
    const breve = VNI_BREVES[lower];
    const tone = VNI_TONES[lower];
    if (hat !== undefined && 'aeo'.includes(baseLower) && baseLower !== '') {
      out += `\u0302${hat}`;
      base = `${base}\u0302`.normalize('NFC');
    } else if (breve !== undefined && baseLower === 'a') {
      out += `\u0306${breve}`;
      base = `${base}\u0306`.normalize('NFC');
    } else if (tone !== undefined && /[aeiouyăâêôơưAEIOUYĂÂÊÔƠƯ]/.test(base)) {
      out += tone;
      base = '';
    } else {
      const letter = VNI_LETTERS[ch] ?? ch;
      out += letter;
      base = letter;
    }
  }
  return out.normalize('NFC');
}

/** TCVN 5712:1993 (VN3) as Unikey converts it, written out again: each byte and the letter it stands for. */
const TCVN3_LETTERS: Record<string, string> = Object.fromEntries(
  [
    ['¸µ¶·¹', 'áàảãạ'],
    ['©ÊÇÈÉË', 'âấầẩẫậ'],
    ['¨¾»¼½Æ', 'ăắằẳẵặ'],
    ['ÐÌÎÏÑ', 'éèẻẽẹ'],
    ['ªÕÒÓÔÖ', 'êếềểễệ'],
    ['ãßáâä', 'óòỏõọ'],
    ['«èåæçé', 'ôốồổỗộ'],
    ['¬íêëìî', 'ơớờởỡợ'],
    ['óïñòô', 'úùủũụ'],
    ['\u00adøõö÷ù', 'ưứừửữự'],
    ['Ý×ØÜÞ', 'íìỉĩị'],
    ['ýúûüþ', 'ýỳỷỹỵ'],
    ['®¡¢£¤¥¦§', 'đĂÂÊÔƠƯĐ'],
  ].flatMap(([bytes, letters]) => [...(bytes ?? '')].map((b, i) => [b, [...(letters ?? '')][i] ?? ''])),
);
function referenceTcvn3(text: string): string {
  let out = '';
  for (const ch of text) out += TCVN3_LETTERS[ch] ?? ch;
  return out.normalize('NFC');
}

/** detectLegacyEncoding as it was first written: VNI_SIGN, then a strong TCVN3 character that looks TCVN3 by name-keyed sets. */
const STRONG = new Set(Object.keys(TCVN3_LETTERS).filter((c) => !'ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý'.includes(c)));
const SYMBOLS = new Set([...'«»×÷·©®§¼½¾¡¢£¤¥¦¨¬\u00ad']);
const CAPITALS = new Set([...'¡¢£¤¥¦§']);
function referenceDetect(text: string): 'VNI' | 'TCVN3' | null {
  if (VNI_SIGN.test(text)) return 'VNI';
  const isLetter = (ch: string | undefined): boolean => ch !== undefined && (/\p{L}/u.test(ch) || TCVN3_LETTERS[ch] !== undefined);
  let inWord = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] ?? '';
    if (!STRONG.has(ch)) continue;
    const before = isLetter(text[i - 1]);
    const after = isLetter(text[i + 1]);
    if (before && after) return 'TCVN3';
    if (!before && after && CAPITALS.has(ch)) return 'TCVN3';
    if ((before || after) && !SYMBOLS.has(ch)) inWord += 1;
    if (inWord >= 2) return 'TCVN3';
  }
  return null;
}

describe('detecting a whole text', () => {
  it('given any mix of TCVN3, VNI, Unicode letters, marks, symbols and surrogates, finds what the first rule found', () => {
    const alphabet = [...Object.keys(TCVN3_LETTERS), ...'aeoAEOuyTthnNgđĐạếư «»×÷·©®§ \u00a0.,-1()ñÑ', '😀', '\ud800', 'Ω', 'ß', 'ÿ', '\u0301'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 14 }), (parts) => {
        const text = parts.join('');
        expect(detectLegacyEncoding(text)).toBe(referenceDetect(text));
      }),
      { numRuns: 20000 },
    );
  });
});

describe('decoding a whole text', () => {
  const pieces = [
    'Tha',
    'ïnh Ñ',
    'öùc',
    'aâ',
    'Aâ',
    'ê',
    'aú',
    'oä',
    'u',
    'ø',
    ' ',
    'x',
    '1',
    'Th¹nh §øc',
    'T©y',
    '\u212b',
    '😀',
    '\ud800',
    'Ω',
    'é',
    'E',
    '.',
    // A hat with a tone, then another tone (ấ and a mark NFC leaves apart), marks after Unicode ơ ư ă, NFD text.
    'aáù',
    'Aäï',
    'aëø',
    'ơ',
    'Ư',
    'ă',
    'á',
    'ù',
    'ï',
    'e\u0302',
    '\u0301',
    '\u0178',
    '\u1e9e',
  ];
  it('given any mix of VNI, TCVN3, ASCII and other characters, VNI decodes as the character-by-character rule', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        expect(decodeLegacy(text, 'VNI')).toBe(referenceVni(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('given any mix of TCVN3, VNI, ASCII and other characters, TCVN3 decodes as the character-by-character rule', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces, ...Object.keys(TCVN3_LETTERS)), { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        expect(decodeLegacy(text, 'TCVN3')).toBe(referenceTcvn3(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('given a text longer than one call makes (a 12,000-character note), VNI and TCVN3 decode it whole, as the rule does', () => {
    const vni = Array.from({ length: 6000 }, (_, i) => pieces[i % pieces.length] ?? '').join('');
    expect(vni.length).toBeGreaterThan(8192);
    expect(decodeLegacy(vni, 'VNI')).toBe(referenceVni(vni));
    const tcvn3 = 'Tuyªn truyÒn c¶i c¸ch hµnh chÝnh t¹i x· Th¹nh §øc. '.repeat(250);
    expect(decodeLegacy(tcvn3, 'TCVN3')).toBe('Tuyên truyền cải cách hành chính tại xã Thạnh Đức. '.repeat(250));
  });

  it('given any two Latin-1 characters, TCVN3 and VNI decode them as their rules do, to text already in NFC (so it is not normalised again)', () => {
    for (let a = 0; a < 0x100; a += 1)
      for (let b = 0; b < 0x100; b += 1) {
        const text = String.fromCharCode(a, b);
        const tcvn3 = decodeLegacy(text, 'TCVN3');
        const vni = decodeLegacy(text, 'VNI');
        if (tcvn3 !== referenceTcvn3(text) || tcvn3 !== tcvn3.normalize('NFC')) throw new Error(`TCVN3 U+${a.toString(16)} U+${b.toString(16)}`);
        if (vni !== referenceVni(text) || vni !== vni.normalize('NFC')) throw new Error(`VNI U+${a.toString(16)} U+${b.toString(16)}`);
      }
    // A tone after a letter that holds one already is left apart by VNI, then composed or ordered by NFC.
    expect(decodeLegacy('aáù', 'VNI')).toBe(referenceVni('aáù'));
    // A combining mark typed in Unicode after a decoded letter is composed with it.
    expect(decodeLegacy('x\u00b8\u0301', 'TCVN3')).toBe('xá\u0301'.normalize('NFC'));
    expect(decodeLegacy('a\u0301 \u00b5', 'TCVN3')).toBe('á à');
  });

  it('given any mix with white space (tabs, runs of spaces, no-break spaces, spaces at either end), changes no white space and gives NFC text', () => {
    // What the reader leans on (reader/outputTables typedText, reader/sheetView rowCells): a decoded text that needs no tidying came
    // from a typed text that needs none but NFC, and a decoded text is tidied without normalising it (text/fold tidyNfc).
    const spaced = [...pieces, ...Object.keys(TCVN3_LETTERS), '  ', '\t', '\u00a0', '\n', '\u2000', '\u3000', ' ù', ' â', 'ù ', '\u0301 '];
    // Where white space stands and whether it is a plain space (NFC turns U+2000 into U+2002: both other white space).
    const whiteSpace = (text: string): string => text.replace(/\S+/g, '·').replace(/[^\S ]/g, '~');
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...spaced), { maxLength: 16 }), fc.constantFrom<'TCVN3' | 'VNI'>('TCVN3', 'VNI'), (parts, encoding) => {
        const typed = parts.join('');
        const decoded = decodeLegacy(typed, encoding);
        expect(decoded).toBe(decoded.normalize('NFC'));
        expect(whiteSpace(decoded)).toBe(whiteSpace(typed));
      }),
      { numRuns: 10000 },
    );
  });

  it('given VNI words with a tone on ơ or ư (người, hướng, thực, nữ), composes each letter itself and does not normalise the text (issue 11)', () => {
    const normalise = jest.spyOn(String.prototype, 'normalize');
    try {
      const decoded = decodeLegacy('Ngöôøi höôùng daãn thöïc hieän; phuï nöõ; Öu tieân Ôû', 'VNI');
      expect(decoded).toBe('Người hướng dẫn thực hiện; phụ nữ; Ưu tiên Ở');
      expect(normalise).not.toHaveBeenCalled();
    } finally {
      normalise.mockRestore();
    }
  });

  it('given texts of one length in turn, on either side of the length kept in a reused array (512 units), each decodes to its own letters', () => {
    for (const length of [1, 2, 255, 511, 512, 513, 1024, 4097]) {
      // Two texts of the same length, one after the other: the second must not keep any of the first's units.
      const first = 'µ'.repeat(length);
      const second = `${'¸'.repeat(length - 1)}a`;
      expect(decodeLegacy(first, 'TCVN3')).toBe('à'.repeat(length));
      expect(decodeLegacy(second, 'TCVN3')).toBe(`${'á'.repeat(length - 1)}a`);
      // VNI's tone after its letter: one unit fewer.
      if (length > 1) expect(decodeLegacy(`${'a'.repeat(length - 1)}ù`, 'VNI')).toBe(`${'a'.repeat(length - 2)}á`);
    }
  });

  it('given a TCVN3 title with ASCII runs between its letters, decodes each letter', () => {
    expect(decodeLegacy('Tuyªn truyÒn c¶i c¸ch hµnh chÝnh t¹i x· Th¹nh §øc', 'TCVN3')).toBe('Tuyên truyền cải cách hành chính tại xã Thạnh Đức');
    expect(decodeLegacy('Thaïnh Ñöùc – 😀', 'VNI')).toBe('Thạnh Đức – 😀');
  });
});
