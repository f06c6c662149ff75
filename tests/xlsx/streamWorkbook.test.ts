import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { consolidate } from '../../src/core/consolidate/consolidate';
import type { UnitFileInput } from '../../src/core/consolidate/types';
import { blankSheet, date, num, text } from '../../src/core/layout/cells';
import type { WorkbookLayout } from '../../src/core/layout/types';
import { periodFor } from '../../src/core/periods';
import { GO_DAU_116 } from '../../src/core/plan/goDau116';
import { buildTemplate } from '../../src/core/template/buildTemplate';
import { consolidationWorkbook } from '../../src/core/usecases/consolidateUnits';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { renderToBuffer } from '../../src/xlsx/renderWorkbook';
import { streamToBuffer } from '../../src/xlsx/streamWorkbook';
import { readText, readZip } from '../../src/xlsx/zip';
import { commandRuns, testWhen } from '../support/requirements';
import { sampleLayout } from './sampleLayout';

/**
 * The streamed writer (`cchc consolidate -o`) must write what the whole-workbook writer writes.
 * Both files are loaded back with exceljs and compared sheet by sheet: every cell's value, type,
 * number format and whole style; merges, tables, validations, conditional formats, views, print
 * setup, columns, row heights; and the workbook's defined names. The consolidation is a real one:
 * the office trackers of the corpus (merged cells, hidden rows, stacked blocks …) read and
 * consolidated with a district's unit workbooks, so every TH sheet and the district report carry rows.
 */

const CORPUS = path.join(__dirname, '../fixtures/trackers/corpus');
const plan = GO_DAU_116;

