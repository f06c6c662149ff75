import type { Plan, Unit } from '../plan/types';
import { foldForMatch } from '../text/fold';

/**
 * Whether the unit is the body that consolidates the plan's report: the plan's "Đơn vị tổng hợp báo
 * cáo" (`Plan.reportingBody`: Phòng Nội vụ, Sở Nội vụ, a ward's Văn phòng) or a unit named as the
 * plan's issuer (the commune's own UBND). It writes the report, so it owes no file to itself unless
 * it also has work of its own (consolidatingBodyOwes).
 */
export function isConsolidatingBody(plan: Pick<Plan, 'reportingBody' | 'identity'>, unit: Pick<Unit, 'code' | 'name'>): boolean {
  return unit.code === plan.reportingBody || foldForMatch(unit.name) === foldForMatch(plan.identity.issuer);
}

/**
 * Whether the plan's PHÂN CÔNG names the unit (by its code or its level) for at least one target or
 * standing item: then the consolidating body has work of its own to account for and is expected to
 * report it like any unit (eighth tester, issue 13, D6: a ward's Văn phòng given 1.b, 1.d and 2.a).
 * An item no responsibility lists is everyone's (progress/responsibleFor) but gives the consolidating
 * body nothing of its own to report: Phòng Nội vụ of 116/KH-UBND, named only for "triển khai, hướng
 * dẫn, kiểm tra" with no item, owes no file. A row listing items but naming neither unit nor level
 * is everyone's in the same way (progress/targetProgress names()), so it does not make the body owe a
 * file either: only a row naming the body (its code or level) does.
 */
export function consolidatingBodyOwes(plan: Pick<Plan, 'responsibilities' | 'targets' | 'standingItems'>, unit: Pick<Unit, 'code' | 'level'>): boolean {
  const ids = new Set([...plan.targets.map((target) => target.id), ...plan.standingItems.map((item) => item.id)]);
  return plan.responsibilities.some((r) => (r.units.includes(unit.code) || r.levels.includes(unit.level)) && r.items.some((id) => ids.has(id)));
}
