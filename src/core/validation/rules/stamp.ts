import { address } from '../../layout/a1';
import { cellText } from '../../text/cellText';
import { STAMP_SHEET_NAME } from '../../template/stamp';
import { workbookRule } from '../rule';

/**
 * A workbook made from another plan, or from an older (or newer) revision of the active plan: its
 * lists, checks and progress formulas may not match the plan any more. Points at the stamp cell.
 */
export const stamp = workbookRule({
  id: 'stamp',
  appliesTo: 'workbook',
  issues: {
    otherPlan: { code: 'validation.stamp.otherPlan', severity: 'warning' },
    olderRevision: { code: 'validation.stamp.olderRevision', severity: 'warning' },
    newerRevision: { code: 'validation.stamp.newerRevision', severity: 'warning' },
  },
  check: (workbook, context, emit) => {
    const found = workbook.stamp;
    if (!found) return;
    const sheet = workbook.sheets.find((s) => s.name === STAMP_SHEET_NAME);
    const cellFor = (key: string): string | undefined => {
      const index = sheet?.values.findIndex((row) => cellText(row[0] ?? null) === key) ?? -1;
      return sheet && index >= 0 ? address(sheet.origin.row + index, sheet.origin.column + 1) : undefined;
    };
    const { id, revision } = context.plan.identity;
    const params = { planId: found.planId, revision: found.planRevision, activePlanId: id, activeRevision: revision };
    if (found.planId !== id) emit('otherPlan', { sheet: STAMP_SHEET_NAME, cell: cellFor('planId') }, params);
    else if (found.planRevision < revision) emit('olderRevision', { sheet: STAMP_SHEET_NAME, cell: cellFor('planRevision') }, params);
    else if (found.planRevision > revision) emit('newerRevision', { sheet: STAMP_SHEET_NAME, cell: cellFor('planRevision') }, params);
  },
});
