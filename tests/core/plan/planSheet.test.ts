import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import { planToSheet } from '../../../src/core/plan/planSheetLayout';
import { readPlanFromSheets } from '../../../src/core/plan/planSheetReader';
import { withCell } from '../../support/layoutToRawSheets';
import { codes, rowOf, sheetOf } from '../../support/planSheetRows';

describe('the plan sheet', () => {
  it('happy path: 116/KH-UBND written and read back is the same plan, with no issues', () => {
    const result = readPlanFromSheets([sheetOf(GO_DAU_116)]);
    expect(result.issues).toEqual([]);
    expect(result.plan).toEqual(GO_DAU_116);
  });

  it('shows the five counted targets with minimums 10, 3, 10, 10, 20', () => {
    const sheet = sheetOf(GO_DAU_116);
    const header = rowOf(sheet, 'CHỈ TIÊU') + 1;
    const minimums = [1, 2, 3, 4, 5].map((i) => sheet.values[header - 1 + i]?.[4]);
    expect(minimums).toEqual([10, 3, 10, 10, 20]);
  });

  it('names its sheet "Kế hoạch" and keeps every name within Excel limits', () => {
    const layout = planToSheet(GO_DAU_116);
    expect(layout.sheets.map((s) => s.name)).toEqual(['Kế hoạch']);
    for (const v of layout.sheets[0]?.validations ?? []) {
      if (v.rule.kind === 'list') expect(v.rule.source).toMatch(/^=\$[A-Z]+\$\d+:\$[A-Z]+\$\d+$/);
    }
  });

  it('given a target with no minimum, points at the empty cell', () => {
    const sheet = sheetOf(GO_DAU_116);
    const row = rowOf(sheet, 'III.1.b');
    const result = readPlanFromSheets([withCell(sheet, `E${row}`, null)]);
    expect(result.plan).toBeNull();
    expect(codes(result)).toContain(`plan.field.missing@E${row}`);
  });

  it('given a negative minimum, says so at the cell', () => {
    const sheet = sheetOf(GO_DAU_116);
    const row = rowOf(sheet, 'III.1.a');
    const result = readPlanFromSheets([withCell(sheet, `E${row}`, -5)]);
    expect(codes(result)).toEqual([`plan.field.negative@E${row}`]);
    expect(result.issues[0]?.params).toMatchObject({ value: -5 });
  });

  it('given a minimum typed as text, accepts numeric text and rejects words', () => {
    const sheet = sheetOf(GO_DAU_116);
    const row = rowOf(sheet, 'III.1.a');
    expect(readPlanFromSheets([withCell(sheet, `E${row}`, ' 12 ')]).plan?.targets[0]?.minimum).toBe(12);
    expect(codes(readPlanFromSheets([withCell(sheet, `E${row}`, 'mười')]))).toEqual([`plan.field.notNumber@E${row}`]);
    expect(codes(readPlanFromSheets([withCell(sheet, `E${row}`, 2.5)]))).toEqual([`plan.field.notWhole@E${row}`]);
  });

  it('given an unknown channel in a target, names it at the cell', () => {
    const sheet = sheetOf(GO_DAU_116);
    const row = rowOf(sheet, 'III.1.c');
    const result = readPlanFromSheets([withCell(sheet, `C${row}`, 'TT-H; Báo Nhân Dân')]);
    expect(codes(result)).toEqual([`plan.reference.unknownChannel@C${row}`]);
    expect(result.issues[0]?.params).toMatchObject({ value: 'Báo Nhân Dân' });
  });

  it('given channels written by name instead of code, resolves them', () => {
    const sheet = sheetOf(GO_DAU_116);
    const row = rowOf(sheet, 'III.1.c');
    const result = readPlanFromSheets([withCell(sheet, `C${row}`, 'đài truyền thanh HUYỆN, Trạm TT xã')]);
    expect(result.issues).toEqual([]);
    expect(result.plan?.targets[2]?.channels).toEqual(['TT-H', 'TT-X']);
  });

  it('given a duplicated unit code, points at the second one and names the first', () => {
    const sheet = sheetOf(GO_DAU_116);
    const first = rowOf(sheet, 'XTD');
    const second = rowOf(sheet, 'XCG');
    const result = readPlanFromSheets([withCell(sheet, `A${second}`, 'xtd')]);
    expect(codes(result)).toEqual([`plan.code.duplicate@A${second}`]);
    expect(result.issues[0]?.params).toMatchObject({ code: 'xtd', first: `A${first}` });
  });

  it('given an unknown level, lists the allowed ones', () => {
    const sheet = sheetOf(GO_DAU_116);
    const row = rowOf(sheet, 'XTD');
    expect(codes(readPlanFromSheets([withCell(sheet, `D${row}`, 'Tỉnh')]))).toEqual([`plan.reference.unknownLevel@D${row}`]);
  });

  it('given a plan date typed as Vietnamese text, reads it', () => {
    const sheet = sheetOf(GO_DAU_116);
    const row = rowOf(sheet, 'Ngày ban hành');
    const result = readPlanFromSheets([withCell(sheet, `B${row}`, '6/6/2018')]);
    expect(result.plan?.identity.date).toBe('2018-06-06');
    expect(codes(readPlanFromSheets([withCell(sheet, `B${row}`, '31/6/2018')]))).toEqual([`plan.field.badDate@B${row}`]);
  });

  it('given headings and headers retyped without accents and columns swapped, still reads the plan', () => {
    const sheet = sheetOf(GO_DAU_116);
    const heading = rowOf(sheet, 'KÊNH TUYÊN TRUYỀN');
    let edited = withCell(sheet, `A${heading}`, 'kenh tuyen truyen');
    const header = heading + 1;
    const body = sheet.values.slice(header - 1, header + GO_DAU_116.channels.length);
    body.forEach((cells, i) => {
      edited = withCell(edited, `A${header + i}`, cells[1] ?? null);
      edited = withCell(edited, `B${header + i}`, cells[0] ?? null);
    });
    const result = readPlanFromSheets([edited]);
    expect(result.issues).toEqual([]);
    expect(result.plan?.channels).toEqual(GO_DAU_116.channels);
  });

  it('given a missing section, says which', () => {
    const sheet = sheetOf(GO_DAU_116);
    const row = rowOf(sheet, 'CHỈ TIÊU');
    const result = readPlanFromSheets([withCell(sheet, `A${row}`, 'Ghi chú')]);
    expect(result.plan).toBeNull();
    expect(result.issues.map((i) => i.code)).toContain('plan.section.missing');
  });

  it('given no plan sheet, reports it instead of crashing', () => {
    const result = readPlanFromSheets([{ name: 'Sheet1', values: [], origin: { row: 1, column: 1 } }]);
    expect(result.plan).toBeNull();
    expect(result.issues.map((i) => i.code)).toEqual(['plan.sheet.missing']);
  });

  it('given an empty plan sheet, reports the missing sections instead of crashing', () => {
    const result = readPlanFromSheets([{ name: 'Ke hoach', values: [[null]], origin: { row: 1, column: 1 } }]);
    expect(result.plan).toBeNull();
    expect(result.issues.filter((i) => i.code === 'plan.section.missing').length).toBeGreaterThanOrEqual(4);
  });

  it('given rows inserted and blank rows inside a section, keeps reading', () => {
    const sheet = sheetOf(GO_DAU_116);
    const header = rowOf(sheet, 'HÌNH THỨC') + 1;
    const values = sheet.values.map((r) => [...r]);
    values.splice(header + 1, 0, [null, null, null], ['VIDEO', 'Video clip', 'clip'], [null]);
    const result = readPlanFromSheets([{ ...sheet, values }]);
    expect(result.issues).toEqual([]);
    expect(result.plan?.forms.map((f) => f.code)).toEqual(['TIN', 'VIDEO', 'BAI', 'PS']);
  });
});

describe('the plan sheet, regressions', () => {
  it('given an unknown heading after a section, warns once and does not read its rows as data of that section', () => {
    const sheet = sheetOf(GO_DAU_116);
    const values = sheet.values.map((r) => [...r]);
    const after = rowOf(sheet, 'BÁO CÁO ĐỊNH KỲ');
    const end = values.length;
    values.push([null], ['GHI CHÚ CỦA PHÒNG NỘI VỤ'], ['Cập nhật khi có văn bản mới', 'x', 'y']);
    const result = readPlanFromSheets([{ ...sheet, values }]);
    expect(after).toBeLessThan(end);
    expect(result.issues.map((i) => `${i.code}@${i.where.cell ?? ''}`)).toEqual([`plan.section.unknown@A${end + 2}`]);
    expect(result.plan?.reportingDuties).toEqual(GO_DAU_116.reportingDuties);
  });
});
