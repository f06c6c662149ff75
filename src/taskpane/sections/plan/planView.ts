import { UNIT_LEVELS, type IsoDate, type Plan, type Unit, type UnitLevel } from '../../../core/plan/types';

/** Pure helpers that turn a plan into what the Kế hoạch section shows; tested without React. */

/** 2018-06-06 → 06/06/2018, the order both Vietnamese and British readers expect. */
export function formatIsoDate(date: IsoDate): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : date;
}

export interface UnitGroup {
  readonly level: UnitLevel;
  readonly units: readonly Unit[];
}

/** Units grouped by level, in the model's level order; empty levels are left out. */
export function unitsByLevel(plan: Plan): UnitGroup[] {
  return UNIT_LEVELS.map((level) => ({ level, units: plan.units.filter((unit) => unit.level === level) })).filter((group) => group.units.length > 0);
}

/** Channel codes → their short names, in the order given; unknown codes stay visible as codes. */
export function channelNames(plan: Plan, codes: readonly string[]): string {
  return codes.map((code) => plan.channels.find((channel) => channel.code === code)?.shortName ?? code).join(', ');
}

/** A unit code → its name; reporting duties name recipients outside the plan as plain text. */
export function unitName(plan: Plan, codeOrName: string): string {
  return plan.units.find((unit) => unit.code === codeOrName)?.name ?? codeOrName;
}
