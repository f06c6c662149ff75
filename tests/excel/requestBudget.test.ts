import { blankSheet, num, text } from '../../src/core/layout/cells';
import type { WorkbookLayout } from '../../src/core/layout/types';
import { RowTooLargeError } from '../../src/excel/errors';
import { createOfficeWorkbookPort } from '../../src/excel/officeWorkbookPort';
import { installStrictExcelHost, uninstallStrictExcelHost } from '../support/excelHost';

afterEach(() => uninstallStrictExcelHost(globalThis));

/** The planner's byte estimates hold against the host's own measurement, at any budget. */
function rows(count: number): WorkbookLayout {
  return {
    sheets: [
      {
        ...blankSheet('Dữ liệu'),
        blocks: [{ at: 'A1', rows: Array.from({ length: count }, (_, i) => [num(i), text(`Tuyên truyền lần ${i}`), text(i % 4 === 0 ? '- ghi chú' : 'ổn')]) }],
        rows: Array.from({ length: 300 }, (_, i) => ({ row: i + 1, height: 18 })),
        styles: [{ range: `A1:C${count}`, style: { numberFormat: '@', border: true } }],
      },
    ],
    definedNames: [],
  };
}

describe('request budget', () => {
  test('with a 200 KB limit every request stays under it, and syncs grow with bytes', async () => {
    const host = installStrictExcelHost(globalThis, { maxRequestBytes: 200_000 });
    const port = createOfficeWorkbookPort({ batchBytes: 160_000, blockBytes: 40_000, rowsPerBlock: 5000, maxRequestBytes: 200_000 });
    await port.writeSheets(rows(5000));
    expect(host.counters.largestRequestBytes).toBeLessThan(200_000);
    expect(host.counters.syncCount).toBeGreaterThan(Math.ceil(host.counters.totalRequestBytes / 200_000));
    expect(host.counters.syncCount).toBeLessThan(3 * Math.ceil(host.counters.totalRequestBytes / 160_000) + 2);
    expect(host.sheet('Dữ liệu')?.values('A5000:C5000')).toEqual([[4999, 'Tuyên truyền lần 4999', 'ổn']]);
  });

  test('a single row larger than a request may be is refused before the workbook changes', async () => {
    const host = installStrictExcelHost(globalThis, { maxRequestBytes: 10_000 });
    const port = createOfficeWorkbookPort({ batchBytes: 8_000, blockBytes: 4_000, rowsPerBlock: 5000, maxRequestBytes: 10_000 });
    const layout: WorkbookLayout = { sheets: [{ ...blankSheet('To'), blocks: [{ at: 'A1', rows: [[text('x'.repeat(20_000))]] }] }], definedNames: [] };
    await expect(port.writeSheets(layout)).rejects.toBeInstanceOf(RowTooLargeError);
    expect(host.sheetNames()).toEqual(['Sheet1']);
  });
});
