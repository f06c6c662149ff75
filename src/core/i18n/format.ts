import { DICTIONARIES, type Language, type MessageKey } from './messages';

export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * A number in the language's way: 12.345,5 in Vietnamese, 12,345.5 in English. Numbers under
 * 10,000 are not grouped, so years and row numbers read as people write them ("năm 2018").
 */
export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-GB', {
    maximumFractionDigits: 2,
    useGrouping: Math.abs(value) >= 10000,
  }).format(value);
}

/**
 * Renders a message with its {placeholders} filled. A placeholder with no parameter stays visible
 * as {name}, so a missing parameter shows up in tests instead of vanishing.
 */
export function t(key: MessageKey, params: MessageParams = {}, language: Language = 'vi'): string {
  const template = DICTIONARIES[language][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, language) : value;
  });
}
