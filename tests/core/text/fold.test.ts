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
