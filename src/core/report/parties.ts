import type { Language } from '../i18n/messages';
import { issuerFacts, type IssuerFacts } from './issuer';
import type { ReportInput } from './types';

export { lowerFirst, upper } from './issuer';

/** Who a report is from, as its header, prose and signature block name them. */
export type ReportParties = IssuerFacts;

/**
 * The issuer's facts for this report input (see issuerFacts): a unit reports as itself, the district
 * report comes from `districtIssuer`, else the plan's "Cơ quan ban hành báo cáo tổng hợp", else the
 * plan's reporting body.
 */
export function reportParties(input: ReportInput): ReportParties {
  const language: Language = input.language ?? 'vi';
  const of =
    input.scope.kind === 'unit' ? input.scope : { kind: 'district' as const, ...(input.districtIssuer === undefined ? {} : { issuer: input.districtIssuer }) };
  return issuerFacts(input.plan, of, language, {
    ...(input.signer === undefined ? {} : { signer: input.signer }),
    ...(input.deputySigns === true ? { deputy: true } : {}),
  });
}
