import { compileMessage, type MessagePart } from './compileMessage';
import { DICTIONARIES, type Language, type MessageKey } from './messages';

export type MessageParams = Readonly<Record<string, string | number>>;

const LOCALES: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };

/**
 * The four number formats formatNumber uses (language × grouped), made once. An Intl.NumberFormat
 * holds an ICU formatter that V8 frees from a callback after the collector finds it dead: one made
 * per number shown, thousands a consolidation, held the pane's thread 140–730 ms in one collection
 * while the worker's rows came in (issue 11's tenth tester; Chrome trace
 * V8.GC_HEAP_EXTERNAL_SECOND_PASS_CALLBACKS), and making each cost more than formatting with it.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * A number in the language's way: 12.345,5 in Vietnamese, 12,345.5 in English. Numbers under
 * 10,000 are not grouped, so years and row numbers read as people write them ("năm 2018").
 */
export function formatNumber(value: number, language: Language): string {
  const useGrouping = Math.abs(value) >= 10000;
  const key = `${language}${useGrouping ? ',' : ''}`;
  let format = numberFormats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 2, useGrouping });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

const compiled: Record<Language, Map<MessageKey, MessagePart[]>> = { vi: new Map(), en: new Map() };
const pluralRules = new Map<Language, Intl.PluralRules>();

function pluralCategory(value: number, language: Language): string {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(LOCALES[language]);
    pluralRules.set(language, rules);
  }
  return rules.select(value);
}

function render(parts: readonly MessagePart[], params: MessageParams, language: Language, pound: string): string {
  let out = '';
  for (const part of parts) {
    if (part.kind === 'text') out += part.text;
    else if (part.kind === 'pound') out += pound;
    else if (part.kind === 'argument') {
      const value = params[part.name];
      out += value === undefined ? `{${part.name}}` : typeof value === 'number' ? formatNumber(value, language) : value;
    } else {
      const raw = params[part.name];
      const value = typeof raw === 'number' ? raw : raw === undefined || raw.trim() === '' ? Number.NaN : Number(raw);
      const shown = raw === undefined ? `{${part.name}}` : Number.isFinite(value) ? formatNumber(value, language) : String(raw);
      const option =
        (Number.isFinite(value) ? (part.options[`=${value}`] ?? part.options[pluralCategory(value, language)]) : undefined) ?? part.options.other ?? [];
      out += render(option, params, language, shown);
    }
  }
  return out;
}

/**
 * Renders a message in ICU syntax (the subset in compileMessage.ts: `{name}` and
 * `{count, plural, one {# row} other {# rows}}`). Numbers are written the language's way
 * (formatNumber), `#` included; plural forms follow Intl.PluralRules (CLDR: English has one/other,
 * Vietnamese only other). A parameter with no value stays visible as {name}, so a missing parameter
 * shows up in tests instead of vanishing; a missing plural count takes the `other` form.
 * Messages are compiled on first use and kept.
 */
export function t(key: MessageKey, params: MessageParams = {}, language: Language = 'vi'): string {
  const cache = compiled[language];
  let parts = cache.get(key);
  if (!parts) {
    // The pane loads English on demand: until it has, a message reads in Vietnamese (and is not kept).
    const template = (DICTIONARIES[language] as Partial<Record<MessageKey, string>>)[key];
    if (template === undefined) return render(compileMessage(DICTIONARIES.vi[key]), params, 'vi', '#');
    parts = compileMessage(template);
    cache.set(key, parts);
  }
  return render(parts, params, language, '#');
}
