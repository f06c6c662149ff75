import { DECISIONS_SHEET_NAME } from '../../src/core/decisions/decisionsSheet';
import { periodFor } from '../../src/core/periods';
import { GO_DAU_116 } from '../../src/core/plan/goDau116';
import { consolidateInto } from '../../src/taskpane/plan/consolidateFiles';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { unsettledTracker } from '../core/decisions/officeTracker';
import { aMemoryWorkbook } from './memoryWorkbook';

const period = periodFor('half-year', 2018, 1, 'nd09-cutoff');
const options = { period, today: '2018-06-14', language: 'vi' as const, preferred: new Map<string, string>() };

describe('Tổng hợp uses the reading decisions kept in the open workbook', () => {
  it('given rows the officer typed in "Ghi nhớ đọc tệp", the unsettled file is read with them and the rows are written back', async () => {
    const tracker = { file: 'bao-cao-thang-3.xlsx', lastModified: 1, sheets: await readWorkbook(await unsettledTracker()) };
    const workbook = aMemoryWorkbook();
    const before = await consolidateInto(workbook, GO_DAU_116, [tracker], options);
    expect(before.checks['bao-cao-thang-3.xlsx']).toMatchObject({ status: 'rejected', unit: null });

    // The officer types the decisions in the sheet's words, under its header row.
    workbook.type(DECISIONS_SHEET_NAME, 4, ['Loại', 'Đã thấy trong sổ', 'Nghĩa là', 'Áp dụng cho tệp', 'Ngày ghi', 'Ghi chú']);
    workbook.type(DECISIONS_SHEET_NAME, 5, ['Đơn vị gửi tệp', 'bao-cao-thang-3.xlsx', 'Thạnh Đức']);
    workbook.type(DECISIONS_SHEET_NAME, 6, ['Kênh đăng, phát', 'Đài GD', 'Đài Truyền thanh huyện', null, null, 'đài huyện viết tắt']);
    const after = await consolidateInto(workbook, GO_DAU_116, [tracker], options);
    expect(after.checks['bao-cao-thang-3.xlsx']).toMatchObject({ status: 'ok', unit: 'XTD' });
    expect(after.summary.targets.find((t) => t.id === 'III.1.c')?.achieved).toBe(1);

    const rewritten = workbook.written.at(-1)?.sheets.find((s) => s.name === DECISIONS_SHEET_NAME);
    const texts = JSON.stringify(rewritten?.blocks);
    expect(texts).toContain('đài huyện viết tắt');
    expect(texts).toContain('Đài Truyền thanh huyện');
  });
});
