import fc from 'fast-check';
import { outputIdentity, tidyOutputIdentity } from '../../../src/core/records/outputKey';
import { cellText } from '../../../src/core/text/cellText';

describe('the identity of an output', () => {
  it('given titles that differ only by case, spacing or Unicode form, gives them one identity', () => {
    const a = outputIdentity('BTN', '2018-03-05', 'Tuyên truyền  CẢI CÁCH hành chính');
    const b = outputIdentity('BTN', '2018-03-05', ' tuyên truyền cải cách Hành Chính '.normalize('NFD'));
    expect(a).toBe(b);
  });

  it('given titles a tone mark apart, keeps them two', () => {
    expect(outputIdentity('BTN', '2018-03-05', 'Tin')).not.toBe(outputIdentity('BTN', '2018-03-05', 'Tín'));
  });

  it('given any mix of white space around the words, collapses and trims it as the rule does', () => {
    const part = fc.constantFrom(' ', '  ', '\t', '\n', '\u00a0', '\u2003', 'Tin', 'CẢI', 'ạ'.normalize('NFD'), 'x y');
    fc.assert(
      fc.property(fc.array(part, { maxLength: 8 }), (parts) => {
        const title = parts.join('');
        const rule = title.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
        expect(outputIdentity('BTN', '2018-03-05', title)).toBe(`BTN\u00002018-03-05\u0000${rule}`);
      }),
    );
  });

  it('given a title as a cell’s tidy text (cellText), the tidy identity is the identity of the title as typed', () => {
    const part = fc.constantFrom(' ', '  ', '\t', '\u00a0', 'Tin', 'CẢI', 'ạ'.normalize('NFD'), 'Ω', 'İ', 'ß', 'x y', 'Đ');
    fc.assert(
      fc.property(fc.array(part, { maxLength: 8 }), (parts) => {
        const title = parts.join('');
        expect(tidyOutputIdentity('BTN', '2018-03-05', cellText(title))).toBe(outputIdentity('BTN', '2018-03-05', title));
      }),
      { numRuns: 2000 },
    );
  });

  it('given any character, lower-cases it as the Vietnamese locale does', () => {
    let differing = 0;
    for (let code = 0; code < 0x110000; code += 1) {
      if (code >= 0xd800 && code < 0xe000) continue;
      const title = `Tin ${String.fromCodePoint(code)} Tín`;
      const vietnamese = `BTN\u00002018-03-05\u0000${title.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim()}`;
      if (outputIdentity('BTN', '2018-03-05', title) !== vietnamese) differing += 1;
    }
    expect(differing).toBe(0);
  });
});
