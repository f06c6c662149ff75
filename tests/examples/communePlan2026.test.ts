import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { periodFor } from '../../src/core/periods';
import { readPlanFromSheets } from '../../src/core/plan/planSheetReader';
import type { Plan } from '../../src/core/plan/types';
import { memoryWorkbook } from '../../src/core/ports/memoryWorkbook';
import { checkWorkbook } from '../../src/core/usecases/checkWorkbook';
import { sheetReport, wordReport, type ReportInputs } from '../../src/core/usecases/writeReport';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { output } from '../cli/workbooks';
import { trackerSheets, unitOf } from '../core/usecases/books';
import { texts } from '../core/report/layoutQuery';

/**
 * examples/ke-hoach-xa-2026.xlsx, a 2026 commune's plan made on the plan sheet (offices, the public
 * service centre and hamlets; Facebook page, Zalo OA, the commune's portal, hamlet loudspeakers),
 * taken through template, check and report (sheet and Word) as an officer would.
 */
let plan: Plan;
beforeAll(async () => {
  const sheets = await readWorkbook(new Uint8Array(readFileSync(join(__dirname, '..', '..', 'examples', 'ke-hoach-xa-2026.xlsx'))));
  const read = readPlanFromSheets(sheets);
  expect(read.issues).toEqual([]);
  if (!read.plan) throw new Error('the example plan did not read');
  plan = read.plan;
});

const firstQuarter = (): ReportInputs => ({
  plan,
  period: periodFor('quarter', 2026, 1, 'calendar'),
  today: '2026-03-31',
  reportDate: '2026-04-02',
  language: 'vi',
});
// Typed as the dropdown writes it: a short name ("Loa ấp") is read, but flagged as one the live Tiến độ sheet does not count.
const loudspeaker = output('2026-02-03', 'Loa truyền thanh ấp', 'Hướng dẫn nộp hồ sơ trực tuyến', 'Phát thanh');

describe('the 2026 commune plan example', () => {
  test('given the example workbook, its units carry the plan’s levels, the hamlets as hamlets', () => {
    expect(plan.units.map((u) => `${u.code}:${u.level}`)).toEqual([
      'VP:agency',
      'PVHXH:agency',
      'TTPVHCC:service-centre',
      'BM:hamlet',
      'XB:hamlet',
      'CX:hamlet',
    ]);
    expect(plan.wording.government).toBe('commune');
  });

  test('given a hamlet’s tracker with a loudspeaker item, the check finds nothing wrong', async () => {
    const book = memoryWorkbook(await trackerSheets(unitOf('BM', plan), [loudspeaker], { plan }));
    const { report } = await checkWorkbook(book, { plan, today: '2026-03-31', file: 'ben-muong.xlsx' });
    expect(report.issues).toEqual([]);
  });

  test('given a hamlet’s report, it is headed under UBND xã as the hamlet, dated at the commune, signed by the hamlet head', async () => {
    const book = memoryWorkbook(await trackerSheets(unitOf('BM', plan), [loudspeaker], { plan }));
    const sheet = await sheetReport(book, firstQuarter());
    const word = await wordReport(book, firstQuarter());
    if (!sheet.ok || !word.ok) throw new Error('refused');
    const all = texts(sheet.report.layout).map((x) => x.text);
    expect(all.slice(0, 4)).toEqual(['UBND XÃ THẠNH ĐỨC', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'ẤP BẾN MƯƠNG', 'Độc lập - Tự do - Hạnh phúc']);
    expect(all).toContain('Thạnh Đức, ngày 02 tháng 4 năm 2026');
    expect(all).toContain('TRƯỞNG ẤP');
    expect(all.join('\n')).not.toMatch(/ỦY BAN NHÂN DÂN|UBND ẤP/u);
    expect(word.document.header).toMatchObject({
      superior: 'UBND XÃ THẠNH ĐỨC',
      bodyLines: ['ẤP BẾN MƯƠNG'],
      placeDate: 'Thạnh Đức, ngày 02 tháng 4 năm 2026',
    });
    expect(word.document.signer.titles).toEqual(['TRƯỞNG ẤP']);
    expect(word.document.recipients).toEqual(['- UBND xã Thạnh Đức;', '- Lưu: VT.']);
  });

  test('given the commune’s consolidated workbook, the report is UBND xã’s, signed "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH", in the commune’s words', async () => {
    const book = memoryWorkbook(
      await trackerSheets(unitOf('VP', plan), [output('2026-02-03', 'Loa ấp', 'Hướng dẫn nộp hồ sơ trực tuyến', 'Phát thanh', 'Ấp Bến Mương')], {
        plan,
        kind: 'district',
      }),
    );
    const word = await wordReport(book, firstQuarter());
    if (!word.ok) throw new Error('refused');
    const document = word.document;
    expect(document.header).toMatchObject({
      superior: null,
      bodyLines: ['ỦY BAN NHÂN DÂN', 'XÃ THẠNH ĐỨC'],
      placeDate: 'Thạnh Đức, ngày 02 tháng 4 năm 2026',
    });
    expect(document.header.number).toMatch(/\/BC-UBND$/u);
    expect(document.signer).toEqual({ titles: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], name: 'Lê Văn Minh' });
    expect(document.recipients).toEqual(['- UBND tỉnh Tây Ninh;', '- Sở Nội vụ tỉnh Tây Ninh;', '- TT. Đảng ủy, TT. HĐND xã;', '- Lưu: VT.']);
    const prose = document.body.flatMap((block) => ('text' in block ? [block.text] : [])).join('\n');
    expect(prose).toContain('UBND xã Thạnh Đức tổng hợp kết quả thực hiện quý I năm 2026 của các cơ quan, đơn vị và các ấp như sau:');
    // The example names no reception office and its panels are at the hamlets' cultural houses: no place in the heading.
    expect(document.body).toContainEqual({ kind: 'heading', text: 'II. CÁC HẠNG MỤC THƯỜNG XUYÊN' });
    expect(prose).not.toMatch(/huyện|Bộ phận tiếp nhận/u);
  });
});
