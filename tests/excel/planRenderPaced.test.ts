import { blankSheet, num, text } from '../../src/core/layout/cells';
import type { WorkbookLayout } from '../../src/core/layout/types';
import { DEFAULT_RENDER_OPTIONS, planRender, planRenderPaced } from '../../src/excel/renderWorkbook';

/**
 * Planning the requests of a large write gives the page turns (issue 11: the pane must repaint
 * and take a click while 60,000 rows are sized), and plans exactly what the one-go planner plans.
 */
function bigLayout(rows: number): WorkbookLayout {
  return {
    sheets: [
      {
        ...blankSheet('TH Tin bài'),
        blocks: [{ at: 'A1', rows: Array.from({ length: rows }, (_, i) => [num(i + 1), text(`Tin về cải cách hành chính số ${i}`), text('Báo Tây Ninh')]) }],
      },
    ],
    definedNames: [],
  };
}

describe('planRenderPaced', () => {
  test('given 30,000 rows, it plans the same batches as planRender', async () => {
    const layout = bigLayout(30_000);
    const once = planRender(layout, [], new Set(), 'Sheet1', DEFAULT_RENDER_OPTIONS);
    const paced = await planRenderPaced(layout, [], new Set(), 'Sheet1', DEFAULT_RENDER_OPTIONS);
    const shape = (batches: typeof once): [number, number][] => batches.map((b) => [b.bytes, b.steps.reduce((sum, s) => sum + s.cells, 0)]);
    expect(shape(paced)).toEqual(shape(once));
  });

  test('given a plan that takes longer than a slice, a timer set before it runs before it ends', async () => {
    const order: string[] = [];
    setTimeout(() => order.push('page turn'), 0);
    await planRenderPaced(bigLayout(60_000), [], new Set(), 'Sheet1', DEFAULT_RENDER_OPTIONS);
    order.push('planned');
    expect(order).toEqual(['page turn', 'planned']);
  });
});
