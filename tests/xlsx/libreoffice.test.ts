import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { blankSheet, num, text } from '../../src/core/layout/cells';
import type { WorkbookLayout } from '../../src/core/layout/types';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { renderToBuffer } from '../../src/xlsx/renderWorkbook';
import { readText, readZip } from '../../src/xlsx/zip';
import { sampleLayout } from './sampleLayout';
import { GO_DAU_116 } from '../../src/core/plan/goDau116';
import { buildTemplate } from '../../src/core/template/buildTemplate';
import { planToSheet } from '../../src/core/plan/planSheetLayout';
import { commandRuns, testWhen } from '../support/requirements';
import { readPlanFromSheets } from '../../src/core/plan/planSheetReader';

/**
 * A real spreadsheet engine opens what we write: LibreOffice recalculates the formulas we store
 * without cached values, keeps text that looks like a formula as text, and parses our charts.
 * Skipped, with a warning, where LibreOffice is not installed (apt-get install libreoffice-calc-nogui); fails instead under CI=true.
 */
const maybe = testWhen(
  commandRuns('soffice', ['--version']) ? [] : ['LibreOffice (soffice)'],
  'the LibreOffice tests (tests/xlsx/libreoffice)',
  'apt-get install libreoffice-calc-nogui',
);

function convert(dir: string, file: string): Promise<void> {
  return new Promise<void>((done, fail) => {
    const args = [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'xlsx', '--outdir', join(dir, 'out'), join(dir, file)];
    execFile('soffice', args, { timeout: 60000 }, (error) => (error ? fail(new Error(error.message)) : done()));
  });
}

maybe(
  'LibreOffice recalculates our formulas, keeps "=1+1" as text and reads our chart',
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-lo-'));
    try {
      const layout = sampleLayout();
      const withChart: WorkbookLayout = {
        ...layout,
        sheets: [
          ...layout.sheets,
          {
            ...blankSheet('Tiến độ'),
            blocks: [
              {
                at: 'B5',
                rows: [
                  [text('Chỉ tiêu'), text('Tối thiểu')],
                  [text('III.1.a'), num(10)],
                  [text('III.1.b'), num(3)],
                ],
              },
            ],
            charts: [{ kind: 'clusteredBar', title: 'Tiến độ', categories: 'B6:B7', series: [{ name: 'Tối thiểu', values: 'C6:C7' }], from: 'E5', to: 'L20' }],
          },
        ],
      };
      writeFileSync(join(dir, 'in.xlsx'), await renderToBuffer(withChart));
      await convert(dir, 'in.xlsx');
      const out = readFileSync(join(dir, 'out', 'in.xlsx'));
      const [records] = await readWorkbook(out);
      expect(records?.values[6]).toEqual([null, null, 'Cộng', 10, '+84 912']);
      expect(records?.values[4]?.[4]).toBe('=1+1');
      expect(records?.values[3]?.[4]).toBe('- ghi chú');
      const chart = await readText(readZip(out), 'xl/charts/chart1.xml');
      expect(chart).toContain('$C$6:$C$7');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
  90000,
);

maybe(
  'every formula of the district workbook evaluates without an error value in LibreOffice',
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-lo-'));
    try {
      const pnv = GO_DAU_116.units.find((u) => u.code === 'PNV');
      if (!pnv) throw new Error('no PNV');
      writeFileSync(
        join(dir, 'district.xlsx'),
        await renderToBuffer(buildTemplate({ plan: GO_DAU_116, kind: 'district', unit: pnv, createdOn: '2018-06-10' })),
      );
      await convert(dir, 'district.xlsx');
      const sheets = await readWorkbook(readFileSync(join(dir, 'out', 'district.xlsx')), { errors: 'text' });
      const errors = sheets.flatMap((sheet) =>
        sheet.values.flatMap((row, r) =>
          row.flatMap((value, c) =>
            typeof value === 'string' && /^#(N\/A|NAME\?|REF!|VALUE!|DIV\/0!|NUM!|NULL!)$/.test(value)
              ? [`${sheet.name}!R${r + sheet.origin.row}C${c + sheet.origin.column}: ${value}`]
              : [],
          ),
        ),
      );
      expect(errors).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
  90000,
);

maybe(
  'a plan sheet saved again by LibreOffice still reads back to the same plan',
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-lo-'));
    try {
      writeFileSync(join(dir, 'plan.xlsx'), await renderToBuffer(planToSheet(GO_DAU_116)));
      await convert(dir, 'plan.xlsx');
      const { plan, issues } = readPlanFromSheets(await readWorkbook(readFileSync(join(dir, 'out', 'plan.xlsx'))));
      expect(issues).toEqual([]);
      expect(plan).toEqual(GO_DAU_116);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
  90000,
);
