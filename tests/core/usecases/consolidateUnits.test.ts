import { customPeriod } from '../../../src/core/periods';
import { consolidateUnits } from '../../../src/core/usecases/consolidateUnits';
import { skippedInWords } from '../../../src/core/usecases/skippedInWords';
import { output } from '../../cli/workbooks';
import { plan, trackerSheets, unitOf } from './books';

describe('consolidating the units (Tổng hợp, cchc consolidate)', () => {
  it("given two units' trackers, consolidates them and gives the TH sheets and the district report as one workbook to write", async () => {
    const thanhDuc = await trackerSheets(unitOf('XTD'), [output('2018-05-14', 'Trang TTĐT huyện', 'Tuyên truyền CCHC tại xã')]);
    const camGiang = await trackerSheets(unitOf('XCG'), [output('2018-05-20', 'Báo Tây Ninh', 'Một cửa xã Cẩm Giang')]);
    const { result, layout, reportSheet } = consolidateUnits(
      plan,
      [
        { file: 'thanh-duc.xlsx', lastModified: 1, sheets: thanhDuc },
        { file: 'cam-giang.xlsx', lastModified: 1, sheets: camGiang },
      ],
      { period: customPeriod('2018-01-01', '2018-06-30'), today: '2018-07-01', language: 'vi' },
    );
    expect(result.outputs.map((o) => [o.unit, o.channel])).toEqual([
      ['XTD', 'TTT-H'],
      ['XCG', 'BTN'],
    ]);
    const names = layout.sheets.map((s) => s.name);
    expect(names.filter((n) => n.startsWith('TH '))).toEqual([
      'TH Tin bài',
      'TH Hạng mục',
      'TH Kinh phí',
      'TH Đơn vị',
      'TH Không tiếp nhận',
      'TH Lỗi từng tệp',
      'TH Tiến độ',
    ]);
    expect(names.at(-1)).toBe(reportSheet);
    expect(reportSheet).toMatch(/^BC /);
  });

  it('given files a folder left out, lists each on TH Đơn vị as not read, with why in Vietnamese', async () => {
    const thanhDuc = await trackerSheets(unitOf('XTD'), [output('2018-05-14', 'Trang TTĐT huyện', 'Tuyên truyền CCHC tại xã')]);
    const { layout } = consolidateUnits(plan, [{ file: 'thanh-duc.xlsx', lastModified: 1, sheets: thanhDuc }], {
      period: customPeriod('2018-01-01', '2018-06-30'),
      today: '2018-07-01',
      language: 'en',
      skipped: skippedInWords([{ file: 'don-vi/~$thanh-duc.xlsx', reason: 'lockFile' }], 'vi'),
    });
    const units = layout.sheets.find((sheet) => sheet.name === 'TH Đơn vị');
    const row = units?.blocks
      .flatMap((block) => block.rows)
      .find((cells) => cells.some((cell) => cell.kind === 'text' && cell.text === 'don-vi/~$thanh-duc.xlsx'));
    const texts = (row ?? []).flatMap((cell) => (cell.kind === 'text' ? [cell.text] : []));
    expect(texts).toEqual(expect.arrayContaining(['Bỏ qua (không đọc)', expect.stringContaining('tệp khóa tạm của Excel')]));
  });

  it('given units that sent nothing, the district report written with the TH sheets says so and shows "Chưa BC" in their rows, not zeros, as a report made later from the workbook does', async () => {
    const thanhDuc = await trackerSheets(unitOf('XTD'), [output('2018-05-14', 'Báo Tây Ninh', 'Tuyên truyền CCHC tại xã')]);
    const { layout, reportSheet } = consolidateUnits(plan, [{ file: 'thanh-duc.xlsx', lastModified: 1, sheets: thanhDuc }], {
      period: customPeriod('2018-01-01', '2018-06-30'),
      today: '2018-07-01',
      language: 'vi',
    });
    const report = layout.sheets.find((sheet) => sheet.name === reportSheet);
    const rows = (report?.blocks ?? []).flatMap((block) => block.rows.map((cells) => cells.flatMap((cell) => (cell.kind === 'text' ? [cell.text] : []))));
    expect(rows.find((texts) => texts.includes('Xã Cẩm Giang'))).toContain('Chưa BC');
    expect(rows.find((texts) => texts.includes('Xã Thạnh Đức'))).not.toContain('Chưa BC');
    expect(rows.flat().find((line) => line.startsWith('Đến ngày báo cáo, các đơn vị sau chưa gửi báo cáo:'))).toContain('xã Cẩm Giang');
    // TH Tiến độ's unit rows say the same.
    const progress = layout.sheets.find((sheet) => sheet.name === 'TH Tiến độ');
    const unitRows = (progress?.blocks ?? []).flatMap((block) => block.rows);
    const row = (code: string): unknown[] => unitRows.find((cells) => cells[0]?.kind === 'text' && cells[0].text === code)?.slice(2) ?? [];
    expect(row('XCG').length).toBeGreaterThan(0);
    expect(row('XCG').every((cell) => (cell as { kind: string; text?: string }).text === 'Chưa BC')).toBe(true);
    expect(row('XTD').some((cell) => (cell as { kind: string; value?: number }).value === 1)).toBe(true);
  });
});
