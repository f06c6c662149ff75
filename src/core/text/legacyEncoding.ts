/**
 * Vietnamese typed in a legacy 8-bit encoding and shown with a Unicode font. Offices that still use
 * the TCVN3 (ABC, ".VnTime") or VNI ("VNI-Times") fonts save Vietnamese as Windows-1252 bytes, so a
 * Unicode font shows "Th¹nh §øc" (TCVN3) or "Thaïnh Ñöùc" (VNI) for "Thạnh Đức".
 *
 * TCVN3 puts each precomposed letter on one byte: ạ is ¹, Đ is §, ỉ is Ø. VNI writes a base letter
 * followed by a mark byte: ạ is "aï", â is "aâ", ư is "ö", Đ is "Ñ". Detection looks for what cannot
 * happen in Unicode Vietnamese or English: a TCVN3 byte that is not itself a Vietnamese letter,
 * inside a word; or a VNI mark right after a vowel ("aâ", "aï", "eâ"...), which no Vietnamese
 * syllable spells. Accented Latin-1 letters that Vietnamese uses (à á â ã è é ê ì í ò ó ô õ ù ú ý)
 * never count on their own. Tables: TCVN 5712:1993 (VN3) and VNI-Windows, as Unikey converts them.
 */

import { SHORT_TEXT, stringOfUnits, unitsOfLength } from './codeUnits';

export type LegacyEncoding = 'TCVN3' | 'VNI';

const TCVN3: Readonly<Record<string, string>> = {
  '¸': 'á',
  µ: 'à',
  '¶': 'ả',
  '·': 'ã',
  '¹': 'ạ',
  '©': 'â',
  Ê: 'ấ',
  Ç: 'ầ',
  È: 'ẩ',
  É: 'ẫ',
  Ë: 'ậ',
  '¨': 'ă',
  '¾': 'ắ',
  '»': 'ằ',
  '¼': 'ẳ',
  '½': 'ẵ',
  Æ: 'ặ',
  Ð: 'é',
  Ì: 'è',
  Î: 'ẻ',
  Ï: 'ẽ',
  Ñ: 'ẹ',
  ª: 'ê',
  Õ: 'ế',
  Ò: 'ề',
  Ó: 'ể',
  Ô: 'ễ',
  Ö: 'ệ',
  ã: 'ó',
  ß: 'ò',
  á: 'ỏ',
  â: 'õ',
  ä: 'ọ',
  '«': 'ô',
  è: 'ố',
  å: 'ồ',
  æ: 'ổ',
  ç: 'ỗ',
  é: 'ộ',
  '¬': 'ơ',
  í: 'ớ',
  ê: 'ờ',
  ë: 'ở',
  ì: 'ỡ',
  î: 'ợ',
  ó: 'ú',
  ï: 'ù',
  ñ: 'ủ',
  ò: 'ũ',
  ô: 'ụ',
  '\u00ad': 'ư',
  ø: 'ứ',
  õ: 'ừ',
  ö: 'ử',
  '÷': 'ữ',
  ù: 'ự',
  Ý: 'í',
  '×': 'ì',
  Ø: 'ỉ',
  Ü: 'ĩ',
  Þ: 'ị',
  ý: 'ý',
  ú: 'ỳ',
  û: 'ỷ',
  ü: 'ỹ',
  þ: 'ỵ',
  '®': 'đ',
  '¡': 'Ă',
  '¢': 'Â',
  '£': 'Ê',
  '¤': 'Ô',
  '¥': 'Ơ',
  '¦': 'Ư',
  '§': 'Đ',
};

/** Latin-1 letters that Unicode Vietnamese itself uses: never evidence on their own. */
const VIETNAMESE_LATIN1 = 'ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý';

const TCVN3_STRONG = new Set(Object.keys(TCVN3).filter((c) => !VIETNAMESE_LATIN1.includes(c)));
/** Bytes that are also punctuation (« » × ÷ ° © ® ...): evidence only between two letters. */
const TCVN3_SYMBOLS = new Set(['«', '»', '×', '÷', '·', '©', '®', '§', '¼', '½', '¾', '¡', '¢', '£', '¤', '¥', '¦', '¨', '¬', '\u00ad']);
/** TCVN3 capitals (Ă Â Ê Ô Ơ Ư Đ) that start a word: "§iÒu", "¢m". */
const TCVN3_CAPITALS = new Set(['¡', '¢', '£', '¤', '¥', '¦', '§']);

