import { GO_DAU_116 } from '../../src/core/plan/goDau116';
import { PLAN_SHEET_ALIASES } from '../../src/core/plan/planSheetFormat';
import { planToSheet } from '../../src/core/plan/planSheetLayout';
import { portOnHost, removeHost } from './hostPort';

/** The port's watchSheet over the strict host: Worksheet.onChanged registered, called on the officer's edits, removed in its own context. */
describe('watching the plan sheet for the officer’s edits', () => {
  afterEach(removeHost);

  test('given the plan sheet, each edit of it calls back until watching stops; edits of other sheets do not', async () => {
    const { port, host } = portOnHost({ initialSheets: [{ name: 'Tin bài', values: [['Ngày']] }] });
    await port.writeSheets(planToSheet(GO_DAU_116));
    const seen: string[] = [];
    const stop = await port.watchSheet?.(PLAN_SHEET_ALIASES, () => seen.push('changed'));
    expect(host.changeHandlers('Kế hoạch')).toBe(1);
    await host.edit('Kế hoạch', 'E20', [[42]]);
    await host.edit('Tin bài', 'A2', [['05/03/2018']]);
    expect(seen).toEqual(['changed']);
    await stop?.();
    expect(host.changeHandlers('Kế hoạch')).toBe(0);
    await host.edit('Kế hoạch', 'E20', [[43]]);
    expect(seen).toEqual(['changed']);
  });

  test('given a workbook with no plan sheet, nothing is watched', async () => {
    const { port } = portOnHost({ initialSheets: [{ name: 'Sheet1', values: [['a']] }] });
    expect(await port.watchSheet?.(PLAN_SHEET_ALIASES, () => undefined)).toBeNull();
  });

  test('given a host without ExcelApi 1.7, registering fails as Excel would, and the caller is told', async () => {
    const { port } = portOnHost({ initialSheets: [{ name: 'Kế hoạch', values: [['KẾ HOẠCH']] }], supportedSets: { ExcelApi: '1.6' } });
    await expect(port.watchSheet?.(PLAN_SHEET_ALIASES, () => undefined)).rejects.toThrow(/ExcelApi 1\.7/u);
  });
});
