import { readFileSync } from 'node:fs';
import { startPaneHarness, type PaneHarness } from './support/paneBrowser';

/** Báo cáo with a period the officer types: checked as typed, then written as its own sheet. */
let harness: PaneHarness;

beforeAll(async () => {
  harness = await startPaneHarness();
});

afterAll(async () => {
  await harness?.close();
});

interface HostWindow {
  __excelHost?: {
    sheetNames(): string[];
    selection(): { sheet: string; address: string } | null;
    seed(sheet: string, at: string, rows: unknown[][]): void;
    sheet(name: string): { usedRange(): string | null; values(range: string): unknown[][] } | undefined;
  };
}

describe('writing a report for a custom period from the pane', () => {
  it('offers the plan’s and the calendar’s periods with their dates, checks typed dates, and writes only that period’s sheet', async () => {
    const { page, errors, screenshot } = await harness.open('#so-theo-doi');
    await page.locator('[data-host-status="ready"]').waitFor();
    await page.getByRole('combobox', { name: /^Đơn vị/ }).selectOption('XTD');
    await page.getByRole('button', { name: 'Tạo sổ theo dõi trong sổ đang mở' }).click();
    await page.getByTestId('tracker-outcome').waitFor({ timeout: 60000 });
    await page.evaluate(() => {
      const host = (window as unknown as HostWindow).__excelHost;
      host?.seed('Tin bài', 'A4', [['10/03/2018', 'Trang TTĐT huyện', 'Tin', 'Tuyên truyền CCHC tại xã', '', 'Xã Thạnh Đức', '']]);
    });

    await page.getByRole('tab', { name: 'Báo cáo' }).click();
    const period = page.getByRole('combobox', { name: 'Kỳ báo cáo' });
    const options = await period.locator('option').allInnerTexts();
    expect(options).toEqual(
      expect.arrayContaining([
        '6 tháng đầu năm 2018 (15/12/2017 – 14/06/2018)',
        'Quý I năm 2018 (01/01/2018 – 31/03/2018)',
        'Khoảng thời gian khác (tự nhập ngày)…',
      ]),
    );
    await period.selectOption('calendar:quarter-1');
    await page.getByText('Số liệu từ 01/01/2018 đến 31/03/2018').waitFor();

    await period.selectOption('custom');
    const from = page.getByRole('textbox', { name: 'Từ ngày' });
    const to = page.getByRole('textbox', { name: 'Đến ngày' });
    await from.fill('31/5/2018');
    await to.fill('01/3/2018');
    const check = page.getByTestId('period-check');
    expect(await check.innerText()).toBe('Ngày bắt đầu 31/5/2018 sau ngày kết thúc 01/3/2018. Đổi lại cho đúng thứ tự.');
    expect(await from.getAttribute('aria-invalid')).toBe('true');
    await screenshot('pane-bao-cao-custom-invalid-vi');
    // Asked to write anyway, the pane says why and writes nothing.
    const before = await page.evaluate(() => (window as unknown as HostWindow).__excelHost?.sheetNames() ?? []);
    await page.getByRole('button', { name: 'Lập báo cáo vào sổ đang mở' }).click();
    expect(await page.getByTestId('report-outcome').innerText()).toContain('Ngày bắt đầu 31/5/2018 sau ngày kết thúc 01/3/2018');
    expect(await page.evaluate(() => (window as unknown as HostWindow).__excelHost?.sheetNames() ?? [])).toEqual(before);

    await from.fill('01/3/2018');
    await to.fill('31/5/2018');
    expect(await check.innerText()).toBe('Số liệu từ 01/03/2018 đến 31/05/2018');
    await page.getByRole('button', { name: 'Lập báo cáo vào sổ đang mở' }).click();
    const outcome = page.getByTestId('report-outcome');
    await page.getByText('Đã lập báo cáo').waitFor({ timeout: 60000 });
    expect(await outcome.innerText()).toContain('Đã lập báo cáo từ ngày 01/03/2018 đến ngày 31/05/2018 của Xã Thạnh Đức vào sheet "BC 01.03-31.05.2018 XTD"');
    const workbook = await page.evaluate(() => {
      const host = (window as unknown as HostWindow).__excelHost;
      const sheet = host?.sheet('BC 01.03-31.05.2018 XTD');
      const used = sheet?.usedRange();
      return { sheets: host?.sheetNames() ?? [], selection: host?.selection() ?? null, cells: sheet && used ? sheet.values(used).flat().map(String) : [] };
    });
    expect(workbook.sheets).toEqual([...before, 'BC 01.03-31.05.2018 XTD']);
    expect(workbook.selection).toEqual({ sheet: 'BC 01.03-31.05.2018 XTD', address: 'A1' });
    expect(workbook.cells.some((cell) => cell.includes('01/03/2018') && cell.includes('31/05/2018'))).toBe(true);
    await screenshot('pane-bao-cao-custom-done-vi');

    // The same report as a Word download, the docx renderer loaded on this click; nothing added to the workbook.
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60000 }), page.getByRole('button', { name: 'Tải báo cáo Word' }).click()]);
    expect(download.suggestedFilename()).toBe('BC 01.03-31.05.2018 XTD.docx');
    const saved = await download.path();
    expect(readFileSync(saved).subarray(0, 2).toString()).toBe('PK');
    await page.getByTestId('word-outcome').waitFor();
    expect(await page.getByTestId('word-outcome').innerText()).toContain('BC 01.03-31.05.2018 XTD.docx');
    expect(await page.evaluate(() => (window as unknown as HostWindow).__excelHost?.sheetNames() ?? [])).toEqual(workbook.sheets);
    expect(errors).toEqual([]);
  });
});
