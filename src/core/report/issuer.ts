import { t } from '../i18n/format';
import type { Language, MessageKey } from '../i18n/messages';
import type { Plan, Unit } from '../plan/types';

/**
 * Who issues a report and how it is headed, dated and signed (Nghị định 30/2020/NĐ-CP, appendix I).
 *
 * Until the plan carries these facts as data, they are derived here, in one place, from the unit's
 * name and level; when the plan gains them, only `issuerFacts` has to read them instead.
 */
export interface IssuerFacts {
  /** The body above the issuer, upright capitals; null where the decree writes none (UBND xã, UBND huyện's own name). */
  readonly superior: string | null;
  /** The issuing body's name as the header prints it (bold capitals), one entry per line. */
  readonly bodyLines: readonly string[];
  /** The issuing body as prose names it ("UBND xã Thạnh Đức", "Phòng Nội vụ"). */
  readonly prose: string;
  /** The issuer's symbol after "BC-" in the document number ("UBND", "PNV"). */
  readonly symbol: string;
  /** Where the issuer sits, for the place-and-date line ("Thạnh Đức", "Gò Dầu"). */
  readonly place: string;
  readonly signer: SignerBlock;
  /** "Nơi nhận" items in order, the last one being the file copy ("Lưu: VT"). */
  readonly recipients: readonly string[];
}

/**
 * The signature block, top to bottom: "TM. ỦY BAN NHÂN DÂN" for a committee (collective body),
 * "KT. CHỦ TỊCH" when a deputy signs, then the signer's own title, room to sign, the name.
 */
export interface SignerBlock {
  /** "TM. ỦY BAN NHÂN DÂN"; null for a body headed by one person (a Phòng). */
  readonly onBehalf: string | null;
  /** "KT. CHỦ TỊCH" / "KT. TRƯỞNG PHÒNG" when a deputy signs; null when the head signs. */
  readonly deputyFor: string | null;
  /** The signer's own title: "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "TRƯỞNG PHÒNG"... */
  readonly title: string;
  /** Blank when the plan does not know it: the office types it in. */
  readonly name: string;
}

export interface IssuerOptions {
  /** A deputy signs ("KT."): Phó Chủ tịch, Phó Trưởng phòng... */
  readonly deputy?: boolean;
  /** Overrides the signer's title and name (the plan's signer is used for the plan's issuer). */
  readonly signer?: { readonly title: string; readonly name: string };
}

/** Whose facts: a unit reporting on its own work, or the district report. */
export type IssuerOf = { readonly kind: 'unit'; readonly unit: Unit } | { readonly kind: 'district'; readonly issuer?: Unit };

