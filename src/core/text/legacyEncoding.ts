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
/** TCVN3_STRONG by code unit (all of them are single units in U+00A1–U+00FF): 1 for a strong one. */
const TCVN3_STRONG_UNIT: Uint8Array = (() => {
  const table = new Uint8Array(256);
  for (const ch of TCVN3_STRONG) table[ch.charCodeAt(0)] = 1;
  return table;
})();
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

/** A TCVN3 strong character or VNI's đ, as a pattern's character class. */
const STRONG_OR_VNI_D = `[${[...TCVN3_STRONG].join('').replace(/[\\\]^-]/g, '\\$&')}${VNI_D}]`;
const VNI_PAIR_SOURCES = VNI_PAIRS.map(([vowels, marks]) => `[${vowels}][${marks}]`);

/** What MAY_BE_LEGACY looks for, as the plain alternation it stands for (tests compare the two). */
export const MAY_BE_LEGACY_SOURCE = [STRONG_OR_VNI_D, ...VNI_PAIR_SOURCES].join('|');

/**
 * Whether a text holds anything scanLegacy could find: a TCVN3 strong character, a VNI pair of
 * VNI_PAIRS, or VNI's đ (ñ, Ñ). A text without any answers 0 there, so this is only a quick no.
 * The pairs are looked for from their mark, then behind it: the alternation of MAY_BE_LEGACY_SOURCE
 * tried every pair at every vowel of a Vietnamese title, and this form costs half (issue 11: the
 * pattern was 2% of reading trackers with no legacy text at all, asked by the reader and the rule).
 */
export const MAY_BE_LEGACY = new RegExp(
  `${STRONG_OR_VNI_D}|[${[...new Set(VNI_PAIRS.flatMap(([, marks]) => [...marks]))].join('')}](?<=${VNI_PAIR_SOURCES.join('|')})`,
);

/** Latin-1 pairs (first unit × 256 + second) that are VNI signs. */
const VNI_PAIR_TABLE: Uint8Array = (() => {
  const table = new Uint8Array(256 * 256);
  for (const [vowels, marks] of VNI_PAIRS) for (const v of vowels) for (const m of marks) table[v.charCodeAt(0) * 256 + m.charCodeAt(0)] = 1;
  return table;
})();

/** What one pass over a text found (scanLegacy): a VNI sign, else a TCVN3 strong character, else neither. */
const VNI_FOUND = 1;
const TCVN3_STRONG_SEEN = 2;

/**
 * Whether a text holds a VNI sign (VNI_SIGN.test), pair by pair from a table in one pass: the pattern's
 * seven alternatives were tried at every place of every non-ASCII cell of a sheet (issue 11). Every
 * character of a sign is Latin-1, so a pair with a unit above U+00FF is none.
 */
export function hasVniSign(text: string): boolean {
  return scanLegacy(text) === VNI_FOUND;
}

/**
 * One pass for detectLegacyEncoding: VNI_FOUND at the first VNI sign (hasVniSign's rule), else
 * TCVN3_STRONG_SEEN when a TCVN3 strong character occurs, else 0. Every strong character is in
 * U+00A1–U+00FF (TCVN3_STRONG_UNIT), as is every sign's mark, so a text without such a character gives 0
 * (issue 11: the quick test, the VNI pass and the strong-character pattern were three passes per cell,
 * in the reader and again in the legacy-encoding rule).
 */
function scanLegacy(text: string): number {
  // Most cells hold none of the characters a sign or a strong character needs: one native pattern
  // says so faster than the loop below walks a long Unicode title (issue 11's third tester: titles of
  // 200–400 characters, each looked at by the reader and by the legacy-encoding rule).
  if (!MAY_BE_LEGACY.test(text)) return 0;
  let previous = -1;
  let found = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit <= 0xff) {
      if (previous >= 0 && previous <= 0xff && VNI_PAIR_TABLE[previous * 256 + unit] === 1) return VNI_FOUND;
      if (
        (unit === 0xf1 || unit === 0xd1) &&
        i + 1 < text.length &&
        VNI_D_VOWELS.includes(text.charAt(i + 1)) &&
        (i === 0 || WORD_START.test(text.charAt(i - 1)))
      )
        return VNI_FOUND;
      if (TCVN3_STRONG_UNIT[unit] === 1) found = TCVN3_STRONG_SEEN;
    }
    previous = unit;
  }
  return found;
}

