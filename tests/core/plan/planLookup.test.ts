import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import { createMatcher, createPlanLookup } from '../../../src/core/plan/planLookup';

const lookup = createPlanLookup(GO_DAU_116);

describe('channel lookup', () => {
  it.each([
    ['Báo Tây Ninh', 'BTN'],
    ['báo tây ninh', 'BTN'],
    ['TTĐT', 'TTT-H'],
    ['website', 'TTT-H'],
    ['Website huyện', 'TTT-H'],
    ['Trang TTĐT huyện Gò Dầu', 'TTT-H'],
    ['Trang thông tin điện tử huyện'.normalize('NFD'), 'TTT-H'],
    ['PT-TH', 'PTTH-T'],
    ['Đài PT-TH Tây Ninh', 'PTTH-T'],
    ['Cổng TTĐT tỉnh Tây Ninh', 'CTT-T'],
    ['TT', 'TT-H'],
    ['Trạm truyền thanh xã Thạnh Đức', 'TT-X'],
  ])('given %j, finds %s', (text, code) => {
    expect(lookup.channel.find(text)).toBe(code);
  });

  it.each([['Báo Nhân Dân'], [''], ['   '], ['Facebook']])('given %j, finds nothing', (text) => {
    expect(lookup.channel.find(text)).toBeNull();
  });
});

describe('unit lookup', () => {
  it.each([
    ['Thạnh Đức', 'XTD'],
    ['UBND xã Thạnh Đức', 'XTD'],
    ['xã thạnh đức', 'XTD'],
    ['XTD', 'XTD'],
    ['Phòng VH-TT', 'PVHTT'],
    ['TT Gò Dầu', 'TTGD'],
  ])('given %j, finds %s', (text, code) => {
    expect(lookup.unit.find(text)).toBe(code);
  });
});

describe('createMatcher', () => {
  it('given a name shared by two entries, resolves to nothing rather than guessing', () => {
    const matcher = createMatcher([
      { code: 'A', names: ['Đài truyền thanh'] },
      { code: 'B', names: ['Đài truyền thanh'] },
    ]);
    expect(matcher.find('đài truyền thanh')).toBeNull();
  });

  it('given text containing two different names of equal length, resolves to nothing', () => {
    const matcher = createMatcher([
      { code: 'A', names: ['alpha'] },
      { code: 'B', names: ['bravo'] },
    ]);
    expect(matcher.find('alpha bravo')).toBeNull();
    expect(matcher.find('tin alpha')).toBe('A');
  });
});

describe('a form cell holding a channel’s name (issue 11’s fifth tester, F3)', () => {
  const lookup = createPlanLookup(GO_DAU_116);

  it('given a channel’s full name with a form’s word inside ("Cổng thông tin điện tử tỉnh"), finds no form, as for "Báo Tây Ninh"', () => {
    expect(lookup.form.find('Cổng thông tin điện tử tỉnh')).toBeNull();
    expect(lookup.form.find('Trang thông tin điện tử huyện')).toBeNull();
    expect(lookup.form.find('Báo Tây Ninh')).toBeNull();
  });

  it('given a form’s name, alias or a text naming one and no channel, finds the form as before', () => {
    expect(lookup.form.find('Tin')).toBe('TIN');
    expect(lookup.form.find('tin tức')).toBe('TIN');
    expect(lookup.form.find('tin ngắn về cải cách hành chính')).toBe('TIN');
  });
});
