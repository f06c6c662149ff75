import { DICTIONARIES, en, vi, type Language, type MessageKey } from '../../../src/core/i18n/messages';
import { t } from '../../../src/core/i18n/format';
import { argumentNames, compileMessage } from '../../../src/core/i18n/compileMessage';

const keys = Object.keys(vi) as MessageKey[];

/** What is wrong with one key in both languages, as "key: problem" lines (none when it is fine). */
function problemsOf(key: MessageKey): string[] {
  const problems: string[] = [];
  const names: Partial<Record<Language, string[]>> = {};
  for (const language of ['vi', 'en'] as const) {
    const text = DICTIONARIES[language][key];
    if (text.trim() === '') problems.push(`${key}: empty ${language} text`);
    try {
      names[language] = argumentNames(compileMessage(text));
    } catch (error) {
      problems.push(`${key}: ${language} does not compile (${(error as Error).message})`);
    }
  }
  if (names.vi && names.en && names.vi.join() !== names.en.join())
    problems.push(`${key}: parameters differ, vi {${names.vi.join('}, {')}} vs en {${names.en.join('}, {')}}`);
  return problems;
}

describe('message dictionaries', () => {
  it('translate every Vietnamese key into English, with no extra keys', () => {
    expect(Object.keys(en).sort()).toEqual([...keys].sort());
  });

  it('give every key a non-empty text that compiles, with the same parameters in both languages', () => {
    expect(keys.length).toBeGreaterThan(100);
    expect(keys.flatMap(problemsOf)).toEqual([]);
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

  it('keeps apostrophes as written, even next to a parameter', () => {
    expect(t('cli.error.unknownUnit', { value: 'X', plan: '116' }, 'en')).toContain("The plan's units:");
    expect(t('report.signer.onBehalf', {}, 'en')).toBe("ON BEHALF OF THE PEOPLE'S COMMITTEE");
  });

  it('keeps braces that start no parameter as text', () => {
    expect(t('adopt.map.notObject', {}, 'en')).toContain('{"columns": {"Ngày đăng": "date"}}');
  });
});
