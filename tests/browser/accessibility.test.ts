import { mkdirSync } from 'fs';
import { join } from 'path';
import type { Page } from 'playwright-core';
import { GO_DAU_116 } from '../../src/core/plan/goDau116';
import { buildTemplate } from '../../src/core/template/buildTemplate';
import type { InitialSheet } from '../support/excelHost';
import { layoutValues } from '../taskpane/layoutValues';
import { OFFICE_SHEET, OFFICE_TRACKER } from '../taskpane/officeTracker';
import { axeViolations, measureOverflow } from './support/paneChecks';
import { ROOT, startPaneHarness, type OfficeJs, type PaneHarness } from './support/paneBrowser';
import { unitWorkbook, xlsx } from './support/unitWorkbook';

/**
 * Every section of the pane at Excel's narrowest pane (320 px) and a wide one (500 px), each with
 * realistic content (long Vietnamese unit and file names, long errors, a finished consolidation):
 * no horizontal scroll, nothing wider than the pane, and axe-core (WCAG 2.1 A/AA and best practices)
 * finding nothing but the known false positives (support/paneChecks.ts). Screenshots go to test-results/pane/.
 */
let harness: PaneHarness;
const SHOTS = join(ROOT, 'test-results/pane');

beforeAll(async () => {
  harness = await startPaneHarness();
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await harness?.close();
});

const WIDTHS = [320, 500] as const;

/** The template XTD's officer received, with rows typed wrong (a date that does not exist, an unknown channel, no title). */
function trackerWithMistakes(): InitialSheet[] {
  const unit = GO_DAU_116.units.find((u) => u.code === 'XTD');
  if (!unit) throw new Error('XTD');
  const layout = buildTemplate({ plan: GO_DAU_116, kind: 'unit', unit, createdOn: '2018-07-01' });
  return layout.sheets.map((sheet) => {
    const values = layoutValues(sheet);
    if (sheet.name === 'Tin bài') {
      values[3] = ['31/02/2018', 'Báo Tây Ninh', 'Tin', 'Tin có ngày sai', '', 'Xã Thạnh Đức', ''];
      values[4] = [43200, 'Trang thông tin điện tử của Ủy ban nhân dân xã Thạnh Đức huyện Gò Dầu', 'Tin', 'Tin đăng ở kênh lạ', '', 'Xã Thạnh Đức', ''];
      values[5] = [43210, 'Báo Tây Ninh', 'Tin', '', '', 'Xã Thạnh Đức', ''];
    }
    const visibility = sheet.visibility === 'veryHidden' ? 'VeryHidden' : sheet.visibility === 'hidden' ? 'Hidden' : 'Visible';
    return { name: sheet.name, values, visibility };
  });
}

interface Scene {
  readonly name: string;
  readonly hash: string;
  readonly officeJs?: OfficeJs;
  /** Brings the section to the state worth looking at (a list, an outcome). */
  readonly fill?: (page: Page) => Promise<void>;
}

const LONG_NAME = 'Sổ theo dõi tuyên truyền cải cách hành chính năm 2018 của Ủy ban nhân dân xã Thạnh Đức, huyện Gò Dầu (bản gửi lại lần 2).xlsx';

const SCENES: readonly Scene[] = [
  { name: 'ke-hoach', hash: '#ke-hoach' },
  {
    name: 'so-theo-doi',
    hash: '#so-theo-doi',
    officeJs: { kind: 'host', options: { initialSheets: [{ name: OFFICE_SHEET, values: OFFICE_TRACKER }] } },
    fill: async (page) => {
      await page.getByTestId('adopt-offer').waitFor({ timeout: 30000 });
      await page.getByRole('button', { name: 'Nhận sổ đang dùng' }).click();
      await page.getByRole('combobox', { name: 'Dòng tiêu đề' }).waitFor();
    },
  },
  {
    name: 'kiem-tra',
    hash: '#kiem-tra',
    officeJs: { kind: 'host', options: { initialSheets: trackerWithMistakes() } },
    fill: async (page) => {
      await page.getByRole('button', { name: 'Kiểm tra sổ đang mở' }).click();
      await page.getByTestId('check-summary').waitFor({ timeout: 60000 });
    },
  },
  {
    name: 'bao-cao',
    hash: '#bao-cao',
    fill: async (page) => {
      // An empty workbook: the report says, in the officer's words, what to do first.
      await page.getByRole('button', { name: 'Lập báo cáo vào sổ đang mở' }).click();
      await page.getByRole('alert').or(page.locator('.fui-MessageBar')).first().waitFor({ timeout: 30000 });
    },
  },
  {
    name: 'tong-hop',
    hash: '#tong-hop',
    fill: async (page) => {
      const thanhDuc = await unitWorkbook('XTD', ['Tin đúng kênh', { title: 'Tin đăng ở kênh lạ', channel: 'Loa phát thanh ấp Bến Đình, xã Thạnh Đức' }]);
      await page
        .getByLabel('Sổ theo dõi của các đơn vị (.xlsx)')
        .setInputFiles([
          xlsx(LONG_NAME, thanhDuc),
          xlsx('Cam Giang.xlsx', await unitWorkbook('XCG', ['Tin của Cẩm Giang'])),
          xlsx('Bao cao rong cua Phuoc Dong.xlsx', Buffer.alloc(0)),
          xlsx('Tap tin hong cua van phong HDND va UBND huyen Go Dau.xlsx', thanhDuc.subarray(0, 400)),
        ]);
      await page.waitForFunction(() => {
        const list = document.querySelector('[data-testid="consolidate-files"]');
        return list !== null && !/Chờ đọc|Đang đọc/.test(list.textContent ?? '') && document.querySelector('[data-testid="consolidate-progress"]') === null;
      });
      await page.getByRole('button', { name: 'Tổng hợp vào sổ đang mở' }).click();
      await page.getByRole('button', { name: 'Chỉ tổng hợp' }).click();
      await page.getByTestId('return-copies').waitFor({ timeout: 90000 });
    },
  },
];

describe('the pane at 320 and 500 px', () => {
  for (const scene of SCENES) {
    for (const width of WIDTHS) {
      it(`${scene.name} at ${width} px: no horizontal scroll, nothing wider than the pane, no axe violation`, async () => {
        const { page, errors } = await harness.open(scene.hash, scene.officeJs);
        await page.setViewportSize({ width, height: 900 });
        await page.locator('[data-host-status="ready"]').waitFor();
        await scene.fill?.(page);
        // Fonts and late layout settle before measuring.
        await page.waitForTimeout(300);
        await page.screenshot({ path: join(SHOTS, `${scene.name}-${width}.png`), fullPage: true });
        const overflow = await measureOverflow(page);
        expect(overflow.wider).toEqual([]);
        expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
        expect(await axeViolations(page)).toEqual([]);
        expect(errors).toEqual([]);
      });
    }
  }
});
