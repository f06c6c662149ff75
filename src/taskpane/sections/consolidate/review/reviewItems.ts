import { choicesForFile } from '../../../../core/decisions/decisionChoices';
import { fileName } from '../../../../core/decisions/mergeDecisions';
import { proposeDecisions } from '../../../../core/decisions/proposeDecisions';
import type { Decision } from '../../../../core/decisions/types';
import type { IsoDate, Plan } from '../../../../core/plan/types';
import type { RawSheet } from '../../../../core/ports/workbookPort';

/**
 * What "Xem lại" asks about one file: what the reader could not settle (core/decisions/
 * proposeDecisions) given the decisions already taken, and the unit that sent it when nothing
 * names it. Each item is a decision whose meaning the officer chooses.
 */
export function reviewItems(plan: Plan, file: string, sheets: readonly RawSheet[], unitKnown: boolean, taken: readonly Decision[], today: IsoDate): Decision[] {
  const { choices, unit } = choicesForFile(taken, file);
  const items = proposeDecisions(plan, file, sheets, choices, today);
  return unitKnown || unit !== null ? items : [{ kind: 'fileUnit', seen: fileName(file), meaning: null, file: null, decidedOn: today }, ...items];
}