/** VNI: a vowel and a mark after it that no Unicode syllable spells, as [vowels, marks]. "oà", "oá", "oã" (hoà, khoá, xoã) are left out. */
const VNI_PAIRS: readonly (readonly [string, string])[] = [
  ['aeouyôöAEOUYÔÖ', 'ùøûõïÙØÛÕÏ'],
  ['aA', 'âêáàåãäéèúüëÂÊÁÀÅÃÄÉÈÚÜË'],
  ['eE', 'âáàåãäÂÁÀÅÃÄ'],
  ['oO', 'âåäÂÅÄ'],
  ['öÖ', 'ôÔ'],
];
/** VNI's đ/Đ (ñ/Ñ) starting a word, before a vowel; Spanish puts ñ inside words. */
const VNI_D = 'ñÑ';
const VNI_D_VOWELS = 'aeiouyôöAEIOUYÔÖ';
const WORD_START = /[\s\d.,;:()"'/-]/;

/** The VNI signs as one pattern: the rule `hasVniSign` follows (no 'u' flag: code units, as it reads them). */
export const VNI_SIGN = new RegExp(
  [...VNI_PAIRS.map(([vowels, marks]) => `[${vowels}][${marks}]`), `(?:^|${WORD_START.source})[${VNI_D}][${VNI_D_VOWELS}]`].join('|'),
);

/** The TCVN3 strong characters, escaped for a pattern's character class. */
const TCVN3_STRONG_CLASS = [...TCVN3_STRONG].join('').replace(/[\\\]^-]/g, '\\$&');
/** A TCVN3 strong character or VNI's đ, as a pattern's character class. */
const STRONG_OR_VNI_D = `[${TCVN3_STRONG_CLASS}${VNI_D}]`;
const VNI_PAIR_SOURCES = VNI_PAIRS.map(([vowels, marks]) => `[${vowels}][${marks}]`);

/** A VNI pair of VNI_PAIRS looked for from its mark, then behind it: what MAY_BE_LEGACY and VNI_SIGN_FROM_MARK share. */
const VNI_PAIR_FROM_MARK = `[${[...new Set(VNI_PAIRS.flatMap(([, marks]) => [...marks]))].join('')}](?<=${VNI_PAIR_SOURCES.join('|')})`;

/** What MAY_BE_LEGACY looks for, as the plain alternation it stands for (tests compare the two). */
export const MAY_BE_LEGACY_SOURCE = [STRONG_OR_VNI_D, ...VNI_PAIR_SOURCES].join('|');

/**
 * Whether a text holds anything scanLegacy could find: a TCVN3 strong character, a VNI pair of
 * VNI_PAIRS, or VNI's đ (ñ, Ñ). A text without any answers 0 there, so this is only a quick no.
 * The pairs are looked for from their mark, then behind it: the alternation of MAY_BE_LEGACY_SOURCE
 * tried every pair at every vowel of a Vietnamese title, and this form costs half (issue 11: the
 * pattern was 2% of reading trackers with no legacy text at all, asked by the reader and the rule).
 */
export const MAY_BE_LEGACY = new RegExp(`${STRONG_OR_VNI_D}|${VNI_PAIR_FROM_MARK}`);

/**
 * A VNI sign (VNI_SIGN) looked for from its mark, then behind it, and VNI's đ (ñ, Ñ) from the letter,
 * then behind and after it: the same matches as VNI_SIGN, whose alternatives were tried at every
 * place of a text (tests/core/text/legacyEncoding.test.ts compares the two on every Latin-1 pair).
 */
const VNI_SIGN_FROM_MARK = new RegExp(`${VNI_PAIR_FROM_MARK}|[${VNI_D}](?<=(?:^|${WORD_START.source})[${VNI_D}])(?=[${VNI_D_VOWELS}])`);

/** A TCVN3 strong character (TCVN3_STRONG). */
const TCVN3_STRONG_CHAR = new RegExp(`[${TCVN3_STRONG_CLASS}]`);

/** What one pass over a text found (scanLegacy): a VNI sign, else a TCVN3 strong character, else neither. */
const VNI_FOUND = 1;
const TCVN3_STRONG_SEEN = 2;

/**
 * Whether a text holds a VNI sign: VNI_SIGN.test, by VNI_SIGN_FROM_MARK (issue 11: the pattern's
 * seven alternatives were tried at every place of every non-ASCII cell of a sheet).
 */
export function hasVniSign(text: string): boolean {
  return VNI_SIGN_FROM_MARK.test(text);
}

