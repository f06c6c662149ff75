import { createPlanLookup } from '../../../src/core/plan/planLookup';
import { createSuggester, type NameKind, type Suggester } from '../../../src/core/validation/suggest';
import { d, only, plan, templateSheets, validate } from './support';

const output = (channel: string, unitName: string | null = null) => [d('2018-03-05'), channel, 'Tin', 'Một tin', null, unitName, null];

describe('validation options shared across a consolidation (issue 11)', () => {
  it('given a suggester in the options, a typo is suggested by it instead of one built for the workbook', () => {
    const asked: [NameKind, string][] = [];
    const suggest: Suggester = {
      closest: (kind, typed) => {
        asked.push([kind, typed]);
        return 'Trang thông tin điện tử huyện';
      },
    };
    const report = validate(templateSheets({ outputs: [output('Báo Tây Ninhh')] }), { suggest });
    expect(asked).toEqual([['channel', 'Báo Tây Ninhh']]);
    expect(only(report, 'validation.name.unknownSuggest').params['suggestion']).toBe('Trang thông tin điện tử huyện');
  });

  it('given one lookup and one suggester for several workbooks, each report is the one it gets alone', () => {
    const shared = { lookup: createPlanLookup(plan), suggest: createSuggester(plan) };
    const books = [
      templateSheets({ outputs: [output('Báo Tây Ninhh', 'Xã Thạnh Đứcc')] }),
      templateSheets({ outputs: [output('Báo Tây Ninhh'), output('Trang thông tin huyện', 'Th¹nh §øc')] }),
    ];
    const alone = books.map((sheets) => validate(sheets));
    const together = books.map((sheets) => validate(sheets, shared));
    expect(together).toEqual(alone);
    expect(together.map((r) => r.issues.filter((i) => i.code === 'validation.name.unknownSuggest').length)).toEqual([2, 3]);
  });
});
