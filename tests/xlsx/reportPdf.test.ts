import { execFile, execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { date, empty, num, text } from '../../src/core/layout/cells';
import { periodFor } from '../../src/core/periods';
import { GO_DAU_116 } from '../../src/core/plan/goDau116';
import { createPlanLookup } from '../../src/core/plan/planLookup';
import { buildReport } from '../../src/core/report';
import { buildTemplate } from '../../src/core/template/buildTemplate';
import { validateWorkbook } from '../../src/core/validation';
import { renderToBuffer } from '../../src/xlsx/renderWorkbook';
import { layoutToRawSheets } from '../support/layoutToRawSheets';
import { commandRuns, testWhen } from '../support/requirements';

/**
 * Checks a generated report as a person would see it printed: LibreOffice turns the sheet into a
 * PDF, which must be A4 portrait, and the first page is kept as a PNG under test-results/ for a
 * look. Skipped, with a warning, where LibreOffice or poppler is not installed; CI installs both and fails without them.
 */
const maybe = testWhen(
  [...(commandRuns('soffice', ['--version']) ? [] : ['LibreOffice (soffice)']), ...(commandRuns('pdfinfo', ['-v']) ? [] : ['poppler (pdfinfo)'])],
  'the printed-report test (tests/xlsx/reportPdf)',
  'apt-get install libreoffice-calc-nogui poppler-utils',
);

function run(command: string, args: string[]): Promise<void> {
  return new Promise<void>((done, fail) => execFile(command, args, { timeout: 90000 }, (error) => (error ? fail(new Error(error.message)) : done())));
}

maybe(
  'the 6-month report of Xã Thạnh Đức prints on A4 portrait, and its first page is kept as a PNG',
  async () => {
    const plan = GO_DAU_116;
    const unit = plan.units.find((u) => u.code === 'XTD') ?? plan.units[0]!;
    const rows = [
      [date('2018-01-10'), text('Báo Tây Ninh'), text('Tin'), text('Hội nghị triển khai công tác CCHC năm 2018'), text('Số 3456'), empty, empty],
      [date('2018-03-05'), text('Trang thông tin điện tử huyện'), text('Tin'), text('Niêm yết công khai bộ TTHC tại xã'), empty, empty, empty],
      [date('2018-05-20'), text('Trạm truyền thanh xã'), text('Tin'), text('Tuyên truyền dịch vụ công mức độ 3'), empty, empty, empty],
    ];
    const workbook = layoutToRawSheets(
      buildTemplate({
        plan,
        kind: 'unit',
        unit,
        createdOn: '2018-06-01',
        existing: {
          outputs: rows,
          standing: [],
          spending: [[date('2018-04-02'), text('In băng rôn'), num(1_500_000), text('Ngân sách UBND xã, thị trấn'), empty, empty]],
        },
      }),
    );
    const { records } = validateWorkbook(plan, workbook, { today: '2018-06-14' });
    expect(createPlanLookup(plan).unit.find('Thạnh Đức')).toBe('XTD');
    const report = buildReport({
      plan,
      period: periodFor('half-year', 2018, 1, plan.periodConvention),
      scope: { kind: 'unit', unit },
      records,
      reportDate: '2018-06-14',
      documentNumber: '   ',
    });
    const dir = mkdtempSync(join(tmpdir(), 'cchc-pdf-'));
    try {
      writeFileSync(join(dir, 'bao-cao.xlsx'), await renderToBuffer({ sheets: [report.layout], definedNames: [] }));
      await run('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'bao-cao.xlsx')]);
      const info = execFileSync('pdfinfo', [join(dir, 'bao-cao.pdf')], { encoding: 'utf8' });
      // A4 is 595 × 842 points, portrait.
      expect(info).toMatch(/Page size:\s+595(\.\d+)? x 841\.89 pts \(A4\)/);
      const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(3);
      const text = execFileSync('pdftotext', ['-layout', join(dir, 'bao-cao.pdf'), '-'], { encoding: 'utf8' });
      expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(text).toContain('BÁO CÁO');
      expect(text).toMatch(/Thạnh Đức, ngày 14 tháng 6 năm 2018/);
      await run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', join(dir, 'bao-cao.pdf'), join(dir, 'page')]);
      const png = ['page-1.png', 'page-01.png', 'page-001.png'].map((f) => join(dir, f)).find((f) => existsSync(f));
      expect(png).toBeDefined();
      mkdirSync('test-results/report', { recursive: true });
      copyFileSync(png ?? '', 'test-results/report/bao-cao-6-thang-XTD-page1.png');
      expect(
        readFileSync(png ?? '')
          .subarray(1, 4)
          .toString(),
      ).toBe('PNG');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
  120000,
);
