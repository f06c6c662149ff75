import { address } from '../../layout/a1';
import { RECORD_SHEETS } from '../../records/recordSheets';
import type { RecordKind } from '../../records/types';
import { workbookRule } from '../rule';

/**
 * The tables themselves: none found at all, a required column missing from a header (an office's
 * tracker with no "Hình thức" column), or no unit column in a workbook that names no unit.
 */
const DEFS: Readonly<Record<RecordKind, (typeof RECORD_SHEETS)[number]>> = { output: RECORD_SHEETS[0], standing: RECORD_SHEETS[1], spending: RECORD_SHEETS[2] };

export const tableColumns = workbookRule({
  id: 'table-columns',
  issues: {
    noTables: { code: 'validation.table.none', severity: 'error' },
    missingColumn: { code: 'validation.table.missingColumn', severity: 'error' },
    noUnit: { code: 'validation.table.unknownOwner', severity: 'warning' },
  },
  appliesTo: 'workbook',
  check: (workbook, context, emit) => {
    if (workbook.tables.length === 0) {
      // A district workbook written by a consolidation holds the units' rows in its TH sheets, checked file by file when consolidating (TH Lỗi từng tệp).
      if (workbook.holdsConsolidation !== true) emit('noTables', { sheet: workbook.sheets[0]?.name ?? '' });
      return;
    }
    for (const table of workbook.tables) {
      const columns = [...table.header.columns.values()];
      const cell = address(table.header.row, Math.min(...columns));
      for (const column of DEFS[table.kind].columns) {
        const found =
          (table.header.columns as ReadonlyMap<string, number>).has(column.field) ||
          (table.fieldsElsewhere as readonly string[] | undefined)?.includes(column.field) === true;
        if (!found && column.required)
          emit('missingColumn', { sheet: table.sheet, cell }, { header: column.headers[0] ?? column.field, row: table.header.row });
      }
      const hasUnit = (table.header.columns as ReadonlyMap<string, number>).has('unit');
      if (!hasUnit && (context.unitRequired || context.defaultUnit === null)) emit('noUnit', { sheet: table.sheet, cell }, { row: table.header.row });
    }
  },
});
