import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { GO_DAU_116 } from '../../src/core/plan/goDau116';
import { savedAt } from '../cli/workbooks';
import { axeViolations, measureOverflow } from './support/paneChecks';
import { ROOT, startPaneHarness, type PaneHarness } from './support/paneBrowser';
import { unitWorkbook } from './support/unitWorkbook';
import { allRead, cellHolding, noteText } from './support/consolidateSteps';

/**
 * Issue 15's "Done when": Phòng Nội vụ's whole round in the pane, with the strict Excel host, at
 * Excel's narrowest pane (320 px) and a wide one (500 px). A folder of mixed files picked at once →
 * every file checked (a 0-byte file never green), the others listed as skipped → Tổng hợp, making the
 * blank workbook the district's on the way → the file with issues marked "Cần sửa" with a note, by
 * keyboard → the next Tổng hợp puts both on "TH Đơn vị" → that unit's return copy downloaded and
 * opened (a note at the bad cell, "Cần sửa" first) → reminders for the units that did not send →
 * Báo cáo written from the consolidation. At each step: no sideways scroll, axe-core finding nothing
 * but the known false positives, and a screenshot in test-results/pane/whole-round-<width>-<step>.png.
 * The picked files are hashed before and after: the round never writes its sources.
 */
let harness: PaneHarness;
let folder: string;
const SHOTS = join(ROOT, 'test-results/pane');
const WIDTHS = [320, 500] as const;

const UNKNOWN_CHANNEL = 'Loa phát thanh ấp Bến Đình (không có trong kế hoạch)';
const NOTE = 'Kênh "Loa phát thanh ấp Bến Đình" không có trong kế hoạch, đề nghị ghi lại kênh đăng';
const BAD_FILE = 'Don vi gui/Xa Thanh Duc/so-theo-doi.xlsx';
const EMPTY_FILE = 'Don vi gui/Xa Hiep Thanh/so-theo-doi.xlsx';
/** The workbooks the folder holds, by their path in it, and the unit each names. */
const GOOD_FILES: Readonly<Record<string, string>> = {
  'Don vi gui/Xa Cam Giang/so-theo-doi.xlsx': 'Xã Cẩm Giang',
  'Don vi gui/Thi tran Go Dau/bao-cao-6-thang.xlsx': 'Thị trấn Gò Dầu',
  [BAD_FILE]: 'Xã Thạnh Đức',
};
/** Units that sent a usable file, and the reporting body, which does not remind itself. */
const NOT_OWING = ['XTD', 'XCG', 'TTGD', GO_DAU_116.reportingBody];

beforeAll(async () => {
  harness = await startPaneHarness();
  mkdirSync(SHOTS, { recursive: true });
  folder = mkdtempSync(join(tmpdir(), 'cchc-round-'));
  const root = join(folder, 'Don vi gui');
  for (const sub of ['Xa Thanh Duc', 'Xa Cam Giang', 'Thi tran Go Dau', 'Xa Hiep Thanh']) mkdirSync(join(root, sub), { recursive: true });
  writeFileSync(
    join(folder, BAD_FILE),
    await unitWorkbook('XTD', ['Hội nghị triển khai kế hoạch CCHC năm 2018', { title: 'Tin đăng ở kênh lạ', channel: UNKNOWN_CHANNEL }]),
  );
  const camGiang = await unitWorkbook('XCG', ['Tuyên truyền dịch vụ công trực tuyến', { title: 'Tin trên Báo Tây Ninh', channel: 'Báo Tây Ninh' }]);
  writeFileSync(join(root, 'Xa Cam Giang', 'so-theo-doi.xlsx'), savedAt(camGiang, '2018-05-20T08:00:00Z'));
  writeFileSync(join(root, 'Thi tran Go Dau', 'bao-cao-6-thang.xlsx'), await unitWorkbook('TTGD', ['Thị trấn niêm yết thủ tục hành chính']));
  // What a unit's failed upload leaves: the name of a workbook, nothing in it.
  writeFileSync(join(folder, EMPTY_FILE), Buffer.alloc(0));
  // Excel's lock file beside a workbook open on the officer's machine, and a letter that came with the files.
  writeFileSync(join(root, 'Xa Cam Giang', '~$so-theo-doi.xlsx'), new Uint8Array([6, 78, 103]));
  writeFileSync(join(root, 'cong-van-gui-kem.docx'), 'PK not really a letter');
}, 60_000);

afterAll(async () => {
  await harness?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** Every file under `dir` with the SHA-256 of its bytes, by path: what "the sources are never written" is checked on. */
function fingerprints(dir: string): Record<string, string> {
  const found: Record<string, string> = {};
  const walk = (at: string): void => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else found[relative(dir, path)] = `${statSync(path).size}:${createHash('sha256').update(readFileSync(path)).digest('hex')}`;
    }
  };
  walk(dir);
  return found;
}

