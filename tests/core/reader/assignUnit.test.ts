import { t } from '../../../src/core/i18n/format';
import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import type { RawSheet } from '../../../src/core/ports/workbookPort';
import { assignUnit } from '../../../src/core/reader/assignUnit';
import { readBook } from '../../../src/core/reader/readBook';
import { d, rawSheet, templateSheets } from '../validation/support';
import { communeLog, spendingSheet } from './communeLog';

const plan = GO_DAU_116;

const read = (sheets: readonly RawSheet[], unit: string | null) => assignUnit(plan, readBook(plan, sheets, { file: 'xa-thanh-duc.xlsx' }), unit);
const ownPartsNotes = (reading: ReturnType<typeof read>) => reading.notes.filter((n) => n.code === 'reader.unitColumnOwnParts');

const PARTS = ['Công an xã', 'Tư pháp - Hộ tịch', 'Ấp Rạch Sơn', 'Hội Nông dân xã', 'Công an xã'];

describe("assignUnit: a unit column naming the sender's own offices and hamlets", () => {
  it("given a commune's own log whose unit column names only its offices and hamlets, credits every row to the commune, keeps each name in the note and says so once for the table", () => {
    const reading = read([communeLog(PARTS)], 'XTD');
    expect(reading.outputs.map((e) => [e.record.unit, e.record.note, e.unknownUnit])).toEqual([
      ['XTD', 'Đơn vị: Công an xã', undefined],
      ['XTD', 'Đơn vị: Tư pháp - Hộ tịch', undefined],
      ['XTD', 'Đơn vị: Ấp Rạch Sơn', undefined],
      ['XTD', 'Đơn vị: Hội Nông dân xã', undefined],
      ['XTD', 'Đơn vị: Công an xã', undefined],
    ]);
    expect(reading.entries.output).toBe(reading.outputs);
    expect(ownPartsNotes(reading)).toEqual([
      {
        code: 'reader.unitColumnOwnParts',
        severity: 'warning',
        sheet: 'Tổng hợp',
        cell: 'B5',
        params: { header: 'Đơn vị', count: 5, names: '"Công an xã", "Tư pháp - Hộ tịch", "Ấp Rạch Sơn", …', unit: 'Xã Thạnh Đức' },
      },
    ]);
  });

  it('given rows naming the commune itself or left blank beside its hamlets, still credits the hamlets (naming the sender says nothing against)', () => {
    const reading = read([communeLog(['UBND xã Thạnh Đức', null, 'Ấp Rạch Sơn'])], 'XTD');
    expect(reading.outputs.map((e) => [e.record.unit, e.record.note])).toEqual([
      ['XTD', ''],
      ['XTD', ''],
      ['XTD', 'Đơn vị: Ấp Rạch Sơn'],
    ]);
    expect(ownPartsNotes(reading).map((n) => n.params)).toEqual([{ header: 'Đơn vị', count: 1, names: '"Ấp Rạch Sơn"', unit: 'Xã Thạnh Đức' }]);
  });

  it('given a name the officer mapped to no unit, leaves those rows set aside as chosen and still credits the other names', () => {
    const reading = assignUnit(
      plan,
      readBook(plan, [communeLog(['Ấp Rạch Sơn', 'Hội Nông dân xã'])], { file: 'xa-thanh-duc.xlsx', choices: { units: new Map([['hoi nong dan xa', null]]) } }),
      'XTD',
    );
    expect(reading.outputs.map((e) => [e.record.unit, e.unknownUnit])).toEqual([
      ['XTD', undefined],
      [null, 'Hội Nông dân xã'],
    ]);
    expect(ownPartsNotes(reading).map((n) => n.params.count)).toEqual([1]);
  });

  it('given a note of its own on a credited row, keeps it after the name', () => {
    const sheet = communeLog(['Ấp Rạch Sơn']);
    const withNote = rawSheet(sheet.name, [...sheet.values.slice(0, 4), [...(sheet.values[4] ?? []), 'Ghi chú'], [...(sheet.values[5] ?? []), 'phát 2 lần']]);
    expect(read([withNote], 'XTD').outputs[0]?.record.note).toBe('Đơn vị: Ấp Rạch Sơn – phát 2 lần');
  });

  it.each([
    ['another plan unit on one row', 'Xã Cẩm Giang'],
    ['a hamlet whose name holds another commune\'s ("Ấp Phước Đông" reads as Xã Phước Đông)', 'Ấp Phước Đông'],
    ['a plan unit misspelt', 'Xã Cẩm Giangg'],
    ['a name Kiểm tra would suggest a plan unit for ("Văn phòng UBND xã": Văn phòng UBND huyện)', 'Văn phòng UBND xã'],
    ['a hamlet near another commune\'s name ("Ấp Cẩm Thắng": Xã Cẩm Giang)', 'Ấp Cẩm Thắng'],
  ])('given %s, keeps the rule: no unknown name is credited to the file, each stays unknown and is named', (_, odd) => {
    const reading = read([communeLog(['Công an xã', odd, 'Ấp Rạch Sơn'])], 'XTD');
    expect(reading.outputs.filter((e) => e.unknownUnit !== undefined).map((e) => [e.record.unit, e.unknownUnit, e.record.note])).toEqual(
      expect.arrayContaining([
        [null, 'Công an xã', ''],
        [null, 'Ấp Rạch Sơn', ''],
      ]),
    );
    expect(ownPartsNotes(reading)).toEqual([]);
  });

  it('given another plan unit named on another sheet of the workbook, keeps the rule on every sheet (the evidence is the whole workbook)', () => {
    const reading = read([communeLog(['Công an xã', 'Ấp Rạch Sơn']), communeLog(['Xã Cẩm Giang'], 'Xã khác')], 'XTD');
    expect(reading.outputs.map((e) => e.record.unit)).toEqual([null, null, 'XCG']);
    expect(ownPartsNotes(reading)).toEqual([]);
  });

  it("given the news and the spending tables both naming only the commune's parts, credits both and says so once per table", () => {
    const reading = read([communeLog(['Công an xã', 'Ấp Rạch Sơn']), spendingSheet(['Ấp Rạch Sơn', 'Tư pháp - Hộ tịch', 'Ấp Rạch Sơn'])], 'XTD');
    expect(reading.entries.spending.map((e) => [e.record.unit, e.record.note])).toEqual([
      ['XTD', 'Đơn vị: Ấp Rạch Sơn'],
      ['XTD', 'Đơn vị: Tư pháp - Hộ tịch'],
      ['XTD', 'Đơn vị: Ấp Rạch Sơn'],
    ]);
    expect(ownPartsNotes(reading).map((n) => [n.sheet, n.cell, n.params['count'], n.params['names']])).toEqual([
      ['Tổng hợp', 'B5', 2, '"Công an xã", "Ấp Rạch Sơn"'],
      ['Kinh phí', 'D1', 3, '"Ấp Rạch Sơn", "Tư pháp - Hộ tịch"'],
    ]);
  });

  it("given the file's unit not known, keeps the rule: every named row stays unknown", () => {
    const reading = read([communeLog(PARTS)], null);
    expect(reading.outputs.every((e) => e.record.unit === null && e.unknownUnit !== undefined)).toBe(true);
    expect(ownPartsNotes(reading)).toEqual([]);
  });

  it("given a workbook the add-in made (its unit column is a strict list of the plan's units), keeps the rule: a name pasted past the list stays unknown", () => {
    const sheets = templateSheets({ outputs: [[d('2018-03-05'), 'Báo Tây Ninh', 'Tin', 'Một tin', null, 'Ấp Rạch Sơn', null]] });
    const reading = assignUnit(plan, readBook(plan, sheets), 'XTD');
    expect(reading.entries.output.map((e) => e.record.unit)).toEqual([null]);
    expect(ownPartsNotes(reading)).toEqual([]);
  });
});

