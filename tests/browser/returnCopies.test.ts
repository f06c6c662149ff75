import { readFile } from 'fs/promises';
import ExcelJS from 'exceljs';
import { startPaneHarness, type PaneHarness } from './support/paneBrowser';
import { unitWorkbook, xlsx } from './support/unitWorkbook';
import { allRead, cellHolding, noteText } from './support/consolidateSteps';

/** Tổng hợp → "Tải bản trả lại" (issue 15): the copy of a unit's file with its issues marked, downloaded from the pane. */
let harness: PaneHarness;

beforeAll(async () => {
  harness = await startPaneHarness();
});

afterAll(async () => {
  await harness?.close();
});

const UNKNOWN_CHANNEL = 'Loa phát thanh ấp Bến Đình (không có trong kế hoạch)';

describe('downloading the copy that goes back to a unit', () => {
  it('after Tổng hợp, offers a copy for each unit whose file has issues, and the copy carries a note at the bad cell and the "Cần sửa" sheet first', async () => {
    const withIssues = await unitWorkbook('XTD', ['Tin đúng kênh', { title: 'Tin đăng ở kênh lạ', channel: UNKNOWN_CHANNEL }]);
    const clean = await unitWorkbook('XCG', ['Tin của Cẩm Giang']);
    const { page, errors, screenshot } = await harness.open('#tong-hop');
    await page.setViewportSize({ width: 320, height: 860 });
    await page.locator('[data-host-status="ready"]').waitFor();
    await page
      .getByLabel('Sổ theo dõi của các đơn vị (.xlsx)')
      .setInputFiles([xlsx('Sổ theo dõi tuyên truyền CCHC năm 2018 - Ủy ban nhân dân xã Thạnh Đức.xlsx', withIssues), xlsx('Cam Giang.xlsx', clean)]);
    await allRead(page);
    await page.getByRole('button', { name: 'Tổng hợp vào sổ đang mở' }).click();
    await page.getByRole('button', { name: 'Chỉ tổng hợp' }).click();
    const offered = page.getByTestId('return-copies');
    await offered.waitFor({ timeout: 90000 });
    // As `--return-dir` does: every file taken with an issue, an error or a warning, goes back.
    const lines = await offered.locator('li').allInnerTexts();
    expect(lines.find((line) => line.includes('Xã Thạnh Đức'))).toMatch(/Xã Thạnh Đức · [1-9]\d* lỗi/);
    expect(lines.find((line) => line.includes('Xã Cẩm Giang')) ?? 'Xã Cẩm Giang · 0 lỗi').toMatch(/Xã Cẩm Giang · 0 lỗi/);
    await offered.scrollIntoViewIfNeeded();
    await screenshot('pane-tong-hop-return-copies-320-vi');

    const button = page.getByRole('button', { name: /^Tải bản trả lại cho Xã Thạnh Đức/ });
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe('Sổ theo dõi tuyên truyền CCHC năm 2018 - Ủy ban nhân dân xã Thạnh Đức (cần sửa).xlsx');
    const path = await download.path();
    expect(path).toBeTruthy();
    await offered.getByText(/^Đã tải "/).waitFor();

    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readFile(path)) as unknown as ExcelJS.Buffer);
    const first = book.worksheets[0];
    expect(first?.name).toBe('Cần sửa');
    const listed = first?.getSheetValues().flat().map(String).join(' ') ?? '';
    expect(listed).toContain('Xã Thạnh Đức');
    // The bad channel's cell on the unit's own sheet carries the reviewer's note; a clean row's does not.
    const entries = book.getWorksheet('Tin bài');
    const bad = entries === undefined ? undefined : cellHolding(entries, UNKNOWN_CHANNEL);
    expect(bad).toBeDefined();
    expect(noteText(bad)).toMatch(/Phòng|Văn phòng/);
    const good = entries === undefined ? undefined : cellHolding(entries, 'Tin đúng kênh');
    expect(noteText(good)).toBe('');
    // The list links to that very cell.
    expect(listed).toContain(bad?.address ?? '?');
    expect(errors).toEqual([]);
  });
});
