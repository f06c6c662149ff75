import ExcelJS from 'exceljs';
import { consolidationChoices } from '../../../src/core/decisions/decisionChoices';
import { DECISIONS_SHEET_NAME, decisionsSheet } from '../../../src/core/decisions/decisionsSheet';
import { mergeDecisions } from '../../../src/core/decisions/mergeDecisions';
import { readDecisions } from '../../../src/core/decisions/readDecisions';
import type { Decision } from '../../../src/core/decisions/types';
import { customPeriod } from '../../../src/core/periods';
import type { RawSheet } from '../../../src/core/ports/workbookPort';
import { consolidateUnits } from '../../../src/core/usecases/consolidateUnits';
import { readWorkbook } from '../../../src/xlsx/readWorkbook';
import { renderToBuffer } from '../../../src/xlsx/renderWorkbook';
import { plan } from '../usecases/books';
import { unsettledTracker } from './officeTracker';

const FILE = 'bao-cao-thang-3.xlsx';
const period = customPeriod('2018-01-01', '2018-06-30');
const decided = (kind: Decision['kind'], seen: string, meaning: string | null, file: string | null = null): Decision => ({
  kind,
  seen,
  meaning,
  file,
  decidedOn: '2018-04-02',
});

/** What the officer decided about the unsettled tracker in the review. */
const REVIEW: readonly Decision[] = [
  decided('fileUnit', FILE, 'XTD'),
  decided('channel', 'Đài GD', 'TT-H'),
  decided('channel', 'Loa ấp', null),
  decided('header', 'Nguồn tin', null),
];

let tracker: RawSheet[];
beforeAll(async () => {
  tracker = await readWorkbook(await unsettledTracker());
});

const consolidateWith = (decisions?: { kept: readonly Decision[]; added?: readonly Decision[] }) =>
  consolidateUnits(plan, [{ file: `thu-muc/${FILE}`, lastModified: 1, sheets: tracker }], {
    period,
    today: '2018-07-01',
    language: 'vi',
    ...(decisions === undefined ? {} : { decisions }),
  });

/** The district workbook as written to a file and opened again: the sheets the next consolidation reads. */
async function writtenAndRead(layout: ReturnType<typeof consolidateWith>['layout']): Promise<RawSheet[]> {
  return await readWorkbook(await renderToBuffer(layout));
}

