import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import { COMMON_LEVELS, DISTRICT_ERA_LEVELS, levelOf } from '../../../src/core/plan/levelCatalogue';
import { createPlanLookup } from '../../../src/core/plan/planLookup';
import { readPlanFromSheets } from '../../../src/core/plan/planSheetReader';
import { planWording } from '../../../src/core/plan/planWording';
import type { Plan } from '../../../src/core/plan/types';
import type { RawSheet } from '../../../src/core/ports/workbookPort';
import { withCell } from '../../support/layoutToRawSheets';
import { rowAfter, rowOf, sheetOf } from '../../support/planSheetRows';

/** Column letter of a header in the row under a section heading. */
const columnOf = (sheet: RawSheet, heading: string, header: string): string => {
  const headerRow = sheet.values[rowOf(sheet, heading)] ?? [];
  const index = headerRow.indexOf(header);
  if (index < 0) throw new Error(`no column ${header} under ${heading}`);
  return String.fromCharCode(65 + index);
};

const codesAt = (sheet: RawSheet): string[] => readPlanFromSheets([sheet]).issues.map((i) => `${i.code}@${i.where.cell ?? ''}`);

describe('unit levels as plan data', () => {
  test('given the built-in plan, its three levels are written in CẤP ĐƠN VỊ and read back equal', () => {
    const sheet = sheetOf(GO_DAU_116);
    expect(rowOf(sheet, 'commune')).toBeGreaterThan(rowOf(sheet, 'CẤP ĐƠN VỊ'));
    expect(readPlanFromSheets([sheet]).plan?.levels).toEqual(DISTRICT_ERA_LEVELS);
  });

  test('given a sheet from before levels were data (no CẤP ĐƠN VỊ section), units read with 116/KH-UBND’s three levels', () => {
    const sheet = sheetOf(GO_DAU_116);
    const top = rowOf(sheet, 'CẤP ĐƠN VỊ') - 1;
    const cut: RawSheet = { ...sheet, values: sheet.values.map((row, i) => (i >= top ? row.map(() => null) : row)) };
    const result = readPlanFromSheets([cut]);
    expect(result.issues).toEqual([]);
    expect(result.plan?.levels.map((l) => l.code)).toEqual(['district-agency', 'reception-office', 'commune']);
    expect(result.plan?.units.find((u) => u.code === 'XTD')?.level).toBe('commune');
  });

  test('given a unit written with the level "Ấp", the common hamlet level joins the plan and is not headed as a committee', () => {
    const sheet = sheetOf(GO_DAU_116);
    const at = `${columnOf(sheet, 'ĐƠN VỊ', 'Cấp')}${rowOf(sheet, 'XTD')}`;
    const named = withCell(withCell(sheet, at, 'Ấp'), `B${rowOf(sheet, 'XTD')}`, 'Ấp Bến Mương');
    const result = readPlanFromSheets([named]);
    expect(result.issues).toEqual([]);
    const hamlet = result.plan?.levels.find((l) => l.code === 'hamlet');
    expect(hamlet).toEqual(COMMON_LEVELS.find((l) => l.code === 'hamlet'));
    expect(hamlet?.header.join(' ')).not.toMatch(/ỦY BAN|UBND/u);
    expect(result.plan?.units.find((u) => u.code === 'XTD')?.level).toBe('hamlet');
  });

  test('given a hamlet left in the commune level, a warning at its level cell says its report would read "ỦY BAN NHÂN DÂN"', () => {
    const sheet = sheetOf(GO_DAU_116);
    const named = withCell(sheet, `B${rowOf(sheet, 'XTD')}`, 'Ấp Bến Mương');
    const at = `${columnOf(sheet, 'ĐƠN VỊ', 'Cấp')}${rowOf(sheet, 'XTD')}`;
    const result = readPlanFromSheets([named]);
    expect(result.issues.map((i) => `${i.code}@${i.where.cell ?? ''}:${i.severity}`)).toEqual([`plan.unit.hamletAsCommittee@${at}:warning`]);
    expect(result.issues[0]?.params).toMatchObject({ name: 'Ấp Bến Mương', level: 'Xã/thị trấn' });
  });

  test('given a level word no level answers to, it is refused at its cell with the plan’s and the common levels listed', () => {
    const sheet = sheetOf(GO_DAU_116);
    const at = `${columnOf(sheet, 'ĐƠN VỊ', 'Cấp')}${rowOf(sheet, 'XTD')}`;
    const result = readPlanFromSheets([withCell(sheet, at, 'Liên xã')]);
    expect(result.plan).toBeNull();
    expect(codesAt(withCell(sheet, at, 'Liên xã'))).toEqual([`plan.reference.unknownLevel@${at}`]);
    expect(String(result.issues[0]?.params['allowed'])).toContain('Ấp, khu phố');
  });

  test('given a level’s header edited on the sheet, the edit is read, lines split at " / "', () => {
    const sheet = sheetOf(GO_DAU_116);
    const row = rowOf(sheet, 'commune');
    const edited = withCell(sheet, `${columnOf(sheet, 'CẤP ĐƠN VỊ', 'Tên cơ quan (tiêu đề)')}${row}`, 'ỦY BAN NHÂN DÂN / {tên}');
    const result = readPlanFromSheets([withCell(edited, `${columnOf(sheet, 'CẤP ĐƠN VỊ', 'Chức danh người ký')}${row}`, 'PHÓ CHỦ TỊCH THƯỜNG TRỰC')]);
    const commune = result.plan === null ? undefined : levelOf(result.plan, 'commune');
    expect(commune?.header).toEqual(['ỦY BAN NHÂN DÂN', '{tên}']);
    expect(commune?.signerTitle).toBe('PHÓ CHỦ TỊCH THƯỜNG TRỰC');
  });

  test('given a placeholder the add-in does not know, a warning at its cell names it', () => {
    const sheet = sheetOf(GO_DAU_116);
    const at = `${columnOf(sheet, 'CẤP ĐƠN VỊ', 'Tên trong câu')}${rowOf(sheet, 'commune')}`;
    const result = readPlanFromSheets([withCell(sheet, at, 'UBND {tên đơn vị}')]);
    expect(result.issues.map((i) => `${i.code}@${i.where.cell ?? ''}:${i.severity}`)).toEqual([`plan.level.unknownPlaceholder@${at}:warning`]);
    expect(result.issues[0]?.params).toMatchObject({ placeholder: '{tên đơn vị}' });
  });
});