const LETTER = /\p{L}/u;

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && (LETTER.test(ch) || TCVN3[ch] !== undefined);
}

function looksTcvn3(text: string): boolean {
  let inWord = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] ?? '';
    if (!TCVN3_STRONG.has(ch)) continue;
    const before = isLetter(text[i - 1]);
    const after = isLetter(text[i + 1]);
    // Between two letters ("Th¹nh", "T©y"), or a capital starting a word ("§øc"): one is enough.
    if (before && after) return true;
    if (!before && after && TCVN3_CAPITALS.has(ch)) return true;
    if ((before || after) && !TCVN3_SYMBOLS.has(ch)) inWord += 1;
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

/** A table by Latin-1 code unit of what a VNI mark byte stands for (its lower-case form's entry). */
function byUnit(table: Readonly<Record<string, string>>): readonly (string | undefined)[] {
  const out: (string | undefined)[] = new Array<string | undefined>(256).fill(undefined);
  for (const [ch, value] of Object.entries(table)) out[ch.charCodeAt(0)] = value;
  return out;
}
const VNI_HAT_BY_UNIT = byUnit(VNI_HATS);
const VNI_BREVE_BY_UNIT = byUnit(VNI_BREVES);
const VNI_TONE_BY_UNIT = byUnit(VNI_TONES);
/** The bases a hat goes on (a e o, either case) and what they become with it (â ê ô). */
const WITH_HAT: ReadonlyMap<number, number> = new Map([...'aeoAEO'].map((c) => [c.charCodeAt(0), `${c}\u0302`.normalize('NFC').charCodeAt(0)]));
/** The letters a tone mark goes on (TONE_BASES). */
const TONE_BASE_UNITS: ReadonlySet<number> = new Set([...'aeiouyăâêôơưAEIOUYĂÂÊÔƠƯ'].map((c) => c.charCodeAt(0)));

/** What toLowerCase gives a Latin-1 code unit from U+0080 on (À–Þ but × take 32 more). */
function latin1Lower(unit: number): number {
  return unit >= 0xc0 && unit <= 0xde && unit !== 0xd7 ? unit + 32 : unit;
}

/**
 * VNI as Unikey converts it: a base letter, then a mark byte (hat, breve or tone) that goes on it.
 * The base is kept as its code unit (-1: none a mark can go on), and Latin-1 characters are looked up
 * by code unit, not lower-cased and looked up by name twice a character (issue 11's third tester: a VNI
 * tracker's titles took 600 ms); the same text as the character-by-character rule
 * (tests/core/text/legacyEncoding.test.ts checks it on any mix).
 */