interface HostWindow {
  __excelHost?: { sheetNames(): string[]; sheet(name: string): { usedRange(): string | null; values(range: string): unknown[][] } | undefined };
  __copied?: string[];
}

const sheetNames = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as HostWindow).__excelHost?.sheetNames() ?? []);

function sheetRows(page: Page, name: string): Promise<string[][]> {
  return page.evaluate((sheet) => {
    const found = (window as unknown as HostWindow).__excelHost?.sheet(sheet);
    const used = found?.usedRange();
    return found && used ? found.values(used).map((row) => row.map(String)) : [];
  }, name);
}

/** Fonts loaded and two frames drawn: the layout the officer sees, measured without a fixed wait. */
async function settled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
  });
}

/** The checks of every step: a screenshot to look at, nothing wider than the pane, no axe violation but the waived ones. */
async function step(page: Page, width: number, name: string): Promise<void> {
  await settled(page);
  await page.screenshot({ path: join(SHOTS, `whole-round-${width}-${name}.png`), fullPage: true });
  const overflow = await measureOverflow(page);
  expect({ step: name, wider: overflow.wider }).toEqual({ step: name, wider: [] });
  expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
  expect({ step: name, violations: await axeViolations(page) }).toEqual({ step: name, violations: [] });
}

/** A badge's text colour, judged green when its green channel clearly leads (Fluent's success badge: colorPaletteGreenForeground1). */
const isGreen = (rgb: string): boolean => {
  const [r = 0, g = 0, b = 0] = (rgb.match(/\d+/g) ?? []).map(Number);
  return g > r + 40 && g > b + 40;
};

/** Each listed file's badge (text and colour) and its check line. */
function fileChecks(page: Page): Promise<Record<string, { badge: string; color: string; line: string }>> {
  return page.evaluate(() => {
    const seen: Record<string, { badge: string; color: string; line: string }> = {};
    for (const item of document.querySelectorAll('[data-testid="consolidate-files"] li')) {
      const badge = item.querySelector('.fui-Badge');
      seen[item.getAttribute('data-file') ?? '?'] = {
        badge: badge?.textContent ?? '',
        color: badge === null ? '' : getComputedStyle(badge).color,
        line: (item as HTMLElement).innerText,
      };
    }
    return seen;
  });
}

