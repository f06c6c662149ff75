import { parseRange, columnLetters } from '../../../src/core/layout/a1';
import type { SheetLayout } from '../../../src/core/layout/types';
import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import { planToSheet } from '../../../src/core/plan/planSheetLayout';
import { readPlanFromSheets } from '../../../src/core/plan/planSheetReader';
import type { Plan } from '../../../src/core/plan/types';
import { layoutToRawSheets, withCell } from '../../support/layoutToRawSheets';
import { cellAt, textOf } from '../report/layoutQuery';

/**
 * Since 1 July 2025 there are no districts or towns (Luật Tổ chức chính quyền địa phương 2025): the plan
 * sheet's "Cấp chính quyền" and "Cấp" dropdowns offer a plan of 2026 the levels it has, while 116/KH-UBND
 * (a district's plan, 2018) and old sheets that say "Huyện" or "Thị trấn" read as before (issue 13).
 */
const ward2026: Plan = {
  ...GO_DAU_116,
  identity: { ...GO_DAU_116.identity, year: 2026, issuer: 'UBND phường Long Hoa' },
  wording: { ...GO_DAU_116.wording, government: 'ward' },
  // A plan of 2026 defines no district-era level: its units' levels are the common ones (levelCatalogue).
  levels: [],
  units: GO_DAU_116.units.map((unit) => ({ ...unit, level: 'hamlet' })),
  standingItems: GO_DAU_116.standingItems.map((item) => ({ ...item, appliesTo: ['hamlet'] })),
  fundingSources: GO_DAU_116.fundingSources.map((source) => ({ ...source, levels: ['agency'] })),
  responsibilities: GO_DAU_116.responsibilities.map((duty) => ({ ...duty, levels: [] })),
};

const sheetOf = (plan: Plan): SheetLayout => {
  const [sheet] = planToSheet(plan).sheets;
  if (!sheet) throw new Error('no plan sheet');
  return sheet;
};

/** The government cell ("Cấp chính quyền" row of THÔNG TIN CHUNG), its value and the words its dropdown offers. */
function governmentCell(layout: SheetLayout): { at: string; value: string; offered: string[] } {
  const [raw] = layoutToRawSheets({ sheets: [layout], definedNames: [] });
  const row = (raw?.values.findIndex((r) => r[0] === 'Cấp chính quyền') ?? -1) + 1;
  if (row === 0) throw new Error('no government row');
  const at = `B${row}`;
  const rule = layout.validations.find((v) => v.range === at);
  if (rule?.rule.kind !== 'list') throw new Error(`no dropdown on ${at}`);
  return { at, value: textOf(cellAt(layout, at)), offered: legendWords(layout, rule.rule.source) };
}

function legendWords(layout: SheetLayout, source: string): string[] {
  const range = parseRange(source.replace(/^=/, '').replace(/\$/g, ''));
  const words: string[] = [];
  for (let row = range.top; row <= range.bottom; row += 1) words.push(textOf(cellAt(layout, `${columnLetters(range.left)}${row}`)));
  return words;
}

/** Every word of the units' "Cấp" dropdown. */
function levelWords(layout: SheetLayout): string[] {
  const rule = layout.validations.find((v) => v.rule.kind === 'list' && v.prompt?.title === 'Cấp');
  if (rule?.rule.kind !== 'list') throw new Error('no level dropdown');
  return legendWords(layout, rule.rule.source);
}

const districtEra = /huyện|thị trấn/iu;

describe('the plan sheet offers a 2026 plan the levels of 2026 (issue 13)', () => {
  test('given a ward’s plan of 2026, "Cấp chính quyền" offers Tỉnh, Xã, Đặc khu, Phường and Khác, never Huyện or Thị trấn', () => {
    const cell = governmentCell(sheetOf(ward2026));
    expect(cell.offered).toEqual(['Tỉnh', 'Xã', 'Đặc khu', 'Phường', 'Khác']);
    expect(cell.value).toBe('Phường');
  });

  test('given a ward’s plan of 2026, the units’ "Cấp" offers the common levels (xã/phường/đặc khu, ấp/khu phố, cơ quan, sở/ngành…), no district-era one', () => {
    const words = levelWords(sheetOf(ward2026));
    expect(words).toEqual(
      expect.arrayContaining(['UBND xã, phường, đặc khu', 'Ấp, khu phố', 'Cơ quan chuyên môn', 'Sở, ban, ngành', 'Trung tâm Phục vụ hành chính công']),
    );
    expect(words.filter((w) => districtEra.test(w))).toEqual([]);
  });

  test('given each word the 2026 dropdown offers picked, the plan reads back the level it names ("Đặc khu" a commune)', () => {
    const layout = sheetOf(ward2026);
    const [raw] = layoutToRawSheets({ sheets: [layout], definedNames: [] });
    if (!raw) throw new Error('no sheet');
    const cell = governmentCell(layout);
    const read = cell.offered.map((word) => {
      const result = readPlanFromSheets([withCell(raw, cell.at, word)]);
      return [word, result.plan?.wording.government, result.issues.filter((i) => i.severity === 'error').map((i) => i.code)];
    });
    expect(read).toEqual([
      ['Tỉnh', 'province', []],
      ['Xã', 'commune', []],
      ['Đặc khu', 'commune', []],
      ['Phường', 'ward', []],
      ['Khác', 'other', []],
    ]);
  });
});

describe('116/KH-UBND and old sheets keep their district-era words (issue 13)', () => {
  test('given 116 (a district’s plan), its "Huyện" is written and offered, and its level "Xã/thị trấn" stays in the "Cấp" list', () => {
    const layout = sheetOf(GO_DAU_116);
    const cell = governmentCell(layout);
    expect([cell.value, cell.offered]).toEqual(['Huyện', ['Tỉnh', 'Huyện', 'Xã', 'Đặc khu', 'Phường', 'Khác']]);
    expect(levelWords(layout)).toEqual(expect.arrayContaining(['Cơ quan huyện', 'Bộ phận một cửa', 'Xã/thị trấn']));
  });

  test.each([
    ['Huyện', 'district'],
    ['Thị trấn', 'town'],
    ['Cấp huyện', 'district'],
  ] as const)('given an old sheet whose "Cấp chính quyền" says "%s", it reads as %s with no error', (word, level) => {
    const layout = sheetOf(ward2026);
    const [raw] = layoutToRawSheets({ sheets: [layout], definedNames: [] });
    if (!raw) throw new Error('no sheet');
    const result = readPlanFromSheets([withCell(raw, governmentCell(layout).at, word)]);
    expect([result.plan?.wording.government, result.issues.filter((i) => i.severity === 'error')]).toEqual([level, []]);
  });

  test('given 116’s sheet read back, its plan is the same 116 (government, levels and units unchanged)', () => {
    const [raw] = layoutToRawSheets(planToSheet(GO_DAU_116));
    if (!raw) throw new Error('no sheet');
    const read = readPlanFromSheets([raw]);
    expect(read.plan?.wording.government).toBe('district');
    expect(read.plan?.levels.map((l) => l.name)).toEqual(GO_DAU_116.levels.map((l) => l.name));
    expect(read.plan?.units.map((u) => [u.code, u.level])).toEqual(GO_DAU_116.units.map((u) => [u.code, u.level]));
  });
});
