import ExcelJS from 'exceljs';
import { proposeAdoption } from '../../../src/core/adopt/proposeAdoption';
import { consolidate } from '../../../src/core/consolidate/consolidate';
import { consolidationSheets } from '../../../src/core/consolidate/consolidationSheets';
import { date, empty, num, text } from '../../../src/core/layout/cells';
import { cellFixes } from '../../../src/core/normalise/cellFixes';
import { periodFor } from '../../../src/core/periods';
import { fundingLines } from '../../../src/core/progress/fundingLines';
import { fundingKey } from '../../../src/core/plan/fundingNames';
import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import { createPlanLookup } from '../../../src/core/plan/planLookup';
import type { Plan } from '../../../src/core/plan/types';
import type { RawSheet } from '../../../src/core/ports/workbookPort';
import { buildTemplate } from '../../../src/core/template/buildTemplate';
import { createSuggester } from '../../../src/core/validation/suggest';
import { validateWorkbook } from '../../../src/core/validation/validateWorkbook';
import { readWorkbook } from '../../../src/xlsx/readWorkbook';
import { layoutToRawSheets } from '../../support/layoutToRawSheets';

/**
 * A commune's 2026 sources whose codes are no spelling of their names (the tester's "UBND xã Bàu Sen"
 * plan): only the funding-name rule can tell that "NS xã" is "Ngân sách xã" (fund13 defect 1).
 */
const plan: Plan = {
  ...GO_DAU_116,
  fundingSources: [
    { code: 'NSXA', name: 'Ngân sách xã', note: '', levels: ['commune'] },
    { code: 'KPXHH', name: 'Kinh phí xã hội hóa', note: '', levels: ['commune'] },
    { code: 'NSPH', name: 'Ngân sách phường chi CCHC', note: '', levels: ['commune'] },
  ],
};
const thanhDuc = plan.units.find((u) => u.code === 'XTD') ?? plan.units[0]!;
const typed = ['NS xã', 'XHH', 'Quỹ khuyến học ấp', 'Ngân sách xã'];

/** Thạnh Đức's template tracker with one spending row per typed source, in Kinh phí rows 4–7. */
const tracker = layoutToRawSheets(
  buildTemplate({
    plan,
    kind: 'unit',
    unit: thanhDuc,
    createdOn: '2018-06-01',
    existing: {
      outputs: [],
      standing: [],
      spending: typed.map((source, i) => [
        date(`2018-03-0${i + 1}`),
        text(`Khoản chi ${i + 1}`),
        num(100_000 * (i + 1)),
        text(source),
        text(thanhDuc.name),
        empty,
      ]),
    },
  }),
);

async function officeBook(sources: readonly string[]): Promise<RawSheet[]> {
  const book = new ExcelJS.Workbook();
  const spending = book.addWorksheet('Chi tiêu');
  spending.getRow(1).values = ['Ngày', 'Nội dung chi', 'Số tiền', 'Nguồn kinh phí'];
  sources.forEach((source, i) => {
    spending.getRow(i + 2).values = [`0${i + 1}/03/2018`, `Khoản chi ${i + 1}`, 100_000, source];
  });
  return readWorkbook(new Uint8Array(await book.xlsx.writeBuffer()));
}

