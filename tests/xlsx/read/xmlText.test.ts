import { attr } from '../../../src/xlsx/read/xmlText';

/** attr: one attribute of a start tag by local name, by indexes, with the general pattern for unusual spacing around "=". */
describe('attr', () => {
  test('given the usual spacing, the value is read by its local name, decoded', () => {
    expect(attr(' ref="D5" r:id="rId1" location="\'T 1\'!A1"', 'id')).toBe('rId1');
    expect(attr(' ref="D5" r:id="rId1" location="\'T 1\'!A1"', 'location')).toBe("'T 1'!A1");
    expect(attr(" Target='a&amp;b'", 'Target')).toBe('a&b');
  });

  test('given an absent attribute, undefined, whether or not other attributes are spaced usually', () => {
    expect(attr(' ref="D5" r:id="rId1"', 'location')).toBeUndefined();
    expect(attr(' ref = "D5"', 'location')).toBeUndefined();
    expect(attr('', 'ref')).toBeUndefined();
  });

  test('given white space around "=" (spaces, tabs, new lines, a no-break space), the value is still found', () => {
    expect(attr(' ref ="D5"', 'ref')).toBe('D5');
    expect(attr(' ref=\n"D5"', 'ref')).toBe('D5');
    expect(attr(' ref\t=\t"D5"', 'ref')).toBe('D5');
    expect(attr(' ref\u00a0="D5"', 'ref')).toBe('D5');
  });
});