/**
 * For detectLegacyEncoding: VNI_FOUND when the text holds a VNI sign, else TCVN3_STRONG_SEEN when a
 * TCVN3 strong character occurs, else 0. Native patterns, not a loop over the text's code units: a
 * TCVN3 title holds no VNI sign, so the loop walked every one of its characters, by the reader
 * deciding a sheet's encoding and again by the legacy-encoding rule (issue 11: half of that time on
 * a TCVN3 set, 74 → 36 ms over its 189,000 texts).
 */
function scanLegacy(text: string): number {
  // Most cells hold none of the characters a sign or a strong character needs: one pattern says so
  // (issue 11's third tester: titles of 200–400 characters in Unicode).
  if (!MAY_BE_LEGACY.test(text)) return 0;
  if (VNI_SIGN_FROM_MARK.test(text)) return VNI_FOUND;
  return TCVN3_STRONG_CHAR.test(text) ? TCVN3_STRONG_SEEN : 0;
}

const LETTER = /\p{L}/u;

/** What looksTcvn3 asks of a Latin-1 code unit, as bits of LATIN1_CLASS. */
const STRONG_BIT = 1;
const LETTER_BIT = 2;
const SYMBOL_BIT = 4;
const CAPITAL_BIT = 8;

/**
 * Per Latin-1 code unit: a TCVN3 strong character, a letter (a Unicode letter or any TCVN3 byte), a
 * TCVN3 byte that is also punctuation, a TCVN3 capital. Every character these sets hold is Latin-1.
 */
const LATIN1_CLASS: Uint8Array = (() => {
  const table = new Uint8Array(256);
  for (let unit = 0; unit < 256; unit += 1) {
    const ch = String.fromCharCode(unit);
    table[unit] =
      (TCVN3_STRONG.has(ch) ? STRONG_BIT : 0) |
      (LETTER.test(ch) || TCVN3[ch] !== undefined ? LETTER_BIT : 0) |
      (TCVN3_SYMBOLS.has(ch) ? SYMBOL_BIT : 0) |
      (TCVN3_CAPITALS.has(ch) ? CAPITAL_BIT : 0);
  }
  return table;
})();

/** Whether a code unit is a letter (a Unicode letter or a TCVN3 byte); a surrogate alone is none. */
function isLetterUnit(unit: number): boolean {
  return unit <= 0xff ? ((LATIN1_CLASS[unit] ?? 0) & LETTER_BIT) !== 0 : LETTER.test(String.fromCharCode(unit));
}

/**
 * Whether a text holding a TCVN3 strong character reads as TCVN3: such a character between two
 * letters, or a capital starting a word, or two in words. Code unit by code unit through LATIN1_CLASS:
 * a Set of one-character strings and a pattern per neighbour cost 27 ms of a TCVN3 set's run, asked
 * of every cell by the reader and of every title by the legacy-encoding rule (issue 11).
 */
function looksTcvn3(text: string): boolean {
  let inWord = 0;
  const length = text.length;
  for (let i = 0; i < length; i += 1) {
    const unit = text.charCodeAt(i);
    const kind = unit <= 0xff ? (LATIN1_CLASS[unit] ?? 0) : 0;
    if ((kind & STRONG_BIT) === 0) continue;
    const before = i > 0 && isLetterUnit(text.charCodeAt(i - 1));
    const after = i + 1 < length && isLetterUnit(text.charCodeAt(i + 1));
    // Between two letters ("Th¹nh", "T©y"), or a capital starting a word ("§øc"): one is enough.
    if (before && after) return true;
    if (!before && after && (kind & CAPITAL_BIT) !== 0) return true;
    if ((before || after) && (kind & SYMBOL_BIT) === 0) inWord += 1;
    if (inWord >= 2) return true;
  }
  return false;
}

/**
 * Which legacy encoding the text looks typed in, or null for Unicode (or plain ASCII) text: VNI when it
 * holds a VNI sign, else TCVN3 when it holds a strong TCVN3 character and looks TCVN3 (looksTcvn3).
 */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  const found = scanLegacy(text);
  if (found === VNI_FOUND) return 'VNI';
  return found === TCVN3_STRONG_SEEN && looksTcvn3(text) ? 'TCVN3' : null;
}

