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
