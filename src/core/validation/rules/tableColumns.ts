import { address } from '../../layout/a1';
import { RECORD_SHEET_OF, templateHeader } from '../../records/recordSheets';
import { workbookRule } from '../rule';

/**
 * The tables themselves: none found at all, a required column missing from a header (an office's
 * tracker with no "Hình thức" column), or no unit column in a workbook that names no unit.
 */

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
      for (const column of RECORD_SHEET_OF[table.kind].columns) {
        const found =
          (table.header.columns as ReadonlyMap<string, number>).has(column.field) ||
          (table.fieldsElsewhere as readonly string[] | undefined)?.includes(column.field) === true;
        if (!found && column.required)
          emit('missingColumn', { sheet: table.sheet, cell }, { header: templateHeader(table.kind, column.field), row: table.header.row });
      }
      const hasUnit = (table.header.columns as ReadonlyMap<string, number>).has('unit');
      if (!hasUnit && (context.unitRequired || context.defaultUnit === null)) emit('noUnit', { sheet: table.sheet, cell }, { row: table.header.row });
    }
  },
});
