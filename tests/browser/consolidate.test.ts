import type { CellValue } from '../../src/core/layout/types';
import { GO_DAU_116 } from '../../src/core/plan/goDau116';
import { buildTemplate } from '../../src/core/template/buildTemplate';
import { renderToBuffer } from '../../src/xlsx/renderWorkbook';
import { startPaneHarness, type PaneHarness } from './support/paneBrowser';

/** Tổng hợp: units' .xlsx files picked with the file input, read by exceljs in the browser. */
let harness: PaneHarness;

beforeAll(async () => {
  harness = await startPaneHarness();
});

afterAll(async () => {
  await harness?.close();
});

const text = (value: string): CellValue => ({ kind: 'text', text: value });

async function unitWorkbook(unitCode: string, outputs: CellValue[][]): Promise<Buffer> {
  const unit = GO_DAU_116.units.find((candidate) => candidate.code === unitCode);
  if (!unit) throw new Error(`no unit ${unitCode}`);
  const layout = buildTemplate({ plan: GO_DAU_116, kind: 'unit', unit, createdOn: '2018-06-01', existing: { outputs, standing: [], spending: [] } });
  return Buffer.from(await renderToBuffer(layout));
}

interface HostWindow {
  __excelHost?: { sheetNames(): string[] };
}

describe('consolidating units’ workbooks from the pane', () => {
  it('reads the picked files, writes the consolidation sheets and says who has not reported', async () => {
    const thanhDuc = await unitWorkbook('XTD', [
      [{ kind: 'date', iso: '2018-03-10' }, text('Trang TTĐT huyện'), text('Tin'), text('Xã Thạnh Đức niêm yết TTHC'), text(''), text('Xã Thạnh Đức'), text('')],
    ]);
    const camGiang = await unitWorkbook('XCG', []);
    const { page, errors, screenshot } = await harness.open('#tong-hop');
    await page.locator('[data-host-status="ready"]').waitFor();
    const run = page.getByRole('button', { name: 'Tổng hợp vào sổ đang mở' });
    expect(await run.isDisabled()).toBe(true);
    await page.getByLabel('Sổ theo dõi của các đơn vị (.xlsx)').setInputFiles([
      { name: 'Thanh Duc.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: thanhDuc },
      { name: 'Cam Giang.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: camGiang },
      { name: 'ghi chu.txt', mimeType: 'text/plain', buffer: Buffer.from('không phải sổ') },
    ]);
    await page.getByText('Đã chọn 3 tệp.').waitFor();
    await run.click();
    const outcome = page.getByTestId('consolidate-outcome');
    await outcome.waitFor({ timeout: 90000 });
    const said = await outcome.innerText();
    expect(said).toContain('Đã tổng hợp 1 tin, bài từ 2/3 tệp');
    expect(said).toContain('Xã Hiệp Thạnh');
    expect(await page.getByTestId('consolidate-files').innerText()).toContain('ghi chu.txt');
    const sheets = await page.evaluate(() => (window as unknown as HostWindow).__excelHost?.sheetNames() ?? []);
    expect(sheets.some((name) => name.startsWith('TH '))).toBe(true);
    await screenshot('pane-tong-hop-done-vi');
    expect(errors).toEqual([]);
  });
});
