import { renderToStaticMarkup } from 'react-dom/server';
import { GO_DAU_116 } from '../../src/core/plan/goDau116';
import { planToSheet } from '../../src/core/plan/planSheetLayout';
import type { Plan } from '../../src/core/plan/types';
import type { RawSheet, WorkbookPort } from '../../src/core/ports/workbookPort';
import { App } from '../../src/taskpane/App';
import { rereadPlan } from '../../src/taskpane/hooks/useWorkbookPlan';
import type { PaneAction } from '../../src/taskpane/state/paneReducer';
import { layoutToRawSheets } from '../support/layoutToRawSheets';

/** A port whose plan sheet the test edits between reads, as the officer edits it in Excel. */
function editableWorkbook(first: Plan): WorkbookPort & { edit: (plan: Plan) => void } {
  const sheetOf = (plan: Plan): RawSheet => {
    const [sheet] = layoutToRawSheets(planToSheet(plan));
    if (!sheet) throw new Error('no plan sheet');
    return sheet;
  };
  let sheet = sheetOf(first);
  return {
    edit: (plan) => {
      sheet = sheetOf(plan);
    },
    listSheets: () => Promise.resolve([sheet.name]),
    readSheet: () => Promise.resolve(sheet),
    writeSheets: () => Promise.reject(new Error('reading the plan writes nothing')),
    selectCell: () => Promise.resolve(),
    markCells: () => Promise.resolve({ marked: 0, skipped: 0 }),
    clearMarks: () => Promise.resolve(0),
  };
}

async function reread(port: WorkbookPort): Promise<PaneAction[]> {
  const actions: PaneAction[] = [];
  rereadPlan({ kind: 'ready', port }, (action) => actions.push(action));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return actions;
}

describe('Đọc lại kế hoạch', () => {
  it('given the officer edited a minimum after the pane opened, reading again brings the edited plan', async () => {
    const port = editableWorkbook(GO_DAU_116);
    const before = await reread(port);
    port.edit({ ...GO_DAU_116, targets: GO_DAU_116.targets.map((target) => (target.id === 'III.1.a' ? { ...target, minimum: 42 } : target)) });
    const after = await reread(port);
    const minimum = (actions: PaneAction[]): number | undefined => {
      const read = actions.find((action) => action.type === 'planRead');
      return read?.type === 'planRead' ? read.result.plan?.targets.find((target) => target.id === 'III.1.a')?.minimum : undefined;
    };
    expect(after.map((action) => action.type)).toEqual(['planReading', 'planRead']);
    expect([minimum(before), minimum(after)]).toEqual([10, 42]);
  });

  it('given Excel is ready, the plan section offers the button the plan sheet’s instructions name', () => {
    const html = renderToStaticMarkup(
      <App port={editableWorkbook(GO_DAU_116)} support={{ officeLoaded: true, missingSets: [] }} plan={GO_DAU_116} initialHash="#ke-hoach" />,
    );
    const instructions = String(layoutToRawSheets(planToSheet(GO_DAU_116))[0]?.values[1]?.[0] ?? '');
    expect(instructions).toContain('"Đọc lại kế hoạch"');
    expect(html).toMatch(/data-testid="plan-reread"[^>]*>Đọc lại kế hoạch</u);
  });
});
