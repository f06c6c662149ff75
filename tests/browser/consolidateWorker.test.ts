import type { CellValue } from '../../src/core/layout/types';
import { GO_DAU_116 } from '../../src/core/plan/goDau116';
import { buildTemplate } from '../../src/core/template/buildTemplate';
import { renderToBuffer } from '../../src/xlsx/renderWorkbook';
import type { Page } from 'playwright-core';
import { startPaneHarness, type PaneHarness } from './support/paneBrowser';

/**
 * Tổng hợp's worker (src/taskpane/worker): files are read and consolidated off the page's thread,
 * Cancel leaves the open workbook as it was, and the inline fallback (no Worker) says the same.
 */
let harness: PaneHarness;
const files: { name: string; mimeType: string; buffer: Buffer }[] = [];
const UNITS = ['XTD', 'XCG', 'XHT', 'XBD'];

const text = (value: string): CellValue => ({ kind: 'text', text: value });

/** A commune's template workbook with `count` dated news items (2018), rendered by exceljs as the CLI would. */
async function unitWorkbook(unitCode: string, count: number): Promise<Buffer> {
  const unit = GO_DAU_116.units.find((candidate) => candidate.code === unitCode);
  if (!unit) throw new Error(`no unit ${unitCode}`);
  const outputs = Array.from({ length: count }, (_, i) => [
    { kind: 'date', iso: `2018-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}` } as const,
    text(i % 2 === 0 ? 'Trang TTĐT huyện' : 'Báo Tây Ninh'),
    text('Tin'),
    text(`${unit.name}: tin số ${i} về cải cách hành chính`),
    text(''),
    text(unit.name),
    text(''),
  ]);
  const layout = buildTemplate({ plan: GO_DAU_116, kind: 'unit', unit, createdOn: '2018-01-02', existing: { outputs, standing: [], spending: [] } });
  return Buffer.from(await renderToBuffer(layout));
}

beforeAll(async () => {
  harness = await startPaneHarness();
  for (const unit of UNITS) {
    files.push({ name: `${unit}.xlsx`, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await unitWorkbook(unit, 6000) });
  }
});

afterAll(async () => {
  await harness?.close();
});

interface HostWindow {
  __excelHost?: {
    sheetNames(): string[];
    sheet(name: string): { usedRange(): string | null; values(range: string): unknown[][] } | undefined;
    seed(sheet: string, at: string, rows: unknown[][]): void;
    resetCounters(): void;
    counters: { syncCount: number };
  };
}

/** Every sheet the host holds with its values: what "the workbook as it was" means here. */
function workbookSnapshot(page: Page): Promise<Record<string, unknown[][]>> {
  return page.evaluate(() => {
    const host = (window as unknown as HostWindow).__excelHost;
    const out: Record<string, unknown[][]> = {};
    for (const name of host?.sheetNames() ?? []) {
      const sheet = host?.sheet(name);
      const used = sheet?.usedRange();
      out[name] = sheet && used ? sheet.values(used) : [];
    }
    return out;
  });
}

async function openTongHop(): Promise<{ page: Page; errors: string[] }> {
  const { page, errors } = await harness.open('#tong-hop');
  await page.locator('[data-host-status="ready"]').waitFor();
  // The whole year: every record counts, so the summary says the same number of rows whoever computed it.
  const period = page.getByLabel('Kỳ báo cáo');
  await period.selectOption(await period.evaluate((select) => [...(select as HTMLSelectElement).options].find((o) => /^Năm/.test(o.text))?.value ?? ''));
  await page.evaluate(() => (window as unknown as HostWindow).__excelHost?.seed('Sheet1', 'A1', [['Ghi chú riêng của phòng', 42]]));
  return { page, errors };
}

const readSummary = (page: Page, count: number) =>
  page
    .getByTestId('consolidate-read-summary')
    .filter({ hasText: `Đã đọc ${count}/${count} tệp` })
    .waitFor({ timeout: 90000 });

