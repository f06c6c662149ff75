import { DISTRICT_ERA_LEVELS } from '../../../src/core/plan/levelCatalogue';
import { readPlanFromSheets } from '../../../src/core/plan/planSheetReader';
import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import { readWorkbook } from '../../../src/xlsx/readWorkbook';
import { layoutToRawSheets } from '../../support/layoutToRawSheets';
import { planToSheet } from '../../../src/core/plan/planSheetLayout';
import { sheetOf } from '../../support/planSheetRows';
import { fixturePlanBytes } from '../../support/fixturePlans';

/**
 * A plan sheet without "CẤP ĐƠN VỊ" (an officer deleted the section, or a sheet older than levels as
 * plan data): its cells may still name 116/KH-UBND's three levels, but only the levels cells name
 * join the plan. A new user's province plan (tester, issue 13) names "UBND xã, phường, đặc khu" and
 * "Sở, ban, ngành": it used to carry "Xã/thị trấn" as well, whose word "Xã" clashes with the
 * commune-and-ward level's, so every tracker's copy of the plan sheet was refused.
 */
describe('a plan sheet without its levels section', () => {
  it("given a 2026 province plan, carries only the levels its units name, and a tracker's copy of the sheet reads back without issues", async () => {
    const sheets = await readWorkbook(fixturePlanBytes('ke-hoach-tinh-khong-cap-don-vi.xlsx'));
    const read = readPlanFromSheets(sheets);
    expect(read.issues.filter((i) => i.severity === 'error')).toEqual([]);
    if (!read.plan) throw new Error('the plan did not read');
    const codes = read.plan.levels.map((l) => l.code);
    for (const districtEra of DISTRICT_ERA_LEVELS) expect(codes).not.toContain(districtEra.code);
    expect(new Set(read.plan.units.map((u) => u.level))).toEqual(new Set(codes));

    const again = readPlanFromSheets(layoutToRawSheets(planToSheet(read.plan)));
    expect(again.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(again.plan?.levels.map((l) => l.code)).toEqual(codes);
  });

  it("given 116/KH-UBND's sheet with the section removed, still reads the district era's three levels, in their order", () => {
    const full = sheetOf(GO_DAU_116);
    const top = full.values.findIndex((r) => r[0] === 'CẤP ĐƠN VỊ');
    expect(top).toBeGreaterThan(0);
    let end = top + 1;
    while (end < full.values.length && (full.values[end]?.length ?? 0) > 0 && full.values[end]?.[0] !== null) end++;
    const without = { ...full, values: [...full.values.slice(0, top), ...full.values.slice(end)] };
    const read = readPlanFromSheets([without]);
    expect(read.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(read.plan?.levels.map((l) => l.code)).toEqual(DISTRICT_ERA_LEVELS.map((l) => l.code));
  });
});
