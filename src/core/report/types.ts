import type { Language } from '../i18n/messages';
import type { SheetLayout } from '../layout/types';
import type { Period } from '../periods';
import type { IsoDate, Plan, TargetCadence, TargetMeasure, TargetScope, Unit } from '../plan/types';
import type { NotOwed } from '../progress/standingDue';
import type { UnitsTally } from '../progress/periodVerdicts';
import type { Tally } from '../progress/targetProgress';
import type { OutputRecord, SpendingRecord, StandingRecord, StandingState } from '../records/types';

/** Whose report: one unit, from its own workbook, or the district, from every unit's records. */
export type ReportScope = { readonly kind: 'unit'; readonly unit: Unit } | { readonly kind: 'district' };

export interface ReportRecords {
  readonly outputs: readonly OutputRecord[];
  readonly standing: readonly StandingRecord[];
  readonly spending: readonly SpendingRecord[];
}

export interface ReportInput {
  readonly plan: Plan;
  readonly period: Period;
  readonly scope: ReportScope;
  /**
   * Already resolved against the plan. For a unit, the records of its own workbook: every output
   * and spending row counts (a blank unit there means the workbook's unit), and standing rows count
   * when their unit is blank or this unit. For the district, every unit's records.
   */
  readonly records: ReportRecords;
  /** The date printed in the place-and-date line. */
  readonly reportDate: IsoDate;
  /** What follows "Số:" before "/BC-…": usually blank spaces or "…" for the office's clerk to fill. */
  readonly documentNumber: string;
  /**
   * The body that issues the district report. Defaults to the unit the plan gives the reporting duty
   * (Phòng Nội vụ in 116/KH-UBND), or the plan's issuer when the plan names none. Ignored for a unit.
   */
  readonly districtIssuer?: Unit;
  /** Overrides the signer block; the default is the plan's signer when the plan's issuer reports. */
  readonly signer?: { readonly title: string; readonly name: string };
  /** A deputy signs ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"); the head signs by default. */
  readonly deputySigns?: boolean;
  readonly language?: Language;
  /**
   * District report: codes of the units the consolidation found without a file (TH Đơn vị
   * "Chưa gửi"); Biểu 1 shows them "Chưa BC", not zeros, and the body names them (issue 13).
   */
  readonly notReported?: readonly string[];
}

