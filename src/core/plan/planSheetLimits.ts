import { achievedFormula } from '../template/progressSheet';
import { exactKey } from '../text/exactKey';
import { foldForMatch } from '../text/fold';
import type { CountedTarget, Plan } from './types';

/**
 * Limits a plan sheet is checked against, beyond its shape: numbers a plan can really hold, and
 * names and formulas that Excel will accept in the workbooks made from the plan.
 */

/** A plan's year: "20188" and "999" are typing slips, not plans. */
export const PLAN_YEAR = { min: 2000, max: 2100 } as const;

/**
 * A target's minimum: a whole count of outputs. 100,000 is far above any propaganda plan (116/KH
 * asks for 3 to 20) and keeps 1e308 out of sums and charts.
 */
export const TARGET_MINIMUM = { min: 0, max: 100_000 } as const;

/**
 * A minimum in đồng ("Đo bằng: Số tiền"): up to 1,000 tỷ đồng, far above a propaganda budget and
 * well inside the 2^53 đồng amounts are held exactly to (records/amount.ts).
 */
export const TARGET_AMOUNT = { min: 0, max: 1_000_000_000_000 } as const;

/**
 * Excel refuses a text literal longer than 255 characters in a formula ("Text values in formulas
 * are limited to 255 characters", Microsoft Support: Excel specifications and limits). Channel,
 * form, unit and funding source names and standing item codes are written as literals in the
 * progress formulas (src/core/template/progressSheet.ts).
 */
export const FORMULA_TEXT_MAX = 255;

/** "Length of formula contents: 8,192 characters" (Excel specifications and limits). */
export const FORMULA_LENGTH_MAX = 8192;

/** A name or alias as written in the sheet: its text, its cell, and the code of what it names. */
export interface NameCell {
  readonly text: string;
  readonly at: string;
  readonly owner: string;
}

/** A name written twice, exactly, for two entries: the second one, pointing back at the first. */
export interface DuplicateName {
  readonly name: string;
  readonly at: string;
  readonly first: string;
}

/**
 * Names that are exactly the same text (case and diacritics included). Names equal only once
 * folded ("Thạnh Đức" and "Thanh Đức", two real communes) are allowed: they are different names.
 */
export function duplicateNames(names: readonly NameCell[]): DuplicateName[] {
  const seen = new Map<string, string>();
  const found: DuplicateName[] = [];
  for (const name of names) {
    if (name.text === '') continue;
    const first = seen.get(name.text);
    if (first === undefined) seen.set(name.text, name.at);
    else found.push({ name: name.text, at: name.at, first });
  }
  return found;
}

/** An alias that reads the same as another entry's code, name or alias. */
export interface ShadowingAlias {
  readonly alias: string;
  readonly at: string;
  readonly other: string;
  readonly otherCell: string;
}

/**
 * Aliases that shadow another entry: lookups find exact text first, then folded text only when it
 * is unambiguous (src/core/plan/planLookup.ts). An alias written exactly as another entry's code,
 * name or alias (case and tone placement aside, core/text/exactKey), or written without tone marks
 * as a shortcut ("xa thanh duc" for Xã Thạnh Đức) so that it could be either, makes text in the
 * trackers ambiguous or quietly sends it to the wrong unit. Aliases that differ by a tone mark
 * ("Thạnh Đức", "Thanh Đức") are different names and both stand; so does a markless alias written
 * exactly as words of its own entry's name ("Long Hoa" of Ấp Long Hoa beside "Long Hòa" of Ấp Long
 * Hòa: the place's real name, not a shortcut; tester, issue 13). `ownNames`: each owner's name.
 */
export function shadowingAliases(
  aliases: readonly NameCell[],
  names: readonly NameCell[],
  ownNames: ReadonlyMap<string, string> = new Map(),
): ShadowingAlias[] {
  const index = (list: readonly NameCell[]): Map<string, { cell: NameCell; at: number }[]> => {
    const map = new Map<string, { cell: NameCell; at: number }[]>();
    list.forEach((cell, at) => {
      const key = foldForMatch(cell.text);
      if (key !== '') map.set(key, [...(map.get(key) ?? []), { cell, at }]);
    });
    return map;
  };
  const byName = index(names);
  const byAlias = index(aliases);
  return aliases.flatMap((alias, at) => {
    const key = foldForMatch(alias.text);
    const shortcut = (cell: NameCell): boolean => isUnmarked(cell.text) && !wordsOf(ownNames.get(cell.owner) ?? '', cell.text);
    const clash = (n: { cell: NameCell }): boolean => shortcut(alias) || shortcut(n.cell) || sameText(n.cell.text, alias.text);
    // Two aliases alike are one problem, told once: at the later one, pointing at the earlier.
    const other =
      byName.get(key)?.find((n) => n.cell.owner !== alias.owner && clash(n))?.cell ??
      byAlias.get(key)?.find((n) => n.cell.owner !== alias.owner && n.at < at && clash(n))?.cell;
    return other ? [{ alias: alias.text, at: alias.at, other: other.text, otherCell: other.at }] : [];
  });
}

/** Whether `part` is whole words of `name`, exactly as written (case and tone placement aside). */
function wordsOf(name: string, part: string): boolean {
  const key = exactKey(part);
  return key !== '' && ` ${exactKey(name)} `.includes(` ${key} `);
}

/** Text that carries no Vietnamese letter marks at all ("xa thanh duc", "TTDT"): it cannot tell "Thạnh" from "Thanh". */
function isUnmarked(text: string): boolean {
  return !/[\u0300-\u036f]|[đĐ]/u.test(text.normalize('NFD'));
}

const sameText = (a: string, b: string): boolean => exactKey(a) === exactKey(b);

/** The longest progress formula a target gets, and its length in characters (with the "="). */
export interface LongFormula {
  readonly target: CountedTarget;
  readonly length: number;
}

/**
 * Targets whose progress formula would be longer than Excel accepts. The formula adds one
 * COUNTIFS per channel and form pair (formulas.ts), and the district workbook's unit-by-target
 * table adds the unit's name, so the longest is the one for the unit with the longest name.
 */
export function longFormulas(plan: Plan): LongFormula[] {
  const longestUnit = [...plan.units].sort((a, b) => b.name.length - a.name.length)[0];
  const lengthOf = (target: CountedTarget): number =>
    Math.max(achievedFormula(plan, target).length, longestUnit ? achievedFormula(plan, target, longestUnit).length : 0);
  return plan.targets.flatMap((target) => {
    const pairs = target.channels.length * Math.max(1, target.forms.length);
    // A sheet naming hundreds of channels and forms would build a formula of megabytes just to
    // measure it: past SMALL pairs, the shortest pair's term times the pairs is length enough.
    const length = pairs <= SMALL ? lengthOf(target) : pairs * shortestTerm(target, lengthOf);
    return length > FORMULA_LENGTH_MAX ? [{ target, length }] : [];
  });
}

const SMALL = 256;

function shortestTerm(target: CountedTarget, lengthOf: (target: CountedTarget) => number): number {
  const first = { ...target, channels: target.channels.slice(0, 1), forms: target.forms.slice(0, 1) };
  return lengthOf(first) - 1;
}
