import type { PeriodVerdict } from '../progress/periodVerdicts';

/** The "Tối thiểu" a verdict's rate is taken against, and, for a per-unit target, what each unit must reach. */
export interface JudgedMinimum {
  /**
   * The minimum the printed rate divides by: the verdict's own minimum, except for a per-unit target
   * judged over the whole plan, where it is the sum over the units judged of each one's minimum
   * (prorated to its days, over the periods judged): 62 beside "30 of 62 = 48%", never one unit's 22.
   */
  readonly minimum: number;
  /** A per-unit target judged over the whole plan: one unit's minimum over the periods judged ("22 mỗi đơn vị"), for a unit taking part in all of them. */
  readonly perUnit?: number;
  /**
   * Some unit judged owes less than `perUnit`, having joined or left during the period (its minimum
   * prorated to its time in the plan): "22 mỗi đơn vị" is said only of the units there throughout (issue 13, fifth tester, finding 13).
   */
  readonly perUnitPartial?: true;
}

/**
 * The minimums to print beside verdicts of progress/periodVerdicts, in the same order (issue 13,
 * fourth tester: TH Tiến độ and the report showed "Tối thiểu 22" beside a rate of 30/62): for a
 * per-unit target judged over the plan, the verdict's `summedMinimum`, the very figure its ratio
 * divides by, with one unit's minimum beside it; when no unit is judged (the sum is 0), one unit's minimum, the plan's,
 * never "Tối thiểu 0" (verdict13); nothing is judged or counted here. Pure, never throws.
 */
export function judgedMinimums(verdicts: readonly PeriodVerdict[]): JudgedMinimum[] {
  return verdicts.map((verdict) => {
    const summed = verdict.summedMinimum;
    // No unit judged (all silent, or none active in the periods ended): the sum is 0, but the plan asks for its minimum of
    // each unit, and "Tối thiểu 0" read as nothing asked (verdict13, defect 4): the plan's per-unit minimum is printed.
    if (verdict.units !== undefined && verdict.units.of === 0 && summed === 0 && verdict.minimum > 0)
      return { minimum: verdict.minimum, perUnit: verdict.minimum };
    if (verdict.units === undefined || summed === undefined) return { minimum: verdict.minimum };
    // Every unit owing the full minimum sums to it times the units judged; less means some owe a prorated part.
    const partial = summed < verdict.minimum * verdict.units.of - 1e-9;
    return { minimum: summed, perUnit: verdict.minimum, ...(partial ? { perUnitPartial: true as const } : {}) };
  });
}