/** One counted target as the report states it. */
export interface ReportTargetRow {
  readonly id: string;
  readonly title: string;
  /**
   * The minimum the percent is taken against: the year's, or a cadence target's summed over its
   * periods judged; a per-unit target in the district report, summed over the units judged (each
   * prorated to its days, report/judgedMinimums), in a unit's report the unit's own.
   */
  readonly minimum: number;
  /** A per-unit target in the district report: what each unit must reach over the periods judged ("22 mỗi đơn vị"). */
  readonly perUnitMinimum?: number;
  /** Some unit judged joined or left during the period and owes less than `perUnitMinimum` (report/judgedMinimum). */
  readonly perUnitPartial?: true;
  /** Whether the minimum is for the whole plan area or for every unit (the report compares totals either way). */
  readonly scope: TargetScope;
  /**
   * Every output counted in the period (its running part included), the "Trong kỳ" of every table
   * and of the unit-by-target table's total row: one meaning for every row (sixth tester, D3).
   */
  readonly inPeriod: number;
  /**
   * Set with `runningPart`: the count over the periods ended, what `minimum` and `percent` are over
   * (a year report of 30/11 of a quarterly target: Q1–Q3); inPeriod = endedAchieved + runningPart.achieved.
   */
  readonly endedAchieved?: number;
  /**
   * Met with more than the minimum over the periods judged (every period met, the count above the
   * summed minimum): the sentence says "vượt chỉ tiêu kế hoạch" where the capped rate reads 100%.
   */
  readonly exceeded?: true;
  /** Outputs counted from the start of the plan year to the end of the period (lũy kế). */
  readonly yearToDate: number;
  /** The judged count against the minimum as a whole percentage, 0–100, each period or unit credited up to its own minimum, for every row (PeriodVerdict.ratio). */
  readonly percent: number;
  /** Whether the minimum is met: the year to date for a yearly target, every judged period for a cadence one, every unit concerned for a per-unit one. */
  readonly met: boolean;
  /** How often the minimum is due; absent for the plan year (116/KH-UBND). */
  readonly per?: TargetCadence;
  /** What the figures count (minutes, đồng...); absent for outputs (116/KH-UBND). */
  readonly measure?: TargetMeasure;
  /** A cadence target: the months, quarters or halves the report's period reaches and how many met it. */
  readonly slices?: Tally;
  /** A per-unit target in the district report: the units active in the period it concerns that reported, how many met it, and how many sent no file (`notReported`, PeriodVerdict.units). */
  readonly unitsMet?: UnitsTally;
  /** District report: every unit the target is given to sent no file, "Chưa báo cáo", not judged (PeriodVerdict.unreported). */
  readonly unreported?: true;
  /** District report: codes of the units the target is given to that sent no file, named in its sentence (PeriodVerdict.notReportedBy). */
  readonly notReportedBy?: readonly string[];
  /**
   * Whether the report grades this row against its minimum: always in the district report; in a
   * unit's only for per-unit targets (a plan-wide minimum is the district's, the unit's count is its
   * contribution, "đóng góp").
   */
  readonly graded: boolean;
  /**
   * Whether the report shows the row: always in the district report; in a unit's when the plan's
   * responsibilities give the target to the unit (or to no one in particular), or the unit counted
   * outputs for it that count for it (progress/contributesTo: a general PHÂN CÔNG row names it, verdict13).
   */
  readonly applies: boolean;
  /**
   * A unit's report for a period the unit took no part in (Unit.activeFrom/activeTo): a per-unit
   * target has no minimum to judge, printed "Không đánh giá", never "tối thiểu 0 … đạt 100%" (issue 13).
   */
  readonly notJudged?: true;
  /**
   * A monthly, quarterly or half-yearly target none of whose periods in the report's period has
   * ended by the report's date: printed "Đang thực hiện", never "Chưa đạt", no "k/n" (issue 13).
   */
  readonly running?: true;
  /**
   * Some of the target's months, quarters or halves in the period have ended by the report's date
   * and some not (progress/periodVerdicts runningPart): minimum, percent and "k/n" are over the
   * ended ones, said "kỳ đã kết thúc"; the rest, from `from`, is running with `achieved` so far (issue 13, fourth tester).
   */
  readonly runningPart?: { readonly from: IsoDate; readonly to: IsoDate; readonly achieved: number };
  /**
   * A unit's report of a per-unit target: what its workbook counted for the target in the period on
   * days it took no part in the plan (Unit.activeFrom/activeTo), left out of every figure, and their
   * dates in order; the sentence says them so "chưa đăng tin, bài nào" is never untrue (eighth tester, D8).
   */
  readonly outsideUnitDays?: { readonly count: number; readonly dates: readonly IsoDate[] };
  /**
   * The plan's channel codes the counted rows of the year to date are on, in the target's order:
   * the sentence names only these ("đăng 3 tin, bài trên Zalo OA …", not the page never used; ninth
   * tester, D7); absent when nothing was counted, where the target's own channels are named.
   */
  readonly channelsUsed?: readonly string[];
  /** As `channelsUsed`, for the rows counted in the report's period ("Trong kỳ đã đăng …"). */
  readonly channelsInPeriod?: readonly string[];
  /** A cadence target's months, quarters or halves judged and not met, labelled ("tháng 7 năm 2026"), in order (report/missedSlices). */
  readonly slicesMissed?: readonly string[];
}

