import { changeText, type Translate } from '../../../src/core/normalise/describeFix';
import type { CellFix } from '../../../src/core/normalise/cellFixes';
import { t } from '../../../src/core/i18n/format';

const inVietnamese: Translate = (key, params = {}) => t(key, params, 'vi');
const inEnglish: Translate = (key, params = {}) => t(key, params, 'en');

const amountFix: CellFix = {
  sheet: 'Kinh phí',
  cell: 'D5',
  field: 'amount',
  header: 'Số tiền (đồng)',
  old: '1.500.000 đ',
  value: { kind: 'number', value: 1500000 },
  reason: 'textAmount',
  missedByFormulas: true,
};

describe('changeText', () => {
  it('given an amount typed as text, shows the new amount grouped the way officers write money', () => {
    const line = changeText(amountFix, inVietnamese, 'vi');
    expect(line).toContain('Kinh phí!D5');
    expect(line).toContain('"1.500.000 đ"');
    expect(line).toContain('"1.500.000"');
    expect(line).not.toContain('1500000');
  });

  it('given the English pane, groups the amount with commas', () => {
    expect(changeText(amountFix, inEnglish, 'en')).toContain('1,500,000');
  });

  it('given a number that is not an amount, shows it as it is', () => {
    const countFix: CellFix = { ...amountFix, field: 'count', header: 'Số lượng', old: '12 ', value: { kind: 'number', value: 12000 } };
    expect(changeText(countFix, inVietnamese, 'vi')).toContain('"12000"');
  });
});
