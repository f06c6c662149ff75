import fc from 'fast-check';
import { foldForMatch, foldPrefix, splitList, tidyNfc, tidyText } from '../../../src/core/text/fold';
import { memoised } from '../../../src/core/text/memo';

/** The folding rule as written before it was done by table (issue 11): the fast fold must agree with it on every text. */
const foldByRule = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Characters where folding by table could go wrong: tone marks alone or stacked, đ, dotted and Greek letters, letter-like symbols, odd spaces, an emoji. */
const TRICKY = [...'aáàảãạăắằẳẵặâấầẩẫậđĐEÉỆêếềểễệoơờưứyỳỹ iIİıΣσςßK\u212bﬁ ǅǲ\t\n\u00a0\u2000\u3000-.,()/09😀'].concat([
  '\u0301',
  '\u0323',
  '\u0340',
  '\u0344',
  '\u1dc0',
  '\u0345',
  '\u0483',
]);

describe('foldForMatch', () => {
  it.each([
    ['Trang TTĐT huyện', 'trang ttdt huyen'],
    ['  trang   ttdt HUYỆN ', 'trang ttdt huyen'],
    ['Trang TTĐT huyện'.normalize('NFD'), 'trang ttdt huyen'],
    ['Đài PT-TH tỉnh', 'dai pt th tinh'],
  ])('folds %j to %j', (input, expected) => {
    expect(foldForMatch(input)).toBe(expected);
  });
});

describe('tidyText', () => {
  it('given decomposed Vietnamese, returns the composed form with single spaces', () => {
    const decomposed = 'Thạnh   Đức'.normalize('NFD');
    expect(tidyText(decomposed)).toBe('Thạnh Đức');
    expect(tidyText(decomposed)).not.toBe(decomposed);
  });

  it('given any mix of spaces, tabs, line breaks and no-break spaces, collapses and trims as the rule does', () => {
    const part = fc.constantFrom(' ', '  ', '\t', '\n', '\u00a0', '\u2003', 'a', 'Đức', 'ạ'.normalize('NFD'), 'x y');
    fc.assert(
      fc.property(fc.array(part, { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        expect(tidyText(text)).toBe(text.normalize('NFC').replace(/\s+/g, ' ').trim());
      }),
    );
  });
});

describe('tidyNfc', () => {
  it('given NFC text with any white space, tidies it as tidyText does, and gives a tidy text back as it is', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Thạnh', 'Đức', 'a', ' ', '  ', '\t', '\n', '\u00a0', '\u3000', 'x', '–'), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(tidyNfc(text)).toBe(tidyText(text));
        if (tidyText(text) === text) expect(tidyNfc(text)).toBe(text);
      }),
    );
  });
});

describe('splitList', () => {
  it('splits on semicolons, commas and new lines and drops empty parts', () => {
    expect(splitList('BTN; PTTH-T,,\nTT-H ')).toEqual(['BTN', 'PTTH-T', 'TT-H']);
  });
});

describe('memoised folding', () => {
  test('given more distinct texts than the memo keeps, each is still folded right, early ones included', () => {
    const texts = Array.from({ length: 120_000 }, (_, i) => `Trang TTĐT huyện ${i}`);
    for (const text of texts) foldForMatch(text);
    expect(foldForMatch(texts[0] ?? '')).toBe('trang ttdt huyen 0');
    expect(foldForMatch(texts[119_999] ?? '')).toBe('trang ttdt huyen 119999');
    expect(tidyText('  Báo   Tây Ninh ')).toBe('Báo Tây Ninh');
  });
});

describe('folding by table', () => {
  test('given any single character, alone or between letters, folds it as the rule does', () => {
    const wrong: string[] = [];
    for (let code = 0; code < 0x3100; code += 1) {
      const character = String.fromCharCode(code);
      for (const text of [character, `a${character}`, `${character}b`, `Á ${character}ệ x`]) if (foldForMatch(text) !== foldByRule(text)) wrong.push(text);
    }
    expect(wrong).toEqual([]);
  });

  test('given any text of tricky characters, folds it as the rule does', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TRICKY), { maxLength: 24 }), (parts) => {
        const text = parts.join('');
        expect(foldForMatch(text)).toBe(foldByRule(text));
      }),
      { numRuns: 3000 },
    );
  });

  test('given text longer than the table buffer or beyond the table, folds it by the rule', () => {
    const long = 'Tổng cộng '.repeat(200);
    expect(foldForMatch(long)).toBe(foldByRule(long));
    expect(foldForMatch('Báo 😀 Tây Ninh')).toBe('bao tay ninh');
  });
});

describe('folding only the first units', () => {
  test('given any text of tricky characters and any length, gives the first units of the whole fold', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TRICKY, 'Ngày đăng', '  ', '(', '😀'), { maxLength: 24 }), fc.integer({ min: 0, max: 40 }), (parts, max) => {
        const text = parts.join('');
        expect(foldPrefix(text, max)).toBe(foldForMatch(text).slice(0, max));
      }),
      { numRuns: 3000 },
    );
  });

  test('given a long title, folds no more than asked', () => {
    expect(foldPrefix('Nội dung tin, bài: tuyên truyền cải cách hành chính', 14)).toBe('noi dung tin b');
  });
});

describe('memoised', () => {
  test('given a null answer, remembers it and does not work again', () => {
    let calls = 0;
    const find = memoised((text: string): string | null => {
      calls += 1;
      return text === 'Báo' ? 'BTN' : null;
    }, 2);
    expect([find('x'), find('x'), find('Báo'), find('y'), find('x')]).toEqual([null, null, 'BTN', null, null]);
    expect(calls).toBe(3);
  });
});