async function realConsolidation(): Promise<WorkbookLayout> {
  const inputs: UnitFileInput[] = [];
  for (const dir of fs.readdirSync(CORPUS).sort().slice(0, 12)) {
    const full = path.join(CORPUS, dir);
    if (!fs.statSync(full).isDirectory()) continue;
    for (const name of fs.readdirSync(full).filter((f) => f.endsWith('.xlsx'))) {
      const file = path.join(full, name);
      inputs.push({ file: `${dir}/${name}`, lastModified: inputs.length, sheets: await readWorkbook(fs.readFileSync(file)) });
    }
  }
  const unit = plan.units.find((u) => u.code === 'XCG') ?? plan.units[0]!;
  const template = buildTemplate({
    plan,
    kind: 'unit',
    unit,
    createdOn: '2018-06-10',
    existing: {
      outputs: [
        [
          { kind: 'date', iso: '2018-03-05' },
          { kind: 'text', text: 'Báo Tây Ninh' },
          { kind: 'text', text: 'Tin' },
          { kind: 'text', text: '=SUM(1,2)' },
        ],
      ],
      standing: [],
      spending: [],
    },
  });
  inputs.push({ file: 'XCG.xlsx', lastModified: 99, sheets: await readWorkbook(await renderToBuffer(template)) });
  const result = consolidate(plan, inputs, { period: periodFor('year', 2018, undefined, plan.periodConvention), today: '2018-12-20' });
  expect(result.outputs.length).toBeGreaterThan(50);
  return consolidationWorkbook(plan, result, { reportDate: '2018-12-20', language: 'vi' }).layout;
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

/** Everything about a sheet an officer or Excel would notice, as plain data. */
function sheetFacts(ws: ExcelJS.Worksheet): Record<string, unknown> {
  const cells: string[] = [];
  // Every row, with values or not: a row of styled blanks (borders under a table) counts too.
  for (let r = 1; r <= ws.rowCount; r++) {
    ws.getRow(r).eachCell({ includeEmpty: true }, (cell) => {
      if (cell.type === ExcelJS.ValueType.Null && Object.keys(cell.style).length === 0) return;
      const value = cell.isMerged && cell.master.address !== cell.address ? '(merged)' : cell.value;
      cells.push(`${cell.address} ${cell.type} ${JSON.stringify(value)} ${JSON.stringify(cell.style)}`);
    });
  }
  const internal = ws as unknown as {
    tables: Record<string, { table: unknown }>;
    dataValidations: { model: unknown };
    conditionalFormattings: unknown;
  };
  return {
    name: ws.name,
    state: ws.state,
    tabColor: ws.properties.tabColor,
    cells,
    merges: (ws.model as unknown as { merges?: string[] }).merges,
    tables: Object.values(internal.tables).map((t) => t.table),
    validations: internal.dataValidations.model,
    conditionalFormats: internal.conditionalFormattings,
    views: ws.views,
    pageSetup: ws.pageSetup,
    columns: (ws.columns ?? []).map((c) => [c.letter, c.width, c.hidden]),
    heights: Array.from({ length: ws.rowCount }, (_, i) => ws.getRow(i + 1).height),
  };
}

async function expectSameFile(layout: WorkbookLayout): Promise<{ cells: number }> {
  const whole = await renderToBuffer(layout);
  const streamed = await streamToBuffer(layout);
  const [a, b] = [await load(whole), await load(streamed)];
  expect(b.worksheets.map((w) => w.name)).toEqual(a.worksheets.map((w) => w.name));
  let cells = 0;
  for (const sheet of a.worksheets) {
    const expected = sheetFacts(sheet);
    const actual = sheetFacts(b.getWorksheet(sheet.name)!);
    expect(actual).toEqual(expected);
    cells += (expected.cells as string[]).length;
  }
  expect(b.definedNames.model).toEqual(a.definedNames.model);
  const calc = async (bytes: Uint8Array): Promise<string | undefined> => /<calcPr[^>]*>/.exec((await readText(readZip(bytes), 'xl/workbook.xml')) ?? '')?.[0];
  expect(await calc(streamed)).toBe(await calc(whole));
  // What the add-in itself reads back (the one reader) is the same too.
  expect(await readWorkbook(streamed)).toEqual(await readWorkbook(whole));
  return { cells };
}

describe('streamToBuffer writes what renderToBuffer writes', () => {
  test('given the sample layout (merges, a table, validations, a conditional format, frozen panes, print setup, defined names)', async () => {
    const { cells } = await expectSameFile(sampleLayout());
    expect(cells).toBeGreaterThan(20);
  });

  test('given a unit template (entry tables, lists, progress, stamp)', async () => {
    const unit = plan.units[0]!;
    const { cells } = await expectSameFile(buildTemplate({ plan, kind: 'unit', unit, createdOn: '2018-06-10' }));
    expect(cells).toBeGreaterThan(100);
  }, 120_000);

  test('given a real consolidation of office trackers: every TH sheet and the district report', async () => {
    const layout = await realConsolidation();
    const { cells } = await expectSameFile(layout);
    expect(cells).toBeGreaterThan(1000);
  }, 60_000);

  test('given merges over several rows with values under them, rows of styled blanks, a header-only table and a hidden column', async () => {
    const sheet: WorkbookLayout['sheets'][number] = {
      ...blankSheet('Gộp ô'),
      tabColor: '#1F4E78',
      blocks: [
        {
          at: 'A1',
          rows: [
            [text('Tiêu đề gộp'), text('bị che')],
            [date('2018-03-05'), text('=1+1')],
            [num(3), text('dưới ô gộp')],
          ],
        },
        { at: 'D6', rows: [[text('Ngày'), text('Kênh')]] },
      ],
      merges: ['A1:B3', 'D2:E2'],
      styles: [
        { range: 'A1:E4', style: { border: true, bold: true } },
        { range: 'B2:B9', style: { fill: '#DDEBF7', numberFormat: '#,##0' } },
      ],
      columns: [{ column: 'C', width: 4, hidden: true }],
      rows: [{ row: 8, height: 22 }],
      tables: [{ name: 'tblRong', range: 'D6:E6', style: 'TableStyleLight9' }],
    };
    const { cells } = await expectSameFile({ sheets: [sheet], definedNames: [{ name: 'VungGop', ref: "='Gộp ô'!$A$1:$B$3" }] });
    expect(cells).toBeGreaterThan(15);
  });

  test('given a table whose header is not text, it refuses as the whole-workbook writer does', async () => {
    const layout = sampleLayout();
    const sheet = layout.sheets[0]!;
    const broken: WorkbookLayout = {
      ...layout,
      sheets: [{ ...sheet, tables: sheet.tables.map((t) => ({ ...t, range: t.range.replace(/^A3/, 'A2') })) }, ...layout.sheets.slice(1)],
    };
    await expect(renderToBuffer(broken)).rejects.toThrow(/must hold text/);
    await expect(streamToBuffer(broken)).rejects.toThrow(/must hold text/);
  });
});

const withLibreOffice = testWhen(
  commandRuns('soffice', ['--version']) ? [] : ['LibreOffice (soffice)'],
  'the LibreOffice check of the streamed writer (tests/xlsx/streamWorkbook)',
  'apt-get install libreoffice-calc-nogui',
);

withLibreOffice(
  'LibreOffice opens the streamed file and saves back the same cells and table',
  async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-stream-lo-'));
    try {
      const layout = sampleLayout();
      fs.writeFileSync(path.join(dir, 'streamed.xlsx'), await streamToBuffer(layout));
      await new Promise<void>((done, fail) => {
        const args = [
          `-env:UserInstallation=file://${dir}/profile`,
          '--headless',
          '--convert-to',
          'xlsx',
          '--outdir',
          path.join(dir, 'out'),
          path.join(dir, 'streamed.xlsx'),
        ];
        execFile('soffice', args, { timeout: 120_000 }, (error) => (error ? fail(new Error(error.message)) : done()));
      });
      const saved = new Uint8Array(fs.readFileSync(path.join(dir, 'out', 'streamed.xlsx')));
      const before = (await readWorkbook(await renderToBuffer(layout))).find((s) => s.name === 'Sổ theo dõi');
      const after = (await readWorkbook(saved)).find((s) => s.name === 'Sổ theo dõi');
      // LibreOffice computes the formula the writers leave uncached; every other cell comes back as written.
      expect(after?.values.map((row) => row.slice(0, 3))).toEqual(before?.values.map((row) => row.slice(0, 3)));
      const parts = readZip(saved).map((e) => e.name);
      expect(parts.some((name) => name.startsWith('xl/tables/'))).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
  180_000,
);
