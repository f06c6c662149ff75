import { parseAmount } from '../../../src/core/records/amount';
import type { RawCell } from '../../../src/core/ports/workbookPort';

describe('parseAmount', () => {
  test.each<[string, RawCell, number]>([
    ['a number cell', 1500000, 1500000],
    ['zero, left to the caller to judge', 0, 0],
    ['dots for thousands (Vietnamese)', '1.500.000', 1500000],
    ['one dot group is thousands, not a decimal', '1.500', 1500],
    ['the đồng sign after a space', '1.500.000 ₫', 1500000],
    ['"đ" written against the digits', '1.500.000đ', 1500000],
    ['commas for thousands (English) and the word đồng', '1,500,000 đồng', 1500000],
    ['VNĐ in capitals', '1.500.000 VNĐ', 1500000],
    ['VND without the bar, before the number', 'VND 2.000.000', 2000000],
    ['spaces for thousands, a no-break space among them', '1 500\u00a0000', 1500000],
    ['decimal zeros after a Vietnamese comma', '1.500.000,00', 1500000],
    ['English grouping with a decimal point of zeros', '1,500,000.00', 1500000],
    ['a multiplier word', '2 triệu', 2000000],
    ['a decimal comma with triệu', '1,5 triệu', 1500000],
    ['a decimal point with the short "tr"', '1.5tr', 1500000],
    ['nghìn', '500 nghìn', 500000],
    ['tỷ with đồng after', '1,25 tỷ đồng', 1250000000],
    ['a digit-only string', '250000', 250000],
    ['a leading plus', '+300.000', 300000],
    ['text in decomposed Unicode (old keyboards)', '1.500.000 \u0111o\u0302\u0300ng', 1500000],
  ])('given %s (%p) reads %p đồng', (_name, raw, amount) => {
    expect(parseAmount(raw)).toEqual({ amount });
  });

  test.each<[string, RawCell, 'negative' | 'notANumber' | 'fraction', string]>([
    ['a minus before dotted thousands, never -500', '-500.000', 'negative', '-500.000'],
    ['a negative number cell', -500000, 'negative', '-500000'],
    ['a Unicode minus', '−200.000 đ', 'negative', '−200.000 đ'],
    ['accounting brackets', '(750.000)', 'negative', '(750.000)'],
    ['a decimal comma without a multiplier', '1,5', 'fraction', '1,5'],
    ['part of a đồng in a number cell', 1500.5, 'fraction', '1500.5'],
    ['part of a đồng after a multiplier', '1,2345678 triệu', 'fraction', '1,2345678 triệu'],
    ['words', 'một triệu', 'notANumber', 'một triệu'],
    ['groups of the wrong size', '1.50.000', 'notANumber', '1.50.000'],
    ['an exponent', '1e308', 'notANumber', '1e308'],
    ['a number cell beyond exact whole numbers', 1e308, 'notANumber', '1e+308'],
    ['a blank cell', null, 'notANumber', ''],
    ['a boolean', true, 'notANumber', 'true'],
    ['an unknown currency', '1.500.000 USD', 'notANumber', '1.500.000 USD'],
    ['two decimal marks', '1,5,5', 'notANumber', '1,5,5'],
  ])('given %s (%p) refuses it as %s with the text typed', (_name, raw, issue, typed) => {
    expect(parseAmount(raw)).toEqual({ issue, typed });
  });
});
