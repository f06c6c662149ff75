import { foldForMatch } from '../core/text/fold';

/**
 * File names made from units' names (`cchc template --all-units`, issue 13) that every office's
 * computer can hold: Windows refuses < > : " / \ | ? * and control characters, a name ending with a
 * dot or a space, and the device names CON, PRN, AUX, NUL, COM1–9, LPT1–9 even with an extension
 * (Microsoft Learn, "Naming Files, Paths, and Namespaces"). Vietnamese letters are kept, in NFC
 * (macOS and a zip made there may give NFD, which Windows shows as loose tone marks).
 */

const RESERVED_CHARACTERS = /[<>:"/\\|?*\p{Cc}]/gu;
const DEVICE_NAME = /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])(?=\.|$)/i;
/** NTFS and ext4 both take 255 (UTF-16 units, UTF-8 bytes); room is left for " (CODE)", " 2" and ".xlsx". */
const MAX_STEM_BYTES = 180;

/**
 * `name` as a file name stem (without extension) Windows, macOS and Linux accept: NFC, each reserved
 * character replaced by a space, runs of white space made one, no leading space, no trailing dot or
 * space, a device name followed by "_" ("CON" → "CON_", "nul.txt" → "nul_.txt": Windows reads the part before the first dot), cut to 180 UTF-8 bytes at a character boundary. "" when
 * nothing is left (a name of only reserved characters): the caller uses the unit's code.
 */
export function safeFileStem(name: string): string {
  let stem = name.normalize('NFC').replace(RESERVED_CHARACTERS, ' ').replace(/\s+/g, ' ').trim();
  stem = cutToBytes(stem, MAX_STEM_BYTES).replace(/[. ]+$/, '');
  return stem.replace(DEVICE_NAME, '$1_');
}

function cutToBytes(text: string, limit: number): string {
  const encoder = new TextEncoder();
  if (encoder.encode(text).length <= limit) return text;
  let kept = '';
  let bytes = 0;
  for (const char of text) {
    const size = encoder.encode(char).length;
    if (bytes + size > limit) break;
    kept += char;
    bytes += size;
  }
  return kept;
}

/** One unit to name a file after: its code (unique in a plan) and its name. */
export interface NamedUnit {
  readonly code: string;
  readonly name: string;
}

/**
 * One distinct `.xlsx` file name per unit, by code, in the units' order. Two names that fold to the
 * same key (foldForMatch: case, tone marks, đ and punctuation ignored, as Windows ignores case and an
 * officer's zip or mail program may drop the marks: "Phường Long Hoa" and "Phường Long Hòa") are
 * never left alike: each unit of such a group gets its code after its name ("Phường Long Hoa
 * (P-LONGHOA).xlsx"); a name still taken then gets the first free number (" 2"). A unit whose name
 * leaves nothing is named by its code.
 */
export function distinctFileNames(units: readonly NamedUnit[]): Map<string, string> {
  const stems = units.map((u) => ({ code: u.code, stem: safeFileStem(u.name) || safeFileStem(u.code) || 'unit' }));
  const counts = new Map<string, number>();
  for (const { stem } of stems) counts.set(keyOf(stem), (counts.get(keyOf(stem)) ?? 0) + 1);
  const taken = new Set<string>();
  const names = new Map<string, string>();
  for (const { code, stem } of stems) {
    const codeStem = safeFileStem(code);
    const base = (counts.get(keyOf(stem)) ?? 0) > 1 && codeStem !== '' ? `${stem} (${codeStem})` : stem;
    let candidate = base;
    for (let n = 2; taken.has(keyOf(candidate)); n += 1) candidate = `${base} ${n}`;
    taken.add(keyOf(candidate));
    names.set(code, `${candidate}.xlsx`);
  }
  return names;
}

/** What makes two file names one for an officer: folded, or, for names of symbols only, the lower-cased text. */
const keyOf = (stem: string): string => foldForMatch(stem) || stem.toLocaleLowerCase('vi');