/** A committee (UBND) signs on behalf of the collective: "TM. ỦY BAN NHÂN DÂN" (Nghị định 30/2020, appendix I, mục II.8). */
const COMMITTEE = /^(ubnd|ủy ban nhân dân|uỷ ban nhân dân|people's committee)\s/iu;

/** The head's title by the first word(s) of an agency's name; none matched → "THỦ TRƯỞNG ĐƠN VỊ". */
const HEADS: readonly (readonly [RegExp, MessageKey, MessageKey])[] = [
  [/^phòng\s/iu, 'report.signer.head.phong', 'report.signer.deputy.phong'],
  [/^văn phòng\s/iu, 'report.signer.head.vanPhong', 'report.signer.deputy.vanPhong'],
  [/^(trung tâm|sở)\s/iu, 'report.signer.head.giamDoc', 'report.signer.deputy.giamDoc'],
  [/^đài\s/iu, 'report.signer.head.dai', 'report.signer.deputy.dai'],
];

/** "Xã Thạnh Đức" → "Thạnh Đức", "Thị trấn Gò Dầu" → "Gò Dầu": a commune's place name. */
const COMMUNE_LEVEL = /^(xã|thị trấn|phường|commune|town|ward)\s+/iu;

/**
 * The issuer's facts for a report:
 * - a commune's report: "ỦY BAN NHÂN DÂN" over "XÃ THẠNH ĐỨC" (no superior), dated at the commune,
 *   signed "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH" (or "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"), sent to the unit
 *   that consolidates (the plan's reporting duty, Phòng Nội vụ in 116/KH-UBND) with "Lưu: VT";
 * - a district agency's: the plan's issuer (upright) over the agency (bold), signed by its head,
 *   same recipients;
 * - the district report: from the unit holding the reporting duty (as an agency), or from the
 *   plan's issuer under its superior with the plan's signer; recipients from the plan.
 */
export function issuerFacts(plan: Plan, of: IssuerOf, language: Language, options: IssuerOptions = {}): IssuerFacts {
  const unit = of.kind === 'unit' ? of.unit : (of.issuer ?? dutyHolder(plan));
  const recipients = of.kind === 'district' ? plan.reportRecipients : unitRecipients(plan, unit, language);
  const facts = unit === undefined ? planIssuer(plan, language, options) : unitIssuer(plan, unit, language, options);
  return { ...facts, recipients };
}

/** The unit the plan gives the duty to report (Phòng Nội vụ in 116/KH-UBND), if the plan names one. */
export function dutyHolder(plan: Plan): Unit | undefined {
  const code = plan.reportingDuties[0]?.from;
  return plan.units.find((u) => u.code === code);
}

type Body = Omit<IssuerFacts, 'recipients'>;

function unitRecipients(plan: Plan, unit: Unit | undefined, language: Language): string[] {
  const consolidator = dutyHolder(plan);
  const to = consolidator === undefined || consolidator.code === unit?.code ? plan.identity.issuer : consolidator.name;
  return [to, t('report.recipients.file', {}, language)];
}

function planIssuer(plan: Plan, language: Language, options: IssuerOptions): Body {
  const signer = options.signer ?? plan.signer;
  const prose = plan.identity.issuer;
  return {
    superior: plan.identity.superior.trim() === '' ? null : upper(plan.identity.superior),
    bodyLines: [upper(prose)],
    prose,
    symbol: planSymbol(plan),
    place: plan.identity.place,
    signer: signerBlock(COMMITTEE.test(prose), signer.title, signer.title, signer.name, language, options),
  };
}

function unitIssuer(plan: Plan, unit: Unit, language: Language, options: IssuerOptions): Body {
  if (unit.level === 'commune') {
    const place = unit.name.replace(COMMUNE_LEVEL, '').trim();
    const name = t('report.commune.body', { name: lowerFirst(unit.name) }, language);
    const head = t('report.signer.commune', {}, language);
    const deputy = t('report.signer.communeDeputy', {}, language);
    return {
      superior: null,
      bodyLines: [t('report.commune.header', {}, language), upper(unit.name)],
      prose: name,
      symbol: 'UBND',
      place: place === '' ? plan.identity.place : place,
      signer: signerBlock(true, options.signer?.title ?? head, deputy, options.signer?.name ?? '', language, options),
    };
  }
  const keys = HEADS.find(([pattern]) => pattern.test(unit.name));
  const head = options.signer?.title ?? t(keys?.[1] ?? 'report.signer.agency', {}, language);
  const deputy = t(keys?.[2] ?? 'report.signer.agencyDeputy', {}, language);
  return {
    superior: upper(plan.identity.issuer),
    bodyLines: [upper(unit.name)],
    prose: unit.name,
    symbol: unit.code,
    place: plan.identity.place,
    signer: signerBlock(false, head, deputy, options.signer?.name ?? '', language, options),
  };
}

function signerBlock(committee: boolean, head: string, deputy: string, name: string, language: Language, options: IssuerOptions): SignerBlock {
  const onBehalf = committee ? t('report.signer.onBehalf', {}, language) : null;
  if (options.deputy === true) return { onBehalf, deputyFor: t('report.signer.deputyFor', { head: upper(head) }, language), title: upper(deputy), name };
  return { onBehalf, deputyFor: null, title: upper(head), name };
}

/** "116/KH-UBND" → "UBND": the issuer's symbol as the plan's own number writes it. */
function planSymbol(plan: Plan): string {
  const match = /-([^-/\s]+)\s*$/.exec(plan.identity.number);
  return match?.[1] ?? 'UBND';
}

/** "Xã Thạnh Đức" → "xã Thạnh Đức"; leaves acronyms ("UBND …") alone. */
export function lowerFirst(text: string): string {
  const [first = '', second = ''] = [...text];
  if (second !== '' && second === second.toUpperCase() && second !== second.toLowerCase()) return text;
  return first.toLowerCase() + text.slice(first.length);
}

/**
 * A unit's name inside a sentence: the level word of a commune is lower case ("xã Thạnh Đức",
 * "thị trấn Gò Dầu"), every other name keeps its capital ("Bộ phận tiếp nhận …", "Phòng Nội vụ").
 */
export function unitInProse(name: string): string {
  return COMMUNE_LEVEL.test(name) ? lowerFirst(name) : name;
}

/** Upper case as Vietnamese documents print names in a header. */
export function upper(text: string): string {
  return text.toLocaleUpperCase('vi');
}
