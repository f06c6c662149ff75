import { d, found, only, templateSheets, validate } from './support';

const spend = (amount: string | number | boolean) => [d('2018-03-05'), 'In băng rôn', amount, 'Ngân sách UBND xã, thị trấn', null, null];

describe('amounts', () => {
  it.each([[1500000], [1]])('happy path: %j', (amount) => {
    expect(found(validate(templateSheets({ spending: [spend(amount)] })), 'validation.amount')).toEqual([]);
  });

  it.each([
    ['1.500.000 đ', 'validation.amount.text', 1500000],
    ['1,500,000', 'validation.amount.text', 1500000],
    ['2000000 đồng', 'validation.amount.text', 2000000],
    ['một triệu', 'validation.amount.unreadable', undefined],
    [true, 'validation.amount.unreadable', undefined],
    [0, 'validation.amount.notPositive', undefined],
    [-200000, 'validation.amount.notPositive', undefined],
    ['-200.000', 'validation.amount.notPositive', undefined],
    [1500.5, 'validation.amount.notWhole', undefined],
    ['1,5', 'validation.amount.notWhole', undefined],
    ['1.500.000 ₫', 'validation.amount.text', 1500000],
    ['-500.000', 'validation.amount.notPositive', undefined],
    ['(500.000)', 'validation.amount.notPositive', undefined],
  ])('given %j, reports %s', (amount, code, read) => {
    const report = validate(templateSheets({ spending: [spend(amount)] }));
    expect(found(report, 'validation.amount')).toEqual([[code, 'C4']]);
    expect(only(report, code).params['amount']).toBe(read);
  });

  it('given a negative amount typed in Vietnamese notation, never adds it (as -500 or otherwise) to the spending total', () => {
    const report = validate(templateSheets({ spending: [spend('-500.000'), spend('1.500.000 ₫'), spend(200000)] }));
    expect(report.records.spending.map((r) => r.amount)).toEqual([null, 1500000, 200000]);
  });

  it('says text amounts are warnings and the rest errors', () => {
    const report = validate(templateSheets({ spending: [spend('1.500.000 đ'), spend(0)] }));
    expect(report.issues.filter((i) => i.code.startsWith('validation.amount')).map((i) => i.severity)).toEqual(['warning', 'error']);
  });
});
