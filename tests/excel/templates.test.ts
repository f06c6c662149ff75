import { GO_DAU_116 } from '../../src/core/plan/goDau116';
import { readPlanFromSheets } from '../../src/core/plan/planSheetReader';
import type { Unit } from '../../src/core/plan/types';
import type { RawSheet } from '../../src/core/ports/workbookPort';
import { buildTemplate } from '../../src/core/template/buildTemplate';
import { portOnHost, removeHost } from './hostPort';

afterEach(removeHost);

/** The workbooks the product really writes, through the Office.js adapter into the strict host. */
function unit(code: string): Unit {
  const found = GO_DAU_116.units.find((u) => u.code === code);
  if (!found) throw new Error(`no unit ${code}`);
  return found;
}

describe.each([
  ['a commune workbook', 'unit', 'XTD'],
  ['the district workbook', 'district', 'PNV'],
] as const)('%s', (_name, kind, code) => {
  test('renders in at most 3 syncs, each request under 5 MB, and its plan sheet reads back to the same plan', async () => {
    const { port, host } = portOnHost();
    const layout = buildTemplate({ plan: GO_DAU_116, kind, unit: unit(code), createdOn: '2018-06-10' });
    await port.writeSheets(layout);
    expect(host.counters.syncCount).toBeLessThanOrEqual(3);
    expect(host.counters.largestRequestBytes).toBeLessThan(5 * 1024 * 1024);
    expect(host.sheetNames()).toEqual(['Sheet1', ...layout.sheets.map((s) => s.name)]);

    const names = await port.listSheets();
    const sheets = (await Promise.all(names.map((n) => port.readSheet(n)))).filter((s): s is RawSheet => s !== null);
    const { plan, issues } = readPlanFromSheets(sheets);
    expect(issues).toEqual([]);
    expect(plan).toEqual(GO_DAU_116);
  });
});
