import { columnLetters } from '../../src/core/layout/a1';
import { SheetTooLargeError } from '../../src/excel/errors';
import { readSheet, DEFAULT_READ_OPTIONS } from '../../src/excel/readSheet';
import { MAX_USED_PARTS } from '../../src/excel/usedParts';
import type { HostCellValue } from '../support/excelHost/model';
import { portOnHost, removeHost } from './hostPort';

afterEach(removeHost);

const FIVE_MB = 5 * 1024 * 1024;

/** A 300-character Vietnamese title, different on every row (about 400 bytes in UTF-8). */
function title(i: number): string {
  const base = `Tuyên truyền cải cách hành chính số ${i}: hội nghị phổ biến thủ tục hành chính mới tại Bộ phận tiếp nhận và trả kết quả, `;
  return base.repeat(4).slice(0, 300);
}

function jsonBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).length;
}

// Excel on the web refuses a response over 5 MB (ResponsePayloadSizeLimitExceeded): "Resource limits and
// performance optimization for Office Add-ins", https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
describe('readSheet sized by bytes', () => {
  test('given 14,000 rows of 300-character titles (over 5 MB in all), every response stays under 5 MB', async () => {
    const rows: HostCellValue[][] = [['STT', 'Tiêu đề', 'Đơn vị'], ...Array.from({ length: 14_000 }, (_, i) => [i + 1, title(i), 'Xã Phước Thạnh'])];
    // The sheet's values weigh more than one response may carry: reading it whole would be refused.
    expect(jsonBytes(rows)).toBeGreaterThan(FIVE_MB);
    const { port, host } = portOnHost({ initialSheets: [{ name: 'Tin bài', values: rows }] });
    host.resetCounters();
    const read = await port.readSheet('Tin bài');
    expect(read?.values).toHaveLength(14_001);
    expect(read?.values[14_000]).toEqual([14_000, title(13_999), 'Xã Phước Thạnh']);
    expect(host.counters.largestResponseBytes).toBeLessThan(FIVE_MB);
    expect(host.counters.largestResponseBytes).toBeLessThan(DEFAULT_READ_OPTIONS.budget.responseBytes * 1.5);
    // Requests grow with bytes: a handful, not one per row or per thousand rows.
    expect(host.counters.syncCount).toBeLessThanOrEqual(2 + 8);
  });

  test('given short rows and then long ones, a refused response is asked for again in halves and the read completes', async () => {
    const limit = 300_000;
    const rows: HostCellValue[][] = Array.from({ length: 6_000 }, (_, i) => (i < 4_000 ? [i, 'ngắn'] : [i, title(i)]));
    const { host } = portOnHost({ maxRequestBytes: limit, initialSheets: [{ name: 'S', values: rows }] });
    const read = await Excel.run((context) =>
      readSheet(context, 'S', { ...DEFAULT_READ_OPTIONS, budget: { responseBytes: 100_000, firstCells: 2_000, growth: 8 } }),
    );
    expect(read?.values[5_999]).toEqual([5_999, title(5_999)]);
    expect(read?.values[3_999]).toEqual([3_999, 'ngắn']);
    // The host weighs a refused response too: one was refused, and the read still completed.
    expect(host.counters.largestResponseBytes).toBeGreaterThan(limit);
  });

  test('given a stray value at XFD1048576 beside a small table, only the cells present are read', async () => {
    const table: HostCellValue[][] = Array.from({ length: 100 }, (_, i) => [`Xã ${i}`, i, 'Tin']);
    const { port, host } = portOnHost({ initialSheets: [{ name: 'Sổ', values: table }] });
    host.seed('Sổ', 'XFD1048576', [['lạc']]);
    host.resetCounters();
    const read = await port.readSheet('Sổ');
    expect(read?.origin).toEqual({ row: 1, column: 1 });
    expect(read?.values).toHaveLength(1_048_576);
    expect(read?.values[99]).toEqual(['Xã 99', 99, 'Tin']);
    expect(read?.values[5_000]).toEqual([]);
    expect(read?.values[1_048_575]?.[16_383]).toBe('lạc');
    // The rectangle A1:XFD1048576 holds 17 billion cells; the responses carried about 300.
    expect(host.counters.largestResponseBytes).toBeLessThan(20_000);
    expect(host.counters.syncCount).toBeLessThanOrEqual(5);
  });
});

describe('a sheet too scattered to read in bounded requests', () => {
  test('given more separate parts than MAX_USED_PARTS, readSheet says the sheet is too large instead of reading the rectangle', async () => {
    const { host } = portOnHost({ initialSheets: [{ name: 'Rải rác' }] });
    // 1,100 lone cells on a diagonal, read with parts of at most one cell: every cell is its own part.
    for (let i = 0; i < MAX_USED_PARTS + 76; i++) host.seed('Rải rác', `${columnLetters(1 + (i % 16_000))}${1 + i * 900}`, [[i]]);
    const reading = Excel.run((context) => readSheet(context, 'Rải rác', { ...DEFAULT_READ_OPTIONS, partCells: 1 }));
    await expect(reading).rejects.toEqual(new SheetTooLargeError('Rải rác'));
  });
});
