import type { Page } from 'playwright-core';
import { GO_DAU_116 } from '../../src/core/plan/goDau116';
import { buildTemplate } from '../../src/core/template/buildTemplate';
import type { InitialSheet } from '../support/excelHost';
import { layoutValues } from '../taskpane/layoutValues';
import { startPaneHarness, type PaneHarness } from './support/paneBrowser';

/** Kiểm tra: a tracker with mistakes; issues grouped, a cell selected, faulty cells marked and restored. */
let harness: PaneHarness;

beforeAll(async () => {
  harness = await startPaneHarness();
});

afterAll(async () => {
  await harness?.close();
});

interface HostWindow {
  __excelHost?: {
    selection(): { sheet: string; address: string } | null;
    sheet(name: string): { cell(a1: string): { fill: string | null; value: unknown } } | undefined;
  };
}

const PREVIOUS_FILL = '#DDEBF7';

/** The template XTD's officer received, with three rows typed wrong. */
function trackerWithMistakes(): InitialSheet[] {
  const unit = GO_DAU_116.units.find((u) => u.code === 'XTD');
  if (!unit) throw new Error('XTD');
  const layout = buildTemplate({ plan: GO_DAU_116, kind: 'unit', unit, createdOn: '2018-07-01' });
  return layout.sheets.map((sheet) => {
    const values = layoutValues(sheet);
    if (sheet.name === 'Tin bài') {
      values[3] = ['31/02/2018', 'Báo Tây Ninh', 'Tin', 'Tin có ngày sai', '', 'Xã Thạnh Đức', ''];
      values[4] = [43200, 'Facebook xã', 'Tin', 'Tin đăng ở kênh lạ', '', 'Xã Thạnh Đức', ''];
      values[5] = [43210, 'Báo Tây Ninh', 'Tin', '', '', 'Xã Thạnh Đức', ''];
    }
    const visibility = sheet.visibility === 'veryHidden' ? 'VeryHidden' : sheet.visibility === 'hidden' ? 'Hidden' : 'Visible';
    return { name: sheet.name, values, visibility, ...(sheet.name === 'Tin bài' ? { fills: { A4: PREVIOUS_FILL } } : {}) };
  });
}

const cellsOf = (page: Page, cells: string[]): Promise<{ fills: (string | null)[]; values: unknown[] }> =>
  page.evaluate((addresses) => {
    const sheet = (window as unknown as HostWindow).__excelHost?.sheet('Tin bài');
    return { fills: addresses.map((c) => sheet?.cell(c).fill ?? null), values: addresses.map((c) => sheet?.cell(c).value) };
  }, cells);

describe('checking a tracker with mistakes', () => {
  it('groups the issues by sheet and rule, selects a cell, marks the faulty cells and gives their fills back', async () => {
    const { page, errors, screenshot } = await harness.open('#kiem-tra', { kind: 'host', options: { initialSheets: trackerWithMistakes() } });
    await page.locator('[data-host-status="ready"]').waitFor();
    await page.getByRole('button', { name: 'Kiểm tra sổ đang mở' }).click();
    await page.getByTestId('check-summary').waitFor({ timeout: 60000 });
    const sheetHeader = page.getByRole('button', { name: /^Tin bài: \d+ lỗi, \d+ cảnh báo$/ });
    await sheetHeader.waitFor();
    expect(await sheetHeader.getAttribute('aria-expanded')).toBe('true');
    const rules = await page.getByTestId('check-rule').locator('h5').allInnerTexts();
    expect(rules).toEqual(expect.arrayContaining([expect.stringMatching(/Ngày \(\d+\)/), expect.stringMatching(/Tên không có trong danh mục \(\d+\)/)]));
    await screenshot('pane-kiem-tra-groups-vi');

    await page.getByRole('button', { name: 'Đến ô Tin bài!A4' }).first().click();
    await page.waitForFunction(() => (window as unknown as HostWindow).__excelHost?.selection()?.address === 'A4');
    // From the keyboard too: each issue is a button.
    await page.getByRole('button', { name: 'Đến ô Tin bài!D6' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as unknown as HostWindow).__excelHost?.selection()?.address === 'D6');

    const watched = ['A4', 'B5', 'D6', 'D4'];
    const before = await cellsOf(page, watched);
    expect(before.fills).toEqual([PREVIOUS_FILL, null, null, null]);
    await page.getByRole('button', { name: 'Đánh dấu ô lỗi' }).click();
    await page.getByTestId('check-marks').waitFor({ timeout: 30000 });
    expect(await page.getByTestId('check-marks').innerText()).toMatch(/^Đã tô \d+ ô/);
    const marked = await cellsOf(page, watched);
    expect(marked.fills[0]).toBe('#FFC7CE');
    expect(marked.fills[1]).not.toBeNull();
    expect(marked.fills[2]).toBe('#FFC7CE');
    // A cell without an issue keeps its fill; values never change.
    expect(marked.fills[3]).toBeNull();
    expect(marked.values).toEqual(before.values);
    await screenshot('pane-kiem-tra-marked-vi');

    await page.getByRole('button', { name: 'Xóa đánh dấu' }).click();
    await page.getByText(/^Đã trả lại màu cũ cho \d+ ô\.$/).waitFor({ timeout: 30000 });
    const cleared = await cellsOf(page, watched);
    expect(cleared.fills).toEqual(before.fills);
    expect(cleared.values).toEqual(before.values);

    await page.getByRole('button', { name: 'Kiểm tra lại' }).click();
    await page.getByTestId('check-summary').waitFor();
    expect(errors).toEqual([]);
  });
});
