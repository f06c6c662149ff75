import { GO_DAU_116 } from '../../src/core/plan/goDau116';
import type { Page } from 'playwright-core';
import { startPaneHarness, type PaneHarness } from './support/paneBrowser';
import { unitWorkbook, xlsx } from './support/unitWorkbook';
import { allRead } from './support/consolidateSteps';

/**
 * Tổng hợp: real .xlsx files (made with exceljs from the add-in's own template layouts) picked in
 * the file input, read by exceljs in the browser, consolidated into the strict Excel host.
 */
let harness: PaneHarness;

beforeAll(async () => {
  harness = await startPaneHarness();
});

afterAll(async () => {
  await harness?.close();
});

/** The first bytes of an OLE compound file: a legacy .xls, or an .xlsx encrypted with a password. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

interface HostCell {
  value: unknown;
  formula: string | null;
}
interface HostSheet {
  usedRange(): string | null;
  values(range: string): unknown[][];
  cell(a1: string): HostCell;
}
interface HostWindow {
  __excelHost?: { sheetNames(): string[]; sheet(name: string): HostSheet | undefined; seed(sheet: string, at: string, rows: unknown[][]): void };
  __progressSeen?: string[];
}

/** Every row of a sheet the host holds, as values. */
function sheetValues(page: Page, name: string): Promise<unknown[][]> {
  return page.evaluate((sheet) => {
    const found = (window as unknown as HostWindow).__excelHost?.sheet(sheet);
    const used = found?.usedRange();
    return found && used ? found.values(used) : [];
  }, name);
}

/** The record rows of "TH Tin bài" (below its title and header), one string per row. */
async function recordRows(page: Page): Promise<string[]> {
  const rows = await sheetValues(page, 'TH Tin bài');
  return rows.slice(2).map((row) => row.map(String).join('|'));
}

async function fileLine(page: Page, name: string): Promise<string> {
  return page.locator(`[data-testid="consolidate-files"] li[data-file="${name}"]`).innerText();
}

