import type { Language } from '../i18n/messages';
import { periodCount, periodFor, periodLabel, planYearOf } from '../periods';
import type { CountedTarget, Plan, Unit } from '../plan/types';
import { activeDuring, activeShare, countsTowards, inRange, measureOf, withinUnitDays, type DateRange, type Tally } from '../progress/targetProgress';
import type { OutputRecord } from '../records/types';

/**
 * The months, quarters or halves of a cadence target's judged range whose minimum was not reached,
 * labelled as periodLabel writes them ("tháng 7 năm 2026"), in order: the sentence names them so
 * "Đã phát 750 phút …, mới đạt 91% (tối thiểu 660 phút; 10/11 kỳ đạt)" does not read as a
 * contradiction (ninth tester, D7). Counted as progress/targetProgress judges a unit (its own rows,
 * a per-unit minimum prorated to its days) or the whole plan (a plan-wide target); undefined for a
 * per-unit target judged over many units, for a yearly target, and whenever the count found here
 * differs from the verdict's `slices` (the sentence then keeps its "k/n kỳ đạt" alone).
 * @param range the verdict's judged range (PeriodVerdict.judged)
 * @param unit the unit judged in a unit's report; undefined in the district report
 */
export function missedSlices(
  plan: Plan,
  target: CountedTarget,
  outputs: readonly OutputRecord[],
  range: DateRange,
  slices: Tally | undefined,
  unit: Unit | undefined,
  language: Language,
): readonly string[] | undefined {
  const per = target.per;
  if (per === undefined || per === 'year' || slices === undefined || target.measure === 'amount') return undefined;
  if (unit === undefined && target.scope === 'per-unit') return undefined;
  const counted = outputs.filter((r) => countsTowards(target, r) && (unit === undefined || target.scope !== 'per-unit' || withinUnitDays(r, unit)));
  const missed: string[] = [];
  let of = 0;
  for (let year = planYearOf(range.from, plan.periodConvention); year <= planYearOf(range.to, plan.periodConvention); year += 1) {
    for (let index = 1; index <= periodCount(per); index += 1) {
      const whole = periodFor(per, year, index, plan.periodConvention);
      if (whole.to < range.from || whole.from > range.to) continue;
      const slice: DateRange = { from: whole.from > range.from ? whole.from : range.from, to: whole.to < range.to ? whole.to : range.to };
      if (unit !== undefined && target.scope === 'per-unit' && !activeDuring(unit, slice)) continue;
      const minimum = unit !== undefined && target.scope === 'per-unit' ? Math.ceil(target.minimum * activeShare(unit, whole) - 1e-9) : target.minimum;
      const done = counted.filter((r) => inRange(r.date, slice)).reduce((total, r) => total + measureOf(target, r), 0);
      of += 1;
      if (done < minimum) missed.push(periodLabel(whole, language));
    }
  }
  return of === slices.of && of - missed.length === slices.met && missed.length > 0 ? missed : undefined;
}
