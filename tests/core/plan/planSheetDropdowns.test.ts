import ExcelJS from 'exceljs';
import { columnLetters, parseRange } from '../../../src/core/layout/a1';
import type { SheetLayout, ValidationSpec } from '../../../src/core/layout/types';
import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import { SECTIONS, type SectionKey } from '../../../src/core/plan/planSheetFormat';
import { planToSheet } from '../../../src/core/plan/planSheetLayout';
import { readPlanFromSheets } from '../../../src/core/plan/planSheetReader';
import type { Plan } from '../../../src/core/plan/types';
import { renderToBuffer } from '../../../src/xlsx/renderWorkbook';
import { layoutToRawSheets, withCell } from '../../support/layoutToRawSheets';
import { cellAt, textOf } from '../report/layoutQuery';

/**
 * Every plan-sheet column that takes a closed set of words offers them as a dropdown (a list
 * validation pointing at the sheet's legend), so an officer picks "Mỗi quý" rather than typing it.
 */
const plan: Plan = {
  ...GO_DAU_116,
  targets: GO_DAU_116.targets.map((target, index) => (index === 0 ? { ...target, per: 'quarter' } : target)),
  standingItems: GO_DAU_116.standingItems.map((item, index) => (index === 0 ? { ...item, recurrence: 'quarter' } : item)),
};
const sheet = (): SheetLayout => {
  const [first] = planToSheet(plan).sheets;
  if (!first) throw new Error('no plan sheet');
  return first;
};

/** The body rows of a section and the letter of one of its columns, found by the headers the layout wrote. */
function bodyOf(layout: SheetLayout, section: SectionKey, column: string): { letter: string; top: number; bottom: number } {
  const def = SECTIONS.find((s) => s.key === section);
  const index = def?.columns.findIndex((c) => c.key === column) ?? -1;
  const raw = layoutToRawSheets({ sheets: [layout], definedNames: [] })[0];
  const headingRow = (raw?.values.findIndex((r) => r[0] === def?.headings[0]) ?? -1) + 1;
  if (index < 0 || headingRow === 0) throw new Error(`no ${section}.${column}`);
  const rows = {
    identity: 0,
    units: plan.units.length,
    channels: 0,
    forms: 0,
    targets: plan.targets.length,
    standingItems: plan.standingItems.length,
    fundingSources: plan.fundingSources.length,
    responsibilities: plan.responsibilities.length,
    reportingDuties: plan.reportingDuties.length,
    levels: plan.levels.length,
  }[section];
  return { letter: String.fromCharCode(65 + index), top: headingRow + 2, bottom: headingRow + 1 + Math.max(rows, 1) };
}

/** The list rule covering a whole column of a section's body, and the legend words it offers. */
function dropdownOf(layout: SheetLayout, section: SectionKey, column: string): { rule: ValidationSpec; words: string[] } {
  const { letter, top, bottom } = bodyOf(layout, section, column);
  const rule = layout.validations.find((v) => v.range === `${letter}${top}:${letter}${bottom}` && v.rule.kind === 'list');
  if (!rule || rule.rule.kind !== 'list') throw new Error(`no dropdown on ${section}.${column} (${letter}${top}:${letter}${bottom})`);
  const source = parseRange(rule.rule.source.replace(/^=/, '').replace(/\$/g, ''));
  const words: string[] = [];
  for (let row = source.top; row <= source.bottom; row += 1) words.push(textOf(cellAt(layout, `${columnLetters(source.left)}${row}`)));
  return { rule, words };
}

describe('dropdowns on the plan sheet', () => {
  test.each([
    ['units', 'level', 'Xã/thị trấn'],
    ['targets', 'scope', 'Mỗi đơn vị'],
    ['targets', 'per', 'Mỗi quý'],
    ['standingItems', 'appliesTo', 'Bộ phận một cửa'],
    ['standingItems', 'recurrence', 'Mỗi 6 tháng'],
    ['fundingSources', 'levels', 'Cơ quan huyện'],
    ['responsibilities', 'levels', 'Ấp, khu phố'],
    ['reportingDuties', 'frequency', 'Tháng'],
  ] as const)('given the %s section, its "%s" column offers the plan’s words, "%s" among them', (section, column, word) => {
    expect(dropdownOf(sheet(), section, column).words).toContain(word);
  });

  test('given a column that may list several levels, its dropdown informs rather than stops, so "Xã; Ấp" can be typed', () => {
    for (const [section, column] of [
      ['standingItems', 'appliesTo'],
      ['fundingSources', 'levels'],
      ['responsibilities', 'levels'],
    ] as const) {
      expect(dropdownOf(sheet(), section, column).rule.error?.style).toBe('information');
    }
    expect(dropdownOf(sheet(), 'targets', 'per').rule).toMatchObject({ allowBlank: true, error: { style: 'stop' } });
  });

  test('given each word a cadence dropdown offers picked in "Tính theo", the plan reads it back', () => {
    const layout = sheet();
    const { letter, top } = bodyOf(layout, 'targets', 'per');
    const [raw] = layoutToRawSheets({ sheets: [layout], definedNames: [] });
    if (!raw) throw new Error('no sheet');
    for (const word of dropdownOf(layout, 'targets', 'per').words) {
      const read = readPlanFromSheets([withCell(raw, `${letter}${top}`, word)]);
      expect([word, read.issues]).toEqual([word, []]);
    }
  });

  test('given the sheet written to a real workbook, Excel gets the "Tính theo" dropdown as a list pointing at the legend', async () => {
    const layout = sheet();
    const { letter, top } = bodyOf(layout, 'targets', 'per');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await renderToBuffer({ sheets: [layout], definedNames: [] })) as unknown as ExcelJS.Buffer);
    const validation = book.getWorksheet('Kế hoạch')?.getCell(`${letter}${top}`).dataValidation;
    expect(validation).toMatchObject({ type: 'list', allowBlank: true });
    expect(validation?.formulae?.[0]).toMatch(/^\$[A-Z]+\$\d+:\$[A-Z]+\$\d+$/u);
  });
});
