import type { UnitFileInput } from '../../src/core/consolidate/types';
import { CONSOLIDATION_SHEETS } from '../../src/core/consolidate/consolidationSheets';
import type { CellValue, SheetLayout } from '../../src/core/layout/types';
import { periodFor } from '../../src/core/periods';
import { GO_DAU_116 } from '../../src/core/plan/goDau116';
import { buildTemplate } from '../../src/core/template/buildTemplate';
import { checkUnitFile, consolidateInto } from '../../src/taskpane/plan/consolidateFiles';
import { layoutToRawSheets } from '../support/layoutToRawSheets';
import { aMemoryWorkbook } from './memoryWorkbook';

const period = periodFor('half-year', 2018, 1, 'nd09-cutoff');
const text = (value: string): CellValue => ({ kind: 'text', text: value });
const day = (iso: string): CellValue => ({ kind: 'date', iso });

function unitFile(file: string, unitCode: string, titles: readonly string[], lastModified = 1): UnitFileInput {
  const unit = GO_DAU_116.units.find((u) => u.code === unitCode);
  if (!unit) throw new Error(`no unit ${unitCode}`);
  const outputs = titles.map((title) => [day('2018-03-10'), text('Trang TTĐT huyện'), text('Tin'), text(title), text(''), text(unit.name), text('')]);
  const layout = buildTemplate({ plan: GO_DAU_116, kind: 'unit', unit, createdOn: '2018-06-01', existing: { outputs, standing: [], spending: [] } });
  return { file, lastModified, sheets: layoutToRawSheets(layout) };
}

/** The record rows of the written "TH Tin bài" sheet, as text, for comparing runs. */
function recordRows(sheet: SheetLayout | undefined): string[] {
  const block = sheet?.blocks.find((b) => b.at === 'A2');
  return (block?.rows.slice(1) ?? []).map((row) =>
    row.map((cell) => (cell.kind === 'text' ? cell.text : cell.kind === 'number' ? String(cell.value) : cell.kind)).join('|'),
  );
}

describe('consolidateInto', () => {
  it('writes the consolidation sheets, then the district report of the period, and lands on the first sheet', async () => {
    const workbook = aMemoryWorkbook();
    const { summary } = await consolidateInto(workbook, GO_DAU_116, [unitFile('xtd.xlsx', 'XTD', ['Tin một', 'Tin hai'])], {
      period,
      today: '2018-06-14',
      language: 'vi',
      preferred: new Map(),
    });
    const names = workbook.written.at(-1)?.sheets.map((s) => s.name) ?? [];
    expect(names.slice(0, -1)).toEqual(Object.values(CONSOLIDATION_SHEETS));
    expect(names.at(-1)).toBe('BC 6T-2018');
    expect(summary).toMatchObject({ outputs: 2, reportSheet: 'BC 6T-2018', units: GO_DAU_116.units.length, reported: ['Xã Thạnh Đức'] });
    expect(summary.missing).toContain('Xã Cẩm Giang');
    const c = summary.conservation;
    expect(c.rowsRead).toBe(c.consolidated + c.duplicates + c.quarantined + c.blank + c.titles + c.totals);
    expect(workbook.selected.at(-1)).toBe(`${CONSOLIDATION_SHEETS.records}!A1`);
  });

  it('given a late file, only that unit’s rows are added and the others stay as they were', async () => {
    const workbook = aMemoryWorkbook();
    const options = { period, today: '2018-06-14', language: 'vi' as const, preferred: new Map<string, string>() };
    const early = [unitFile('xtd.xlsx', 'XTD', ['Tin một', 'Tin hai']), unitFile('xcg.xlsx', 'XCG', ['Tin ba'])];
    await consolidateInto(workbook, GO_DAU_116, early, options);
    const before = recordRows(workbook.written.at(-1)?.sheets[0]);
    const { summary } = await consolidateInto(workbook, GO_DAU_116, [...early, unitFile('late.xlsx', 'XHT', ['Tin muộn'])], options);
    const after = recordRows(workbook.written.at(-1)?.sheets[0]);
    expect(after.filter((row) => !row.includes('Xã Hiệp Thạnh'))).toEqual(before);
    expect(after.filter((row) => row.includes('Xã Hiệp Thạnh'))).toHaveLength(1);
    expect(summary.missing).not.toContain('Xã Hiệp Thạnh');
  });

  it('given a unit that sent two files, uses the one the officer chose and keeps the other listed as it was checked', async () => {
    const workbook = aMemoryWorkbook();
    const files = [unitFile('cu.xlsx', 'XTD', ['Tin cũ'], 1), unitFile('moi.xlsx', 'XTD', ['Tin mới', 'Tin mới hai'], 2)];
    const options = { period, today: '2018-06-14', language: 'vi' as const };
    const newest = await consolidateInto(workbook, GO_DAU_116, files, { ...options, preferred: new Map() });
    expect(newest.summary.outputs).toBe(2);
    const chosen = await consolidateInto(workbook, GO_DAU_116, files, { ...options, preferred: new Map([['XTD', 'cu.xlsx']]) });
    expect(chosen.summary.outputs).toBe(1);
    expect(Object.keys(chosen.checks)).toEqual(['cu.xlsx']);
  });
});

describe('checkUnitFile', () => {
  it.each([
    // One news item and the five standing items the template lists for a commune.
    ['a unit’s tracker', unitFile('xtd.xlsx', 'XTD', ['Tin một']), { unit: 'XTD', status: 'ok', records: 6, errors: 0 }],
    [
      'a .csv',
      { file: 'a.csv', lastModified: 1, sheets: null, unreadable: { reason: 'notXlsx', detail: 'text' } } as const,
      { status: 'rejected', reason: { key: 'consolidate.reject.notXlsx', params: { detail: 'text' } } },
    ],
  ])('given %s', (_name, input, expected) => {
    expect(checkUnitFile(GO_DAU_116, input, period, '2018-06-14')).toMatchObject(expected);
  });
});

describe('the list’s counts of a picked file', () => {
  it('given dates outside the period chosen before the files were picked, counts the same warnings as for the whole year', () => {
    // 2018-03-10 lies in the first half and outside the third quarter: only the period tells them apart.
    const input = unitFile('xtd.xlsx', 'XTD', ['Tin một', 'Tin hai']);
    const year = periodFor('year', 2018, undefined, 'nd09-cutoff');
    const thirdQuarter = periodFor('quarter', 2018, 3, 'nd09-cutoff');
    const inYear = checkUnitFile(GO_DAU_116, input, year, '2018-12-14');
    const inQuarter = checkUnitFile(GO_DAU_116, input, thirdQuarter, '2018-12-14');
    expect(inQuarter).toEqual(inYear);
    expect(inQuarter.records).toBe(7);
  });

  it('given a 0-byte file, it is refused (never taken as a unit’s file with nothing in it)', () => {
    const empty = { file: 'rong.xlsx', lastModified: 1, sheets: null, unreadable: { reason: 'empty' } } as const;
    expect(checkUnitFile(GO_DAU_116, empty, period, '2018-06-14')).toMatchObject({ status: 'rejected', reason: { key: 'consolidate.reject.empty' } });
  });
});
