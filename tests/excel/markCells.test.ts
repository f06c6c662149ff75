import { CELLS_PER_BATCH, MARK_COLORS, MARKS_SHEET } from '../../src/excel/markCells';
import type { CellMark } from '../../src/core/ports/workbookPort';
import { portOnHost, removeHost } from './hostPort';

afterEach(removeHost);

const SEED = {
  initialSheets: [
    {
      name: 'Tin bài',
      values: [
        ['Ngày', 'Kênh', 'Tiêu đề'],
        ['32/13/2018', 'Facebook', '- tin 1'],
        ['', 'Báo Tây Ninh', '=tin 2'],
      ],
      fills: { B2: '#DDEBF7', C3: '#00FF00' },
    },
    {
      name: 'Kinh phí',
      values: [
        ['Ngày', 'Số tiền'],
        ['01/02/2018', 'năm trăm'],
      ],
    },
    { name: '_cchc', values: [['schema', 'cchc-stamp/1']], visibility: 'VeryHidden' as const },
  ],
};

const MARKS: CellMark[] = [
  { sheet: 'Tin bài', cell: 'A2', severity: 'error' },
  { sheet: 'Tin bài', cell: 'B2', severity: 'warning' },
  { sheet: 'Tin bài', cell: 'A3', severity: 'warning' },
  { sheet: 'Tin bài', cell: 'A3', severity: 'error' },
  { sheet: 'Tin bài', cell: 'C3', severity: 'error' },
  { sheet: 'Kinh phí', cell: 'B2', severity: 'error' },
];

describe('marking the cells validation found', () => {
  test('errors red, warnings yellow, an error outranks a warning on the same cell; values untouched', async () => {
    const { port, host } = portOnHost(SEED);
    const before = host.sheet('Tin bài')?.values('A1:C3');
    const stats = await port.markCells(MARKS);
    expect(stats).toEqual({ marked: 5, skipped: 0 });
    const sheet = host.sheet('Tin bài');
    expect(sheet?.cell('A2').fill).toBe(MARK_COLORS.error);
    expect(sheet?.cell('B2').fill).toBe(MARK_COLORS.warning);
    expect(sheet?.cell('A3').fill).toBe(MARK_COLORS.error);
    expect(host.sheet('Kinh phí')?.cell('B2').fill).toBe(MARK_COLORS.error);
    expect(sheet?.values('A1:C3')).toEqual(before);
    expect(host.sheet(MARKS_SHEET)?.visibility).toBe('VeryHidden');
  });

  test('clearing restores each previous fill exactly, no fill included, and removes the marks sheet', async () => {
    const { port, host } = portOnHost(SEED);
    await port.markCells(MARKS);
    await expect(port.clearMarks()).resolves.toBe(5);
    const sheet = host.sheet('Tin bài');
    expect(sheet?.cell('A2').fill).toBeNull();
    expect(sheet?.cell('B2').fill).toBe('#DDEBF7');
    expect(sheet?.cell('C3').fill).toBe('#00FF00');
    expect(host.sheet('Kinh phí')?.cell('B2').fill).toBeNull();
    expect(host.sheet(MARKS_SHEET)).toBeUndefined();
    await expect(port.clearMarks()).resolves.toBe(0);
  });

  test('marking again first restores the old marks, so clearing still gives back the original fills', async () => {
    const { port, host } = portOnHost(SEED);
    await port.markCells(MARKS);
    await port.markCells([{ sheet: 'Tin bài', cell: 'B2', severity: 'error' }]);
    expect(host.sheet('Tin bài')?.cell('A2').fill).toBeNull();
    expect(host.sheet('Tin bài')?.cell('B2').fill).toBe(MARK_COLORS.error);
    await port.clearMarks();
    expect(host.sheet('Tin bài')?.cell('B2').fill).toBe('#DDEBF7');
    expect(host.sheet('Tin bài')?.cell('C3').fill).toBe('#00FF00');
  });

  test('the marks live in the workbook: a new port (the pane reopened) clears them', async () => {
    const { port, host } = portOnHost(SEED);
    await port.markCells(MARKS);
    const { createOfficeWorkbookPort } = await import('../../src/excel/officeWorkbookPort');
    await expect(createOfficeWorkbookPort().clearMarks()).resolves.toBe(5);
    expect(host.sheet('Tin bài')?.cell('B2').fill).toBe('#DDEBF7');
  });

  test('hidden sheets, missing sheets and bad addresses are skipped, not fatal', async () => {
    const { port } = portOnHost(SEED);
    const stats = await port.markCells([
      { sheet: '_cchc', cell: 'B1', severity: 'error' },
      { sheet: 'Không có', cell: 'A1', severity: 'error' },
      { sheet: 'Tin bài', cell: 'A1:B2', severity: 'error' },
      { sheet: 'Tin bài', cell: 'A2', severity: 'error' },
    ]);
    expect(stats).toEqual({ marked: 1, skipped: 3 });
  });

  test('a sheet deleted since marking is passed over when clearing', async () => {
    const { port, host } = portOnHost(SEED);
    await port.markCells(MARKS);
    const excel = (globalThis as unknown as { Excel: { run: (batch: (context: Excel.RequestContext) => Promise<void>) => Promise<void> } }).Excel;
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Kinh phí').delete();
      await context.sync();
    });
    await expect(port.clearMarks()).resolves.toBe(4);
    expect(host.sheet('Tin bài')?.cell('C3').fill).toBe('#00FF00');
  });

  test('syncs: three to mark a few hundred cells, four to mark again (old marks read), three to clear', async () => {
    const rows = Array.from({ length: 400 }, (_, i) => [`r${i}`, i, 'x']);
    const { port, host } = portOnHost({ initialSheets: [{ name: 'Tin bài', values: rows }] });
    const marks: CellMark[] = rows.flatMap((_, i) => [
      { sheet: 'Tin bài', cell: `A${i + 1}`, severity: 'error' as const },
      { sheet: 'Tin bài', cell: `C${i + 1}`, severity: 'warning' as const },
    ]);
    const at = (): number => host.counters.syncCount;
    const start = at();
    await port.markCells(marks);
    const marking = at() - start;
    await port.markCells(marks);
    const remarking = at() - start - marking;
    await port.clearMarks();
    const clearing = at() - start - marking - remarking;
    expect({ marking, remarking, clearing }).toEqual({ marking: 3, remarking: 4, clearing: 3 });
    expect(host.sheet('Tin bài')?.cell('A1').fill).toBeNull();
    expect(host.sheet('Tin bài')?.values('A1:C2')).toEqual([
      ['r0', 0, 'x'],
      ['r1', 1, 'x'],
    ]);
    expect(host.counters.largestRequestBytes).toBeLessThan(5 * 1024 * 1024);
  });

  test('more cells than one block: a sync per block, requests under 5 MB, all restored', async () => {
    const count = CELLS_PER_BATCH * 2 + 10;
    const rows = Array.from({ length: count }, (_, i) => [i]);
    const { port, host } = portOnHost({ initialSheets: [{ name: 'Dài', values: rows }] });
    const start = host.counters.syncCount;
    await expect(port.markCells(rows.map((_, i) => ({ sheet: 'Dài', cell: `A${i + 1}`, severity: 'error' as const })))).resolves.toEqual({
      marked: count,
      skipped: 0,
    });
    expect(host.counters.syncCount - start).toBe(1 + 3 + 3);
    expect(host.counters.largestRequestBytes).toBeLessThan(5 * 1024 * 1024);
    await expect(port.clearMarks()).resolves.toBe(count);
    expect(host.sheet('Dài')?.cell(`A${count}`).fill).toBeNull();
  });
});