describe('the officer’s reading decisions (Ghi nhớ đọc tệp)', () => {
  test('given a tracker naming no unit, without decisions it is rejected as of an unknown unit', () => {
    const { result, layout } = consolidateWith();
    expect(result.files[0]?.reason).toBe('unknownUnit');
    expect(layout.sheets.some((s) => s.name === DECISIONS_SHEET_NAME)).toBe(false);
  });

  test('given the review’s decisions, the file is Thạnh Đức’s, "Đài GD" counts on Đài Truyền thanh huyện and "Loa ấp" is set aside', () => {
    const { result } = consolidateWith({ kept: [], added: REVIEW });
    expect(result.files[0]).toMatchObject({ unit: 'XTD', status: 'ok' });
    expect(result.outputs.map((o) => o.channel)).toEqual(['BTN', 'TT-H', 'BTN']);
    expect(result.quarantined.map((q) => [q.source.row, q.reason])).toEqual([[6, 'unknownChannel']]);
    const c = result.conservation;
    expect(c.dataRows + c.extraChannels).toBe(c.consolidated + c.duplicates + c.quarantined);
  });

  test('given a first consolidation with decisions, the second one reads them from the workbook and gives the same result with no question', async () => {
    const first = consolidateWith({ kept: [], added: REVIEW });
    const book = await writtenAndRead(first.layout);
    const read = readDecisions(plan, book);
    expect(read.issues).toEqual([]);
    expect(read.decisions).toEqual(REVIEW);
    const second = consolidateWith({ kept: read.decisions });
    expect(second.result.outputs).toEqual(first.result.outputs);
    expect(second.result.quarantined).toEqual(first.result.quarantined);
    expect(second.result.files[0]?.unit).toBe('XTD');
  });

  test('given two rows that say different things about one label, the lower is used and a warning names both rows', async () => {
    const written = await renderToBuffer({ sheets: [decisionsSheet(plan, [])], definedNames: [] });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(written as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(DECISIONS_SHEET_NAME);
    if (!ws) throw new Error('no sheet');
    ws.getRow(7).values = ['Kênh đăng, phát', 'Web huyện', 'Trang thông tin điện tử huyện'];
    ws.getRow(8).values = ['Kênh đăng, phát', 'Web huyện', 'Cổng thông tin điện tử tỉnh'];
    const read = readDecisions(plan, await readWorkbook(new Uint8Array(await wb.xlsx.writeBuffer())));
    expect(read.issues.map((i) => [i.code, i.severity, i.where.cell, i.params.row])).toEqual([['decisions.issue.conflict', 'warning', 'C8', 7]]);
  });

  test('given rows the officer typed in the sheet, good ones are used and kept, a wrong one is said with its cell and the rest still count', async () => {
    const written = await renderToBuffer({ sheets: [decisionsSheet(plan, REVIEW.slice(0, 2))], definedNames: [] });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(written as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(DECISIONS_SHEET_NAME);
    if (!ws) throw new Error('no sheet');
    // Typed by hand, in the sheet's words: names, not codes.
    ws.getRow(7).values = ['Kênh đăng, phát', 'Loa ấp', 'Trạm truyền thanh xã', '', '', 'Loa ấp là loa của xã'];
    ws.getRow(8).values = ['Kênh đăng, phát', 'Đài XYZ', 'Đài không có'];
    ws.getRow(9).values = ['Kênh lạ', 'abc', 'Báo Tây Ninh'];
    const book = await readWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()));
    const read = readDecisions(plan, book);
    expect(read.issues.map((i) => [i.code, i.where.cell, i.params.value])).toEqual([
      ['decisions.issue.unknownChannel', 'C8', 'Đài không có'],
      ['decisions.issue.unknownKind', 'A9', 'Kênh lạ'],
    ]);
    expect(read.decisions.at(-1)).toEqual({ kind: 'channel', seen: 'Loa ấp', meaning: 'TT-X', file: null, decidedOn: null, note: 'Loa ấp là loa của xã' });

    const { result, layout } = consolidateWith({ kept: read.decisions });
    expect(result.outputs.map((o) => o.channel)).toEqual(['BTN', 'TT-H', 'TT-X', 'BTN']);
    const rewritten = readDecisions(plan, await writtenAndRead(layout));
    expect(rewritten.decisions).toEqual(read.decisions);
  });

  test('given columns the officer said are not taken, the reader gives them no role of its own', () => {
    // "Nguồn tin" not taken by its header, "Nội dung" (D, the titles) by its cell: no column is left to be the title.
    const withTitles = consolidateWith({ kept: [], added: REVIEW });
    const withoutTitles = consolidateWith({ kept: [], added: [...REVIEW, decided('column', 'Tháng 3!3!D', null, FILE)] });
    expect(withTitles.result.outputs.map((o) => o.title)).toContain('Tuyên truyền thủ tục một cửa liên thông');
    expect(withoutTitles.result.outputs).toEqual([]);
    expect(withoutTitles.result.quarantined.map((q) => q.reason)).toEqual(['noTitle', 'noTitle', 'unknownChannel', 'noTitle']);
  });
});

describe('merging decisions', () => {
  test('given a decision about the same thing, it replaces the row in place and keeps the officer’s note; a new thing is added at the end', () => {
    const kept: Decision[] = [{ ...decided('channel', 'Đài GD', 'TT-X'), note: 'hỏi lại xã' }, decided('header', 'Người viết', null)];
    const merged = mergeDecisions(kept, [decided('channel', 'ĐÀI GD', 'TT-H'), decided('fileUnit', FILE, 'XTD')]);
    expect(merged.map((d) => [d.kind, d.seen, d.meaning, d.note])).toEqual([
      ['channel', 'ĐÀI GD', 'TT-H', 'hỏi lại xã'],
      ['header', 'Người viết', null, undefined],
      ['fileUnit', FILE, 'XTD', undefined],
    ]);
  });

  test('given decisions for one file and for all, the file’s own win and other files get only the common ones', () => {
    const decisions = [
      decided('channel', 'Đài GD', 'TT-H'),
      decided('channel', 'Đài GD', 'TT-X', 'cam-giang.xlsx'),
      decided('fileUnit', 'cam-giang.xlsx', 'XCG'),
    ];
    const { choicesOfFile, unitOfFile } = consolidationChoices(decisions, ['a/cam-giang.xlsx', 'b/thanh-duc.xlsx']);
    expect(choicesOfFile.get('a/cam-giang.xlsx')?.channels?.get('dai gd')).toBe('TT-X');
    expect(choicesOfFile.get('b/thanh-duc.xlsx')?.channels?.get('dai gd')).toBe('TT-H');
    expect([...unitOfFile]).toEqual([['a/cam-giang.xlsx', 'XCG']]);
  });
});
