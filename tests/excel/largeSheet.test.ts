import { blankSheet, date, num, text } from '../../src/core/layout/cells';
import type { CellValue, WorkbookLayout } from '../../src/core/layout/types';
import { portOnHost, removeHost } from './hostPort';

afterEach(removeHost);

const ROWS = 60_000;
const FIVE_MB = 5 * 1024 * 1024;

function recordRow(i: number): CellValue[] {
  const day = String((i % 28) + 1).padStart(2, '0');
  return [
    num(i + 1),
    date(`2019-03-${day}`),
    text(i % 3 === 0 ? 'Hội nghị tuyên truyền cải cách hành chính' : 'Pa nô, áp phích'),
    text(`Xã Phước Thạnh ${i % 17}`),
    num((i * 37) % 500),
    text(i % 5 === 0 ? '- ghi chú: tổ chức tại hội trường UBND xã' : ''),
    text(i % 11 === 0 ? '=không phải công thức' : 'Đã thực hiện'),
    num(i % 2),
  ];
}

const layout: WorkbookLayout = {
  sheets: [
    {
      ...blankSheet('Dữ liệu'),
      blocks: [{ at: 'A2', rows: Array.from({ length: ROWS }, (_, i) => recordRow(i)) }],
      styles: [{ range: `B2:B${ROWS + 1}`, style: { numberFormat: 'dd/mm/yyyy', border: true } }],
      validations: [{ range: `E2:E${ROWS + 1}`, rule: { kind: 'wholeNumber', min: 0 }, allowBlank: true }],
    },
  ],
  definedNames: [],
};

describe('a 60,000-row sheet', () => {
  test('renders in row blocks: every request under 5 MB, syncs growing with blocks, not rows', async () => {
    const { port, host } = portOnHost();
    const stats = await port.writeSheets(layout);
    const { syncCount, largestRequestBytes, totalRequestBytes, requests } = host.counters;
    const blocks = Math.ceil(ROWS / 5000);

    expect(largestRequestBytes).toBeLessThan(FIVE_MB);
    // At least as many syncs as the bytes need, at most one per block plus the bookkeeping ones.
    expect(syncCount).toBeGreaterThanOrEqual(Math.ceil(totalRequestBytes / FIVE_MB));
    expect(syncCount).toBeLessThanOrEqual(blocks + 3);
    // Operations per request stay in the tens or hundreds, far from one per row.
    expect(Math.max(...requests.map((r) => r.operations))).toBeLessThan(ROWS / 10);
    expect(stats.cells).toBe(ROWS * 8);
    expect(stats.syncs).toBe(syncCount);

    const sheet = host.sheet('Dữ liệu');
    expect(sheet?.values(`A${ROWS + 1}:E${ROWS + 1}`)).toEqual([
      [ROWS, 43525 + ((ROWS - 1) % 28), 'Pa nô, áp phích', `Xã Phước Thạnh ${(ROWS - 1) % 17}`, ((ROWS - 1) * 37) % 500],
    ]);
    expect(sheet?.cell('F2').value).toBe('- ghi chú: tổ chức tại hội trường UBND xã');
    expect(sheet?.cell('G2').value).toBe('=không phải công thức');
    expect(sheet?.cell(`B${ROWS + 1}`).numberFormat).toBe('dd/mm/yyyy');
  });

  test('reads back in blocks with every response under 5 MB', async () => {
    const { port, host } = portOnHost();
    await port.writeSheets(layout);
    host.resetCounters();
    const read = await port.readSheet('Dữ liệu');
    expect(read?.origin).toEqual({ row: 2, column: 1 });
    expect(read?.values).toHaveLength(ROWS);
    // A blank cell is null, as from a file (RawCell's one representation).
    expect(read?.values[4]).toEqual([5, 43529, 'Pa nô, áp phích', 'Xã Phước Thạnh 4', 148, null, 'Đã thực hiện', 0]);
    expect(host.counters.largestResponseBytes).toBeLessThan(FIVE_MB);
    expect(host.counters.syncCount).toBeLessThanOrEqual(2 + Math.ceil((ROWS * 8) / 100_000));
  });
});
