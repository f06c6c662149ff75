import { foldForMatch } from '../text/fold';
import type { LevelDefinition, Plan, Unit, UnitLevel } from './types';

/**
 * Levels of unit as plan data, and the words that fill their header and prose templates.
 *
 * Header, prose and place texts follow Nghị định 30/2020/NĐ-CP, appendix I (mục II.3: the issuing
 * body's name under its direct superior, none above a UBND; mục II.8: "TM." for a collective body).
 * Since 1 July 2025 (Luật Tổ chức chính quyền địa phương 2025) there are two levels of local
 * government: a commune's plan has offices and hamlets, a province's has departments and communes.
 */

/** Placeholders a level's texts may hold; each is matched folded, so "{ten}" works too. */
export const LEVEL_PLACEHOLDERS = {
  name: ['{tên}', '{name}'],
  place: ['{địa danh}', '{place}'],
  issuer: ['{cơ quan ban hành}', '{issuer}'],
} as const;

export type LevelPlaceholder = keyof typeof LEVEL_PLACEHOLDERS;

const level = (code: string, name: string, aliases: string[], rest: Partial<LevelDefinition>): LevelDefinition => ({
  code,
  name,
  aliases,
  superior: '{cơ quan ban hành}',
  header: ['{tên}'],
  prose: '{tên}',
  symbol: '',
  place: '',
  signerTitle: '',
  deputyTitle: '',
  onBehalf: '',
  recipients: [],
  ...rest,
});

/** A UBND of a commune, ward or town: "ỦY BAN NHÂN DÂN / XÃ THẠNH ĐỨC", "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH". */
const committee = (code: string, name: string, aliases: string[]): LevelDefinition =>
  level(code, name, aliases, {
    superior: '',
    header: ['ỦY BAN NHÂN DÂN', '{tên}'],
    prose: 'UBND {tên}',
    symbol: 'UBND',
    place: '{địa danh}',
    signerTitle: 'CHỦ TỊCH',
    deputyTitle: 'PHÓ CHỦ TỊCH',
    onBehalf: 'TM. ỦY BAN NHÂN DÂN',
  });

/**
 * The three levels of Kế hoạch 116/KH-UBND (a district's plan, 2018). Agencies and the reception
 * office are headed under UBND huyện and signed by their head, whose title comes from the unit's
 * name (blank signer title); communes and the town head their own reports.
 */
export const DISTRICT_ERA_LEVELS: readonly LevelDefinition[] = [
  level('district-agency', 'Cơ quan huyện', ['Cơ quan cấp huyện', 'District agency'], {}),
  level('reception-office', 'Bộ phận một cửa', ['Bộ phận TN&TKQ', 'Một cửa', 'Reception office'], {}),
  committee('commune', 'Xã/thị trấn', ['Xã', 'Cấp xã', 'Thị trấn', 'Commune']),
];

/**
 * Levels every plan may use without defining them in its sheet: written in a unit's "Cấp" cell,
 * the level joins the plan as defined here. A plan that defines a level of the same code or word
 * uses its own definition.
 */
export const COMMON_LEVELS: readonly LevelDefinition[] = [
  level('agency', 'Cơ quan chuyên môn', ['Phòng chuyên môn', 'Cơ quan chuyên môn thuộc UBND', 'Văn phòng HĐND và UBND', 'Specialised agency'], {}),
  level('public-service-unit', 'Đơn vị sự nghiệp', ['Đơn vị sự nghiệp công lập', 'Public service unit'], {}),
  committee('commune-2025', 'UBND xã, phường, đặc khu', ['Xã', 'Cấp xã', 'Phường', 'Đặc khu', 'UBND xã', 'UBND phường', 'Xã, phường']),
  level('hamlet', 'Ấp, khu phố', ['Ấp', 'Khu phố', 'Thôn', 'Tổ dân phố', 'Ấp/khu phố', 'Hamlet'], {}),
  level('service-centre', 'Trung tâm Phục vụ hành chính công', ['Trung tâm PVHCC', 'Trung tâm phục vụ HCC', 'Public service centre'], {
    signerTitle: 'GIÁM ĐỐC',
    deputyTitle: 'PHÓ GIÁM ĐỐC',
  }),
  level('department', 'Sở, ban, ngành', ['Sở', 'Ban', 'Ngành', 'Sở ngành', 'Department'], {}),
];