describe('the funding-name rule (fund13 defect 1)', () => {
  it('spells out the abbreviations offices write and drops the words that only say "money"', () => {
    expect(fundingKey('NS xã')).toBe('ngan sach xa');
    expect(fundingKey('Nguồn ngân sách XÃ')).toBe('ngan sach xa');
    expect(fundingKey('XHH')).toBe(fundingKey('Kinh phí xã hội hóa'));
    expect(fundingKey('NSNN')).toBe('ngan sach nha nuoc');
    expect(fundingKey('NS tỉnh')).toBe('ngan sach tinh');
    expect(fundingKey('Kinh phí')).toBe('');
  });

  it('resolves the same source by every spelling of it, and nothing when two plan sources would share it', () => {
    const lookup = createPlanLookup(plan);
    expect(['NS xã', 'Nguồn NS xã', 'XHH', 'kp xã hội hóa', 'Quỹ khuyến học ấp', 'NSNN'].map((s) => lookup.fundingSource.find(s))).toEqual([
      'NSXA',
      'NSXA',
      'KPXHH',
      'KPXHH',
      null,
      null,
    ]);
    const twins: Plan = { ...plan, fundingSources: [...plan.fundingSources, { code: 'NSX2', name: 'Nguồn ngân sách xã', note: '', levels: [] }] };
    expect(createPlanLookup(twins).fundingSource.find('NS xã')).toBeNull();
    // Near names stay suggestions, compared spelt out: "NS phường" is near the plan's "Ngân sách phường chi CCHC".
    expect(createSuggester(plan).closest('fundingSource', 'NS phường')).toBe('Ngân sách phường chi CCHC');
  });

  it('validate counts "NS xã" and "XHH" as the plan sources (a formula warning, not "unknown") and says the unknown source once', () => {
    const report = validateWorkbook(plan, tracker, { today: '2018-06-10' });
    const at = (cell: string): string[] => report.issues.filter((i) => i.where.sheet === 'Kinh phí' && i.where.cell === cell).map((i) => i.code);
    expect(at('D4')).toEqual(['validation.live.alias']);
    expect(at('D5')).toEqual(['validation.live.alias']);
    expect(at('D6')).toEqual(['validation.name.unknown']);
    expect(at('D7')).toEqual([]);
    expect(report.records.spending.map((r) => r.fundingSource)).toEqual(['NSXA', 'KPXHH', null, 'NSXA']);
  });

  it('normalise writes the plan names for the abbreviations and leaves the unknown source as typed', () => {
    const report = validateWorkbook(plan, tracker, { today: '2018-06-10' });
    const fixes = cellFixes(plan, report.reading.entries, false);
    const funding = fixes.fixes.filter((f) => f.field === 'fundingSource').map((f) => [f.cell, f.value.kind === 'text' ? f.value.text : '', f.reason]);
    expect(funding).toEqual([
      ['D4', 'Ngân sách xã', 'alias'],
      ['D5', 'Kinh phí xã hội hóa', 'alias'],
    ]);
    expect(fixes.unsettled.filter((u) => u.field === 'fundingSource').map((u) => [u.cell, u.reason])).toEqual([['D6', 'unknownName']]);
  });

  it('consolidate counts them under the plan sources and keeps the unknown source as typed, never blank', () => {
    const result = consolidate(plan, [{ file: 'thanh-duc.xlsx', lastModified: 1, sheets: tracker }], {
      period: periodFor('half-year', 2018, 1, 'nd09-cutoff'),
      today: '2018-06-10',
    });
    expect(result.spending.map((r) => [r.fundingSource, r.fundingSourceText])).toEqual([
      ['NSXA', undefined],
      ['KPXHH', undefined],
      [null, 'Quỹ khuyến học ấp'],
      ['NSXA', undefined],
    ]);
    // TH Kinh phí writes the plan's name, or the text as typed where the plan lists no such source.
    const sheet = consolidationSheets(plan, result).sheets.find((s) => s.name === 'TH Kinh phí');
    const sourceCells = (sheet?.blocks.flatMap((b) => b.rows) ?? []).map((row) => row[3]).filter((c) => c?.kind === 'text' && c.text !== 'Nguồn kinh phí');
    expect(sourceCells.map((c) => (c?.kind === 'text' ? c.text : ''))).toEqual(['Ngân sách xã', 'Kinh phí xã hội hóa', 'Quỹ khuyến học ấp', 'Ngân sách xã']);
    const year = { from: '2018-01-01', to: '2018-12-31' };
    expect(fundingLines(plan, result.spending, year, year, 'vi').map((f) => [f.code, f.yearToDate])).toEqual([
      ['NSXA', 500_000],
      ['KPXHH', 200_000],
      ['NSPH', 0],
      [null, 300_000],
    ]);
  });

  it('adopt proposes the same plan sources validate and consolidate count, and keeps the unknown one as typed (null)', async () => {
    const proposal = proposeAdoption(plan, await officeBook(typed), [], thanhDuc);
    const proposed = new Map(proposal.fundingSources?.map((f) => [f.label, f.code]));
    expect(typed.map((label) => proposed.get(label))).toEqual(['NSXA', 'KPXHH', null, 'NSXA']);
  });
});
