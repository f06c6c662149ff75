import { foldForMatch, splitList, tidyText } from '../../../src/core/text/fold';

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
