import type { Plan } from '../plan/types';
import { exactKey } from '../text/exactKey';
import { foldForMatch } from '../text/fold';
import { placeWords } from '../reader/labels';

/**
 * Which unit sent a file that has no stamp: an office's own tracker. Offices name files after
 * themselves ("ThanhDuc_2018.xlsx", "xa-cam-giang.xlsx") and put their name in the title rows
 * ("UBND XÃ THẠNH ĐỨC"). Names are compared with spaces removed, and the longest name found wins;
 * two different units with names of that length found means "cannot tell" — unless the text
 * carries its tone marks and names exactly one of them ("Xã Tân Thạnh.xlsx" beside the plan's "Xã
 * Tân Thành": two communes, as names are unique by exact text and folded only when unambiguous).
 * Failing names, the plan's unit codes: a folder named by one, or a word of the file's name.
 */

function squash(text: string): string {
  return foldForMatch(text).replace(/ /g, '');
}

/** Case aside, marks kept: the key under which names a tone mark apart stay apart. */
function squashExact(text: string): string {
  return exactKey(text).replace(/ /g, '');
}

/**
 * @param file the file's name as picked, with its folder when known ("td/Bao cao.xlsx")
 * @param titleText the text of the file's title rows (never its data rows: a channel named like a
 *   unit, "Đài Truyền thanh huyện", must not make a commune's file the radio station's)
 * @returns the unit code, or null when nothing names exactly one unit
 */
export function recogniseUnit(plan: Plan, file: string, titleText: readonly string[]): string | null {
  const names = plan.units
    .flatMap((u) => [u.name, ...u.aliases].map((n) => ({ code: u.code, key: squash(n), exact: squashExact(n) })))
    .filter((n) => n.key.length >= 4);
  // A district agency's title often drops the level word: "UBND HUYỆN GÒ DẦU / ĐÀI TRUYỀN THANH".
  const level = placeWords(plan)[0]?.level.replace(/ /g, '');
  const shortNames =
    level === undefined
      ? []
      : names
          .filter((n) => n.key.endsWith(level) && n.key.length - level.length >= 8)
          .map((n) => ({ code: n.code, key: n.key.slice(0, -level.length), exact: '' }));
  const searchIn = (list: readonly { code: string; key: string; exact: string }[], text: string): string | null => {
    const haystack = squash(text);
    const hits = list.filter((n) => haystack.includes(n.key));
    const longest = Math.max(0, ...hits.map((h) => h.key.length));
    const best = hits.filter((h) => h.key.length === longest);
    const codes = new Set(best.map((h) => h.code));
    if (codes.size === 1) return [...codes][0] ?? null;
    const exactly = new Set(best.filter((h) => h.exact !== '' && squashExact(text).includes(h.exact)).map((h) => h.code));
    return exactly.size === 1 ? ([...exactly][0] ?? null) : null;
  };
  const search = (text: string): string | null => searchIn(names, text) ?? searchIn(shortNames, text);
  const parts = file.split(/[\\/]/);
  const name = parts.pop() ?? file;
  // Excel's lock file beside an open workbook ("~$Thanh Duc.xlsx") is nobody's report.
  if (name.startsWith('~$')) return null;
  const fromName = search(name.replace(/\.[^.]+$/, ''));
  if (fromName) return fromName;
  const fromTitles = search(titleText.join(' '));
  if (fromTitles) return fromTitles;
  // Folders nearest the file first: "don-vi/thanh-duc/bao-cao.xlsx".
  const folders = parts.reverse();
  for (const folder of folders) {
    const found = search(folder);
    if (found) return found;
  }
  // Last, the plan's own unit codes, as offices sort mail into them: a folder named exactly "XTD", or a
  // file named "DTT_CCHC_2018.xlsx" (a word of three letters or more; shorter ones are too common).
  const byCode = new Map(plan.units.map((u) => [u.code.toLocaleUpperCase('vi'), u.code]));
  for (const folder of folders) {
    const found = byCode.get(folder.trim().toLocaleUpperCase('vi'));
    if (found) return found;
  }
  const words = name
    .replace(/\.[^.]+$/, '')
    .split(/[\s_\-.()]+/u)
    .filter((word) => word.length >= 3);
  const coded = new Set(words.flatMap((word) => byCode.get(word.toLocaleUpperCase('vi')) ?? []));
  return coded.size === 1 ? ([...coded][0] ?? null) : null;
}
