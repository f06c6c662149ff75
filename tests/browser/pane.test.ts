import { copyFileSync, mkdirSync } from 'fs';
import { join } from 'path';
import type { Page } from 'playwright-core';
import { GO_DAU_116 } from '../../src/core/plan/goDau116';
import { planToSheet } from '../../src/core/plan/planSheetLayout';
import { layoutValues } from '../taskpane/layoutValues';
import { ROOT, startPaneHarness, type PaneHarness } from './support/paneBrowser';

/** The production build of the pane in Chromium, at task-pane width, with the strict Excel host. */
let harness: PaneHarness;

beforeAll(async () => {
  harness = await startPaneHarness();
});

afterAll(async () => {
  await harness?.close();
});

const minimums = (page: Page): Promise<string[]> => page.getByTestId('targets-table').getByTestId('target-minimum').allTextContents();
const selectedTab = (page: Page): Promise<string> => page.getByRole('tab', { selected: true }).innerText();

describe('the task pane in a browser', () => {
  it('opens in Vietnamese on the plan, with the five counted targets and their minimums', async () => {
    const { page, errors, screenshot } = await harness.open();
    expect(harness.strictHost).toBe(true);
    // Connected to the strict Excel host, which reports ExcelApi 1.9: nothing to warn about.
    await page.locator('[data-host-status="ready"]').waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Tuyên truyền CCHC');
    expect(await selectedTab(page)).toBe('Kế hoạch');
    expect(await page.getByRole('heading', { level: 2 }).innerText()).toBe('Kế hoạch đang áp dụng');
    expect(await minimums(page)).toEqual(['10', '3', '10', '10', '20']);
    expect(await page.getByRole('table').getByRole('columnheader').allInnerTexts()).toEqual(['Mục', 'Nội dung', 'Tối thiểu']);
    for (const landmark of ['banner', 'navigation', 'main', 'contentinfo'] as const) {
      await expect(page.getByRole(landmark).count()).resolves.toBe(1);
    }
    await page.getByRole('heading', { name: 'Xã/thị trấn (9)' }).waitFor();
    await screenshot('pane-ke-hoach-vi');
    // The README picture: what an officer sees on opening the pane, at task-pane size.
    const firstScreen = join(ROOT, 'test-results/screenshots/pane-first-screen-vi.png');
    await page.screenshot({ path: firstScreen });
    mkdirSync(join(ROOT, 'docs'), { recursive: true });
    copyFileSync(firstScreen, join(ROOT, 'docs/pane.png'));
    expect(errors).toEqual([]);
  });

  it('opens the section a ribbon button names in the URL hash', async () => {
    const check = await harness.open('#kiem-tra');
    expect(await selectedTab(check.page)).toBe('Kiểm tra');
    expect(await check.page.getByRole('heading', { level: 2 }).innerText()).toBe('Kiểm tra');
    await check.page.getByRole('button', { name: 'Kiểm tra sổ đang mở' }).waitFor();
    await check.screenshot('pane-kiem-tra-vi');

    const consolidation = await harness.open('#tong-hop');
    expect(await selectedTab(consolidation.page)).toBe('Tổng hợp');
    await consolidation.page.getByRole('button', { name: 'Tổng hợp vào sổ đang mở' }).waitFor();
    await consolidation.screenshot('pane-tong-hop-vi');

    const plan = await harness.open('#ke-hoach');
    expect(await selectedTab(plan.page)).toBe('Kế hoạch');
    expect(await minimums(plan.page)).toEqual(['10', '3', '10', '10', '20']);
  });

  it('follows the hash when a ribbon button reuses the open pane', async () => {
    const { page } = await harness.open('#ke-hoach');
    await page.evaluate(() => {
      window.location.hash = '#tong-hop';
    });
    await page.getByRole('heading', { level: 2, name: 'Tổng hợp' }).waitFor();
    expect(await selectedTab(page)).toBe('Tổng hợp');
  });

  it('moves between sections with the keyboard alone', async () => {
    const { page, screenshot } = await harness.open('#ke-hoach');
    // Tab from the page start: the language switch, then the section tabs (the selected one).
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Kế hoạch');

    await page.keyboard.press('Home');
    await page.getByRole('heading', { level: 2, name: 'Sổ theo dõi' }).waitFor();
    await page.keyboard.press('ArrowRight');
    await page.getByRole('heading', { level: 2, name: 'Kiểm tra' }).waitFor();
    expect(await selectedTab(page)).toBe('Kiểm tra');
    expect(new URL(page.url()).hash).toBe('#kiem-tra');
    await screenshot('pane-keyboard-focus');

    await page.keyboard.press('End');
    await page.getByRole('heading', { level: 2, name: 'Kế hoạch đang áp dụng' }).waitFor();
    // Tab leaves the tab list for the open section's panel, which can take focus for scrolling.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tabpanel');
  });

  it('shows the workbook\'s own plan when it has a "Kế hoạch" sheet', async () => {
    const edited = { ...GO_DAU_116, targets: GO_DAU_116.targets.map((t) => (t.id === 'III.1.e' ? { ...t, minimum: 25 } : t)) };
    const [sheet] = planToSheet(edited).sheets;
    if (!sheet) throw new Error('planToSheet made no sheet');
    const initialSheets = [{ name: 'Sheet1' }, { name: sheet.name, values: layoutValues(sheet) }];
    const { page, errors, screenshot } = await harness.open('#ke-hoach', { kind: 'host', options: { initialSheets } });
    await page.getByTestId('plan-source').getByText(`Đọc từ sheet "${sheet.name}" của sổ này.`).waitFor();
    expect(await minimums(page)).toEqual(['10', '3', '10', '10', '25']);
    await screenshot('pane-plan-from-sheet-vi');
    expect(errors).toEqual([]);
  });

  it('says when the workbook has no plan sheet and the built-in plan is shown', async () => {
    const { page } = await harness.open('#ke-hoach');
    await page.getByTestId('plan-source').getByText('Sổ này chưa có sheet "Kế hoạch"', { exact: false }).waitFor();
  });

  it('given an Excel without ExcelApi 1.9, says which versions work and that the workbook still works', async () => {
    const { page, screenshot } = await harness.open('#ke-hoach', { kind: 'host', options: { supportedSets: { ExcelApi: '1.7' } } });
    await page.locator('[data-host-status="old-excel"]').waitFor();
    const status = await page.getByRole('alert').innerText();
    expect(status).toContain('ExcelApi 1.9');
    expect(status).toContain('Excel 2021');
    expect(status).toContain('Microsoft 365');
    expect(status).toContain('Sổ theo dõi vẫn dùng được bình thường trong Excel');
    expect(await minimums(page)).toEqual(['10', '3', '10', '10', '20']);
    await screenshot('pane-old-excel-vi');
  });

  it('keeps the tabs and the targets readable in a wide pane (450 px)', async () => {
    const { page, screenshot } = await harness.open('#ke-hoach');
    await page.setViewportSize({ width: 450, height: 860 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    await screenshot('pane-ke-hoach-450');
  });

  it('switches to English and back', async () => {
    const { page, screenshot } = await harness.open('#ke-hoach');
    await page.getByLabel('Ngôn ngữ').selectOption('en');
    await page.getByRole('heading', { level: 2, name: 'Plan in use' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await selectedTab(page)).toBe('Plan');
    expect(await page.getByRole('table').getByRole('columnheader').allInnerTexts()).toEqual(['Item', 'Output', 'At least']);
    expect(await minimums(page)).toEqual(['10', '3', '10', '10', '20']);
    await screenshot('pane-ke-hoach-en');
    await page.getByRole('tab', { name: 'Trackers' }).click();
    await page.getByRole('button', { name: 'Create the tracker in the open workbook' }).waitFor();
    await screenshot('pane-trackers-en');
    await page.getByRole('tab', { name: 'Plan' }).click();

    await page.getByLabel('Language').selectOption('vi');
    await page.getByRole('heading', { level: 2, name: 'Kế hoạch đang áp dụng' }).waitFor();
  });
});

describe('the task pane for screen readers', () => {
  it('links the selected tab and the open panel both ways, and only to elements that exist', async () => {
    const { page } = await harness.open('#bao-cao');
    await page.locator('[data-host-status="ready"]').waitFor();
    const links = await page.evaluate(() =>
      [...document.querySelectorAll('[role="tab"]')].map((tab) => {
        const controls = tab.getAttribute('aria-controls');
        return { selected: tab.getAttribute('aria-selected'), controls, exists: controls === null || document.getElementById(controls) !== null };
      }),
    );
    expect(links.filter((link) => link.controls !== null)).toEqual([{ selected: 'true', controls: 'panel-bao-cao', exists: true }]);
    const panel = page.getByRole('tabpanel');
    expect(await panel.getAttribute('aria-labelledby')).toBe('tab-bao-cao');
    expect(await page.locator('#tab-bao-cao').getAttribute('aria-selected')).toBe('true');
  });

  it('labels every form control', async () => {
    const { page } = await harness.open('#ke-hoach');
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll('select, input, button, [role="tab"]')]
        .filter((element) => {
          if (element.getAttribute('aria-label') || element.getAttribute('aria-labelledby')) return false;
          const field = element as HTMLSelectElement;
          if (field.labels !== undefined && (element.tagName === 'SELECT' || element.tagName === 'INPUT')) return field.labels.length === 0;
          return (element as HTMLElement).innerText.trim() === '';
        })
        .map((element) => element.outerHTML.slice(0, 80)),
    );
    expect(unlabelled).toEqual([]);
  });
});
