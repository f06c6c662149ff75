import { tidyText } from './fold';
import { memoised } from './memo';

/**
 * The key under which two spellings of a name are the same name and names a tone mark apart are
 * not: tidied (NFC, spaces), lower case, and the tone mark of a word-final "oa", "oe", "uy" on its
 * first vowel. Vietnamese writes those either way — the older "Hoà Thành", "khoẻ", "Thuý" and the
 * newer "Hòa Thành", "khỏe", "Thúy", both in everyday use in offices' files — so they are one name, while "Hòa Thành" and "Hòa Thạnh" stay two (tester, issue 13: "Hoà Thành" was
 * refused as ambiguous beside an exact "Hòa Thành"). "quý" is left as it is: its "u" belongs to "qu".
 * Memoised per distinct text: validation asks it of every row's list cells and of the plan's names
 * for each (issue 11: 11% of a tracker consolidation before).
 */
export const exactKey: (text: string) => string = memoised((text) => modernTonePlacement(tidyText(text).toLocaleLowerCase('vi')));

const MOVES: Readonly<Record<string, string>> = {
  oà: 'òa',
  oá: 'óa',
  oả: 'ỏa',
  oã: 'õa',
  oạ: 'ọa',
  oè: 'òe',
  oé: 'óe',
  oẻ: 'ỏe',
  oẽ: 'õe',
  oẹ: 'ọe',
  uỳ: 'ùy',
  uý: 'úy',
  uỷ: 'ủy',
  uỹ: 'ũy',
  uỵ: 'ụy',
};

/** Lower-case NFC text with word-final "oà", "oé", "uý"… written "òa", "óe", "úy" (not after "q"). */
export function modernTonePlacement(lower: string): string {
  return lower.replace(/(q?)(o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ])(?![\p{L}\p{M}])/gu, (found: string, q: string, pair: string) =>
    q === '' || pair.startsWith('o') ? q + (MOVES[pair] ?? pair) : found,
  );
}