/** District reports: one unit's counts in the period, by target id. */
export interface ReportUnitRow {
  /** Null for outputs whose unit is blank or unknown. */
  readonly code: string | null;
  readonly name: string;
  /**
   * By target id, in the target's measure. An output two units both recorded (consolidation's
   * duplicate) is counted once, for the unit listed first among the plan's units (consolidate reads
   * files in that order), the other's row listed in TH Không tiếp nhận; the legend says so (sixth tester, D7).
   */
  readonly counts: Readonly<Record<string, number>>;
  /** Set when the consolidation found no file of the unit (ReportInput.notReported) and nothing of it is counted: not zeros, "Chưa BC". */
  readonly notReported?: true;
  /**
   * Ids of the targets PHÂN CÔNG does not give the unit (progress/responsibleFor) and for which it
   * counted nothing in the period: printed "-", not 0 (sixth tester, D7); absent when there are none.
   */
  readonly notAssigned?: readonly string[];
  /**
   * Ids of the targets PHÂN CÔNG does not give the unit for which it counted something anyway: the
   * figure is printed, counted in the plan-wide total and not judged, the legend says so (ninth tester, D8);
   * only for a unit whose rows count for it (progress/contributesTo), else the target is in notAssigned (verdict13).
   */
  readonly unassignedDone?: readonly string[];
}

export type ReportItemState = StandingState | 'missing';

export interface ReportStandingRow {
  readonly itemId: string;
  readonly unitCode: string;
  readonly unitName: string;
  /** As of the period's last day; 'missing' when no row says anything about it. */
  readonly state: ReportItemState;
  readonly dateDone: IsoDate | null;
  /** Set when the item's deadline or a period of its recurrence passed without it (progress/standingDue). */
  readonly late?: true;
  /** A recurring item's occurrence this row is about ("quý III năm 2026"): one row per occurrence in the period (issue 13). */
  readonly occurrence?: string;
  /**
   * A recurring item's occurrence not owed in this report: its deadline (last day) after the period's
   * (a July report of the Q3 one, due 30/09; printed "Đang thực hiện (hạn …)", or "Đã thực hiện (hạn …)"
   * when done by then), or not ended by the report's date and not done yet; never "Chưa thực hiện",
   * and not counted in "k/n lần" (issue 13; fifth tester, finding 12).
   */
  readonly running?: true;
  /** The day it was due, when late; without `late`, a deadline inside the period that has not passed by the report's date. */
  readonly due?: IsoDate;
  /**
   * An occurrence (or deadline) the unit does not owe, not being in the plan on its last day
   * (progress/standingDue whyNotOwed): printed "Không phải thực hiện (đơn vị thôi hoạt động từ …)",
   * never counted in "k/n lần" (issue 13, fourth tester).
   */
  readonly notOwed?: NotOwed;
}

export interface ReportSpendingRow {
  /** Null for spending whose source is blank or unknown. */
  readonly code: string | null;
  readonly name: string;
  readonly inPeriod: number;
  readonly yearToDate: number;
  /** The source's budget for the plan year (đồng), in the district report when the plan sets one: spending is reported against it. */
  readonly budget?: number;
}

/** The plain numbers behind a report, as the CLI prints them. */
export interface ReportData {
  readonly sheetName: string;
  readonly scope: { readonly kind: 'unit'; readonly unitCode: string; readonly unitName: string } | { readonly kind: 'district' };
  readonly period: { readonly kind: Period['kind']; readonly from: IsoDate; readonly to: IsoDate; readonly label: string };
  readonly yearToDate: { readonly from: IsoDate; readonly to: IsoDate };
  readonly reportDate: IsoDate;
  /** A unit's report for a period it took no part in: the day it joined (after the period) or left (before it); the report says so. */
  readonly absent?: { readonly from: IsoDate } | { readonly to: IsoDate };
  readonly targets: readonly ReportTargetRow[];
  /** District reports only; empty for a unit. */
  readonly units: readonly ReportUnitRow[];
  readonly standing: readonly ReportStandingRow[];
  readonly spending: readonly ReportSpendingRow[];
}

export interface Report {
  readonly layout: SheetLayout;
  readonly data: ReportData;
}
