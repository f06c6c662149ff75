import { asciiCodes, tagCut } from '../../../src/xlsx/read/partPieces';

const encoder = new TextEncoder();

describe('where a piece of a part begins when pieces hold whole elements (tagCut)', () => {
  const bytes = encoder.encode('<sst><si><t>một</t></si><sit/><si\n><t>hai</t></si><x:si><t>ba</t></x:si></sst>');
  const si = asciiCodes('<si');

  test('given a search from inside the first item, the next piece begins at the next item start tag, not at a longer name', () => {
    const second = tagCut(bytes, 6, bytes.length, si);
    expect(new TextDecoder().decode(bytes.slice(second, second + 4))).toBe('<si\n');
  });

  test('given a prefixed tag, only that prefix counts; given no start tag before stop, the piece runs to stop', () => {
    const prefixed = tagCut(bytes, 0, bytes.length, asciiCodes('<x:si'));
    expect(new TextDecoder().decode(bytes.slice(prefixed, prefixed + 6))).toBe('<x:si>');
    expect(tagCut(bytes, prefixed + 1, bytes.length, asciiCodes('<x:si'))).toBe(bytes.length);
    expect(tagCut(bytes, 6, 10, si)).toBe(10);
  });
});
