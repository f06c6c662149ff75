import { GO_DAU_116 } from '../../src/core/plan/goDau116';
import { planToSheet } from '../../src/core/plan/planSheetLayout';
import type { Plan } from '../../src/core/plan/types';
import type { RawCell, RawSheet, WorkbookPort } from '../../src/core/ports/workbookPort';
import { readWorkbookPlan } from '../../src/taskpane/plan/readWorkbookPlan';
import { paneReducer } from '../../src/taskpane/state/paneReducer';
import { activePlan } from '../../src/taskpane/state/planSource';
import { aPaneState, aPlan } from './fixtures';
import { layoutValues } from './layoutValues';

/** A port over a fixed set of sheets that records which sheets were read. */
function aWorkbook(sheets: Record<string, RawCell[][]>): WorkbookPort & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    listSheets: () => Promise.resolve(Object.keys(sheets)),
    readSheet: (name) => {
      reads.push(name);
      const values = sheets[name];
      const sheet: RawSheet | null = values ? { name, values, origin: { row: 1, column: 1 } } : null;
      return Promise.resolve(sheet);
    },
    writeSheets: () => Promise.reject(new Error('the pane must not write while reading the plan')),
    selectCell: () => Promise.resolve(),
    markCells: () => Promise.resolve({ marked: 0, skipped: 0 }),
    clearMarks: () => Promise.resolve(0),
  };
}

const planSheetValues = (plan: Plan): RawCell[][] => {
  const [sheet] = planToSheet(plan).sheets;
  if (!sheet) throw new Error('planToSheet made no sheet');
  return layoutValues(sheet);
};

describe('readWorkbookPlan', () => {
  it('given no plan sheet, keeps the built-in plan and reads nothing else', async () => {
    const workbook = aWorkbook({ 'Sổ theo dõi': [['x']] });
    expect(await readWorkbookPlan(workbook)).toEqual({ type: 'planSheetMissing' });
    expect(workbook.reads).toEqual([]);
  });

  it('given a plan sheet written by the add-in, shows that plan', async () => {
    const edited = aPlan({ targets: GO_DAU_116.targets.map((t) => (t.id === 'III.1.e' ? { ...t, minimum: 25 } : t)) });
    const workbook = aWorkbook({ Sheet1: [], 'Kế hoạch': planSheetValues(edited) });
    const action = await readWorkbookPlan(workbook);
    expect(workbook.reads).toEqual(['Kế hoạch']);
    const state = paneReducer(aPaneState(), action);
    expect(state.planSource.kind).toBe('sheet');
    expect(activePlan(state.planSource, GO_DAU_116).targets.map((t) => t.minimum)).toEqual([10, 3, 10, 10, 25]);
  });

  it('finds the sheet under another accepted spelling ("Ke hoach")', async () => {
    const action = await readWorkbookPlan(aWorkbook({ 'Ke hoach': planSheetValues(GO_DAU_116) }));
    expect(action).toMatchObject({ type: 'planRead', sheet: 'Ke hoach' });
  });

  it('given a broken plan sheet, reports its issues and keeps showing the built-in plan', async () => {
    const action = await readWorkbookPlan(aWorkbook({ 'Kế hoạch': [['Kế hoạch'], ['nothing useful here']] }));
    const state = paneReducer(aPaneState(), action);
    expect(state.planSource.kind).toBe('sheet-invalid');
    if (state.planSource.kind === 'sheet-invalid') expect(state.planSource.issues.length).toBeGreaterThan(0);
    expect(activePlan(state.planSource, GO_DAU_116)).toBe(GO_DAU_116);
  });
});
