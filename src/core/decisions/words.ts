import { t } from '../i18n/format';
import type { Language, MessageKey } from '../i18n/messages';
import type { ColumnRole } from '../reader/types';
import { foldForMatch } from '../text/fold';
import { DECISION_KINDS, type DecisionKind } from './types';

/**
 * The words of the "Ghi nhớ đọc tệp" sheet: the sheet is written in Vietnamese (the district
 * workbook's language) and read back in either language, so a row an officer types in English,
 * or as the code itself ("channel", "TTT-H"), is understood too.
 */

export const KIND_KEYS: Record<DecisionKind, MessageKey> = {
  header: 'decisions.kind.header',
  column: 'decisions.kind.column',
  headerRow: 'decisions.kind.headerRow',
  channel: 'decisions.kind.channel',
  form: 'decisions.kind.form',
  unitLabel: 'decisions.kind.unitLabel',
  fileUnit: 'decisions.kind.fileUnit',
  hiddenRows: 'decisions.kind.hiddenRows',
  usDates: 'decisions.kind.usDates',
  defaultForm: 'decisions.kind.defaultForm',
};

export const ROLE_KEYS: Record<ColumnRole, MessageKey> = {
  date: 'decisions.role.date',
  channel: 'decisions.role.channel',
  form: 'decisions.role.form',
  title: 'decisions.role.title',
  link: 'decisions.role.link',
  unit: 'decisions.role.unit',
  note: 'decisions.role.note',
  count: 'decisions.role.count',
  minutes: 'decisions.role.minutes',
  amount: 'decisions.role.amount',
  seq: 'decisions.role.seq',
  mark: 'decisions.role.mark',
};

export const ROLES = Object.keys(ROLE_KEYS) as ColumnRole[];

const LANGUAGES: readonly Language[] = ['vi', 'en'];

/** Folded spellings (both languages and the code itself) → value. */
function spellings<T extends string>(values: readonly T[], keyOf: (value: T) => MessageKey): Map<string, T> {
  const map = new Map<string, T>();
  for (const value of values) {
    map.set(foldForMatch(value), value);
    for (const lang of LANGUAGES) map.set(foldForMatch(t(keyOf(value), {}, lang)), value);
  }
  return map;
}

const KIND_SPELLINGS = spellings(DECISION_KINDS, (k) => KIND_KEYS[k]);
const ROLE_SPELLINGS = spellings(ROLES, (r) => ROLE_KEYS[r]);

export const kindWord = (kind: DecisionKind): string => t(KIND_KEYS[kind], {}, 'vi');
export const roleWord = (role: ColumnRole): string => t(ROLE_KEYS[role], {}, 'vi');

export function kindOf(text: string): DecisionKind | undefined {
  return KIND_SPELLINGS.get(foldForMatch(text));
}

export function roleOf(text: string): ColumnRole | undefined {
  return ROLE_SPELLINGS.get(foldForMatch(text));
}

/** "Không lấy", "Not taken", "null" or "-": the officer says the thing is not taken. */
export function isNotTaken(text: string): boolean {
  const folded = foldForMatch(text);
  return folded === 'null' || folded === '-' || LANGUAGES.some((lang) => foldForMatch(t('decisions.notTaken', {}, lang)) === folded);
}

/** Which of two words (each in both languages, or the code) the text is; undefined for neither. */
export function choiceOf<T extends string>(text: string, options: readonly [T, MessageKey][]): T | undefined {
  const folded = foldForMatch(text);
  for (const [value, key] of options) {
    if (folded === foldForMatch(value) || LANGUAGES.some((lang) => foldForMatch(t(key, {}, lang)) === folded)) return value;
  }
  return undefined;
}

export const YES_NO: readonly [string, MessageKey][] = [
  ['yes', 'decisions.yes'],
  ['no', 'decisions.no'],
];
export const SWAP_KEEP: readonly [string, MessageKey][] = [
  ['swap', 'decisions.swap'],
  ['keep', 'decisions.keep'],
];
