import { t } from '../i18n/format';
import type { Language, MessageKey } from '../i18n/messages';
import { COMMON_LEVELS, fillLevelText, levelOf, unitPlace } from '../plan/levelCatalogue';
import { reportingBody } from '../plan/reportingBody';
import type { Plan, Unit } from '../plan/types';
import { foldForMatch } from '../text/fold';

/**
 * Who issues a report and how it is headed, dated and signed (Nghị định 30/2020/NĐ-CP, appendix I).
 *
 * Decided here, in one place, from the plan's data: its levels (`Plan.levels`), its reporting body
 * and its signer; only a level that leaves its signer's title blank falls back to the unit's name.
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

/** Whose facts: a unit reporting on its own work, or the plan-wide (consolidated) report. */
export type IssuerOf = { readonly kind: 'unit'; readonly unit: Unit } | { readonly kind: 'district'; readonly issuer?: Unit };

/** A committee (UBND) signs on behalf of the collective: "TM. ỦY BAN NHÂN DÂN" (Nghị định 30/2020, appendix I, mục II.8). */
const COMMITTEE = /^(ubnd|ủy ban nhân dân|uỷ ban nhân dân|people's committee)\s/iu;

/**
 * The head's title by the first word(s) of a unit's name, for a level that leaves its signer's
 * title blank (agencies of different kinds share one level); none matched → "THỦ TRƯỞNG ĐƠN VỊ".
 */
const HEADS: readonly (readonly [RegExp, MessageKey, MessageKey])[] = [
  [/^phòng\s/iu, 'report.signer.head.phong', 'report.signer.deputy.phong'],
  [/^văn phòng\s/iu, 'report.signer.head.vanPhong', 'report.signer.deputy.vanPhong'],
  [/^(trung tâm|sở)\s/iu, 'report.signer.head.giamDoc', 'report.signer.deputy.giamDoc'],
  [/^đài\s/iu, 'report.signer.head.dai', 'report.signer.deputy.dai'],
  [/^ban\s/iu, 'report.signer.head.ban', 'report.signer.deputy.ban'],
  [/^(ấp|thôn)\s/iu, 'report.signer.head.hamlet', 'report.signer.deputy.hamlet'],
  [/^(khu phố|tổ dân phố)\s/iu, 'report.signer.head.quarter', 'report.signer.deputy.quarter'],
];

/**
 * The issuer's facts for a report, from the plan's data (Nghị định 30/2020, appendix I):
 * - a unit's report: headed, dated and signed as its level says, its own recipients, place and
 *   signer (`Unit.reportFacts`, the units section's cells) winning over its level's (`Plan.levels`: "ỦY BAN NHÂN DÂN /
 *   XÃ THẠNH ĐỨC", "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH" for a commune; "UBND HUYỆN GÒ DẦU / PHÒNG NỘI
 *   VỤ" signed by its head for an agency; "UBND XÃ … / ẤP …" signed "TRƯỞNG ẤP" for a hamlet), sent
 *   to its level's recipients or else the plan's reporting body, with "Lưu: VT";
 * - the consolidated report: from the plan's "Cơ quan ban hành báo cáo tổng hợp" (`Plan.reportIssuer`:
 *   the plan's issuer, or a unit) when it names one — the office that consolidates still drafts it —
 *   else from the plan's reporting body (`Plan.reportingBody`, Phòng Nội vụ in 116/KH-UBND) as a unit
 *   of its level, else from the plan's issuer under its superior with the plan's signer; recipients
 *   from the plan.
 * `of.issuer` overrides both (the pane's or the CLI's choice).
 */
export function issuerFacts(plan: Plan, of: IssuerOf, language: Language, options: IssuerOptions = {}): IssuerFacts {
  const unit = of.kind === 'unit' ? of.unit : (of.issuer ?? consolidatedReportIssuer(plan));
  const facts = unit === undefined ? planIssuer(plan, language, options) : withPlanSigner(plan, of, unitIssuer(plan, unit, language, options), options);
  const recipients = of.kind === 'district' ? consolidatedRecipients(plan, unit) : unitRecipients(plan, unit, language);
  return { ...facts, recipients };
}

/**
 * "Nơi nhận" of the consolidated report: the plan's list, with each body the reporting body's duties
 * send it to ("Gửi đến") that the list lacks, before "Lưu" (try13n D3: a province plan whose duty goes to
 * UBND tỉnh and whose list named only the Sở); never the issuing body itself.
 */
function consolidatedRecipients(plan: Plan, issuer: Unit | undefined): string[] {
  const key = (text: string): string => foldForMatch(text.replace(/^[-–•\s]+|[;.]+$/gu, ''));
  const listed = new Set(plan.reportRecipients.map(key));
  const self = new Set([key(issuer?.name ?? plan.identity.issuer), ...(issuer === undefined ? [] : issuer.aliases.map(key))]);
  const body = reportingBody(plan);
  const owed = plan.reportingDuties
    .filter((d) => d.from === body?.code)
    .flatMap((d) => d.to)
    .filter((to, i, all) => !listed.has(key(to)) && !self.has(key(to)) && all.findIndex((o) => key(o) === key(to)) === i);
  if (owed.length === 0) return [...plan.reportRecipients];
  const file = plan.reportRecipients.findIndex((r) => /^lưu\b/iu.test(r.trim()));
  return file < 0 ? [...plan.reportRecipients, ...owed] : [...plan.reportRecipients.slice(0, file), ...owed, ...plan.reportRecipients.slice(file)];
}

export { reportingBody };

/**
 * The unit that issues the consolidated report; undefined when the plan's own issuer does (UBND xã,
 * phường, tỉnh: Nghị định 30/2020, the office drafts, the committee issues and its Chủ tịch signs).
 * `Plan.reportIssuer` decides when set; absent, the reporting body issues what it drafts (before the
 * field existed, and 116/KH-UBND's Phòng Nội vụ).
 */
export function consolidatedReportIssuer(plan: Plan): Unit | undefined {
  const chosen = plan.reportIssuer;
  if (chosen === undefined) return reportingBody(plan);
  return chosen.kind === 'plan' ? undefined : plan.units.find((u) => u.code === chosen.code);
}

type Body = Omit<IssuerFacts, 'recipients'>;

/**
 * The consolidated report of a reporting body whose own row names no signer: the plan's "Người ký"
 * signs it when the plan's "Chức danh người ký" is the body's head's title (a Sở Nội vụ's GIÁM
 * ĐỐC), the plan's signer being who signs its reports; a name is never put under another title
 * (the plan's CHỦ TỊCH under an office's TRƯỞNG PHÒNG): there the name stays blank for the office
 * to type, and `plan show` says who issues and signs (issue 13, fifth tester, finding 5).
 */
function withPlanSigner(plan: Plan, of: IssuerOf, facts: Body, options: IssuerOptions): Body {
  if (of.kind !== 'district' || options.signer !== undefined || options.deputy === true || facts.signer.name !== '') return facts;
  if (plan.signer.name.trim() === '' || upper(plan.signer.title.trim()) !== facts.signer.title) return facts;
  return { ...facts, signer: { ...facts.signer, name: plan.signer.name.trim() } };
}

/**
 * The unit's own recipients (its "Nơi nhận" cell), else its level's, else the reporting body (or the
 * plan's issuer when the unit is that body), then the file copy.
 */
function unitRecipients(plan: Plan, unit: Unit | undefined, language: Language): string[] {
  const file = t('report.recipients.file', {}, language);
  const own = unit === undefined ? [] : (unit.reportFacts?.recipients ?? levelOf(plan, unit.level).recipients);
  if (own.length > 0) return own.some((r) => /^lưu\b/iu.test(r)) ? [...own] : [...own, file];
  const body = reportingBody(plan);
  const to = body === undefined || body.code === unit?.code ? plan.identity.issuer : body.name;
  return [to, file];
}

/**
 * The plan's issuer as a unit of the committee level its name belongs to ("UBND xã Hòa Hội" → "Xã
 * Hòa Hội" of the level answering to "Xã"), so a commune's own report is headed as that level heads
 * a commune (Nghị định 30/2020, appendix I: "ỦY BAN NHÂN DÂN / XÃ HÒA HỘI", no body above it),
 * exactly as the province's communes are; undefined when no committee level of the plan or the
 * common ones names it (a UBND huyện or tỉnh is then headed by planIssuer, in full and with no body
 * above it: "ỦY BAN NHÂN DÂN / TỈNH TÂY NINH").
 */
export function issuerAsUnit(plan: Plan): Unit | undefined {
  const name = plan.identity.issuer.replace(COMMITTEE, '').trim();
  if (name === '' || name === plan.identity.issuer.trim()) return undefined;
  const committees = [...plan.levels, ...COMMON_LEVELS.filter((common) => !plan.levels.some((own) => own.code === common.code))].filter(
    (level) => level.onBehalf.trim() !== '',
  );
  const level = committees.find((candidate) => unitPlace(candidate, { name }) !== name);
  if (level === undefined) return undefined;
  return { code: planSymbol(plan), name: name.charAt(0).toLocaleUpperCase('vi') + name.slice(1), aliases: [], level: level.code };
}

function planIssuer(plan: Plan, language: Language, options: IssuerOptions): Body {
  const signer = options.signer ?? plan.signer;
  const asUnit = issuerAsUnit(plan);
  if (asUnit !== undefined) {
    const facts = unitIssuer(plan, asUnit, language, { ...options, signer });
    return { ...facts, prose: plan.identity.issuer, place: plan.identity.place.trim() === '' ? facts.place : plan.identity.place };
  }
  const prose = plan.identity.issuer;
  // A committee is the issuing body itself, headed by its own full name with no body above it (Nghị định 30/2020,
  // appendix I): "ỦY BAN NHÂN DÂN / TỈNH TÂY NINH", never "UBND TỈNH TÂY NINH" under the plan's "Cơ quan cấp trên" (issue 13).
  const committee = COMMITTEE.test(prose);
  return {
    superior: committee || plan.identity.superior.trim() === '' ? null : upper(plan.identity.superior),
    bodyLines: fullBodyLines([upper(prose)]),
    prose,
    symbol: planSymbol(plan),
    place: plan.identity.place,
    signer: signerBlock(COMMITTEE.test(prose) ? t('report.signer.onBehalf', {}, language) : '', signer.title, signer.title, signer.name, language, options),
  };
}

function unitIssuer(plan: Plan, unit: Unit, language: Language, options: IssuerOptions): Body {
  const level = levelOf(plan, unit.level);
  const place = unitPlace(level, unit);
  const fill = (template: string): string =>
    fillLevelText(template, { name: unit.name, place, issuer: plan.identity.issuer }, lowerFirst).replace(/\s+/gu, ' ').trim();
  const keys = HEADS.find(([pattern]) => pattern.test(unit.name));
  // The unit's own cells (UnitReportFacts) win over its level's; the caller's signer over both.
  const own = unit.reportFacts ?? {};
  const head = options.signer?.title ?? (own.signerTitle || level.signerTitle || t(keys?.[1] ?? 'report.signer.agency', {}, language));
  const deputy =
    (own.signerTitle === undefined ? level.deputyTitle : '') ||
    (own.signerTitle === undefined && level.signerTitle === ''
      ? t(keys?.[2] ?? 'report.signer.agencyDeputy', {}, language)
      : t('report.signer.deputyOf', { head: own.signerTitle ?? level.signerTitle }, language));
  const superior = fill(level.superior);
  const datedAt = own.place ?? fill(level.place);
  return {
    superior: superior === '' ? null : upper(superior),
    bodyLines: fullBodyLines(
      level.header
        .map(fill)
        .filter((line) => line !== '')
        .map(upper),
    ),
    prose: fill(level.prose) || unit.name,
    symbol: level.symbol || unit.code,
    place: datedAt === '' ? plan.identity.place : datedAt,
    signer: signerBlock(level.onBehalf, head, deputy, options.signer?.name ?? own.signerName ?? '', language, options),
  };
}

/**
 * `onBehalf` "" means the head signs in their own name (no "TM." line). A title that is itself a
 * deputy's ("Phó Chủ tịch", "Phó Chánh Văn phòng", the plan's or the unit's "Chức danh người ký")
 * signs "KT." for the head it names without "Phó" (Nghị định 30/2020, appendix I, mục II.8: a deputy
 * signs "KT." for the head, under "TM." for a collective body; issue 13, ninth tester, defect 5).
 */
function signerBlock(onBehalfText: string, head: string, deputy: string, name: string, language: Language, options: IssuerOptions): SignerBlock {
  const onBehalf = onBehalfText.trim() === '' ? null : upper(onBehalfText.trim());
  if (options.deputy === true) return { onBehalf, deputyFor: t('report.signer.deputyFor', { head: upper(head) }, language), title: upper(deputy), name };
  const headOfDeputy = headOf(head);
  if (headOfDeputy !== null) return { onBehalf, deputyFor: t('report.signer.deputyFor', { head: upper(headOfDeputy) }, language), title: upper(head), name };
  return { onBehalf, deputyFor: null, title: upper(head), name };
}

/** A deputy's title names its head after "Phó" ("Phó Chủ tịch" → "Chủ tịch"; "Deputy Director" → "Director"); null for a head's own title. */
const DEPUTY_TITLE = /^\s*(phó|deputy)\s+(\S.*)$/iu;

function headOf(title: string): string | null {
  const match = DEPUTY_TITLE.exec(title.normalize('NFC'));
  return match?.[2]?.trim() ?? null;
}

/** A body's name abbreviated at its head: "UBND TỈNH TÂY NINH" → "ỦY BAN NHÂN DÂN" and "TỈNH TÂY NINH". */
const ABBREVIATED_BODY: readonly (readonly [RegExp, string])[] = [
  [/^(?:UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)\s+(\S.*)$/u, 'ỦY BAN NHÂN DÂN'],
  [/^(?:HĐND|HỘI ĐỒNG NHÂN DÂN)\s+(\S.*)$/u, 'HỘI ĐỒNG NHÂN DÂN'],
];

/**
 * The issuing body's header lines with its own name written in full (Nghị định 30/2020, appendix I,
 * mục II.3.b: only the superior body's name may shorten "Ủy ban nhân dân" to "UBND"): a line "UBND
 * TỈNH TÂY NINH" (the plan's issuer, or a level's "Tên cơ quan (tiêu đề)" typed "UBND {tên}") becomes
 * the two lines "ỦY BAN NHÂN DÂN" / "TỈNH TÂY NINH"; "ỦY BAN NHÂN DÂN XÃ A" on one line is split the
 * same way. Other lines ("SỞ NỘI VỤ", "VĂN PHÒNG HĐND VÀ UBND PHƯỜNG") are kept as they are.
 * @param lines upper-cased header lines, top to bottom
 */
export function fullBodyLines(lines: readonly string[]): string[] {
  return lines.flatMap((line) => {
    const trimmed = line.normalize('NFC').trim();
    for (const [pattern, full] of ABBREVIATED_BODY) {
      const match = pattern.exec(trimmed);
      if (match?.[1] !== undefined) return [full, match[1].trim()];
    }
    return [line];
  });
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
 * The common noun of a territorial unit, written lower case inside a sentence (Nghị định 30/2020,
 * appendix II, mục I.2: "xã Thạnh Đức", "ấp Bến Mương"); an agency's name keeps its capital.
 */
const TERRITORIAL = /^(xã|phường|thị trấn|đặc khu|ấp|khu phố|thôn|tổ dân phố|commune|town|ward|hamlet)\s+/iu;

/**
 * A unit's name inside a sentence: the level word of a commune or hamlet is lower case ("xã Thạnh
 * Đức", "thị trấn Gò Dầu"), every other name keeps its capital ("Bộ phận tiếp nhận …", "Sở Nội vụ").
 */
export function unitInProse(name: string): string {
  return TERRITORIAL.test(name) ? lowerFirst(name) : name;
}

/** Upper case as Vietnamese documents print names in a header. */
export function upper(text: string): string {
  return text.toLocaleUpperCase('vi');
}
