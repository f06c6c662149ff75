/**
 * English messages agree in number ("1 row", "2 rows"); Vietnamese has no plural forms and reads as
 * before; and every message renders as intl-messageformat, the reference ICU implementation, would.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { DICTIONARIES, en, vi, type Language, type MessageKey } from '../../../src/core/i18n/messages';
import { formatNumber, t, type MessageParams } from '../../../src/core/i18n/format';
import { argumentNames, compileMessage, type MessagePart } from '../../../src/core/i18n/compileMessage';

const keys = Object.keys(vi) as MessageKey[];
const LOCALES: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };

const pluralNames = (parts: readonly MessagePart[]): string[] =>
  parts.flatMap((part) => (part.kind === 'plural' ? [part.name, ...Object.values(part.options).flatMap(pluralNames)] : []));

/** Parameters for a message: each plural count is `count`, every other parameter a visible marker. */
function paramsFor(template: string, count: number): Record<string, string | number> {
  const parts = compileMessage(template);
  const plural = new Set(pluralNames(parts));
  return Object.fromEntries(argumentNames(parts).map((name) => [name, plural.has(name) ? count : `‹${name}›`]));
}

const pluralised = keys.filter((key) => pluralNames(compileMessage(en[key])).length > 0);

// Parameters that name something (a sheet, a field, a unit) rather than count it.
const NAMES = new Set(['field', 'sheet', 'unit', 'title', 'first', 'date', 'path', 'name', 'owner', 'period', 'report', 'file', 'item', 'id']);
// Words that may stand between a number and what it counts ("2 more rows", "1 data row").
const BETWEEN = 'more|data|news|standing|spending|title|total';
const SINGULAR = 'row|error|warning|sheet|cell|item|unit|file|target|point|character|issue|duplicate';
const PLURAL = SINGULAR.split('|')
  .map((word) => `${word}s`)
  .join('|');

describe('English plurals', () => {
  it('are used by the messages that count things', () => {
    expect(pluralised.length).toBeGreaterThanOrEqual(30);
  });

  it('given 1, every English message says "1 row", never "1 rows"; given 2, "2 rows"', () => {
    const wrong: string[] = [];
    for (const key of keys) {
      // Every parameter that is not a name is the number, so messages that count without a plural show up too.
      const names = argumentNames(compileMessage(en[key]));
      const withCount = (count: number): MessageParams => Object.fromEntries(names.map((n) => [n, NAMES.has(n) ? `‹${n}›` : count]));
      const one = t(key, withCount(1), 'en');
      const two = t(key, withCount(2), 'en');
      if (new RegExp(`\\b1 (${BETWEEN} )?(${PLURAL})\\b`).test(one)) wrong.push(`${key} with 1: ${one}`);
      if (new RegExp(`\\b2 (${BETWEEN} )?(${SINGULAR})\\b`).test(two)) wrong.push(`${key} with 2: ${two}`);
    }
    expect(wrong).toEqual([]);
  });

  it.each([
    ['pane.tracker.kept', { count: 1 }, 'Kept 1 row already entered.'],
    ['pane.tracker.kept', { count: 2 }, 'Kept 2 rows already entered.'],
    ['pane.check.summary', { errors: 1, warnings: 0, sheets: 1 }, '1 error, 0 warnings in 1 sheet.'],
    ['pane.check.summary', { errors: 2, warnings: 1, sheets: 12000 }, '2 errors, 1 warning in 12,000 sheets.'],
    ['pane.check.cleared', { restored: 1 }, 'Gave 1 cell its previous colour back.'],
    ['pane.check.cleared', { restored: 2 }, 'Gave 2 cells their previous colours back.'],
    [
      'validation.title.tooLong',
      { field: 'Tiêu đề', length: 1, max: 0 },
      'Tiêu đề is 1 character long, more than the 0 allowed. Shorten it and move the rest to the Ghi chú (note) column.',
    ],
    ['report.sentence.standing.item', { title: 'Hội nghị', done: 1, required: 1 }, '- Hội nghị: 1 of 1 unit done'],
  ] as const)('given %s with %o, English reads "%s"', (key, params: MessageParams, expected) => {
    expect(t(key, params, 'en')).toBe(expected);
  });

  it('given each pluralised message, 1 and 2 read differently and show their number', () => {
    const wrong: string[] = [];
    for (const key of pluralised) {
      const one = t(key, paramsFor(en[key], 1), 'en');
      const two = t(key, paramsFor(en[key], 2), 'en');
      if (one.replaceAll('1', '2') === two || !one.includes('1') || !two.includes('2')) wrong.push(`${key}: "${one}" / "${two}"`);
    }
    expect(wrong).toEqual([]);
  });

  it('given a count written as text or missing, takes the number or the "other" form with the placeholder shown', () => {
    expect(t('pane.tracker.kept', { count: '1' }, 'en')).toBe('Kept 1 row already entered.');
    expect(t('pane.tracker.kept', {}, 'en')).toBe('Kept {count} rows already entered.');
  });
});

/** The formatter before ICU: `{name}` replaced, numbers in the language's way. */
function plainReplace(template: string, params: MessageParams, language: Language): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, language) : value;
  });
}

describe('messages without plurals', () => {
  it('render every Vietnamese message exactly as before, with text and number parameters', () => {
    const changed: string[] = [];
    for (const key of keys) {
      for (const value of ['‹x›', 1, 25000.5] as const) {
        const params = Object.fromEntries(argumentNames(compileMessage(vi[key])).map((name) => [name, value]));
        const now = t(key, params, 'vi');
        const before = plainReplace(vi[key], params, 'vi');
        if (now !== before) changed.push(`${key}: "${before}" became "${now}"`);
      }
    }
    expect(changed).toEqual([]);
  });
});

interface Reference {
  readonly text?: string;
  readonly error?: string;
}

describe('every message, in both languages', () => {
  // Under 10,000: from there formatNumber groups digits as the project always has, where ICU groups from 1,000.
  const counts = [0, 1, 2, 5, 21, 101];
  const cases = (['vi', 'en'] as const).flatMap((language) =>
    keys.flatMap((key) => counts.map((count) => ({ key, language, params: paramsFor(DICTIONARIES[language][key], count) }))),
  );
  let reference: Reference[] = [];

  beforeAll(() => {
    const input = cases.map(({ key, language, params }) => ({ template: DICTIONARIES[language][key], locale: LOCALES[language], params }));
    const run = spawnSync(process.execPath, [path.join(__dirname, 'icuReference.mjs')], {
      input: JSON.stringify(input),
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.status !== 0) throw new Error(`intl-messageformat did not run: ${run.stderr}`);
    reference = JSON.parse(run.stdout) as Reference[];
  }, 60000);

  it('renders as intl-messageformat does (ICU), except braces that start no parameter, which stay text', () => {
    const differ: string[] = [];
    cases.forEach(({ key, language, params }, i) => {
      const expected = reference[i];
      const ours = t(key, params, language);
      const template = DICTIONARIES[language][key];
      if (expected?.text !== undefined) {
        if (ours !== expected.text) differ.push(`${language} ${key}: "${ours}" vs ICU "${expected.text}"`);
      } else if (!/\{(?!\s*\w+\s*[,}])/.test(template)) {
        differ.push(`${language} ${key}: ICU refuses it (${expected?.error ?? 'no answer'})`);
      }
    });
    expect(reference).toHaveLength(cases.length);
    expect(differ).toEqual([]);
  });
});
