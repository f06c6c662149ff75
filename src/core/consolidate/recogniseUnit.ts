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

type Name = { readonly code: string; readonly key: string; readonly exact: string };

/** The plan's unit names (and the agencies' short names without the level word), squashed, for searching a file's texts. */
function unitNames(plan: Plan): { readonly names: readonly Name[]; readonly shortNames: readonly Name[] } {
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
  return { names, shortNames };
}

/**
 * The units whose names a text holds at the greatest length: one code is the unit; two or more are
 * names alike once folded ("ẤP THANH HOA": Ấp Thanh Hòa and Ấp Thạnh Hòa), narrowed to the one the
 * text names with its tone marks when it carries them. Capitals and missing tone marks do not matter
 * when only one unit's name fits (fund13 defect 3).
 */
function tiedUnits(list: readonly Name[], text: string): string[] {
  const haystack = squash(text);
  const hits = list.filter((n) => haystack.includes(n.key));
  const longest = Math.max(0, ...hits.map((h) => h.key.length));
  const codes = [...new Set(hits.filter((h) => h.key.length === longest).map((h) => h.code))];
  if (codes.length <= 1) return codes;
  const exactly = new Set(hits.filter((h) => h.key.length === longest && h.exact !== '' && squashExact(text).includes(h.exact)).map((h) => h.code));
  return exactly.size === 1 ? [...exactly] : codes;
}

/** The texts a file's unit is looked for in, in order: its name, its title rows, its folders nearest first. */
function unitTexts(
  file: string,
  titleText: readonly string[],
): { readonly name: string; readonly folders: readonly string[]; readonly texts: readonly string[] } {
  const parts = file.split(/[\\/]/);
  const name = parts.pop() ?? file;
  const folders = parts.reverse();
  return { name, folders, texts: [name.replace(/\.[^.]+$/, ''), titleText.join(' '), ...folders] };
}

/**
 * The units a file that names no one unit might be from: the units tied at the first of its texts
 * (name, title rows, folders) that names any, when that is two or more ("ẤP THANH HOA.xlsx" beside Ấp
 * Thanh Hòa and Ấp Thạnh Hòa), for the message that names them and the `--unit-of` line to copy.
 * Empty when recogniseUnit finds the unit, or when nothing names any unit.
 * @returns unit codes in plan order
 */
export function unitCandidates(plan: Plan, file: string, titleText: readonly string[]): string[] {
  if (recogniseUnit(plan, file, titleText) !== null) return [];
  const { names, shortNames } = unitNames(plan);
  const { name, texts } = unitTexts(file, titleText);
  if (name.startsWith('~$')) return [];
  for (const text of texts) {
    const tied = tiedUnits(names, text);
    const found = tied.length > 0 ? tied : tiedUnits(shortNames, text);
    if (found.length > 1) return plan.units.map((u) => u.code).filter((code) => found.includes(code));
    if (found.length === 1) return [];
  }
  return [];
}

/**
 * @param file the file's name as picked, with its folder when known ("td/Bao cao.xlsx")
 * @param titleText the text of the file's title rows (never its data rows: a channel named like a
 *   unit, "Đài Truyền thanh huyện", must not make a commune's file the radio station's)
 * @returns the unit code, or null when nothing names exactly one unit
 */
export function recogniseUnit(plan: Plan, file: string, titleText: readonly string[]): string | null {
  const { names, shortNames } = unitNames(plan);
  const one = (list: readonly Name[], text: string): string | null => {
    const tied = tiedUnits(list, text);
    return tied.length === 1 ? (tied[0] ?? null) : null;
  };
  const search = (text: string): string | null => one(names, text) ?? one(shortNames, text);
  const { name, folders } = unitTexts(file, titleText);
  // Excel's lock file beside an open workbook ("~$Thanh Duc.xlsx") is nobody's report.
  if (name.startsWith('~$')) return null;
  const fromName = search(name.replace(/\.[^.]+$/, ''));
  if (fromName) return fromName;
  const fromTitles = search(titleText.join(' '));
  if (fromTitles) return fromTitles;
  // Folders nearest the file first: "don-vi/thanh-duc/bao-cao.xlsx".
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
