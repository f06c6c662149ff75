import { memoised } from '../../../src/core/text/memo';

describe('memoised', () => {
  it('works a text out once while it is kept, and a text longer than `longest` on every call, with the same answers', () => {
    const asked: string[] = [];
    const upper = memoised(
      (text: string) => {
        asked.push(text);
        return text.toUpperCase();
      },
      10,
      5,
    );
    expect([upper('tin'), upper('tin'), upper('phóng sự'), upper('phóng sự')]).toEqual(['TIN', 'TIN', 'PHÓNG SỰ', 'PHÓNG SỰ']);
    expect(asked).toEqual(['tin', 'phóng sự', 'phóng sự']);
  });

  it('keeps two generations of `size` texts: a text of the previous one is answered without work', () => {
    const asked: string[] = [];
    const same = memoised((text: string) => {
      asked.push(text);
      return text;
    }, 2);
    for (const text of ['a', 'b', 'c', 'a', 'd', 'e', 'f', 'a']) same(text);
    // 'c' starts a new generation, so 'a' is answered from the previous one; after 'e' and 'f' it is gone.
    expect(asked).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'a']);
  });
});
