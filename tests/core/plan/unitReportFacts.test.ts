import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import { readPlanFromSheets } from '../../../src/core/plan/planSheetReader';
import type { Plan } from '../../../src/core/plan/types';
import type { RawSheet } from '../../../src/core/ports/workbookPort';
import { periodFor } from '../../../src/core/periods';
import { buildReport, issuerFacts, reportDocument } from '../../../src/core/report';
import { signerTitles } from '../../../src/core/report/header';
import { withCell } from '../../support/layoutToRawSheets';
import { texts } from '../report/layoutQuery';
import { sheetOf } from '../../support/planSheetRows';

/**
 * One unit's own "Nơi nhận", "Địa danh", "Chức danh người ký" and "Người ký" in the plan sheet's
 * units section, overriding its level's in its report's header, dating, signature and recipients.
 */
const unitsHeaderRow = (sheet: RawSheet): number => sheet.values.findIndex((r) => r[0] === 'ĐƠN VỊ') + 2;
const rowOfUnit = (sheet: RawSheet, code: string): number => sheet.values.findIndex((r, i) => i >= unitsHeaderRow(sheet) && r[0] === code) + 1;
const cellOf = (sheet: RawSheet, header: string, code: string): string => {
  const index = (sheet.values[unitsHeaderRow(sheet) - 1] ?? []).indexOf(header);
  if (index < 0) throw new Error(`no units column ${header}`);
  return `${String.fromCharCode(65 + index)}${rowOfUnit(sheet, code)}`;
};

/** The built-in plan's sheet with the given units cells typed in, as an officer edits it. */
function edited(cells: readonly (readonly [header: string, code: string, value: string])[]): { sheet: RawSheet; at: (header: string, code: string) => string } {
  const blank = sheetOf(GO_DAU_116);
  const sheet = cells.reduce((s, [header, code, value]) => withCell(s, cellOf(blank, header, code), value), blank);
  return { sheet, at: (header, code) => cellOf(blank, header, code) };
}

const readPlan = (sheet: RawSheet): Plan => {
  const read = readPlanFromSheets([sheet]);
  if (!read.plan) throw new Error(JSON.stringify(read.issues));
  return read.plan;
};

const unitOf = (plan: Plan, code: string) => {
  const unit = plan.units.find((u) => u.code === code);
  if (!unit) throw new Error(code);
  return unit;
};