describe('consolidating units’ workbooks from the pane', () => {
  it('lists each picked file with its unit, rows and problems, honours the choice between two files of a unit, writes the TH sheets and the district report, and takes a late file', async () => {
    const thanhDucOld = await unitWorkbook('XTD', ['Xã Thạnh Đức niêm yết TTHC']);
    const thanhDucNew = await unitWorkbook('XTD', ['Tin gửi lại một', 'Tin gửi lại hai']);
    const camGiang = await unitWorkbook('XCG', ['=SUM(1)', '- Tuyên truyền dịch vụ công mức độ 3']);
    const otherPlan = await unitWorkbook('XBD', ['Tin theo kế hoạch khác'], { ...GO_DAU_116, identity: { ...GO_DAU_116.identity, id: 'KH-KHAC-2019' } });
    const hiepThanh = await unitWorkbook('XHT', ['Tin gửi muộn của Hiệp Thạnh']);

    const { page, errors, screenshot } = await harness.open('#tong-hop');
    await page.locator('[data-host-status="ready"]').waitFor();
    // The officer's own notes in the open workbook must survive consolidation.
    await page.evaluate(() => {
      const target = window as unknown as HostWindow;
      target.__excelHost?.seed('Sheet1', 'A1', [['Ghi chú riêng của phòng']]);
      target.__progressSeen = [];
      new MutationObserver(() => {
        for (const bar of document.querySelectorAll('[role="progressbar"]')) {
          const said = bar.getAttribute('aria-valuetext');
          if (said !== null && target.__progressSeen?.at(-1) !== said) target.__progressSeen?.push(said);
        }
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    const run = page.getByRole('button', { name: 'Tổng hợp vào sổ đang mở' });
    expect(await run.isDisabled()).toBe(true);
    const input = page.getByLabel('Sổ theo dõi của các đơn vị (.xlsx)');

    await input.setInputFiles([
      xlsx('Thanh Duc.xlsx', thanhDucOld),
      xlsx('Cam Giang.xlsx', camGiang),
      xlsx('hong.xlsx', thanhDucOld.subarray(0, Math.floor(thanhDucOld.length / 2))),
      { name: 'so-lieu.csv', mimeType: 'text/csv', buffer: Buffer.from('Ngày,Kênh,Tiêu đề\n01/03/2018,Báo Tây Ninh,Tin\n') },
      xlsx('Bau Don.xlsx', otherPlan),
      { name: 'cu.xls', mimeType: 'application/vnd.ms-excel', buffer: Buffer.from([...OLE, ...new Array<number>(600).fill(0)]) },
      xlsx('mat-khau.xlsx', Buffer.from([...OLE, ...Buffer.from('EncryptionInfo', 'utf16le')])),
      xlsx('rong.xlsx', Buffer.alloc(0)),
    ]);
    await allRead(page);
    const progress = await page.evaluate(() => (window as unknown as HostWindow).__progressSeen ?? []);
    expect(progress).toEqual(expect.arrayContaining(['Đang đọc tệp 1/8: Thanh Duc.xlsx', 'Đang đọc tệp 8/8: rong.xlsx']));
    // One news item and the five standing items a commune's template lists.
    expect(await fileLine(page, 'Thanh Duc.xlsx')).toMatch(/Xã Thạnh Đức[\s\S]*6 dòng dữ liệu · 0 lỗi · \d+ cảnh báo/);
    expect(await fileLine(page, 'Cam Giang.xlsx')).toMatch(/Xã Cẩm Giang[\s\S]*7 dòng dữ liệu · 0 lỗi/);
    expect(await fileLine(page, 'hong.xlsx')).toContain('Tệp bị hỏng hoặc tải về chưa hết');
    // What the file looks like, said in words as the CLI says it, never the reader's internal code ("text", "xls").
    const csvLine = await fileLine(page, 'so-lieu.csv');
    expect(csvLine).toContain('Không phải tệp Excel .xlsx (tệp văn bản, CSV)');
    expect(csvLine).not.toMatch(/\(text\)/);
    expect(await fileLine(page, 'Bau Don.xlsx')).toContain('Sổ được lập theo kế hoạch khác (KH-KHAC-2019)');
    const xlsLine = await fileLine(page, 'cu.xls');
    expect(xlsLine).toContain('Không phải tệp Excel .xlsx (tệp Excel 97-2003 (.xls))');
    expect(xlsLine).not.toMatch(/\(xls\)/);
    expect(await fileLine(page, 'mat-khau.xlsx')).toContain('Tệp có đặt mật khẩu');
    expect(await fileLine(page, 'rong.xlsx')).toContain('Tệp rỗng (0 byte)');
    expect(await page.getByTestId('consolidate-read-summary').innerText()).toBe('Đã đọc 8/8 tệp, 2 tệp dùng được.');
    await screenshot('pane-tong-hop-list-vi');

    // The unit sends a corrected copy: both are listed, the newer is chosen until the officer picks the other.
    await input.setInputFiles([xlsx('Thanh Duc (gui lai).xlsx', thanhDucNew)]);
    await allRead(page);
    expect(await page.locator('[data-testid="consolidate-files"] li').count()).toBe(9);
    const choice = page.getByTestId('consolidate-choice-XTD');
    expect(await choice.innerText()).toContain('Xã Thạnh Đức gửi 2 tệp');
    expect(await page.getByRole('radio', { name: /^Thanh Duc \(gui lai\)\.xlsx/ }).isChecked()).toBe(true);
    await page.getByRole('radio', { name: /^Thanh Duc\.xlsx/ }).check();
    await screenshot('pane-tong-hop-choice-vi');

    await run.click();
    // The open workbook is no tracker of the add-in's: Tổng hợp asks once whether to make it the district's (issue 15).
    await page.getByRole('button', { name: 'Chỉ tổng hợp' }).click();
    const summary = page.getByTestId('consolidate-summary');
    await summary.waitFor({ timeout: 90000 });
    const said = await summary.innerText();
    expect(said).toContain('Đã tổng hợp 6 tháng đầu năm 2018');
    expect(said).toContain('(3 tin, bài)');
    expect(said).toContain(`Đơn vị đã gửi: 2/${GO_DAU_116.units.length}.`);
    expect(said).toContain('Xã Hiệp Thạnh');
    expect(said).toContain('Tệp không dùng được (6): hong.xlsx, so-lieu.csv, Bau Don.xlsx, cu.xls, mat-khau.xlsx, rong.xlsx.');
    expect(said).toMatch(/Kiểm đếm dòng: (\d+) dòng đã đọc = (\d+) đã tổng hợp \+ 0 trùng lặp \+ (\d+) không tiếp nhận \+ (\d+) dòng trống/);
    const [, read = '', taken = '', quarantined = '', skipped = ''] =
      /(\d+) dòng đã đọc = (\d+) đã tổng hợp \+ 0 trùng lặp \+ (\d+) không tiếp nhận \+ (\d+)/.exec(said) ?? [];
    expect(Number(read)).toBe(Number(taken) + Number(quarantined) + Number(skipped));
    // Both counts, Đạt judged on the year to date as in the report (for the first half they are the same outputs).
    expect(said).toMatch(/III\.1\.e[^\n]*: trong kỳ 3; lũy kế 3\/20\s*Chưa báo cáo/);

    const sheets = await page.evaluate(() => (window as unknown as HostWindow).__excelHost?.sheetNames() ?? []);
    expect(sheets).toEqual(
      expect.arrayContaining([
        'Sheet1',
        'TH Tin bài',
        'TH Hạng mục',
        'TH Kinh phí',
        'TH Đơn vị',
        'TH Không tiếp nhận',
        'TH Lỗi từng tệp',
        'TH Tiến độ',
        'BC 6T-2018',
      ]),
    );
    expect(await sheetValues(page, 'Sheet1')).toEqual([['Ghi chú riêng của phòng']]);
    const before = await recordRows(page);
    expect(before).toHaveLength(3);
    expect(before.every((row) => !row.includes('Tin gửi lại'))).toBe(true);
    // A title that looks like a formula is written as text: the host keeps what the API was asked to write.
    const sumRow = before.findIndex((row) => row.includes('=SUM(1)')) + 3;
    expect(sumRow).toBeGreaterThan(2);
    const sumCell = await page.evaluate((address) => (window as unknown as HostWindow).__excelHost?.sheet('TH Tin bài')?.cell(address), `D${sumRow}`);
    expect(sumCell).toMatchObject({ value: '=SUM(1)', formula: null });
    expect(before.some((row) => row.includes('- Tuyên truyền dịch vụ công mức độ 3'))).toBe(true);
    const units = (await sheetValues(page, 'TH Đơn vị')).map((row) => row.map(String).join('|'));
    expect(units.find((row) => row.startsWith('XHT|'))).toContain('Chưa gửi');
    expect(units.find((row) => row.startsWith('XTD|'))).toContain('Thanh Duc.xlsx');
    const report = (await sheetValues(page, 'BC 6T-2018')).flat().map(String);
    expect(report.some((cell) => cell === 'BÁO CÁO')).toBe(true);
    expect(report.some((cell) => cell.includes('Xã Cẩm Giang'))).toBe(true);
    await screenshot('pane-tong-hop-done-vi');

    await page.getByRole('button', { name: 'Đến sheet BC 6T-2018' }).click();
    await page.waitForFunction(
      () => (window as unknown as { __excelHost?: { selection(): { sheet: string } | null } }).__excelHost?.selection()?.sheet === 'BC 6T-2018',
    );

    // A late file: picked alone, the other files stay listed, and consolidating again adds that unit only.
    await input.setInputFiles([xlsx('Hiep Thanh.xlsx', hiepThanh)]);
    await allRead(page);
    expect(await page.locator('[data-testid="consolidate-files"] li').count()).toBe(10);
    expect(await fileLine(page, 'Hiep Thanh.xlsx')).toContain('Xã Hiệp Thạnh');
    await run.click();
    await page.getByText(`Đơn vị đã gửi: 3/${GO_DAU_116.units.length}.`).waitFor({ timeout: 90000 });
    const after = await recordRows(page);
    expect(after.filter((row) => !row.includes('Xã Hiệp Thạnh'))).toEqual(before);
    expect(after.filter((row) => row.includes('Xã Hiệp Thạnh'))).toHaveLength(1);
    await screenshot('pane-tong-hop-late-vi');
    expect(errors).toEqual([]);
  });

  it('takes files dropped on the marked box too, and says in English why a file cannot be used', async () => {
    const thanhDuc = await unitWorkbook('XTD', ['Tin kéo thả']);
    const { page, errors, screenshot } = await harness.open('#tong-hop');
    await page.locator('[data-host-status="ready"]').waitFor();
    await page.getByLabel('Ngôn ngữ').selectOption('en');
    await page.getByRole('button', { name: 'Consolidate into the open workbook' }).waitFor();
    await page.evaluate(
      ({ good, name }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(good)], name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
        transfer.items.add(new File(['Ngày,Kênh'], 'so-lieu.csv', { type: 'text/csv' }));
        const zone = document.querySelector('[data-testid="consolidate-drop-zone"]');
        zone?.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
        zone?.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      },
      { good: [...thanhDuc], name: 'Thanh Duc.xlsx' },
    );
    await page.waitForFunction(() => /Xã Thạnh Đức/.test(document.querySelector('[data-testid="consolidate-files"]')?.textContent ?? ''));
    await page.waitForFunction(() => /Not an Excel .xlsx/.test(document.querySelector('[data-testid="consolidate-files"]')?.textContent ?? ''));
    expect(await fileLine(page, 'Thanh Duc.xlsx')).toMatch(/6 data rows · 0 errors/);
    await page.getByRole('button', { name: 'Consolidate into the open workbook' }).click();
    await page.getByRole('button', { name: 'Consolidate only' }).click();
    await page.getByTestId('consolidate-summary').waitFor({ timeout: 90000 });
    expect(await page.getByTestId('consolidate-summary').innerText()).toContain('Files that cannot be used (1): so-lieu.csv.');
    await screenshot('pane-tong-hop-done-en');
    expect(errors).toEqual([]);
  });
});
