import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { consolidate } from '../../src/core/consolidate/consolidate';
import { CONSOLIDATION_SHEETS } from '../../src/core/consolidate/consolidationSheetNames';
import { date, empty, text } from '../../src/core/layout/cells';
import type { WorkbookLayout } from '../../src/core/layout/types';
import { periodFor } from '../../src/core/periods';
import { GO_DAU_116 } from '../../src/core/plan/goDau116';
import { buildTemplate } from '../../src/core/template/buildTemplate';
import { consolidationWorkbook } from '../../src/core/usecases/consolidateUnits';
import { streamToBuffer } from '../../src/xlsx/streamWorkbook';
import { readText, readZip } from '../../src/xlsx/zip';
import { portOnHost, removeHost } from '../excel/hostPort';
import { layoutToRawSheets } from '../support/layoutToRawSheets';
import { commandRuns, testWhen } from '../support/requirements';

/**
 * The consolidation sheets as they print (issue 15): A4, one page wide, the title and header rows on
 * every page, landscape for these wide tables. Checked in the file `cchc consolidate -o` streams, in
 * what the pane's Office.js writer asks of the strict host, and on paper: LibreOffice prints the file
 * to PDF and pdftotext reads every page.
 */

const plan = GO_DAU_116;
const CHANNELS = ['Báo Tây Ninh', 'Trang thông tin điện tử huyện', 'Trạm truyền thanh xã', 'Cổng TTĐT tỉnh'];

/** A consolidation of three units' workbooks with `perUnit` news items each: 3 × perUnit rows on TH Tin bài. */
function consolidationOf(perUnit: number): WorkbookLayout {
  const inputs = ['XTD', 'XCG', 'XHT'].map((code, u) => {
    const unit = plan.units.find((candidate) => candidate.code === code);
    if (!unit) throw new Error(`no unit ${code}`);
    const outputs = Array.from({ length: perUnit }, (_, i) => [
      date(`2018-0${1 + (i % 5)}-${String(10 + (i % 18)).padStart(2, '0')}`),
      text(CHANNELS[i % CHANNELS.length] ?? ''),
      text('Tin'),
      text(`Tin số ${u * perUnit + i + 1}: tuyên truyền cải cách hành chính tại ${unit.name}`),
      empty,
      empty,
      empty,
    ]);
    const sheets = layoutToRawSheets(buildTemplate({ plan, kind: 'unit', unit, createdOn: '2018-01-02', existing: { outputs, standing: [], spending: [] } }));
    return { file: `${code}.xlsx`, lastModified: u, sheets };
  });
  const result = consolidate(plan, inputs, { period: periodFor('year', 2018, undefined, plan.periodConvention), today: '2018-12-20' });
  expect(result.outputs).toHaveLength(3 * perUnit);
  return consolidationWorkbook(plan, result, { reportDate: '2018-12-20', language: 'vi' }).layout;
}

const TH = Object.values(CONSOLIDATION_SHEETS);

describe('the consolidation sheets, printed', () => {
  test('given -o, each TH sheet is set to A4 landscape, one page wide and as many tall as needed, with its header rows as print titles', async () => {
    const bytes = await streamToBuffer(consolidationOf(20));
    const zip = readZip(bytes);
    const workbook = (await readText(zip, 'xl/workbook.xml')) ?? '';
    const sheetNames = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    for (const name of TH) {
      const index = sheetNames.indexOf(name);
      expect(index).toBeGreaterThanOrEqual(0);
      const xml = (await readText(zip, `xl/worksheets/sheet${index + 1}.xml`)) ?? '';
      expect(xml).toMatch(/<pageSetUpPr[^>]*fitToPage="1"/);
      expect(xml).toMatch(/<pageSetup[^>]*paperSize="9"/);
      expect(xml).toMatch(/<pageSetup[^>]*orientation="landscape"/);
      expect(xml).toMatch(/<pageSetup[^>]*fitToWidth="1"/);
      expect(xml).toMatch(/<pageSetup[^>]*fitToHeight="0"/);
      const titles = name === CONSOLIDATION_SHEETS.progress ? '\\$1:\\$3' : '\\$1:\\$2';
      expect(workbook).toMatch(
        new RegExp(`<definedName name="_xlnm.Print_Titles" localSheetId="${index}"[^>]*>(?:'|&apos;)${name}(?:'|&apos;)!${titles}</definedName>`),
      );
    }
  }, 60_000);

  test("given the pane's writer, the strict host holds the same page layout on each TH sheet", async () => {
    try {
      const { port, host } = portOnHost();
      const layout = consolidationOf(20);
      await port.writeSheets({ ...layout, sheets: layout.sheets.filter((s) => TH.includes(s.name as (typeof TH)[number])) });
      for (const name of TH) {
        expect(host.sheet(name)?.pageLayout).toMatchObject({
          orientation: 'Landscape',
          paperSize: 'A4',
          zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
          printTitleRows: name === CONSOLIDATION_SHEETS.progress ? '$1:$3' : '$1:$2',
        });
        // 20 mm, in points.
        expect(host.sheet(name)?.pageLayout.leftMargin).toBeCloseTo(56.69, 1);
      }
    } finally {
      removeHost();
    }
  }, 60_000);
});