describe('wording that depends on the level of government', () => {
  test('given the built-in district plan, the district’s words come from the dictionary', () => {
    expect(planWording(GO_DAU_116, 'vi')).toEqual({
      area: 'toàn huyện',
      participants: 'các cơ quan, đơn vị, UBND các xã, thị trấn',
      reception: 'Bộ phận tiếp nhận và trả kết quả',
    });
  });

  test('given a plan sheet issued by a commune with the government cell left blank, the commune’s 2026 words are used', () => {
    const sheet = sheetOf(GO_DAU_116);
    const issuer = withCell(sheet, `B${rowOf(sheet, 'Cơ quan ban hành')}`, 'UBND xã Thạnh Đức');
    const plan = readPlanFromSheets([withCell(issuer, `B${rowOf(sheet, 'Cấp chính quyền')}`, null)]).plan;
    expect(plan?.wording.government).toBe('commune');
    expect(plan === null ? null : planWording(plan, 'vi')).toMatchObject({ area: 'toàn xã', reception: 'Trung tâm Phục vụ hành chính công' });
  });

  test('given the plan’s own words on the sheet, they win over the dictionary', () => {
    const sheet = sheetOf(GO_DAU_116);
    const plan = readPlanFromSheets([withCell(sheet, `B${rowOf(sheet, 'Địa bàn (trong câu)')}`, 'toàn thị xã')]).plan;
    expect(plan === null ? null : planWording(plan, 'vi').area).toBe('toàn thị xã');
  });
});

describe('names that differ only by a tone mark', () => {
  const both: Plan = {
    ...GO_DAU_116,
    units: GO_DAU_116.units.map((u) =>
      u.code === 'XTP' ? { ...u, name: 'Xã Thanh Đức', aliases: ['Thanh Đức'] } : u.code === 'XTD' ? { ...u, aliases: ['Thạnh Đức'] } : u,
    ),
  };

  test('given "Thạnh Đức" and "Thanh Đức" both as aliases, the sheet reads without an issue and each name finds its own unit', () => {
    const result = readPlanFromSheets([sheetOf(both)]);
    expect(result.issues).toEqual([]);
    const lookup = createPlanLookup(both);
    expect(['Thạnh Đức', 'Thanh Đức', 'xã thanh đức', 'XÃ THẠNH ĐỨC'].map((name) => lookup.unit.find(name))).toEqual(['XTD', 'XTP', 'XTP', 'XTD']);
  });

  test('given a name typed without marks, nothing is guessed and both candidates are told', () => {
    const lookup = createPlanLookup(both);
    expect(lookup.unit.find('thanh duc')).toBeNull();
    expect(lookup.unit.candidates('thanh duc').sort()).toEqual(['XTD', 'XTP']);
    expect(lookup.unit.candidates('Cẩm Giang')).toEqual(['XCG']);
  });

  test('given a responsibility naming "thanh duc", the collision is explained at its cell, not called an unknown unit', () => {
    const sheet = sheetOf(both);
    const at = `A${rowAfter(sheet, 'PHÂN CÔNG', 'PVHTT')}`;
    const result = readPlanFromSheets([withCell(sheet, at, 'thanh duc')]);
    expect(codesAt(withCell(sheet, at, 'thanh duc'))).toEqual([`plan.reference.ambiguousUnit@${at}`]);
    expect(result.issues[0]?.params).toMatchObject({ names: '"Xã Thạnh Đức", "Xã Thanh Đức"' });
  });
});
