import { formatNumber, t } from '../../../src/core/i18n/format';

describe('formatNumber', () => {
  it.each([
    [12345.5, 'vi', '12.345,5'],
    [2018, 'vi', '2018'],
    [0.125, 'vi', '0,13'],
    [12345.5, 'en', '12,345.5'],
    [2018, 'en', '2018'],
    [-25000, 'vi', '-25.000'],
  ] as const)('writes %d in %s as %j (grouped from 10,000 on)', (value, language, shown) => {
    expect(formatNumber(value, language)).toBe(shown);
  });

  it('makes a formatter per language and grouping, not one per number shown (each is an ICU object the collector frees: issue 11)', () => {
    const made = jest.spyOn(Intl, 'NumberFormat');
    try {
      for (let i = 0; i < 1000; i += 1) {
        formatNumber(i * 37, 'vi');
        formatNumber(i * 37, 'en');
        t('validation.link.noSchemeMany', { count: i, field: 'Link', from: 'E4', to: 'E9', value: 'a.vn', suggestion: 'https://a.vn' });
      }
      expect(made.mock.calls.length).toBeLessThanOrEqual(4);
    } finally {
      made.mockRestore();
    }
    expect(formatNumber(37000, 'vi')).toBe('37.000');
  });
});
