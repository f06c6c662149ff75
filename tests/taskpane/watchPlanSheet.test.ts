import { GO_DAU_116 } from '../../src/core/plan/goDau116';
import { planToSheet } from '../../src/core/plan/planSheetLayout';
import { PLAN_REREAD_DELAY_MS, watchPlanSheet } from '../../src/taskpane/hooks/useWorkbookPlan';
import type { PaneAction } from '../../src/taskpane/state/paneReducer';
import { portOnHost, removeHost } from '../excel/hostPort';

/**
 * The pane reads the plan sheet again after the officer edits it (issue 13), once per burst of
 * typing, through the Office.js adapter on the strict host; the button stays the fallback.
 */
const settle = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('re-reading the plan when the plan sheet changes', () => {
  afterEach(removeHost);

  test('given three quick edits of a minimum, the plan is read once after them, with the new minimum', async () => {
    const { port, host } = portOnHost({ initialSheets: [{ name: 'Sheet1', values: [['a']] }] });
    await port.writeSheets(planToSheet(GO_DAU_116));
    const actions: PaneAction[] = [];
    const stop = watchPlanSheet({ kind: 'ready', port }, (action) => actions.push(action));
    await settle(50);
    const sheet = host.sheet('Kế hoạch');
    const row = (sheet?.values('A1:A80') ?? []).findIndex((cells) => cells[0] === 'III.1.a') + 1;
    for (const minimum of [40, 41, 42]) await host.edit('Kế hoạch', `E${row}`, [[minimum]]);
    expect(actions).toEqual([]);
    await settle(PLAN_REREAD_DELAY_MS + 400);
    expect(actions.map((a) => a.type)).toEqual(['planReading', 'planRead']);
    const read = actions[1];
    expect(read?.type === 'planRead' ? read.result.plan?.targets.find((t) => t.id === 'III.1.a')?.minimum : undefined).toBe(42);
    stop();
    await settle(50);
    expect(host.changeHandlers('Kế hoạch')).toBe(0);
  });
});