describe('a unit’s own recipients, place and signer on the plan sheet', () => {
  const { sheet } = edited([
    ['Nơi nhận', 'XTD', 'Phòng Nội vụ; Đảng ủy xã Thạnh Đức'],
    ['Địa danh', 'XTD', 'Thạnh Đức, Gò Dầu'],
    ['Người ký', 'XTD', 'Võ Thị Hoa'],
    ['Chức danh người ký', 'DTT', 'TRƯỞNG ĐÀI'],
    ['Người ký', 'DTT', 'Lê Văn Bình'],
  ]);

  test('given the cells typed in, the plan reads them onto those units only, without issues', () => {
    const read = readPlanFromSheets([sheet]);
    expect(read.issues).toEqual([]);
    expect(read.plan?.units.filter((u) => u.reportFacts !== undefined).map((u) => [u.code, u.reportFacts])).toEqual([
      ['DTT', { signerTitle: 'TRƯỞNG ĐÀI', signerName: 'Lê Văn Bình' }],
      ['XTD', { recipients: ['Phòng Nội vụ', 'Đảng ủy xã Thạnh Đức'], place: 'Thạnh Đức, Gò Dầu', signerName: 'Võ Thị Hoa' }],
    ]);
  });

  test('given a commune with its own cells, its report is sent, dated and signed as they say, under its level’s header and "TM."', () => {
    const plan = readPlan(sheet);
    const facts = issuerFacts(plan, { kind: 'unit', unit: unitOf(plan, 'XTD') }, 'vi');
    expect(facts.bodyLines).toEqual(['ỦY BAN NHÂN DÂN', 'XÃ THẠNH ĐỨC']);
    expect(facts.recipients).toEqual(['Phòng Nội vụ', 'Đảng ủy xã Thạnh Đức', 'Lưu: VT']);
    expect(signerTitles(facts)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']);
    const input = {
      plan,
      period: periodFor('quarter', 2018, 2, 'nd09-cutoff'),
      scope: { kind: 'unit' as const, unit: unitOf(plan, 'XTD') },
      records: { outputs: [], standing: [], spending: [] },
      reportDate: '2018-06-20',
      documentNumber: '  ',
    };
    const sheetTexts = texts(buildReport(input).layout).map((x) => x.text);
    expect(sheetTexts).toContain('Thạnh Đức, Gò Dầu, ngày 20 tháng 6 năm 2018');
    expect(sheetTexts).toContain('Võ Thị Hoa');
    expect(sheetTexts).toContain('- Đảng ủy xã Thạnh Đức;');
    const word = reportDocument(input);
    expect(word.header.placeDate).toBe('Thạnh Đức, Gò Dầu, ngày 20 tháng 6 năm 2018');
    expect(word.signer).toEqual({ titles: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], name: 'Võ Thị Hoa' });
    expect(word.recipients).toEqual(['- Phòng Nội vụ;', '- Đảng ủy xã Thạnh Đức;', '- Lưu: VT.']);
  });

  test('given an agency’s own signer title, it replaces the one its name suggests, and a deputy signs "KT." for it', () => {
    const plan = readPlan(sheet);
    expect(signerTitles(issuerFacts(plan, { kind: 'unit', unit: unitOf(plan, 'DTT') }, 'vi'))).toEqual(['TRƯỞNG ĐÀI']);
    expect(signerTitles(issuerFacts(plan, { kind: 'unit', unit: unitOf(plan, 'DTT') }, 'vi', { deputy: true }))).toEqual(['KT. TRƯỞNG ĐÀI', 'PHÓ TRƯỞNG ĐÀI']);
    // A unit left blank keeps its level's: Phòng Nội vụ's head signs as TRƯỞNG PHÒNG, dated at the plan's place.
    const pnv = issuerFacts(plan, { kind: 'unit', unit: unitOf(plan, 'PNV') }, 'vi');
    expect([signerTitles(pnv), pnv.place, pnv.signer.name]).toEqual([['TRƯỞNG PHÒNG'], 'Gò Dầu', '']);
  });

  test('given the reporting body’s own signer, the consolidated report carries the name, with the plan’s recipients', () => {
    const plan = readPlan(edited([['Người ký', 'PNV', 'Trần Văn Nam']]).sheet);
    const facts = issuerFacts(plan, { kind: 'district' }, 'vi');
    expect(facts.signer.name).toBe('Trần Văn Nam');
    expect(facts.recipients).toEqual(GO_DAU_116.reportRecipients);
  });

  test('given a plan with units’ own facts, the sheet it writes reads back to the same plan', () => {
    const plan = readPlan(sheet);
    expect(readPlan(sheetOf(plan)).units).toEqual(plan.units);
  });

  test('given a placeholder in a unit’s own cell, or its recipients naming itself, each is a warning at its cell and the plan still reads', () => {
    const { sheet: wrong, at } = edited([
      ['Địa danh', 'XCG', '{địa danh}'],
      ['Nơi nhận', 'XCG', 'Phòng Nội vụ; UBND xã Cẩm Giang'],
    ]);
    const read = readPlanFromSheets([wrong]);
    expect(read.issues.map((i) => [i.code, i.severity, i.where.cell])).toEqual([
      ['plan.unit.sentToItself', 'warning', at('Nơi nhận', 'XCG')],
      ['plan.unit.placeholderInOwnCell', 'warning', at('Địa danh', 'XCG')],
    ]);
    expect(read.issues[0]?.params).toEqual({ name: 'Xã Cẩm Giang', value: 'UBND xã Cẩm Giang' });
    expect(read.plan).not.toBeNull();
  });
});
