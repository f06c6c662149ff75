import { levelName } from '../../../core/plan/levelCatalogue';
import type { IsoDate, Plan, Unit, UnitLevel } from '../../../core/plan/types';

/** Pure helpers that turn a plan into what the Kế hoạch section shows; tested without React. */

/** 2018-06-06 → 06/06/2018, the order both Vietnamese and British readers expect. */
export function formatIsoDate(date: IsoDate): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : date;
}

export interface UnitGroup {
  readonly level: UnitLevel;
  /** The level's name as the plan writes it ("Xã/thị trấn", "Ấp, khu phố"). */
  readonly name: string;
  readonly units: readonly Unit[];
}

/** Units grouped by level, in the plan's level order (then levels only units name); empty levels are left out. */
export function unitsByLevel(plan: Plan): UnitGroup[] {
  const codes = [...new Set([...plan.levels.map((level) => level.code), ...plan.units.map((unit) => unit.level)])];
  return codes
    .map((level) => ({ level, name: levelName(plan, level), units: plan.units.filter((unit) => unit.level === level) }))
    .filter((group) => group.units.length > 0);
}

/** Level codes → the plan's names for them, comma-separated ("Bộ phận một cửa, Xã/thị trấn"). */
export function levelNames(plan: Plan, codes: readonly UnitLevel[]): string {
  return codes.map((code) => levelName(plan, code)).join(', ');
}

/** Channel codes → their short names, in the order given; unknown codes stay visible as codes. */
export function channelNames(plan: Plan, codes: readonly string[]): string {
  return codes.map((code) => plan.channels.find((channel) => channel.code === code)?.shortName ?? code).join(', ');
}

/** A unit code → its name; reporting duties name recipients outside the plan as plain text. */
export function unitName(plan: Plan, codeOrName: string): string {
  return plan.units.find((unit) => unit.code === codeOrName)?.name ?? codeOrName;
}