/** Words a hamlet's or quarter's name starts with ("Ấp Bến Mương", "Khu phố 3"): the hamlet level's. */
export const HAMLET_WORDS: readonly string[] = COMMON_LEVELS.find((l) => l.code === 'hamlet')?.aliases.filter((a) => a !== 'Hamlet' && !a.includes('/')) ?? [];

/** Every word a level answers to, folded: its code, name and aliases. */
export function levelKeys(definition: LevelDefinition): string[] {
  return [definition.code, definition.name, ...definition.aliases].map(foldForMatch).filter((k) => k !== '');
}

/**
 * The level a cell's word names: the plan's own levels first, then the common ones (a common level
 * whose code the plan already defines resolves to the plan's). Undefined when none answers.
 */
export function findLevel(defined: readonly LevelDefinition[], word: string): LevelDefinition | undefined {
  const key = foldForMatch(word);
  if (key === '') return undefined;
  const own = defined.find((d) => levelKeys(d).includes(key));
  if (own) return own;
  const common = COMMON_LEVELS.find((d) => levelKeys(d).includes(key));
  return common && (defined.find((d) => d.code === common.code) ?? common);
}

/** The plan's definition of a level code; an unknown code (a plan built in code) reads as an agency. */
export function levelOf(plan: Plan, code: UnitLevel): LevelDefinition {
  return plan.levels.find((d) => d.code === code) ?? COMMON_LEVELS.find((d) => d.code === code) ?? level(code, code, [], {});
}

/** A level's name as lists and dropdowns show it ("Xã/thị trấn"). */
export function levelName(plan: Plan, code: UnitLevel): string {
  return levelOf(plan, code).name;
}

/**
 * The unit's place name: its name without the level word it starts with ("Xã Thạnh Đức" →
 * "Thạnh Đức", by the level's aliases "Xã", "Thị trấn"); the whole name when none prefixes it.
 */
export function unitPlace(definition: LevelDefinition, unit: Pick<Unit, 'name'>): string {
  const words = [definition.name, ...definition.aliases].filter((w) => w.trim() !== '').sort((a, b) => b.length - a.length);
  const lower = unit.name.toLocaleLowerCase('vi');
  const prefix = words.find((w) => lower.startsWith(`${w.toLocaleLowerCase('vi')} `));
  return prefix === undefined ? unit.name : unit.name.slice(prefix.length).trim();
}

/** Placeholders in a text that are not one of LEVEL_PLACEHOLDERS ("{ten don vi}"), as written. */
export function unknownPlaceholders(template: string): string[] {
  const known = new Set(Object.values(LEVEL_PLACEHOLDERS).flatMap((spellings) => spellings.map(foldForMatch)));
  return [...template.matchAll(/\{[^{}]*\}/gu)].map((m) => m[0]).filter((p) => !known.has(foldForMatch(p)));
}

/**
 * Fills a level's template. The unit's name keeps its capital only where it starts the text
 * ("{tên}" → "Phòng Nội vụ"); inside running text its level word is lower case ("UBND {tên}" →
 * "UBND xã Thạnh Đức"), as Vietnamese administrative prose writes it.
 */
export function fillLevelText(template: string, values: Readonly<Record<LevelPlaceholder, string>>, lowerInside: (text: string) => string): string {
  return template.replace(/\{[^{}]*\}/gu, (found, offset: number) => {
    const key = foldForMatch(found);
    const which = (Object.keys(LEVEL_PLACEHOLDERS) as LevelPlaceholder[]).find((k) => LEVEL_PLACEHOLDERS[k].some((s) => foldForMatch(s) === key));
    if (which === undefined) return found;
    const value = values[which];
    return which === 'name' && offset > 0 ? lowerInside(value) : value;
  });
}