describe("Phòng Nội vụ's whole round in the pane", () => {
  it.each(WIDTHS)(
    'at %i px: a folder in, the file with issues marked and returned, reminders for the units that did not send, the report written',
    async (width) => {
      const before = fingerprints(folder);
      const { page, errors } = await harness.open('#tong-hop');
      await page.setViewportSize({ width, height: 900 });
      await page.locator('[data-host-status="ready"]').waitFor();

      // 1. The whole folder at once, through the pane's own "Chọn thư mục…" button.
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Chọn thư mục…' }).click();
      await (await chooser).setFiles(join(folder, 'Don vi gui'));
      await allRead(page);
      const checks = await fileChecks(page);
      expect(Object.keys(checks).sort()).toEqual([...Object.keys(GOOD_FILES), EMPTY_FILE].sort());
      for (const [file, unit] of Object.entries(GOOD_FILES)) {
        expect(checks[file]?.badge).toBe(unit);
        expect(checks[file]?.line).toMatch(/\d+ dòng dữ liệu · \d+ lỗi · \d+ cảnh báo/);
      }
      expect(checks[BAD_FILE]?.line).toMatch(/· [1-9]\d* lỗi/);
      expect(checks['Don vi gui/Xa Cam Giang/so-theo-doi.xlsx']?.line).toContain('· 0 lỗi');
      // The 0-byte file says why it cannot be used, and its badge is not green while a good file's is.
      expect(checks[EMPTY_FILE]?.line).toContain('Tệp rỗng (0 byte)');
      expect(isGreen(checks[EMPTY_FILE]?.color ?? '')).toBe(false);
      expect(isGreen(checks['Don vi gui/Xa Cam Giang/so-theo-doi.xlsx']?.color ?? '')).toBe(true);
      expect(isGreen(checks[BAD_FILE]?.color ?? '')).toBe(false);
      const skipped = await page.getByTestId('consolidate-skipped').innerText();
      expect(skipped).toContain('Không đọc 2 tệp trong thư mục:');
      expect(skipped).toContain('Don vi gui/Xa Cam Giang/~$so-theo-doi.xlsx: tệp khóa tạm của Excel');
      expect(skipped).toContain('Don vi gui/cong-van-gui-kem.docx: không phải tệp bảng tính');
      await step(page, width, '1-folder');

      // 2. Tổng hợp in a blank workbook: the guided path asks, and the officer makes it the district's.
      await page.getByRole('button', { name: 'Tổng hợp vào sổ đang mở' }).click();
      const ask = page.getByTestId('consolidate-make-district');
      await ask.waitFor();
      expect(await ask.innerText()).toContain('Sổ đang mở chưa phải là sổ tổng hợp');
      expect(await sheetNames(page)).toEqual(['Sheet1']);
      await step(page, width, '2-ask');
      await page.getByRole('button', { name: 'Tạo sổ tổng hợp rồi tổng hợp' }).click();
      const summary = page.getByTestId('consolidate-summary');
      await summary.waitFor({ timeout: 90_000 });
      expect(await sheetNames(page)).toEqual(expect.arrayContaining(['TH Tin bài', 'TH Đơn vị']));
      const said = await summary.innerText();
      expect(said).toContain('Đã tổng hợp 6 tháng đầu năm 2018');
      expect(said).toContain(`Đơn vị đã gửi: 3/${GO_DAU_116.units.length}.`);
      expect(said).not.toContain('_cchc');
      await step(page, width, '3-consolidated');

      // 3. The file with issues marked "Cần sửa" with a note, by keyboard alone.
      const state = page.getByRole('combobox', { name: `Xem xét tệp ${BAD_FILE}` });
      expect(await state.inputValue()).toBe('needsFix');
      await state.focus();
      await page.keyboard.press('ArrowUp');
      expect(await state.inputValue()).toBe('received');
      await page.keyboard.press('ArrowDown');
      expect(await state.inputValue()).toBe('needsFix');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Ghi chú xem xét tệp ${BAD_FILE}`);
      await page.keyboard.type(NOTE);
      await step(page, width, '4-review');

      // 4. The next Tổng hợp (no question now: the workbook is the district's) writes both to "TH Đơn vị".
      await page.getByRole('button', { name: 'Tổng hợp vào sổ đang mở' }).click();
      await page.waitForFunction(
        ({ file, note }) => {
          const sheet = (window as unknown as HostWindow).__excelHost?.sheet('TH Đơn vị');
          const used = sheet?.usedRange();
          const rows = sheet && used ? sheet.values(used) : [];
          return rows.some((row) => row[4] === file && row[10] === note) && document.querySelector('[data-testid="consolidate-summary"]') !== null;
        },
        { file: BAD_FILE, note: NOTE },
        { timeout: 90_000 },
      );
      expect(await page.getByTestId('consolidate-make-district').count()).toBe(0);
      const units = await sheetRows(page, 'TH Đơn vị');
      expect(units[1]?.slice(9, 11)).toEqual(['Xem xét', 'Ghi chú xem xét']);
      expect(units.find((row) => row[4] === BAD_FILE)?.slice(9, 11)).toEqual(['Cần sửa', NOTE]);
      expect(units.find((row) => row[4] === 'Don vi gui/Xa Cam Giang/so-theo-doi.xlsx')?.slice(9, 11)).toEqual(['Đã nhận', '']);
      // The folder's files not read are listed with why, as `cchc consolidate` lists a folder's.
      const notRead = units.filter((row) => row.includes('Bỏ qua (không đọc)')).map((row) => row.join(' | '));
      expect(notRead).toHaveLength(2);
      expect(notRead).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/Don vi gui\/Xa Cam Giang\/~\$so-theo-doi\.xlsx.*tệp khóa tạm của Excel/u),
          expect.stringMatching(/Don vi gui\/cong-van-gui-kem\.docx.*không phải tệp bảng tính/u),
        ]),
      );
      await step(page, width, '5-reviewed');

      // 5. Thạnh Đức's return copy: downloaded, opened with exceljs, a note at the bad channel, "Cần sửa" first.
      const offered = page.getByTestId('return-copies');
      await offered.waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: `Tải bản trả lại cho Xã Thạnh Đức (${BAD_FILE})` }).click(),
      ]);
      // The file in Downloads has the name the pane says it has (a folder in the name would have become "_").
      expect(download.suggestedFilename()).toBe('Don vi gui - Xa Thanh Duc - so-theo-doi (cần sửa).xlsx');
      const saved = offered.getByText(/^Đã tải "/);
      await saved.waitFor();
      expect(await saved.innerText()).toBe(`Đã tải "${download.suggestedFilename()}".`);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load((await readFile(await download.path())) as unknown as ExcelJS.Buffer);
      expect(book.worksheets[0]?.name).toBe('Cần sửa');
      const listed = book.worksheets[0]?.getSheetValues().flat().map(String).join(' ') ?? '';
      expect(listed).toContain('Xã Thạnh Đức');
      const entries = book.getWorksheet('Tin bài');
      const bad = entries === undefined ? undefined : cellHolding(entries, UNKNOWN_CHANNEL);
      expect(bad).toBeDefined();
      expect(noteText(bad)).toMatch(/kênh/i);
      expect(noteText(entries === undefined ? undefined : cellHolding(entries, 'Hội nghị triển khai kế hoạch CCHC năm 2018'))).toBe('');
      expect(listed).toContain(bad?.address ?? '?');
      await step(page, width, '6-return-copy');

      // 6. Reminders: one per unit that did not send a usable file, naming it and the period, each with its copy button.
      const reminders = page.getByTestId('reminder');
      const owing = GO_DAU_116.units.filter((u) => !NOT_OWING.includes(u.code));
      expect(await reminders.count()).toBe(owing.length);
      for (const unit of owing) {
        const reminder = page.locator(`[data-testid="reminder"][data-unit="${unit.code}"]`);
        const message = await reminder.getByTestId('reminder-text').innerText();
        // Addressed to the body as its level writes it ("UBND xã Hiệp Thạnh"), so the place name is what to look for.
        expect(message.split('\n')[0]).toMatch(/^Kính gửi: /u);
        expect(message.split('\n')[0]).toContain(unit.name.split(' ').slice(1).join(' '));
        expect(message).toContain('6 tháng đầu năm 2018');
        expect(await reminder.getByRole('button', { name: `Sao chép thư nhắc ${unit.name}` }).count()).toBe(1);
      }
      // The unit whose file was empty is told so, not only that nothing came.
      const hiepThanh = await page.locator('[data-testid="reminder"][data-unit="XHT"]').innerText();
      expect(hiepThanh).toContain('Tệp không dùng được');
      expect(hiepThanh).toContain('Tệp rỗng (0 byte)');
      await page.evaluate(() => {
        const target = window as unknown as HostWindow;
        target.__copied = [];
        Object.defineProperty(navigator, 'clipboard', {
          configurable: true,
          value: { writeText: (value: string) => (target.__copied?.push(value), Promise.resolve()) },
        });
      });
      const bauDon = page.locator('[data-testid="reminder"][data-unit="XBD"]');
      await bauDon.getByRole('button', { name: 'Sao chép thư nhắc Xã Bàu Đồn' }).click();
      // Said beside the button the officer pressed, not a screen further down.
      await bauDon.getByRole('status').filter({ hasText: 'Đã sao chép thư nhắc Xã Bàu Đồn.' }).waitFor();
      const copied = await page.evaluate(() => (window as unknown as HostWindow).__copied ?? []);
      expect(copied).toHaveLength(1);
      expect(copied[0]).toContain('Kính gửi: UBND xã Bàu Đồn.');
      await step(page, width, '7-reminders');

      // 7. Báo cáo, written from the consolidation into the district's workbook.
      await page.getByRole('tab', { name: 'Báo cáo' }).click();
      await page.getByRole('button', { name: 'Lập báo cáo vào sổ đang mở' }).click();
      const outcome = page.getByTestId('report-outcome');
      await outcome.filter({ hasText: 'Đã lập báo cáo' }).waitFor({ timeout: 60_000 });
      expect(await outcome.innerText()).not.toContain('_cchc');
      expect(await outcome.innerText()).toContain('vào sheet "BC 6T-2018"');
      // The district's figures: the Trang TTĐT huyện news of the three units (Thạnh Đức's item on an unknown channel not taken), one on Báo Tây Ninh.
      const report = (await sheetRows(page, 'BC 6T-2018')).map((row) => row.filter((cell) => cell !== ''));
      expect(report.flat()).toEqual(expect.arrayContaining(['BÁO CÁO', 'PHÒNG NỘI VỤ']));
      const byLabel = (label: string): string[] | undefined => report.find((row) => row.includes(label));
      expect(byLabel('Tin đăng trên Báo Tây Ninh (III.1.a)')?.slice(2, 5)).toEqual(['10', '1', '1']);
      expect(byLabel('Tin đăng trên Trang thông tin điện tử huyện (III.1.e)')?.slice(2, 5)).toEqual(['20', '3', '3']);
      // "-": a target PHÂN CÔNG gives the commune no part of (III.1.b, c to the radio station, d to Phòng VH-TT), nothing counted (issue 13, D7).
      expect(byLabel('Xã Cẩm Giang')?.slice(2)).toEqual(['1', '-', '-', '-', '1']);
      expect(byLabel('Xã Thạnh Đức')?.slice(2)).toEqual(['0', '-', '-', '-', '1']);
      expect(byLabel('Cộng')?.slice(1)).toEqual(['1', '0', '0', '0', '3']);
      await step(page, width, '8-report');

      expect(errors).toEqual([]);
      expect(fingerprints(folder)).toEqual(before);
    },
    180_000,
  );
});