describe('the warning in words', () => {
  it('says the column, the rows, the names and the unit, in Vietnamese and in English (one row, many rows)', () => {
    const params = { header: 'Đơn vị', names: '"Ấp Rạch Sơn"', unit: 'Xã Thạnh Đức' };
    expect(t('reader.unitColumnOwnParts', { ...params, count: 2 }, 'vi')).toMatch(
      /^Cột "Đơn vị" có 2 dòng ghi tên .*\("Ấp Rạch Sơn"\).* được tính cho Xã Thạnh Đức/,
    );
    expect(t('reader.unitColumnOwnParts', { ...params, count: 1 }, 'en')).toMatch(
      /^Column "Đơn vị" names no unit of the plan on 1 row \("Ấp Rạch Sơn"\).*counted for Xã Thạnh Đức/,
    );
    expect(t('reader.unitColumnOwnParts', { ...params, count: 60 }, 'en')).toContain('on 60 rows');
  });
});

describe('rows with a blank unit cell read as the sender’s (ReadOptions.senderOf, issue 11)', () => {
  const sheets = [communeLog(['UBND xã Thạnh Đức', null, 'Ấp Rạch Sơn', null]), { ...communeLog([null, 'Xã Cẩm Giang', null]), name: 'Quý II' }];

  it('given the sender, the reading assigned to it is the reading assigned without it: same units, notes and unknown names', () => {
    const given = readBook(plan, sheets, { file: 'xa-thanh-duc.xlsx', senderOf: () => 'XTD' });
    const withoutSender = assignUnit(plan, readBook(plan, sheets, { file: 'xa-thanh-duc.xlsx' }), 'XTD');
    const shown = (reading: typeof given) => reading.outputs.map((e) => [e.record.unit, e.record.note, e.unknownUnit ?? null, e.text.unit ?? '']);
    expect(shown(assignUnit(plan, given, 'XTD'))).toEqual(shown(withoutSender));
    expect(assignUnit(plan, given, 'XTD').notes).toEqual(withoutSender.notes);
    // Read as the sender's from the start, the blank rows need no copy when assigned.
    expect(given.outputs.filter((e) => e.text.unit === '' || e.text.unit === undefined).every((e) => e.record.unit === 'XTD')).toBe(true);
  });

  it('given the sender is not known (null), blank unit cells stay without a unit', () => {
    const reading = readBook(plan, sheets, { file: 'bao-cao.xlsx', senderOf: () => null });
    expect(reading.outputs.filter((e) => (e.text.unit ?? '') === '').map((e) => e.record.unit)).toEqual([null, null, null, null]);
  });
});
