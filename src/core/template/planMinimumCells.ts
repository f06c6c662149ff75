import { absolute, address, parseAddress, sheetRef } from '../layout/a1';
import type { SheetLayout } from '../layout/types';
import { planToSheet } from '../plan/planSheetLayout';
import { PLAN_SHEET_NAME, SECTIONS } from '../plan/planSheetFormat';
import { scanPlanSheet } from '../plan/planSheetGrid';
import type { Plan } from '../plan/types';
import type { RawSheet } from '../ports/workbookPort';

/**
 * Where each target's minimum sits on the "Kế hoạch" sheet, found in what planToSheet lays out
 * (the targets section's heading, its header row, the "Tối thiểu" header, the row of the target's
 * id) rather than at fixed addresses: the plan sheet gains columns and sections over time, and a
 * progress formula that points at a stale address would show another figure without warning.
 */

interface Located {
  readonly row: number;
  readonly column: number;
  readonly text: string;
}

function textCells(sheet: SheetLayout): Located[] {
  const found: Located[] = [];
  for (const block of sheet.blocks) {
    const origin = parseAddress(block.at);
    block.rows.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        if (cell.kind === 'text') found.push({ row: origin.row + r, column: origin.column + c, text: cell.text });
      }),
    );
  }
  return found;
}

/**
 * The absolute reference of each target's minimum on the plan sheet, by target id:
 * "'Kế hoạch'!$E$40". `kept`: absent, the plan sheet the template writes (planToSheet); a sheet,
 * the plan sheet the workbook keeps and the plan was read from; null, a kept sheet the plan was
 * not read from (no references: the numbers are written). A target whose cell cannot be found is
 * absent from the map, and its progress row keeps the number.
 */
export function planMinimumCells(plan: Plan, kept?: RawSheet | null): ReadonlyMap<string, string> {
  if (kept === null) return new Map();
  if (kept !== undefined) return keptMinimumCells(plan, kept);
  const section = SECTIONS.find((s) => s.key === 'targets');
  const sheet = planToSheet(plan).sheets.find((s) => s.name === PLAN_SHEET_NAME);
  const cells = new Map<string, string>();
  if (!section || !sheet) return cells;
  const heading = section.headings[0];
  const idHeader = section.columns.find((c) => c.key === 'id')?.headers[0];
  const minimumHeader = section.columns.find((c) => c.key === 'minimum')?.headers[0];
  const all = textCells(sheet);
  const title = all.find((c) => c.text === heading);
  if (!title) return cells;
  const headerRow = title.row + 1;
  const idColumn = all.find((c) => c.row === headerRow && c.text === idHeader)?.column;
  const minimumColumn = all.find((c) => c.row === headerRow && c.text === minimumHeader)?.column;
  if (idColumn === undefined || minimumColumn === undefined) return cells;
  const ids = new Set(plan.targets.map((t) => t.id));
  // The section's body runs from under its header to the first row that holds no target id.
  for (let row = headerRow + 1; ; row += 1) {
    const id = all.find((c) => c.row === row && c.column === idColumn)?.text;
    if (id === undefined || !ids.has(id) || cells.has(id)) break;
    cells.set(id, sheetRef(PLAN_SHEET_NAME, absolute(address(row, minimumColumn))));
  }
  return cells;
}

/**
 * The same references on a plan sheet the workbook keeps (the officer's edit, left in place when
 * the tracker is rebuilt): found where that sheet has them, under its own name, since the officer
 * may have inserted rows or named the sheet another accepted way ("KE HOACH").
 */
function keptMinimumCells(plan: Plan, sheet: RawSheet): ReadonlyMap<string, string> {
  const cells = new Map<string, string>();
  const ids = new Set(plan.targets.map((t) => t.id));
  const section = scanPlanSheet(sheet).sections.find((s) => s.def.key === 'targets');
  for (const row of section?.rows ?? []) {
    const id = row.cells.get('id')?.text.trim();
    const minimum = row.cells.get('minimum')?.at;
    if (id === undefined || minimum === undefined || !ids.has(id) || cells.has(id)) continue;
    cells.set(id, sheetRef(sheet.name, absolute(minimum.replace(/\$/g, ''))));
  }
  return cells;
}
