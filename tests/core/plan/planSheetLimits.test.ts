import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import { readPlanFromSheets } from '../../../src/core/plan/planSheetReader';
import { FORMULA_LENGTH_MAX, longFormulas } from '../../../src/core/plan/planSheetLimits';
import type { Plan } from '../../../src/core/plan/types';
import type { RawSheet } from '../../../src/core/ports/workbookPort';
import { achievedFormula } from '../../../src/core/template/progressSheet';
import { withCell } from '../../support/layoutToRawSheets';
import { rowOf, sheetOf } from '../../support/planSheetRows';

const issuesOf = (sheet: RawSheet): string[] => readPlanFromSheets([sheet]).issues.map((i) => `${i.code}@${i.where.cell ?? ''}`);

describe('the plan sheet, checked like the data', () => {
  test.each<[string, string | number]>([
    ['a year with a key pressed twice', 20188],
    ['a year missing a digit', 999],
    ['a year typed as text', '20188'],
  ])('given %s (%p), the year is refused at its cell', (_name, year) => {
    const sheet = sheetOf(GO_DAU_116);
    const at = `B${rowOf(sheet, 'Năm')}`;
    const result = readPlanFromSheets([withCell(sheet, at, year)]);
    expect(result.plan).toBeNull();
    expect(result.issues.map((i) => `${i.code}@${i.where.cell ?? ''}`)).toEqual([`plan.field.outOfRange@${at}`]);
    expect(result.issues[0]?.params).toMatchObject({ min: 2000, max: 2100, value: String(year) });
  });

  test('given 2100, the last year in range, the plan is read', () => {
    const sheet = sheetOf(GO_DAU_116);
    expect(readPlanFromSheets([withCell(sheet, `B${rowOf(sheet, 'Năm')}`, 2100)]).plan?.identity.year).toBe(2100);
  });

  test.each<[string, number, string]>([
    ['1e308', 1e308, 'plan.field.outOfRange'],
    ['a million', 1_000_000, 'plan.field.outOfRange'],
    ['a fraction', 2.5, 'plan.field.notWhole'],
  ])('given a minimum of %s, it is refused at its cell', (_name, minimum, code) => {
    const sheet = sheetOf(GO_DAU_116);
    const at = `E${rowOf(sheet, 'III.1.a')}`;
    expect(issuesOf(withCell(sheet, at, minimum))).toEqual([`${code}@${at}`]);
  });

  test('given 100,000, the largest minimum, the plan is read', () => {
    const sheet = sheetOf(GO_DAU_116);
    expect(readPlanFromSheets([withCell(sheet, `E${rowOf(sheet, 'III.1.a')}`, 100_000)]).plan?.targets[0]?.minimum).toBe(100_000);
  });

  test('given two units with exactly the same name, the second is refused pointing at the first', () => {
    const sheet = sheetOf(GO_DAU_116);
    const first = `B${rowOf(sheet, 'XTD')}`;
    const second = `B${rowOf(sheet, 'XCG')}`;
    const result = readPlanFromSheets([withCell(sheet, second, 'Xã Thạnh Đức')]);
    expect(result.issues.map((i) => `${i.code}@${i.where.cell ?? ''}`)).toContain(`plan.name.duplicate@${second}`);
    expect(result.issues.find((i) => i.code === 'plan.name.duplicate')?.params).toMatchObject({ name: 'Xã Thạnh Đức', first });
  });

  test('given two units whose names differ only by diacritics ("Thạnh Đức", "Thanh Đức"), both are kept', () => {
    const plan: Plan = {
      ...GO_DAU_116,
      units: GO_DAU_116.units.map((u) => (u.code === 'XTP' ? { ...u, name: 'Xã Thanh Đức', aliases: [] } : u.code === 'XTD' ? { ...u, aliases: [] } : u)),
    };
    const result = readPlanFromSheets([sheetOf(plan)]);
    expect(result.issues).toEqual([]);
    expect(result.plan?.units.filter((u) => u.name.endsWith('Đức')).map((u) => u.name)).toEqual(['Xã Thạnh Đức', 'Xã Thanh Đức']);
  });

  test("given one unit's alias equal to another unit's name once folded, it is refused with both cells", () => {
    const sheet = sheetOf(GO_DAU_116);
    const aliasAt = `C${rowOf(sheet, 'XCG')}`;
    const nameAt = `B${rowOf(sheet, 'XTD')}`;
    const result = readPlanFromSheets([withCell(sheet, aliasAt, 'Cẩm Giang; xa thanh duc')]);
    expect(result.plan).toBeNull();
    const shadow = result.issues.find((i) => i.code === 'plan.alias.shadows');
    expect(shadow?.where.cell).toBe(aliasAt);
    expect(shadow?.params).toMatchObject({ alias: 'xa thanh duc', other: 'Xã Thạnh Đức', otherCell: nameAt });
  });

  test("given a channel's alias equal to another channel's alias, it is refused", () => {
    const sheet = sheetOf(GO_DAU_116);
    const earlier = `D${rowOf(sheet, 'BTN')}`;
    const later = `D${rowOf(sheet, 'TTT-H')}`;
    const result = readPlanFromSheets([withCell(sheet, earlier, 'Báo TN; TTĐT')]);
    expect(result.issues.map((i) => `${i.code}@${i.where.cell ?? ''}`)).toEqual([`plan.alias.shadows@${later}`]);
    expect(result.issues[0]?.params).toMatchObject({ alias: 'TTĐT', otherCell: earlier });
  });

  test('given a 360-character channel name, it is refused at its cell (Excel takes 255 characters in a formula)', () => {
    const sheet = sheetOf(GO_DAU_116);
    const at = `B${rowOf(sheet, 'BTN')}`;
    const result = readPlanFromSheets([withCell(sheet, at, `Báo ${'Tây Ninh '.repeat(40)}`.trim())]);
    expect(result.issues.map((i) => `${i.code}@${i.where.cell ?? ''}`)).toContain(`plan.name.tooLongForFormula@${at}`);
    expect(result.issues.find((i) => i.code === 'plan.name.tooLongForFormula')?.params).toMatchObject({ max: 255 });
  });

  test('given a 256-character unit name, it is refused; 255 characters are accepted', () => {
    const sheet = sheetOf(GO_DAU_116);
    const at = `B${rowOf(sheet, 'XTD')}`;
    expect(issuesOf(withCell(sheet, at, 'X'.repeat(256)))).toEqual([`plan.name.tooLongForFormula@${at}`]);
    expect(issuesOf(withCell(sheet, at, 'X'.repeat(255)))).toEqual([]);
  });

  test('given a target over many channels, the progress formula over 8,192 characters is refused at its channels cell', () => {
    const channels = Array.from({ length: 40 }, (_, i) => ({
      code: `K${i}`,
      name: `Kênh tuyên truyền số ${i} của huyện`,
      shortName: `Kênh ${i}`,
      aliases: [],
    }));
    const plan: Plan = {
      ...GO_DAU_116,
      channels: [...GO_DAU_116.channels, ...channels],
      targets: [
        ...GO_DAU_116.targets,
        { id: 'X.1', title: 'Mọi kênh', channels: channels.map((c) => c.code), forms: ['TIN', 'BAI'], minimum: 5, scope: 'plan' },
      ],
    };
    const sheet = sheetOf(plan);
    const at = `C${rowOf(sheet, 'X.1')}`;
    const result = readPlanFromSheets([sheet]);
    expect(result.plan).toBeNull();
    expect(result.issues.map((i) => `${i.code}@${i.where.cell ?? ''}`)).toEqual([`plan.target.formulaTooLong@${at}`]);
    const length = Number(result.issues[0]?.params.length);
    expect(length).toBeGreaterThan(FORMULA_LENGTH_MAX);
    // the length said is the length of the formula the district workbook would get
    const longest = [...plan.units].sort((a, b) => b.name.length - a.name.length)[0];
    const target = plan.targets.at(-1);
    if (!target) throw new Error('no target');
    expect(length).toBe(achievedFormula(plan, target, longest).length);
  });

  test('given a target whose formula is long but within 8,192 characters, it is accepted', () => {
    const plan: Plan = {
      ...GO_DAU_116,
      targets: [{ ...GO_DAU_116.targets[0]!, channels: GO_DAU_116.channels.map((c) => c.code), forms: GO_DAU_116.forms.map((f) => f.code) }],
    };
    expect(longFormulas(plan)).toEqual([]);
  });

  test('given thousands of channel and form pairs, the length is estimated without building megabytes of formula', () => {
    const channels = Array.from({ length: 300 }, (_, i) => ({ code: `K${i}`, name: `K${i}`, shortName: `K${i}`, aliases: [] }));
    const forms = Array.from({ length: 300 }, (_, i) => ({ code: `F${i}`, name: `F${i}`, aliases: [] }));
    const plan: Plan = {
      ...GO_DAU_116,
      channels,
      forms,
      targets: [{ id: 'A', title: 'A', channels: channels.map((c) => c.code), forms: forms.map((f) => f.code), minimum: 1, scope: 'plan' }],
    };
    const started = Date.now();
    const [found] = longFormulas(plan);
    expect(found?.length).toBeGreaterThan(90_000 * 100);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
