/**
 * The plan model. A plan (kế hoạch) is data, never code: units, channels, targets, standing items
 * and periods all come from here, so a 2026 commune-level plan is made by editing a sheet.
 */

/** An ISO calendar date, yyyy-mm-dd. Kept as text so the core never depends on time zones. */
export type IsoDate = string;

/** How a unit takes part in the plan; standing items and funding sources apply by level. */
export type UnitLevel = 'district-agency' | 'reception-office' | 'commune';

export const UNIT_LEVELS: readonly UnitLevel[] = ['district-agency', 'reception-office', 'commune'];

export interface PlanIdentity {
  /** Stable id used in workbook stamps, e.g. "116/KH-UBND-2018". */
  readonly id: string;
  /** The document number as printed, e.g. "116/KH-UBND". */
  readonly number: string;
  readonly date: IsoDate;
  /** The issuing body, e.g. "UBND huyện Gò Dầu". */
  readonly issuer: string;
  /** The body above the issuer, printed first in a report header, e.g. "UBND TỈNH TÂY NINH". */
  readonly superior: string;
  /** Place name used in the place-and-date line of documents. */
  readonly place: string;
  readonly title: string;
  readonly year: number;
  /** Bumped whenever the plan changes; workbooks stamped with an older one are flagged. */
  readonly revision: number;
}

export interface Unit {
  readonly code: string;
  readonly name: string;
  /** Other ways people write the name ("Thạnh Đức", "UBND xã Thạnh Đức"). */
  readonly aliases: readonly string[];
  readonly level: UnitLevel;
  readonly activeFrom?: IsoDate;
  readonly activeTo?: IsoDate;
}

export interface Channel {
  readonly code: string;
  readonly name: string;
  readonly shortName: string;
  /** Abbreviations and spellings seen in trackers ("TTĐT", "website", "PT-TH"). */
  readonly aliases: readonly string[];
}

/** A form of output: tin (news item), bài (article), phóng sự (broadcast report)... */
export interface OutputForm {
  readonly code: string;
  readonly name: string;
  readonly aliases: readonly string[];
}

/** Whether a minimum is for the whole plan area or for every unit on its own. */
export type TargetScope = 'plan' | 'per-unit';

/**
 * How often a minimum is due: once over the plan year ('year', the default), or in every month,
 * quarter or half of it ("mỗi tháng ít nhất 2 tin": each month judged on its own).
 */
export type TargetCadence = 'month' | 'quarter' | 'half-year' | 'year';

export interface CountedTarget {
  /** The plan's own reference, e.g. "III.1.a". */
  readonly id: string;
  readonly title: string;
  /** Channel codes whose outputs count; at least one. */
  readonly channels: readonly string[];
  /** Form codes that count; empty means every form counts. */
  readonly forms: readonly string[];
  readonly minimum: number;
  readonly scope: TargetScope;
  /** Absent means 'year': the minimum is for the whole plan year (116/KH-UBND). */
  readonly per?: TargetCadence;
}

export interface StandingItem {
  readonly id: string;
  readonly title: string;
  /** Unit levels that must have this item (a banner at every reception office...). */
  readonly appliesTo: readonly UnitLevel[];
  /** "Hoàn thành trước 30/6": the last day it may be done; past it and not done, it is late. */
  readonly deadline?: IsoDate;
  /** "Thay pa-nô mỗi quý": it must be done again in every such period; late when a period ends without it. */
  readonly recurrence?: TargetCadence;
}

export interface FundingSource {
  readonly code: string;
  readonly name: string;
  /** Who holds or spends it, as the plan says. */
  readonly note: string;
  readonly levels: readonly UnitLevel[];
  /** The plan year's budget (dự toán) from this source, in whole đồng; absent when the plan sets none. */
  readonly budget?: number;
}

export interface Responsibility {
  /** Unit codes named; empty when the plan names a level ("every commune"). */
  readonly units: readonly string[];
  readonly levels: readonly UnitLevel[];
  readonly task: string;
  /** Target and standing-item ids this responsibility covers. */
  readonly items: readonly string[];
}

/** How often a duty reports; 'month' for provinces that ask for monthly CCHC reports. */
export type ReportFrequency = 'month' | 'quarter' | 'half-year' | 'year';

export interface ReportingDuty {
  /** Unit code of the reporter. */
  readonly from: string;
  readonly to: readonly string[];
  readonly frequency: ReportFrequency;
}

/**
 * Nghị định 09/2019/NĐ-CP art. 12 cut-off periods, or plain calendar periods.
 * Custom ranges are always possible on top of either.
 */
export type PeriodConvention = 'nd09-cutoff' | 'calendar';

export interface Plan {
  readonly identity: PlanIdentity;
  readonly periodConvention: PeriodConvention;
  readonly units: readonly Unit[];
  readonly channels: readonly Channel[];
  readonly forms: readonly OutputForm[];
  readonly targets: readonly CountedTarget[];
  readonly standingItems: readonly StandingItem[];
  readonly fundingSources: readonly FundingSource[];
  readonly responsibilities: readonly Responsibility[];
  readonly reportingDuties: readonly ReportingDuty[];
  /** "Nơi nhận" list printed on the periodic reports this plan asks for. */
  readonly reportRecipients: readonly string[];
  /** Signer block: title (e.g. "CHỦ TỊCH") and name. */
  readonly signer: { readonly title: string; readonly name: string };
}