const VNI_TONES: Readonly<Record<string, string>> = { ù: '\u0301', ø: '\u0300', û: '\u0309', õ: '\u0303', ï: '\u0323' };
const VNI_HATS: Readonly<Record<string, string>> = { â: '', á: '\u0301', à: '\u0300', å: '\u0309', ã: '\u0303', ä: '\u0323' };
const VNI_BREVES: Readonly<Record<string, string>> = { ê: '', é: '\u0301', è: '\u0300', ú: '\u0309', ü: '\u0303', ë: '\u0323' };
const VNI_LETTERS: Readonly<Record<string, string>> = {
  ô: 'ơ',
  ö: 'ư',
  ñ: 'đ',
  í: 'í',
  ì: 'ì',
  æ: 'ỉ',
  ó: 'ĩ',
  ò: 'ị',
  î: 'ỵ',
  Ô: 'Ơ',
  Ö: 'Ư',
  Ñ: 'Đ',
  Í: 'Í',
  Ì: 'Ì',
  Æ: 'Ỉ',
  Ó: 'Ĩ',
  Ò: 'Ị',
  Î: 'Ỵ',
};

/** A table keyed by Latin-1 characters, by code unit (a VNI mark byte is looked up by its lower-case form's unit). */
function byUnit(table: Readonly<Record<string, string>>): readonly (string | undefined)[] {
  const out: (string | undefined)[] = new Array<string | undefined>(256).fill(undefined);
  for (const [ch, value] of Object.entries(table)) out[ch.charCodeAt(0)] = value;
  return out;
}
/** The bases a hat goes on (a e o, either case) and what they become with it (â ê ô). */
const WITH_HAT: ReadonlyMap<number, number> = new Map([...'aeoAEO'].map((c) => [c.charCodeAt(0), `${c}\u0302`.normalize('NFC').charCodeAt(0)]));
/** The letters a tone mark goes on (TONE_BASES). */
const TONE_BASE_UNITS: ReadonlySet<number> = new Set([...'aeiouyăâêôơưAEIOUYĂÂÊÔƠƯ'].map((c) => c.charCodeAt(0)));

/** The combining marks the VNI tables write: hat, breve and the five tones. */
const VNI_MARKS = [0x302, 0x306, 0x301, 0x300, 0x309, 0x303, 0x323];
/**
 * A letter and a combining mark after it, as the one precomposed letter NFC makes of them, keyed
 * letter × 0x10000 + mark: every letter a VNI mark can go on, with or without a hat, breve or tone
 * already (ấ is â and a tone, â is a and a hat). The decoder writes ấ where it wrote a, U+0302,
 * U+0301: the same text after NFC, which then has nothing left to compose (issue 11: composing was
 * most of `normalize`'s work on a VNI sheet).
 */
const COMPOSED: ReadonlyMap<number, number> = (() => {
  const composed = new Map<number, number>();
  const letters = new Set<number>();
  // ơ and ư are VNI letters of their own (ô, ö), not made by a mark here: without them a tone on either
  // (người, hướng, thực: nearly every text) was left apart and the whole text normalised (issue 11).
  for (const c of 'aeiouyAEIOUYơưƠƯ') letters.add(c.charCodeAt(0));
  // Up to two rounds: a hat or breve first, then a tone on the letter it made.
  for (let round = 0; round < 2; round += 1)
    for (const letter of [...letters])
      for (const mark of VNI_MARKS) {
        const made = String.fromCharCode(letter, mark).normalize('NFC');
        if (made.length !== 1) continue;
        composed.set(letter * 0x10000 + mark, made.charCodeAt(0));
        letters.add(made.charCodeAt(0));
      }
  return composed;
})();

/**
 * The decoder's tables as typed arrays indexed by code unit (issue 11: Maps, Sets and arrays of strings
 * looked up per character kept decodeVni at 8 ns a character even once optimised). COMPOSED_BY_SLOT
 * is COMPOSED by mark slot (the mark's index in VNI_MARKS) × COMPOSED_LETTERS + letter; 0 when NFC
 * makes no one letter of them.
 */
