import type { Plan } from '../plan/types';
import { foldForMatch } from '../text/fold';
import { placeWords } from '../reader/labels';

/**
 * Which unit sent a file that has no stamp: an office's own tracker. Offices name files after
 * themselves ("ThanhDuc_2018.xlsx", "xa-cam-giang.xlsx") and put their name in the title rows
 * ("UBND XÃ THẠNH ĐỨC"). Names are compared with spaces removed, and the longest name found wins;
 * two different units with names of that length found means "cannot tell".
 */

function squash(text: string): string {
  return foldForMatch(text).replace(/ /g, '');
}

/**
 * @param file the file's name as picked, with its folder when known ("td/Bao cao.xlsx")
 * @param titleText the text of the file's title rows (never its data rows: a channel named like a
 *   unit, "Đài Truyền thanh huyện", must not make a commune's file the radio station's)
 * @returns the unit code, or null when nothing names exactly one unit
 */
export function recogniseUnit(plan: Plan, file: string, titleText: readonly string[]): string | null {
  const names = plan.units.flatMap((u) => [u.name, ...u.aliases].map((n) => ({ code: u.code, key: squash(n) }))).filter((n) => n.key.length >= 4);
  // A district agency's title often drops the level word: "UBND HUYỆN GÒ DẦU / ĐÀI TRUYỀN THANH".
  const level = placeWords(plan)[0]?.level.replace(/ /g, '');
  const shortNames =
    level === undefined
      ? []
      : names.filter((n) => n.key.endsWith(level) && n.key.length - level.length >= 8).map((n) => ({ code: n.code, key: n.key.slice(0, -level.length) }));
  const searchIn = (list: readonly { code: string; key: string }[], haystack: string): string | null => {
    const hits = list.filter((n) => haystack.includes(n.key));
    const longest = Math.max(0, ...hits.map((h) => h.key.length));
    const codes = new Set(hits.filter((h) => h.key.length === longest).map((h) => h.code));
    return codes.size === 1 ? ([...codes][0] ?? null) : null;
  };
  const search = (haystack: string): string | null => searchIn(names, haystack) ?? searchIn(shortNames, haystack);
  const parts = file.split(/[\\/]/);
  const name = parts.pop() ?? file;
  // Excel's lock file beside an open workbook ("~$Thanh Duc.xlsx") is nobody's report.
  if (name.startsWith('~$')) return null;
  const fromName = search(squash(name.replace(/\.[^.]+$/, '')));
  if (fromName) return fromName;
  const fromTitles = search(squash(titleText.join(' ')));
  if (fromTitles) return fromTitles;
  // Folders nearest the file first: "don-vi/thanh-duc/bao-cao.xlsx".
  for (const folder of parts.reverse()) {
    const found = search(squash(folder));
    if (found) return found;
  }
  return null;
}
