import { DICTIONARIES, en, vi, type MessageKey } from '../../../src/core/i18n/messages';
import { t } from '../../../src/core/i18n/format';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe('message dictionaries', () => {
  const keys = Object.keys(vi) as MessageKey[];

  it('translate every Vietnamese key into English, with no extra keys', () => {
    expect(Object.keys(en).sort()).toEqual([...keys].sort());
  });

  it.each(keys)('%s has the same placeholders in both languages and no empty text', (key) => {
    expect(vi[key].trim()).not.toBe('');
    expect(en[key].trim()).not.toBe('');
    expect(placeholders(en[key])).toEqual(placeholders(vi[key]));
  });

  it('has one dictionary per supported language', () => {
    expect(Object.keys(DICTIONARIES).sort()).toEqual(['en', 'vi']);
  });
});

describe('t', () => {
  it('renders Vietnamese by default and fills parameters', () => {
    expect(t('plan.field.negative', { field: 'Tối thiểu', value: -3 })).toBe('"Tối thiểu" không được âm (đang là -3).');
  });

  it('renders English when asked', () => {
    expect(t('plan.field.negative', { field: 'Minimum', value: -3 }, 'en')).toBe('"Minimum" must not be negative (it is -3).');
  });

  it('groups large numbers the Vietnamese way but leaves years alone', () => {
    expect(t('plan.field.notWhole', { field: 'Số tiền', value: 1500000.5 })).toContain('1.500.000,5');
    expect(t('plan.field.notWhole', { field: 'Năm', value: 2018 })).toContain('2018');
  });

  it('leaves a placeholder visible when its parameter is missing', () => {
    expect(t('plan.field.missing')).toContain('{field}');
  });
});
