import { createPlanLookup } from '../plan/planLookup';
import type { Plan } from '../plan/types';
import type { RawSheet } from '../ports/workbookPort';
import { findHeader } from '../records/findHeader';
import { readRecords } from '../records/readRecords';
import { OUTPUT_SHEET, SPENDING_SHEET, STANDING_SHEET, type RecordSheet } from '../records/recordSheets';
import { resolveOutput, resolveSpending, resolveStanding } from '../records/resolveRecords';
import type { RawRecord, RecordKind, UnitRecords } from '../records/types';
import { CONSOLIDATION_SHEETS } from './consolidationSheets';

/**
 * The units' records as the last consolidation wrote them into the district workbook ("TH …"
 * sheets), so a report for another period can be made from the district workbook alone, without
 * picking every unit's file again. Null when the workbook holds no consolidation.
 */
export function readConsolidatedRecords(plan: Plan, sheets: readonly RawSheet[]): UnitRecords | null {
  const context = { lookup: createPlanLookup(plan), defaultUnit: null };
  const rows = <K extends RecordKind>(name: string, def: RecordSheet<K>): RawRecord<K>[] | null => {
    const sheet = sheets.find((s) => s.name === name);
    if (!sheet) return null;
    const header = findHeader(sheet, def);
    return header ? readRecords(sheet, def, header, { mode: 'template' }).records : [];
  };
  const outputs = rows(CONSOLIDATION_SHEETS.records, OUTPUT_SHEET);
  if (outputs === null) return null;
  return {
    outputs: outputs.map((r) => resolveOutput(r, context)),
    standing: (rows(CONSOLIDATION_SHEETS.standing, STANDING_SHEET) ?? []).map((r) => resolveStanding(r, context)),
    spending: (rows(CONSOLIDATION_SHEETS.spending, SPENDING_SHEET) ?? []).map((r) => resolveSpending(r, context)),
  };
}
