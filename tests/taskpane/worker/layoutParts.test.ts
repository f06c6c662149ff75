import fc from 'fast-check';
import type { CellValue, SheetLayout, WorkbookLayout } from '../../../src/core/layout/types';
import { LAYOUT_PART_ROWS, LayoutAssembly, splitLayout } from '../../../src/taskpane/worker/layoutParts';

const sheet = (name: string, blockRows: readonly number[]): SheetLayout => ({
  name,
  blocks: blockRows.map((count, b) => ({
    at: `A${String(b * 100 + 1)}`,
    rows: Array.from({ length: count }, (_, r): CellValue[] => [
      { kind: 'text', text: `${name} ${String(b)}:${String(r)}` },
      { kind: 'number', value: r },
    ]),
  })),
  styles: [],
  merges: [],
  columns: [],
  rows: [],
  tables: [],
  validations: [],
  conditionalFormats: [],
  visibility: 'visible',
});

const layoutOf = (sheets: readonly (readonly number[])[]): WorkbookLayout => ({
  sheets: sheets.map((rows, i) => sheet(`S${String(i)}`, rows)),
  definedNames: [],
});

/** The page's side as the engine runs it: every part added in the order sent, then the skeleton. */
function roundTrip(layout: WorkbookLayout, partRows: number): { layout: WorkbookLayout; parts: number; largest: number } {
  const { skeleton, parts } = splitLayout(layout, partRows);
  const assembly = new LayoutAssembly();
  for (const part of parts) assembly.add(part);
  return { layout: assembly.build(skeleton), parts: parts.length, largest: Math.max(0, ...parts.map((p) => p.rows.length)) };
}

describe('the layout sent in parts', () => {
  test('given 60,000 rows in one block, sends them in parts of at most 2,000 rows and the page gets the same layout back', () => {
    const layout = layoutOf([[3, 60_000], [20]]);
    const { skeleton } = splitLayout(layout);
    expect(skeleton.sheets[0]?.blocks.map((b) => b.rows.length)).toEqual([3, 0]);
    expect(skeleton.sheets[1]).toBe(layout.sheets[1]);
    const back = roundTrip(layout, LAYOUT_PART_ROWS);
    expect(back.parts).toBe(30);
    expect(back.largest).toBe(LAYOUT_PART_ROWS);
    expect(back.layout).toEqual(layout);
  });

  test('given a layout with no block over a part, sends nothing ahead and the layout as it is', () => {
    const layout = layoutOf([[5, 5], [1]]);
    const { skeleton, parts } = splitLayout(layout, 5);
    expect(parts).toEqual([]);
    expect(skeleton.sheets).toEqual(layout.sheets);
    expect(new LayoutAssembly().build(skeleton)).toBe(skeleton);
  });

  test('given any sheets and blocks, the rows come back in their blocks and order, no part over the limit', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.nat(30), { maxLength: 4 }), { maxLength: 4 }), fc.integer({ min: 1, max: 7 }), (sheets, partRows) => {
        const layout = layoutOf(sheets);
        const back = roundTrip(layout, partRows);
        expect(back.layout).toEqual(layout);
        expect(back.largest).toBeLessThanOrEqual(partRows);
      }),
      { numRuns: 200 },
    );
  });
});
