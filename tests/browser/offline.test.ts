import { startPaneHarness, type PaneHarness } from './support/paneBrowser';

/** Office.js cannot load (offline, blocked, or the page opened in a plain browser). */
let harness: PaneHarness;

beforeAll(async () => {
  harness = await startPaneHarness();
});

afterAll(async () => {
  await harness?.close();
});

describe('the task pane without Office.js', () => {
  it('still renders the plan and says what to do', async () => {
    const { page, errors, screenshot } = await harness.open('', { kind: 'unreachable' });
    await page.locator('[data-host-status="no-office"]').waitFor();
    const status = page.getByRole('alert');
    await status.getByText('Chưa kết nối được với Excel').waitFor();
    expect(await status.innerText()).toContain('mở bổ trợ từ Excel');
    expect(await status.innerText()).toContain('kiểm tra kết nối mạng');
    expect(await page.getByTestId('target-minimum').allTextContents()).toEqual(['10', '3', '10', '10', '20']);
    await screenshot('pane-offline-vi');
    expect(errors).toEqual([]);
  });
});
