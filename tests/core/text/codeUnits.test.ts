import { SHORT_TEXT, stringOfUnits, unitsOfLength } from '../../../src/core/text/codeUnits';

describe('stringOfUnits', () => {
  it('given a buffer, makes its first `length` code units a string, short or long, whatever was made before', () => {
    const buffer = new Uint16Array(10_000);
    for (const length of [0, 1, 2, SHORT_TEXT - 1, SHORT_TEXT, SHORT_TEXT + 1, 4096, 4097, 9000]) {
      // Two texts of each length one after the other: the second keeps nothing of the first.
      for (const start of [0x1ea1, 0x41]) {
        let expected = '';
        for (let i = 0; i < length; i += 1) {
          buffer[i] = start + (i % 26);
          expected += String.fromCharCode(start + (i % 26));
        }
        expect(stringOfUnits(buffer, length)).toBe(expected);
      }
    }
  });

  it('given surrogate halves in the buffer, keeps them as they are', () => {
    const buffer = Uint16Array.from([0xd83d, 0xde00, 0x20, 0xdc00]);
    expect(stringOfUnits(buffer, 4)).toBe('😀 \udc00');
  });
});

describe('unitsOfLength', () => {
  it('given the same length twice, gives the same array of that length (reused, not made again)', () => {
    const first = unitsOfLength(37);
    expect(first).toHaveLength(37);
    expect(unitsOfLength(37)).toBe(first);
    expect(unitsOfLength(38)).not.toBe(first);
  });
});