const COMPOSED_LETTERS = 0x1f00;
const COMPOSED_BY_SLOT: Uint16Array = (() => {
  const table = new Uint16Array(VNI_MARKS.length * COMPOSED_LETTERS);
  for (const [key, made] of COMPOSED) {
    const letter = Math.floor(key / 0x10000);
    const slot = VNI_MARKS.indexOf(key % 0x10000);
    if (letter >= COMPOSED_LETTERS || slot < 0) throw new Error(`legacyEncoding: ${key.toString(16)} is outside the composed table`);
    table[slot * COMPOSED_LETTERS + letter] = made;
  }
  return table;
})();
/** A mark table's answer for a Latin-1 unit: no mark of this kind, the mark alone (a hat or breve without a tone), else the tone's slot. */
const NO_MARK = -2;
const BARE_MARK = -1;
function slotsByUnit(table: Readonly<Record<string, string>>): Int8Array {
  const slots = new Int8Array(256).fill(NO_MARK);
  for (const [ch, mark] of Object.entries(table)) slots[ch.charCodeAt(0)] = mark === '' ? BARE_MARK : VNI_MARKS.indexOf(mark.charCodeAt(0));
  return slots;
}
const HAT_SLOT = slotsByUnit(VNI_HATS);
const BREVE_SLOT = slotsByUnit(VNI_BREVES);
const TONE_SLOT = slotsByUnit(VNI_TONES);
/** WITH_HAT by ASCII code unit (0: no hat goes on it). */
const HATTED_BY_UNIT: Uint16Array = (() => {
  const table = new Uint16Array(128);
  for (const [base, hatted] of WITH_HAT) table[base] = hatted;
  return table;
})();
/** TONE_BASE_UNITS by code unit (1: a tone goes on it); every one is below U+01B1. */
const TONE_BASE_BY_UNIT: Uint8Array = (() => {
  const table = new Uint8Array(0x1b1);
  for (const unit of TONE_BASE_UNITS) table[unit] = 1;
  return table;
})();
/** The tone marks by slot. */
const MARK_BY_SLOT: Uint16Array = Uint16Array.from(VNI_MARKS);

/** U+212B, the only character above U+00FF whose lower case (å) is in a VNI table. */
const ANGSTROM_SIGN = 0x212b;

/** What toLowerCase gives a Latin-1 code unit from U+0080 on (À–Þ but × take 32 more). */
function latin1Lower(unit: number): number {
  return unit >= 0xc0 && unit <= 0xde && unit !== 0xd7 ? unit + 32 : unit;
}

/**
 * VNI as Unikey converts it: a base letter, then a mark byte (hat, breve or tone) that goes on it.
 * The base is kept as its code unit (-1: none a mark can go on), and Latin-1 characters are looked up
 * by code unit, not lower-cased and looked up by name twice a character (issue 11's third tester: a VNI
 * tracker's titles took 600 ms). A mark is composed with the letter written before it when a
 * precomposed letter holds both (COMPOSED); the same text as the character-by-character rule, which
 * writes the marks apart and leaves them to NFC (tests/core/text/legacyEncoding.test.ts checks it on
 * any mix).
 */
function decodeVni(text: string): string {
  const length = text.length;
  // A mark adds at most one unit to the text (a tone after a letter that has one already).
  const out = bufferFor(length * 2);
  let n = 0;
  let base = -1;
  let changed = false;
  // Whether NFC may still change the text: a character above U+00FF was met, or a mark was left apart.
  let wide = false;
  let i = 0;
  while (i < length) {
    const unit = text.charCodeAt(i);
    i += 1;
    if (unit > 0xff) wide = true;
    // No VNI or TCVN3 table holds an ASCII character (their keys are from U+00A1 on): copied as it is.
    if (unit < 0x80) {
      out[n++] = unit;
      // The last ASCII character is the base a mark after it goes on.
      base = unit;
      continue;
    }
    if (unit > 0xff && unit !== ANGSTROM_SIGN) {
      // No table holds a character above U+00FF: copied as it is, a surrogate pair unit by unit, and the
      // base a mark after it goes on (a tone on ơ or ư typed in Unicode).
      out[n++] = unit;
      base = unit;
      continue;
    }
    // The Ångström sign lower-cases to å, VNI's hat with a hook above, as the rule reads it.
    const lower = unit === ANGSTROM_SIGN ? 0xe5 : latin1Lower(unit);
    // Each mark composed here, not through a helper: a call per piece cost more than the work
    // (the command line compiles without inlining, engineFlags.ts).
    const hat = HAT_SLOT[lower] ?? NO_MARK;
    const hatted = base >= 0 && base < 0x80 ? (HATTED_BY_UNIT[base] ?? 0) : 0;
    if (hat !== NO_MARK && hatted !== 0) {
      // out[n - 1] is the base (a e o): it becomes â ê ô, with the hat's tone if it has one.
      out[n - 1] = hat === BARE_MARK ? hatted : COMPOSED_BY_SLOT[hat * COMPOSED_LETTERS + hatted] || hatted;
      base = hatted;
      changed = true;
      continue;
    }
    const breve = BREVE_SLOT[lower] ?? NO_MARK;
    if (breve !== NO_MARK && (base === 0x61 || base === 0x41)) {
      const brevetted = base === 0x61 ? 0x103 : 0x102;
      out[n - 1] = breve === BARE_MARK ? brevetted : COMPOSED_BY_SLOT[breve * COMPOSED_LETTERS + brevetted] || brevetted;
      base = brevetted;
      changed = true;
      continue;
    }
    const tone = TONE_SLOT[lower] ?? NO_MARK;
    if (tone !== NO_MARK && base >= 0 && base < TONE_BASE_BY_UNIT.length && TONE_BASE_BY_UNIT[base] === 1) {
      const last = out[n - 1] ?? 0;
      const toned = last < COMPOSED_LETTERS ? (COMPOSED_BY_SLOT[tone * COMPOSED_LETTERS + last] ?? 0) : 0;
      // A letter that holds a tone already (â written as ấ by "aá") keeps it and the mark follows, as NFC leaves them.
      if (toned === 0) {
        out[n++] = MARK_BY_SLOT[tone] ?? 0;
        wide = true;
      } else out[n - 1] = toned;
      base = -1;
      changed = true;
      continue;
    }
    const letter = VNI_LETTERS_BY_UNIT[unit] ?? 0;
    if (letter === 0) {
      out[n++] = unit;
      base = unit;
    } else {
      out[n++] = letter;
      base = letter;
      changed = true;
    }
  }
  const decoded = changed ? stringOfUnits(out, n) : text;
  // As in decodeTcvn3: Latin-1 characters and the precomposed letters written here are NFC already.
  return wide ? decoded.normalize('NFC') : decoded;
}

