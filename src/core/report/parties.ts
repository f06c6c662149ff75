import { t } from '../i18n/format';
import type { Language } from '../i18n/messages';
import type { Plan, Unit } from '../plan/types';
import type { ReportInput } from './types';

/** Who a report is from, as its header, prose and signature block name them. */
export interface ReportParties {
  /** The body above the issuer, printed first (upright capitals). */
  readonly superior: string;
  /** The issuing body, as prose names it ("Phòng Nội vụ", "UBND xã Thạnh Đức"). */
  readonly issuer: string;
  /** The issuer's symbol after "BC-" in the document number ("UBND", "PNV"). */
  readonly symbol: string;
  readonly signer: { readonly title: string; readonly name: string };
  /** "TM. ỦY BAN NHÂN DÂN" above the signer's title when a people's committee (UBND) issues the report. */
  readonly onBehalf?: string;
}

/**
 * A unit reports under the plan's issuer: a commune as "UBND xã …" signed by its chairperson, an
 * agency under its own name with its code as symbol. The district report comes from the unit the
 * plan gives the reporting duty (Phòng Nội vụ, under UBND huyện), or from the plan's issuer itself
 * (under the plan's superior, signed by the plan's signer) when the plan names no such unit.
 * Signer names of units are not plan data, so their name line is left for the office to fill.
 */
export function reportParties(input: ReportInput): ReportParties {
  const { plan } = input;
  const language: Language = input.language ?? 'vi';
  const unit = input.scope.kind === 'unit' ? input.scope.unit : (input.districtIssuer ?? dutyHolder(plan));
  const parties = unit === undefined ? planIssuerParties(plan) : unitParties(plan, unit, language);
  const signed = input.signer === undefined ? parties : { ...parties, signer: input.signer };
  // A committee's documents are signed on its behalf (Nghị định 30/2020: "TM. ỦY BAN NHÂN DÂN").
  return /^(ubnd|ủy ban nhân dân|uỷ ban nhân dân|people's committee)\s/iu.test(signed.issuer) ? { ...signed, onBehalf: t('report.signer.onBehalf', {}, language) } : signed;
}

function dutyHolder(plan: Plan): Unit | undefined {
  const code = plan.reportingDuties[0]?.from;
  return plan.units.find((u) => u.code === code);
}

function planIssuerParties(plan: Plan): ReportParties {
  return { superior: plan.identity.superior, issuer: plan.identity.issuer, symbol: planSymbol(plan), signer: plan.signer };
}

function unitParties(plan: Plan, unit: Unit, language: Language): ReportParties {
  if (unit.level === 'commune') {
    return {
      superior: plan.identity.issuer,
      issuer: t('report.commune.body', { name: lowerFirst(unit.name) }, language),
      symbol: planSymbol(plan),
      signer: { title: t('report.signer.commune', {}, language), name: '' },
    };
  }
  // A district department (Phòng …) is signed by its head, "TRƯỞNG PHÒNG"; other agencies get a generic title to correct.
  const title = /^phòng\s/iu.test(unit.name) ? t('report.signer.department', {}, language) : t('report.signer.agency', {}, language);
  return { superior: plan.identity.issuer, issuer: unit.name, symbol: unit.code, signer: { title, name: '' } };
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

/** Upper case as Vietnamese documents print names in a header. */
export function upper(text: string): string {
  return text.toLocaleUpperCase('vi');
}
