import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { output, savedAt, unitWorkbook } from '../cli/workbooks';
import { startPaneHarness, type PaneHarness } from './support/paneBrowser';

/**
 * Tổng hợp's folder pick in Chromium (the engine of Office's Edge WebView2 pane): a folder of units'
 * sub-folders chosen through the webkitdirectory input, as the "Chọn thư mục…" button opens it. The
 * workbooks are read under their path in the folder, the other files listed as skipped, and a unit's
 * older workbook downloaded later is shown with both times and set aside for the one saved last.
 */
let harness: PaneHarness;
let folder: string;

beforeAll(async () => {
  harness = await startPaneHarness();
  folder = mkdtempSync(join(tmpdir(), 'cchc-folder-'));
  const root = join(folder, 'Don vi gui');
  for (const sub of ['Xa Thanh Duc', 'Xa Cam Giang', 'Xa Cam Giang/cu']) mkdirSync(join(root, sub), { recursive: true });
  writeFileSync(join(root, 'Xa Thanh Duc', 'so-theo-doi.xlsx'), await unitWorkbook('XTD', [output('2018-03-05', 'Báo Tây Ninh', 'Hội nghị triển khai CCHC')]));
  const camGiang = await unitWorkbook('XCG', [output('2018-04-01', 'Cổng TTĐT tỉnh', 'Tin mới'), output('2018-04-02', 'Báo Tây Ninh', 'Tin hai')]);
  const camGiangOld = await unitWorkbook('XCG', [output('2018-02-01', 'Cổng TTĐT tỉnh', 'Bản cũ')]);
  writeFileSync(join(root, 'Xa Cam Giang', 'so-theo-doi.xlsx'), savedAt(camGiang, '2018-05-20T08:00:00Z'));
  // Written last, so its file time is the newest: the saved time inside says it is the older copy.
  writeFileSync(join(root, 'Xa Cam Giang', 'cu', 'so-theo-doi.xlsx'), savedAt(camGiangOld, '2018-02-02T08:00:00Z'));
  writeFileSync(join(root, 'Xa Cam Giang', '~$so-theo-doi.xlsx'), new Uint8Array([6, 78, 103]));
  writeFileSync(join(root, 'cong-van.pdf'), '%PDF-1.4');
}, 60_000);

afterAll(async () => {
  await harness?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('picking a folder in Tổng hợp', () => {
  it("reads the workbooks of the folder and its sub-folders, lists the other files as skipped, and keeps a unit's workbook saved last", async () => {
    const { page, errors, screenshot } = await harness.open('#tong-hop');
    await page.locator('[data-host-status="ready"]').waitFor();
    await page.setViewportSize({ width: 320, height: 860 });
    // The buttons speak the pane's language; the inputs they open are out of the tab order.
    await page.getByRole('button', { name: 'Chọn tệp…' }).waitFor();
    const folderButton = page.getByRole('button', { name: 'Chọn thư mục…' });
    expect(await folderButton.isVisible()).toBe(true);
    const chooser = page.waitForEvent('filechooser');
    await folderButton.click();
    expect((await chooser).isMultiple()).toBe(true);

    await page.getByLabel('Thư mục chứa sổ theo dõi của các đơn vị').setInputFiles(join(folder, 'Don vi gui'));
    const list = page.getByTestId('consolidate-files');
    await page.waitForFunction(() => {
      const text = document.querySelector('[data-testid="consolidate-files"]')?.textContent ?? '';
      return (text.match(/dòng dữ liệu/g) ?? []).length === 3;
    });
    const names = await list.locator('li').evaluateAll((items) => items.map((item) => item.getAttribute('data-file')));
    expect([...names].sort()).toEqual([
      'Don vi gui/Xa Cam Giang/cu/so-theo-doi.xlsx',
      'Don vi gui/Xa Cam Giang/so-theo-doi.xlsx',
      'Don vi gui/Xa Thanh Duc/so-theo-doi.xlsx',
    ]);

    const skipped = await page.getByTestId('consolidate-skipped').innerText();
    expect(skipped).toContain('Không đọc 2 tệp trong thư mục:');
    expect(skipped).toContain('Don vi gui/Xa Cam Giang/~$so-theo-doi.xlsx: tệp khóa tạm của Excel');
    expect(skipped).toContain('Don vi gui/cong-van.pdf: không phải tệp bảng tính');

    // The old copy, written to disk last, is dated today by the file system but saved in February by Excel.
    const oldLine = await list.locator('li[data-file="Don vi gui/Xa Cam Giang/cu/so-theo-doi.xlsx"]').innerText();
    expect(oldLine).toMatch(/Sổ ghi lưu lần cuối lúc [^;]*02\/02\/2018; tệp trên máy mang giờ/);
    expect(oldLine).toContain('Không dùng');
    const choice = page.getByTestId('consolidate-choice-XCG');
    expect(await choice.getByRole('radio', { checked: true }).getAttribute('value')).toBe('Don vi gui/Xa Cam Giang/so-theo-doi.xlsx');

    // At 320 px the pane does not scroll sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await screenshot('consolidate-folder-320');

    // The picker with its hidden inputs, the skipped list and the file list pass axe-core's WCAG 2 A/AA rules.
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    const { violations, passed } = await page.evaluate(async () => {
      type Results = { violations: { id: string; nodes: unknown[] }[]; passes: unknown[] };
      const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<Results> } }).axe;
      const found = await axe.run(
        { include: [['[data-testid="consolidate-drop-zone"]'], ['[data-testid="consolidate-files"]']] },
        { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } },
      );
      return { violations: found.violations.map((v) => `${v.id} (${v.nodes.length})`), passed: found.passes.length };
    });
    expect(violations).toEqual([]);
    // The rules did look at something: labels, names, contrast, lists.
    expect(passed).toBeGreaterThan(5);
    expect(errors).toEqual([]);
  }, 120_000);
});
