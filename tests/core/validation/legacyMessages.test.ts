import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import { readBook } from '../../../src/core/reader/readBook';
import { checkReading } from '../../../src/core/validation/validateWorkbook';
import { d, rawSheet } from './support';

/** An office's log typed in TCVN3 throughout: a channel the plan does not know, and a row pasted twice (issue 11's eleventh tester, finding 2). */
const log = rawSheet('Tin bµi', [
  ['UBND x· Th¹nh §øc'],
  ['STT', 'Ngµy ®¨ng', 'Kªnh', 'H×nh thøc', 'Néi dung'],
  [1, d('2018-03-05'), 'B¸o T©y Ninh', 'Tin', 'TriÓn khai ®­êng d©y nãng c¶i c¸ch hµnh chÝnh'],
  [2, d('2018-03-06'), 'Trang Zalo c¸ nh©n', 'Tin', 'H­íng dÉn thñ tôc hµnh chÝnh míi'],
  [3, d('2018-03-05'), 'B¸o T©y Ninh', 'Tin', 'TriÓn khai ®­êng d©y nãng c¶i c¸ch hµnh chÝnh'],
]);

describe('messages about a TCVN3 tracker quote its texts as the officer means them', () => {
  const reading = readBook(GO_DAU_116, [log], { file: 'xa-thanh-duc.xlsx' });
  const report = checkReading(GO_DAU_116, [log], reading, { today: '2018-12-31', period: undefined, unit: 'XTD', file: 'xa-thanh-duc.xlsx' });
  const params = (prefix: string) => report.issues.filter((i) => i.code.startsWith(prefix)).map((i) => i.params);

  it('names the unknown channel in Unicode: "Trang Zalo cá nhân", not "Trang Zalo c¸ nh©n"', () => {
    expect(params('validation.name.unknown').map((p) => p['value'])).toEqual(['Trang Zalo cá nhân']);
  });

  it('quotes the duplicate title in Unicode', () => {
    expect(params('validation.duplicate').map((p) => p['title'])).toEqual(['Triển khai đường dây nóng cải cách hành chính']);
  });
});
