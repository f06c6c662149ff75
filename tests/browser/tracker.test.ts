import { startPaneHarness, type PaneHarness } from './support/paneBrowser';

/** Sổ theo dõi: the pane lays out a tracker and writes it into the strict Excel host. */
let harness: PaneHarness;

beforeAll(async () => {
  harness = await startPaneHarness();
});

afterAll(async () => {
  await harness?.close();
});

interface HostWindow {
  __excelHost?: { sheetNames(): string[]; selection(): { sheet: string; address: string } | null; counters: { syncCount: number } };
}

describe('creating a tracker from the pane', () => {
  it("writes a commune's tracker into the open workbook and selects the first entry cell", async () => {
    const { page, errors, screenshot } = await harness.open('#so-theo-doi');
    await page.locator('[data-host-status="ready"]').waitFor();
    const create = page.getByRole('button', { name: 'Tạo sổ theo dõi trong sổ đang mở' });
    expect(await create.isDisabled()).toBe(true);
    await page.getByRole('combobox', { name: /^Đơn vị/ }).selectOption('XTD');
    await screenshot('pane-so-theo-doi-vi');
    await create.click();
    const outcome = page.getByTestId('tracker-outcome');
    await outcome.waitFor({ timeout: 60000 });
    expect(await outcome.innerText()).toContain('Đã tạo sổ theo dõi cho Xã Thạnh Đức');
    const workbook = await page.evaluate(() => {
      const host = (window as unknown as HostWindow).__excelHost;
      return host ? { sheets: host.sheetNames(), selection: host.selection(), syncs: host.counters.syncCount } : null;
    });
    expect(workbook?.sheets).toEqual(expect.arrayContaining(['Sheet1', 'Tin bài', 'Hạng mục']));
    expect(workbook?.selection).toEqual({ sheet: 'Tin bài', address: 'A4' });
    await screenshot('pane-so-theo-doi-done-vi');
    expect(errors).toEqual([]);
  });
});

describe('checking the open workbook from the pane', () => {
  it('lists what is wrong in a typed row and selects its cell on request', async () => {
    const { page, errors, screenshot } = await harness.open('#so-theo-doi');
    await page.locator('[data-host-status="ready"]').waitFor();
    await page.getByRole('combobox', { name: /^Đơn vị/ }).selectOption('XTD');
    await page.getByRole('button', { name: 'Tạo sổ theo dõi trong sổ đang mở' }).click();
    await page.getByTestId('tracker-outcome').waitFor({ timeout: 60000 });
    // An officer types a row with a channel that is not in the list and an impossible date.
    await page.evaluate(() => {
      const host = (window as unknown as { __excelHost?: { seed(sheet: string, at: string, rows: unknown[][]): void } }).__excelHost;
      host?.seed('Tin bài', 'A4', [['32/13/2018', 'Báo Không Có', 'Tin', 'Tuyên truyền CCHC tại xã', '', 'Xã Thạnh Đức', '']]);
    });

    await page.getByRole('tab', { name: 'Kiểm tra' }).click();
    await page.getByRole('button', { name: 'Kiểm tra sổ đang mở' }).click();
    const summary = page.getByTestId('check-summary');
    await summary.waitFor({ timeout: 60000 });
    expect(await summary.innerText()).toMatch(/[1-9]\d* lỗi/);
    const goToB4 = page.getByRole('button', { name: 'Đến ô Tin bài!B4' });
    await goToB4.click();
    const selection = (): Promise<{ sheet: string; address: string } | null> =>
      page.evaluate(() => (window as unknown as HostWindow).__excelHost?.selection() ?? null);
    await page.waitForFunction(() => (window as unknown as HostWindow).__excelHost?.selection()?.address === 'B4');
    expect(await selection()).toEqual({ sheet: 'Tin bài', address: 'B4' });
    await screenshot('pane-kiem-tra-issues-vi');
    expect(errors).toEqual([]);
  });
});

describe('writing the period report from the pane', () => {
  it("writes the commune's 6-month report as a sheet of the open workbook", async () => {
    const { page, errors, screenshot } = await harness.open('#so-theo-doi');
    await page.locator('[data-host-status="ready"]').waitFor();
    await page.getByRole('combobox', { name: /^Đơn vị/ }).selectOption('XTD');
    await page.getByRole('button', { name: 'Tạo sổ theo dõi trong sổ đang mở' }).click();
    await page.getByTestId('tracker-outcome').waitFor({ timeout: 60000 });

    await page.getByRole('tab', { name: 'Báo cáo' }).click();
    expect(await page.getByRole('combobox', { name: 'Kỳ báo cáo' }).inputValue()).toBe('half-year-1');
    await page.getByText('Số liệu từ 15/12/2017 đến 14/06/2018').waitFor();
    await page.getByRole('button', { name: 'Lập báo cáo vào sổ đang mở' }).click();
    const outcome = page.getByTestId('report-outcome');
    await outcome.waitFor({ timeout: 60000 });
    expect(await outcome.innerText()).toContain('Đã lập báo cáo 6 tháng đầu năm 2018 của Xã Thạnh Đức');
    const sheets = await page.evaluate(() => (window as unknown as HostWindow).__excelHost?.sheetNames() ?? []);
    const selection = await page.evaluate(() => (window as unknown as HostWindow).__excelHost?.selection() ?? null);
    expect(selection?.address).toBe('A1');
    expect(sheets).toContain(selection?.sheet);
    await screenshot('pane-bao-cao-done-vi');
    expect(errors).toEqual([]);
  });
});
