import { GO_DAU_116 } from '../../src/core/plan/goDau116';
import { readPlanFromSheets } from '../../src/core/plan/planSheetReader';
import { buildTemplate } from '../../src/core/template/buildTemplate';
import type { Unit } from '../../src/core/plan/types';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { renderToBuffer } from '../../src/xlsx/renderWorkbook';

/** The layouts the product really writes go through the renderer and come back readable. */
function unit(code: string): Unit {
  const found = GO_DAU_116.units.find((u) => u.code === code);
  if (!found) throw new Error(`no unit ${code}`);
  return found;
}

describe.each([
  ['a commune workbook', 'unit', 'XTD'],
  ['the district workbook', 'district', 'PNV'],
] as const)('%s', (_name, kind, code) => {
  test('renders, reads back, and carries the plan sheet that reads back to the same plan', async () => {
    const layout = buildTemplate({ plan: GO_DAU_116, kind, unit: unit(code), createdOn: '2018-06-10' });
    const sheets = await readWorkbook(await renderToBuffer(layout));
    expect(sheets.map((s) => s.name)).toEqual(layout.sheets.map((s) => s.name));
    const { plan, issues } = readPlanFromSheets(sheets);
    expect(issues).toEqual([]);
    expect(plan).toEqual(GO_DAU_116);
  });
});
