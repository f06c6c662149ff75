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

describe('the task pane in an add-in runtime too old for it (IE11, old Edge in Excel 2016/2019)', () => {
  it('explains, in both languages, that the workbook works without the add-in', async () => {
    const page = await harness.browser.newPage({ viewport: { width: 380, height: 600 } });
    // Pretend the runtime cannot parse modern JavaScript: the feature test throws, the bundle never runs.
    await page.addInitScript(() => {
      window.Function = function () {
        throw new SyntaxError('Expected identifier');
      } as unknown as FunctionConstructor;
    });
    await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort('internetdisconnected'));
    await page.route(/\/taskpane\.[0-9a-f]+\.js$/, (route) => route.abort('failed'));
    await page.goto(`${harness.server.baseUrl}/taskpane.html`);
    const alert = page.getByRole('alert');
    expect(await alert.innerText()).toContain('Phiên bản Excel này không chạy được bổ trợ.');
    expect(await alert.innerText()).toContain('Trackers keep working in Excel without the add-in.');
    await page.screenshot({ path: 'test-results/screenshots/pane-old-runtime.png' });
    await page.close();
  });
});