function decodeVni(text: string): string {
  const out = bufferFor(text.length * 2);
  let n = 0;
  let base = -1;
  let i = 0;
  while (i < text.length) {
    const unit = text.charCodeAt(i);
    // No VNI or TCVN3 table holds an ASCII character (their keys are from U+00A1 on): copied as it is.
    if (unit < 0x80) {
      out[n++] = unit;
      // The last ASCII character is the base a mark after it goes on.
      base = unit;
      i += 1;
      continue;
    }
    // One character (a code point, as `for…of` gives them) and its lower-case code unit (-1: several units).
    let ch: string;
    let lower: number;
    if (unit <= 0xff) {
      ch = text.charAt(i);
      i += 1;
      lower = latin1Lower(unit);
    } else {
      ch = String.fromCodePoint(text.codePointAt(i) ?? 0);
      i += ch.length;
      const lowered = ch.toLowerCase();
      lower = lowered.length === 1 ? lowered.charCodeAt(0) : -1;
    }
    const latin1 = lower >= 0 && lower <= 0xff;
    const hat = latin1 ? VNI_HAT_BY_UNIT[lower] : undefined;
    const hatted = WITH_HAT.get(base);
    // Each piece written unit by unit here, not through a helper: a call per piece cost more than the
    // joined strings it replaced (the command line compiles without inlining, engineFlags.ts).
    if (hat !== undefined && hatted !== undefined) {
      out[n++] = 0x302;
      for (let k = 0; k < hat.length; k += 1) out[n++] = hat.charCodeAt(k);
      base = hatted;
      continue;
    }
    const breve = latin1 ? VNI_BREVE_BY_UNIT[lower] : undefined;
    if (breve !== undefined && (base === 0x61 || base === 0x41)) {
      out[n++] = 0x306;
      for (let k = 0; k < breve.length; k += 1) out[n++] = breve.charCodeAt(k);
      base = base === 0x61 ? 0x103 : 0x102;
      continue;
    }
    const tone = latin1 ? VNI_TONE_BY_UNIT[lower] : undefined;
    if (tone !== undefined && TONE_BASE_UNITS.has(base)) {
      for (let k = 0; k < tone.length; k += 1) out[n++] = tone.charCodeAt(k);
      base = -1;
      continue;
    }
    const letter = VNI_LETTERS[ch] ?? ch;
    for (let k = 0; k < letter.length; k += 1) out[n++] = letter.charCodeAt(k);
    base = letter.length === 1 ? letter.charCodeAt(0) : -1;
  }
  return stringOf(out, n).normalize('NFC');
}

function decodeTcvn3(text: string): string {
  const out = bufferFor(text.length * LONGEST_TCVN3);
  let n = 0;
  let i = 0;
  while (i < text.length) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) {
      out[n++] = unit;
      i += 1;
      continue;
    }
    const ch = String.fromCodePoint(text.codePointAt(i) ?? 0);
    i += ch.length;
    const letter = TCVN3[ch] ?? ch;
    for (let k = 0; k < letter.length; k += 1) out[n++] = letter.charCodeAt(k);
  }
  return stringOf(out, n).normalize('NFC');
}

/** The most code units a TCVN3 character decodes to (and at least 2: an unmapped astral character is 2). */
const LONGEST_TCVN3 = Math.max(2, ...Object.values(TCVN3).map((v) => v.length));

/**
 * The decoders write their output code unit by code unit into one reused buffer and make it one
 * string at the end: a text built with `+=` was a joined string per piece, flattened again by
 * `normalize` (issue 11: 113 MB of the 539 MB a 25-file VNI set allocated, all of it garbage; and
 * 12% less time decoding a TCVN3 set's texts). One text at a time: nothing here is re-entered.
 */
let units = new Uint16Array(1024);

/** The shared buffer, grown to hold at least `most` code units. */
function bufferFor(most: number): Uint16Array {
  if (units.length < most) units = new Uint16Array(Math.max(most, units.length * 2));
  return units;
}

/** Code units fewer than this are made a string in one call (an argument each); a longer text in calls of this many. */
const UNITS_PER_CALL = 4096;

function stringOf(buffer: Uint16Array, length: number): string {
  // fromCharCode takes the units as arguments: a typed array passes through apply as they are.
  const make = (from: number, to: number): string => String.fromCharCode.apply(null, buffer.subarray(from, to) as unknown as number[]);
  if (length <= UNITS_PER_CALL) return make(0, length);
  let made = '';
  for (let from = 0; from < length; from += UNITS_PER_CALL) made += make(from, Math.min(length, from + UNITS_PER_CALL));
  return made;
}

/** The Unicode text a legacy-encoded text most likely stands for. */
export function decodeLegacy(text: string, encoding: LegacyEncoding): string {
  return encoding === 'VNI' ? decodeVni(text) : decodeTcvn3(text);
}