/** VNI_LETTERS by Latin-1 code unit, as the code unit of the letter (each is one). */
const VNI_LETTERS_BY_UNIT: Uint16Array = Uint16Array.from(byUnit(VNI_LETTERS), (letter) => letter?.charCodeAt(0) ?? 0);

/** TCVN3 by code unit: every key is one unit in U+00A1–U+00FF and every letter one precomposed unit; others map to themselves. */
const TCVN3_BY_UNIT: Uint16Array = (() => {
  const table = new Uint16Array(256);
  for (let unit = 0; unit < 256; unit += 1) table[unit] = unit;
  for (const [ch, letter] of Object.entries(TCVN3)) table[ch.charCodeAt(0)] = letter.charCodeAt(0);
  return table;
})();

/**
 * TCVN3 puts each letter on one byte and each becomes one precomposed letter: unit for unit, a
 * character above U+00FF (a surrogate pair's halves too) as it is.
 */
function decodeTcvn3(text: string): string {
  const length = text.length;
  // As long as the text: a short one is written straight into its length's plain array (codeUnits.ts).
  const out = length <= SHORT_TEXT ? unitsOfLength(length) : bufferFor(length);
  let changed = false;
  let wide = false;
  for (let i = 0; i < length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit <= 0xff) {
      const letter = TCVN3_BY_UNIT[unit] ?? unit;
      if (letter !== unit) changed = true;
      out[i] = letter;
    } else {
      out[i] = unit;
      wide = true;
    }
  }
  // A text with no TCVN3 letter (a number kept as text, an ASCII code) is itself: no copy made.
  const decoded = !changed ? text : Array.isArray(out) ? String.fromCharCode.apply(null, out) : stringOfUnits(out, length);
  // Only a character above U+00FF (a combining mark typed in Unicode) can leave the text short of NFC: every
  // Latin-1 character and every letter TCVN3 gives is precomposed, and a starter composes with no other
  // starter of these (issue 11: normalising each of a tracker's 50,000 decoded titles again cost ~17 ms).
  return wide ? decoded.normalize('NFC') : decoded;
}

/**
 * The decoders write their output code unit by code unit into one reused buffer and make it one
 * string at the end: a text built with `+=` was a joined string per piece, flattened again by
 * `normalize` (issue 11: 113 MB of the 539 MB a 25-file VNI set allocated, all of it garbage). One
 * text at a time: nothing here is re-entered.
 */
let units = new Uint16Array(1024);

/** The shared buffer, grown to hold at least `most` code units. */
function bufferFor(most: number): Uint16Array {
  if (units.length < most) units = new Uint16Array(Math.max(most, units.length * 2));
  return units;
}

/** The Unicode text a legacy-encoded text most likely stands for. */
export function decodeLegacy(text: string, encoding: LegacyEncoding): string {
  return encoding === 'VNI' ? decodeVni(text) : decodeTcvn3(text);
}