const withLibreOffice = testWhen(
  [...(commandRuns('soffice', ['--version']) ? [] : ['LibreOffice (soffice)']), ...(commandRuns('pdfinfo', ['-v']) ? [] : ['poppler (pdfinfo)'])],
  'the printed consolidation sheets (tests/xlsx/consolidationPrint)',
  'apt-get install libreoffice-calc-nogui poppler-utils',
);

function run(command: string, args: string[]): Promise<void> {
  return new Promise<void>((done, fail) => execFile(command, args, { timeout: 120000 }, (error) => (error ? fail(new Error(error.message)) : done())));
}

/** TH Tin bài alone, streamed as -o streams it, printed to PDF by LibreOffice: the page size and each page's text. */
async function printedRecords(perUnit: number): Promise<{ size: string; pages: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-print-'));
  try {
    const records = consolidationOf(perUnit).sheets.find((s) => s.name === CONSOLIDATION_SHEETS.records);
    if (!records) throw new Error('no TH Tin bài');
    writeFileSync(join(dir, 'th.xlsx'), await streamToBuffer({ sheets: [records], definedNames: [] }));
    await run('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'th.xlsx')]);
    const info = execFileSync('pdfinfo', [join(dir, 'th.pdf')], { encoding: 'utf8' });
    const pages = execFileSync('pdftotext', ['-layout', join(dir, 'th.pdf'), '-'], { encoding: 'utf8' })
      .split('\f')
      .filter((page) => page.trim() !== '');
    expect(pages.length).toBe(Number(/Pages:\s+(\d+)/.exec(info)?.[1]));
    return { size: /Page size:\s+(.*)/.exec(info)?.[1] ?? '', pages };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every page the whole table wide (the first and the last column's headers on one line) under the title, and every row printed once. */
function expectWholeWidthWithHeaders(pages: readonly string[], rows: number): void {
  for (const page of pages) {
    expect(page).toContain('TỔNG HỢP TIN, BÀI TUYÊN TRUYỀN CCHC');
    expect(page).toMatch(/Ngày +Kênh +Hình thức +Tiêu đề +.*Sheet +Dòng/);
  }
  const printed = pages.join('\n').match(/Tin số \d+:/g) ?? [];
  expect(new Set(printed).size).toBe(rows);
  expect(printed).toHaveLength(rows);
}

withLibreOffice(
  'LibreOffice prints the 60-row TH Tin bài on A4 landscape, one page wide, under its title and header',
  async () => {
    const { size, pages } = await printedRecords(20);
    // A4 landscape: 842 × 595 points.
    expect(size).toMatch(/^841\.89 x 595(\.\d+)? pts \(A4\)/);
    expectWholeWidthWithHeaders(pages, 60);
    console.log(`TH Tin bài, 60 rows: ${pages.length} A4 landscape page(s), one page wide`);
  },
  180_000,
);

withLibreOffice(
  'LibreOffice prints a 300-row TH Tin bài on several A4 landscape pages, each one page wide with the title and header repeated',
  async () => {
    const { size, pages } = await printedRecords(100);
    expect(size).toMatch(/^841\.89 x 595(\.\d+)? pts \(A4\)/);
    // Shrunk to the page width only: about 60 rows a page, not squeezed onto one.
    expect(pages.length).toBeGreaterThanOrEqual(4);
    expect(pages.length).toBeLessThanOrEqual(8);
    expectWholeWidthWithHeaders(pages, 300);
    console.log(`TH Tin bài, 300 rows: ${pages.length} A4 landscape pages, one page wide, header on each`);
  },
  180_000,
);
