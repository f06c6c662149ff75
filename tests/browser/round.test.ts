import type { CellValue } from '../../src/core/layout/types';
import { GO_DAU_116 } from '../../src/core/plan/goDau116';
import { buildTemplate } from '../../src/core/template/buildTemplate';
import { renderToBuffer } from '../../src/xlsx/renderWorkbook';
import type { Page } from 'playwright-core';
import { startPaneHarness, type PaneHarness } from './support/paneBrowser';

/**
 * The round in the pane (issue 15): a review state and note set with the keyboard under a picked
 * file, written to "TH Đơn vị" by Tổng hợp; then "Nhắc đơn vị" with one message per unit that has
 * not sent, and "Sao chép" through the Clipboard API and, where it is refused, the fallback.
 */
let harness: PaneHarness;

beforeAll(async () => {
  harness = await startPaneHarness();
});

afterAll(async () => {
  await harness?.close();
});

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const text = (value: string): CellValue => ({ kind: 'text', text: value });

async function unitWorkbook(unitCode: string, rows: readonly CellValue[][]): Promise<Buffer> {
  const unit = GO_DAU_116.units.find((candidate) => candidate.code === unitCode);
  if (!unit) throw new Error(`no unit ${unitCode}`);
  const layout = buildTemplate({ plan: GO_DAU_116, kind: 'unit', unit, createdOn: '2018-06-01', existing: { outputs: rows, standing: [], spending: [] } });
  return Buffer.from(await renderToBuffer(layout));
}
const news = (iso: string, title: string): CellValue[] => [
  { kind: 'date', iso },
  text('Trang TTĐT huyện'),
  text('Tin'),
  text(title),
  text(''),
  text(''),
  text(''),
];

interface RoundWindow {
  __excelHost?: { sheet(name: string): { usedRange(): string | null; values(range: string): unknown[][] } | undefined };
  __copied?: string[];
}

function unitList(page: Page): Promise<unknown[][]> {
  return page.evaluate(() => {
    const sheet = (window as unknown as RoundWindow).__excelHost?.sheet('TH Đơn vị');
    const used = sheet?.usedRange();
    return sheet && used ? sheet.values(used) : [];
  });
}

describe('the round in the pane', () => {
  it("sets a file's review with the keyboard, writes it to TH Đơn vị, and copies a reminder for a unit that has not sent", async () => {
    const { page, errors, screenshot } = await harness.open('#tong-hop');
    await page.locator('[data-host-status="ready"]').waitFor();
    await page.getByLabel('Sổ theo dõi của các đơn vị (.xlsx)').setInputFiles([
      {
        name: 'Thanh Duc.xlsx',
        mimeType: XLSX_TYPE,
        buffer: await unitWorkbook('XTD', [news('2018-03-10', 'Tin một'), [text('32/13/2018'), text('Trang TTĐT huyện'), text('Tin'), text('Ngày sai')]]),
      },
      { name: 'Cam Giang.xlsx', mimeType: XLSX_TYPE, buffer: await unitWorkbook('XCG', [news('2018-03-11', 'Tin hai')]) },
    ]);
    const thanhDuc = page.getByRole('combobox', { name: 'Xem xét tệp Thanh Duc.xlsx' });
    const camGiang = page.getByRole('combobox', { name: 'Xem xét tệp Cam Giang.xlsx' });
    await camGiang.waitFor();
    // Proposed from each file's check: errors → Cần sửa, clean → Đã nhận.
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="review-state"]').length === 2);
    expect(await thanhDuc.inputValue()).toBe('needsFix');
    expect(await camGiang.inputValue()).toBe('received');

    // Keyboard only: focus the state, change it, Tab to the note, type.
    await camGiang.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await camGiang.inputValue()).toBe('returned');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Ghi chú xem xét tệp Cam Giang.xlsx');
    await page.keyboard.type('Thiếu số liệu tháng 5');
    await screenshot('pane-round-review-vi');

    await page.getByRole('button', { name: 'Tổng hợp vào sổ đang mở' }).click();
    await page.getByRole('button', { name: 'Chỉ tổng hợp' }).click();
    await page.getByTestId('consolidate-summary').waitFor({ timeout: 90000 });
    const rows = (await unitList(page)).map((row) => row.map(String));
    expect(rows.find((row) => row[4] === 'Cam Giang.xlsx')?.slice(9, 11)).toEqual(['Trả lại', 'Thiếu số liệu tháng 5']);
    expect(rows.find((row) => row[4] === 'Thanh Duc.xlsx')?.slice(9, 11)).toEqual(['Cần sửa', '']);
    expect(rows[1]?.slice(9, 11)).toEqual(['Xem xét', 'Ghi chú xem xét']);

    // Reminders: every unit of the plan that sent nothing, the reporting body excepted, and no e-mail link (116 gives no address).
    const reminders = page.getByTestId('reminder');
    await reminders.first().waitFor();
    // Cẩm Giang's file was sent back ("Trả lại" above), so it is asked for again with the officer's note.
    const owing = GO_DAU_116.units.filter((u) => !['XTD', GO_DAU_116.reportingBody].includes(u.code));
    expect(await reminders.count()).toBe(owing.length);
    const camGiangReminder = await page.locator('[data-testid="reminder"][data-unit="XCG"]').getByTestId('reminder-text').innerText();
    expect(camGiangReminder).toContain('trả lại để đơn vị sửa, gửi lại: Thiếu số liệu tháng 5');
    const hiepThanh = page.locator('[data-testid="reminder"][data-unit="XHT"]');
    const message = await hiepThanh.getByTestId('reminder-text').innerText();
    expect(message).toContain('Kính gửi: UBND xã Hiệp Thạnh.');
    expect(message).toContain('Phòng Nội vụ chưa nhận được sổ theo dõi kết quả tuyên truyền cải cách hành chính 6 tháng đầu năm 2018');
    expect(await page.getByRole('link', { name: /Gửi e-mail/ }).count()).toBe(0);

    // Copy through the Clipboard API (recorded here: headless Chromium grants no clipboard permission)…
    await page.evaluate(() => {
      const target = window as unknown as RoundWindow;
      target.__copied = [];
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: (value: string) => (target.__copied?.push(value), Promise.resolve()) },
      });
    });
    await page.getByRole('button', { name: 'Sao chép thư nhắc Xã Hiệp Thạnh' }).click();
    await page.getByTestId('reminder-said').filter({ hasText: 'Đã sao chép thư nhắc Xã Hiệp Thạnh.' }).waitFor();
    const copied = await page.evaluate(() => (window as unknown as RoundWindow).__copied ?? []);
    expect(copied).toEqual([`Đề nghị gửi sổ theo dõi tuyên truyền CCHC 6 tháng đầu năm 2018\n\n${message}`]);

    // …and where both the API and the old command are refused, the message is selected for Ctrl+C and the officer told so.
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('denied')) } });
      document.execCommand = () => false;
    });
    await page.getByRole('button', { name: 'Sao chép thư nhắc Xã Bàu Đồn' }).click();
    await page.getByTestId('reminder-said').filter({ hasText: 'Chưa sao chép được thư nhắc Xã Bàu Đồn' }).waitFor();
    expect(await page.evaluate(() => document.getSelection()?.toString())).toContain('Kính gửi: UBND xã Bàu Đồn.');

    // At the narrowest pane, nothing scrolls sideways.
    await page.setViewportSize({ width: 320, height: 860 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await screenshot('pane-round-reminders-320-vi');
    expect(errors).toEqual([]);
  });
});