describe('Tổng hợp in a Web Worker', () => {
  it('given large files, reads them in the worker: the page keeps answering while a file is read, and progress arrives per file', async () => {
    const { page, errors } = await openTongHop();
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.evaluate(() => {
      const probe = { beats: [] as number[], said: [] as { at: number; text: string }[] };
      (window as unknown as { __probe: typeof probe }).__probe = probe;
      // A heartbeat: a page whose thread is busy reading a file cannot tick.
      setInterval(() => probe.beats.push(performance.now()), 25);
      new MutationObserver(() => {
        const bar = document.querySelector('[data-testid="consolidate-file-progress"]');
        const text = bar?.getAttribute('aria-valuetext');
        if (text && probe.said.at(-1)?.text !== text) probe.said.push({ at: performance.now(), text });
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await page.getByLabel('Sổ theo dõi của các đơn vị (.xlsx)').setInputFiles(files);
    await readSummary(page, files.length);
    const probe = await page.evaluate(() => (window as unknown as { __probe: { beats: number[]; said: { at: number; text: string }[] } }).__probe);

    expect(workers.some((url) => /consolidate-worker\.[0-9a-f]{8}\.chunk\.js$/.test(url))).toBe(true);
    for (const file of files) {
      const reading = probe.said.find((s) => s.text === `Đang đọc tệp ${file.name}`);
      const checking = probe.said.find((s) => s.text === `Đang kiểm tra các dòng của tệp ${file.name}`);
      expect(reading).toBeDefined();
      expect(checking).toBeDefined();
      if (reading === undefined || checking === undefined) continue;
      // The heartbeat went on while the file was read (how long reading takes depends on the machine: no bound on it here).
      const during = probe.beats.filter((at) => at > reading.at && at < checking.at);
      expect(checking.at).toBeGreaterThan(reading.at);
      expect(during.length).toBeGreaterThanOrEqual(Math.floor((checking.at - reading.at) / 25 / 4));
    }
    expect(await page.getByTestId('consolidate-files').innerText()).toMatch(/Xã Thạnh Đức[\s\S]*6005 dòng dữ liệu · 0 lỗi/);
    expect(errors).toEqual([]);
  });

  it('given Cancel while reading or consolidating, writes nothing and keeps the files read; a run afterwards completes', async () => {
    const { page, errors } = await openTongHop();
    const before = await workbookSnapshot(page);
    await page.evaluate(() => (window as unknown as HostWindow).__excelHost?.resetCounters());
    const input = page.getByLabel('Sổ theo dõi của các đơn vị (.xlsx)');
    const cancel = page.getByRole('button', { name: 'Hủy' });

    // Cancel once the first file is read: the files read stay, the others leave the list.
    await input.setInputFiles(files);
    // Any point after the first file, pressed in the page the moment it shows: with reading in the worker
    // the last files can be read between a poll from here and a click from here (CI, 2 cores), and Hủy is gone.
    await page.evaluate(
      () =>
        new Promise<void>((done) => {
          const press = (): void => {
            const reading = [...document.querySelectorAll('[role="progressbar"]')].some((bar) =>
              /^Đang đọc tệp [2-4]\/4/.test(bar.getAttribute('aria-valuetext') ?? ''),
            );
            const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Hủy');
            if (!reading || button === undefined) return;
            observer.disconnect();
            button.click();
            done();
          };
          const observer = new MutationObserver(press);
          observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
          press();
        }),
    );
    await page.getByText('Đã hủy. Sổ đang mở không thay đổi.').waitFor();
    const [, kept = '', dropped = ''] =
      /Giữ (\d) tệp đã đọc; bỏ (\d) tệp chưa đọc khỏi danh sách/.exec(await page.getByTestId('consolidate-outcome').innerText()) ?? [];
    expect(Number(kept)).toBeGreaterThanOrEqual(1);
    expect(Number(kept) + Number(dropped)).toBe(files.length);
    expect(await page.locator('[data-testid="consolidate-files"] li').count()).toBe(Number(kept));
    expect(await page.locator('[data-testid="consolidate-files"]').innerText()).not.toMatch(/Chờ đọc|Đang đọc/);

    // Cancel while consolidating: nothing is written to the workbook.
    await input.setInputFiles(files.slice(Number(kept)));
    await readSummary(page, files.length);
    await page.getByRole('button', { name: 'Tổng hợp vào sổ đang mở' }).click();
    // The open workbook is no tracker of the add-in's: Tổng hợp first asks (reading the sheet list and the stamp); then it consolidates only.
    await page.getByRole('button', { name: 'Chỉ tổng hợp' }).waitFor();
    await page.evaluate(() => (window as unknown as HostWindow).__excelHost?.resetCounters());
    await page.getByRole('button', { name: 'Chỉ tổng hợp' }).click();
    await page.getByText(`Đang tổng hợp ${files.length} tệp…`).waitFor();
    // Keyboard: the run moved the focus to Cancel, so Enter cancels.
    expect(await cancel.evaluate((button) => button === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByText('Đã hủy. Sổ đang mở không thay đổi.').waitFor();
    // A late answer from the stopped work would show here.
    await page.waitForTimeout(1500);
    // The one request allowed is the page's read of the sheet list, to find the kept reading decisions before the worker consolidates.
    expect(await page.evaluate(() => (window as unknown as HostWindow).__excelHost?.counters.syncCount)).toBeLessThanOrEqual(1);
    expect(await workbookSnapshot(page)).toEqual(before);
    expect(await page.locator('[data-testid="consolidate-files"] li').count()).toBe(files.length);

    // The worker was stopped and forgot the files: the next run reads them again and completes.
    await page.getByRole('button', { name: 'Tổng hợp vào sổ đang mở' }).click();
    const summary = page.getByTestId('consolidate-summary');
    await summary.waitFor({ timeout: 90000 });
    expect(await summary.innerText()).toContain(`Đơn vị đã gửi: ${files.length}/${GO_DAU_116.units.length}.`);
    expect((await workbookSnapshot(page))['Sheet1']).toEqual(before['Sheet1']);
    expect(errors).toEqual([]);
  });

  it('given no Worker in the runtime, consolidates inline with the same summary and the same sheets as the worker', async () => {
    const outcome = async (inline: boolean): Promise<{ summary: string; sheets: Record<string, unknown[][]>; workers: number }> => {
      const { page, errors } = await openTongHop();
      let workers = 0;
      page.on('worker', () => (workers += 1));
      if (inline) await page.evaluate(() => Reflect.deleteProperty(window, 'Worker'));
      await page.getByLabel('Sổ theo dõi của các đơn vị (.xlsx)').setInputFiles(files.slice(0, 2));
      await readSummary(page, 2);
      await page.getByRole('button', { name: 'Tổng hợp vào sổ đang mở' }).click();
      await page.getByRole('button', { name: 'Chỉ tổng hợp' }).click();
      const summary = page.getByTestId('consolidate-summary');
      await summary.waitFor({ timeout: 90000 });
      expect(errors).toEqual([]);
      return { summary: await summary.innerText(), sheets: await workbookSnapshot(page), workers };
    };
    const inWorker = await outcome(false);
    const inline = await outcome(true);
    expect(inWorker.workers).toBe(1);
    expect(inline.workers).toBe(0);
    expect(inline.summary).toContain('Đơn vị đã gửi: 2/');
    expect(inline.summary).toBe(inWorker.summary);
    expect(inline.sheets).toEqual(inWorker.sheets);
    expect(inline.sheets['TH Tin bài']?.length).toBeGreaterThan(12000);
  });
});
