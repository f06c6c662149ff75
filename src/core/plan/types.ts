import type { ReportDeadline } from './reportDeadline';

/**
 * The plan model. A plan (kế hoạch) is data, never code: units, channels, targets, standing items
 * and periods all come from here, so a 2026 commune-level plan is made by editing a sheet.
 */

/** An ISO calendar date, yyyy-mm-dd. Kept as text so the core never depends on time zones. */
export type IsoDate = string;

/**
 * How a unit takes part in the plan: the code of one of the plan's levels (`Plan.levels`, the
 * "CẤP ĐƠN VỊ" section of the plan sheet). Standing items and funding sources apply by level.
 */
export type UnitLevel = string;

/**
 * A level of unit as the plan defines it, and how a report from a unit of that level is headed and
 * signed (Nghị định 30/2020/NĐ-CP, appendix I: the issuing body's name, "TM." for a collective
 * body, the head's title). Texts may hold the placeholders of `LEVEL_PLACEHOLDERS`.
 */
export interface LevelDefinition {
  /** The code units and items use ("commune", "hamlet"). */
  readonly code: UnitLevel;
  /** The level's name as the plan sheet and the pane show it ("UBND xã, phường", "Ấp, khu phố"). */
  readonly name: string;
  /** Other words officers write for it in the plan sheet ("Xã", "Ấp"). */
  readonly aliases: readonly string[];
  /** The body above the issuer in the header (upright capitals); "" for none, "{issuer}" for the plan's issuer. */
  readonly superior: string;
  /** The issuing body's lines in the header (bold capitals), e.g. ["ỦY BAN NHÂN DÂN", "{name}"]. */
  readonly header: readonly string[];
  /** The issuing body inside a sentence, e.g. "UBND {name}" → "UBND xã Thạnh Đức". */
  readonly prose: string;
  /** The symbol after "BC-" in a report's number; "" means the unit's own code. */
  readonly symbol: string;
  /** Where its reports are dated: "" for the plan's place, "{place}" for the unit's name without its level word. */
  readonly place: string;
  /** The head's title in the signature block ("CHỦ TỊCH", "TRƯỞNG PHÒNG", "TRƯỞNG ẤP"). */
  readonly signerTitle: string;
  /** The deputy's title when a deputy signs ("PHÓ CHỦ TỊCH"); "" when the level has no deputy. */
  readonly deputyTitle: string;
  /** "TM. ỦY BAN NHÂN DÂN" for a collective body; "" when the head signs in their own name. */
  readonly onBehalf: string;
  /** "Nơi nhận" of its reports before "Lưu: VT"; empty means the plan's reporting body (or issuer). */
  readonly recipients: readonly string[];
}

/** The level of government that issues a plan (since 1 July 2025 only province and commune/ward remain). */
export type GovernmentLevel = 'province' | 'district' | 'commune' | 'ward' | 'town' | 'other';

/**
 * Words of the plan that depend on the level of government that issues it ("toàn huyện" in a
 * district's plan, "toàn xã" in a commune's). Empty text means the dictionary's word for
 * `government` (src/core/plan/planWording.ts); written text is printed as the plan writes it.
 */
export interface PlanWording {
  readonly government: GovernmentLevel;
  /** The whole plan area in running text: "toàn huyện", "toàn xã", "toàn tỉnh". */
  readonly area: string;
  /** Who carries the plan out, in running text: "các cơ quan, đơn vị, UBND các xã, thị trấn". */
  readonly participants: string;
  /** Where citizens file and collect their papers: "Bộ phận tiếp nhận và trả kết quả", "Trung tâm Phục vụ hành chính công". */
  readonly reception: string;
}

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
  /** The unit's e-mail addresses ("E-mail" on the plan sheet), for reminders; absent when the plan gives none. */
  readonly emails?: readonly string[];
  /** How this unit's reports are sent, dated and signed where it differs from its level's; absent when it does not. */
  readonly reportFacts?: UnitReportFacts;
}

/**
 * One unit's own "Nơi nhận", "Địa danh" and signer (the plan sheet's units section), overriding
 * its level's (`LevelDefinition`): a ward dated at its own name, a department whose head's title
 * is not the one its name suggests, a commune that also reports to its Party committee. Each field
 * is absent when the unit's cell is blank.
 */
export interface UnitReportFacts {
  /** "Nơi nhận" of its reports, in order; "Lưu: VT" is added when not written. */
  readonly recipients?: readonly string[];
  /** The place in its place-and-date line ("Hòa Thạnh, ngày …"). */
  readonly place?: string;
  /** The head's title in its signature block ("TRƯỞNG BAN"). */
  readonly signerTitle?: string;
  /** The name under the signature. */
  readonly signerName?: string;
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

/**
 * What a target's minimum is counted in: outputs (rows, each row times its "Số lượng" when the
 * table has one: 116/KH-UBND's "ít nhất 12 tin bài"), minutes of airtime (the "Thời lượng (phút)"
 * column summed: "phát thanh ít nhất 120 phút mỗi quý"), a quantity of things (the "Số lượng"
 * column summed, a blank one counting 1: "treo 20 băng rôn") or money in whole đồng (the
 * "Kinh phí (đồng)" column of the outputs table summed: "đặt hàng 20.000.000 đồng tin bài").
 */
export type TargetMeasure = 'count' | 'minutes' | 'quantity' | 'amount';

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
  /** Absent means 'count': the minimum is a number of outputs (116/KH-UBND). */
  readonly measure?: TargetMeasure;
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
  /** "Hạn gửi": by when the period's report is due, relative to the period (see reportDeadline.ts); absent when the plan sets none. */
  readonly deadline?: ReportDeadline;
}

/**
 * Nghị định 09/2019/NĐ-CP art. 12 cut-off periods, or plain calendar periods.
 * Custom ranges are always possible on top of either.
 */
export type PeriodConvention = 'nd09-cutoff' | 'calendar';

/** The plan's own issuing body (UBND xã/phường/tỉnh, signed by the plan's signer), or a unit of the plan by code. */
export type ReportIssuer = { readonly kind: 'plan' } | { readonly kind: 'unit'; readonly code: string };

export interface Plan {
  readonly identity: PlanIdentity;
  readonly periodConvention: PeriodConvention;
  /** The levels units belong to, with how each heads and signs its reports. */
  readonly levels: readonly LevelDefinition[];
  /** Level-of-government wording (see PlanWording). */
  readonly wording: PlanWording;
  /**
   * Code of the unit that issues the consolidated report (Phòng Nội vụ in 116/KH-UBND); absent
   * when the plan's issuer itself reports (a commune's plan: UBND xã, signed by the plan's signer).
   */
  readonly reportingBody?: string;
  /**
   * "Cơ quan ban hành báo cáo tổng hợp": who issues (heads and signs) the consolidated report when it
   * is not the office that consolidates and drafts it (`reportingBody`). Nghị định 30/2020: a ward's
   * Văn phòng HĐND-UBND or Phòng Nội vụ drafts, UBND phường issues, its Chủ tịch or a Phó Chủ tịch
   * signs. Absent: the reporting body issues it, else the plan's issuer (116/KH-UBND: Phòng Nội vụ).
   */
  readonly reportIssuer?: ReportIssuer;
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
