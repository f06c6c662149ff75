import ExcelJS from 'exceljs';
import { isoToSerial } from '../../src/core/dates/serial';
import { parseRange, address } from '../../src/core/layout/a1';
import { date, empty, num, text } from '../../src/core/layout/cells';
import type { WorkbookLayout } from '../../src/core/layout/types';
import { periodFor } from '../../src/core/periods';
import { GO_DAU_116 } from '../../src/core/plan/goDau116';
import { buildReport } from '../../src/core/report';
import { buildTemplate } from '../../src/core/template/buildTemplate';
import { validateWorkbook } from '../../src/core/validation';
import { renderToBuffer } from '../../src/xlsx/renderWorkbook';
import { portOnHost, removeHost } from '../excel/hostPort';
import { layoutToRawSheets } from '../support/layoutToRawSheets';

/**
 * Every sheet is laid out once and rendered twice: by Office.js in the pane and by exceljs on the
 * command line. This renders the same real layouts both ways and compares what each wrote, cell by
 * cell (value or formula, number format), and the sheet features officers rely on (merges, tables,
 * data validations, freeze panes, visibility, print setup).
 */

afterEach(removeHost);

const plan = GO_DAU_116;
const unit = plan.units.find((u) => u.code === 'XTD') ?? plan.units[0]!;

function layouts(): WorkbookLayout {
  const template = buildTemplate({
    plan,
    kind: 'unit',
    unit,
    createdOn: '2018-06-10',
    existing: {
      outputs: [
        [date('2018-03-05'), text('Báo Tây Ninh'), text('Tin'), text('=SUM(1,2)'), text('0123'), empty, text('- ghi chú')],
        [
          date('2018-04-01'),
          text('Trang thông tin điện tử huyện'),
          text('Bài'),
          text('@mention'),
          text('https://godau.tayninh.gov.vn/a'),
          text('Xã Thạnh Đức'),
          text('TRUE'),
        ],
      ],
      standing: [],
      spending: [[date('2018-04-02'), text('+ In băng rôn'), num(1_500_000), text('Ngân sách UBND xã, thị trấn'), empty, empty]],
    },
  });
  const { records } = validateWorkbook(plan, layoutToRawSheets(template), { today: '2018-06-14' });
  const report = buildReport({
    plan,
    period: periodFor('half-year', 2018, 1, plan.periodConvention),
    scope: { kind: 'unit', unit },
    records,
    reportDate: '2018-06-14',
    documentNumber: '  ',
  });
  return { sheets: [...template.sheets, report.layout], definedNames: template.definedNames };
}

type Written = string | number | boolean | null;

/** What exceljs holds in a cell, as Office.js would report it: formulas as "=…", dates as serials. */
function exceljsCell(cell: ExcelJS.Cell): Written {
  const value = cell.value;
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return isoToSerial(value.toISOString().slice(0, 10));
  if (typeof value === 'object') {
    if ('formula' in value && typeof value.formula === 'string') return `=${value.formula}`;
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    return JSON.stringify(value);
  }
  return value;
}

/** A data validation as both renderers should leave it, in one vocabulary (exceljs's names). */
interface Validation {
  readonly type: string;
  readonly operator: string | null;
  readonly formulas: readonly string[];
  readonly allowBlank: boolean;
  readonly prompt: { readonly title: string; readonly message: string } | null;
  readonly error: { readonly style: string; readonly title: string; readonly message: string } | null;
}

const OFFICE_TYPES: Record<string, string> = {
  wholeNumber: 'whole',
  decimal: 'decimal',
  textLength: 'textLength',
  date: 'date',
  time: 'time',
  list: 'list',
  custom: 'custom',
};

/** A formula operand as text without "=": dates (=DATE(y,m,d) or a loaded Date) as ISO days, a quoted literal list unquoted. */
function operand(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const text = String(value).replace(/^=/, '');
  const day = /^DATE\((\d{4}),(\d{1,2}),(\d{1,2})\)$/.exec(text);
  if (day) return `${day[1]}-${day[2]!.padStart(2, '0')}-${day[3]!.padStart(2, '0')}`;
  return /^".*"$/.test(text) ? text.slice(1, -1) : text;
}

/** The host's view of a validation (tests/support/excelHost ValidationView, with its fields' shapes). */
interface OfficeValidation {
  readonly range: string;
  readonly rule: Record<string, Record<string, unknown>> | null;
  readonly prompt: { showPrompt: boolean; title: string; message: string } | null;
  readonly errorAlert: { showAlert: boolean; style: string; title: string; message: string } | null;
  readonly ignoreBlanks: boolean;
}

/** What the Office.js renderer set; an error alert never set is Excel's default (a Stop alert with no text). */
function officeValidation(v: OfficeValidation): Validation {
  const [kind, body = {}] = Object.entries(v.rule ?? {})[0] ?? ['none', {}];
  const operator = typeof body.operator === 'string' ? body.operator.replace(/To$/, '').replace(/^./, (c) => c.toLowerCase()) : null;
  const formulas =
    kind === 'list' ? [body.source] : kind === 'custom' ? [body.formula] : [body.formula1, body.formula2].filter((f) => f !== undefined && f !== '');
  const alert = v.errorAlert ?? { showAlert: true, style: 'Stop', title: '', message: '' };
  return {
    type: OFFICE_TYPES[kind] ?? kind,
    operator,
    formulas: formulas.map(operand),
    allowBlank: v.ignoreBlanks,
    prompt: v.prompt?.showPrompt ? { title: v.prompt.title, message: v.prompt.message } : null,
    error: alert.showAlert ? { style: alert.style.toLowerCase(), title: alert.title, message: alert.message } : null,
  };
}

/** What the .xlsx holds, as exceljs loads it (one entry per cell). */
function fileValidation(v: ExcelJS.DataValidation): Validation {
  return {
    type: v.type,
    operator: v.type === 'list' || v.type === 'custom' ? null : (v.operator ?? 'between'),
    formulas: (v.formulae ?? []).map(operand),
    allowBlank: v.allowBlank ?? false,
    prompt: v.showInputMessage ? { title: v.promptTitle ?? '', message: v.prompt ?? '' } : null,
    error: v.showErrorMessage ? { style: v.errorStyle ?? 'stop', title: v.errorTitle ?? '', message: v.error ?? '' } : null,
  };
}

/** Cell addresses of a range such as "A4:B6" (or one cell). */
function cellsOf(range: string): string[] {
  const r = parseRange(range.replace(/^.*!/, '').replace(/\$/g, ''));
  const cells: string[] = [];
  for (let row = r.top; row <= r.bottom; row += 1) for (let column = r.left; column <= r.right; column += 1) cells.push(address(row, column));
  return cells;
}

/** Differences between the validations each renderer left on a sheet, cell by cell, and how many cells carry one. */
function compareValidations(sheet: string, office: readonly OfficeValidation[], file: ExcelJS.Worksheet): { differences: string[]; cells: number } {
  const fromFile = new Map<string, Validation>();
  const model = (file as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
  for (const [at, v] of Object.entries(model)) for (const cell of cellsOf(at.replace(/^range:/, ''))) fromFile.set(cell, fileValidation(v));
  const differences: string[] = [];
  let cells = 0;
  for (const v of office) {
    const expected = officeValidation(v);
    for (const cell of cellsOf(v.range)) {
      cells += 1;
      const actual = fromFile.get(cell);
      fromFile.delete(cell);
      if (JSON.stringify(actual) !== JSON.stringify(expected))
        differences.push(`${sheet}!${cell}: office ${JSON.stringify(expected)} ≠ exceljs ${JSON.stringify(actual ?? null)}`);
    }
  }
  for (const cell of fromFile.keys()) differences.push(`${sheet}!${cell}: exceljs has a validation, office none`);
  return { differences, cells };
}

const normalFormat = (format: string | undefined): string => (format === undefined || format === '' ? 'General' : format);

describe('the Office.js and exceljs renderers', () => {
  it('write the same cells, formats and sheet features for a real template and report', async () => {
    const layout = layouts();
    const { port, host } = portOnHost();
    await port.writeSheets(layout);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await renderToBuffer(layout)) as unknown as ExcelJS.Buffer);

    let compared = 0;
    let validatedCells = 0;
    for (const sheet of layout.sheets) {
      const office = host.sheet(sheet.name);
      const file = book.getWorksheet(sheet.name);
      if (!office || !file) throw new Error(`sheet ${sheet.name} missing: office ${String(!!office)}, exceljs ${String(!!file)}`);

      // Every cell either renderer wrote, over the union of both used ranges.
      const used = [
        office.usedRange(),
        file.dimensions ? `${address(file.dimensions.top, file.dimensions.left)}:${address(file.dimensions.bottom, file.dimensions.right)}` : null,
      ]
        .filter((r): r is string => r !== null)
        .map((r) => parseRange(r.includes('!') ? (r.split('!')[1] ?? r) : r));
      const bottom = Math.max(...used.map((r) => r.bottom));
      const right = Math.max(...used.map((r) => r.right));
      const differences: string[] = [];
      let written = 0;
      for (let row = 1; row <= bottom; row += 1) {
        for (let column = 1; column <= right; column += 1) {
          const at = address(row, column);
          const officeCell = office.cell(at);
          const officeWritten: Written = officeCell.formula ?? (officeCell.value === '' ? null : officeCell.value);
          const fileCell = file.getCell(at);
          const fileWritten = fileCell.isMerged && fileCell.master.address !== at ? null : exceljsCell(fileCell);
          if (officeWritten !== null) written += 1;
          if (officeWritten !== fileWritten)
            differences.push(`${sheet.name}!${at}: office ${JSON.stringify(officeWritten)} ≠ exceljs ${JSON.stringify(fileWritten)}`);
          if (officeWritten !== null && normalFormat(officeCell.numberFormat) !== normalFormat(file.getCell(at).numFmt)) {
            differences.push(`${sheet.name}!${at}: format office ${officeCell.numberFormat} ≠ exceljs ${String(file.getCell(at).numFmt)}`);
          }
        }
      }
      expect(differences.slice(0, 20)).toEqual([]);
      compared += written;

      const fileMerges = (file.model as unknown as { merges?: string[] }).merges ?? [];
      expect([...office.merges].sort()).toEqual([...fileMerges].sort());
      const fileTables = Object.values((file as unknown as { tables: Record<string, { table: { name: string; tableRef: string } }> }).tables ?? {}).map((t) => [
        t.table.name,
        t.table.tableRef,
      ]);
      expect(office.tables.map((t) => [t.name, t.range.replace(/^.*!/, '').replace(/\$/g, '')]).sort()).toEqual(fileTables.sort());
      // Type, operator, formulas or list source, blanks, input prompt and error alert, on every cell.
      expect(office.validations).toHaveLength(sheet.validations.length);
      const validations = compareValidations(sheet.name, office.validations as readonly OfficeValidation[], file);
      expect(validations.differences.slice(0, 10)).toEqual([]);
      validatedCells += validations.cells;
      // exceljs loads a sheet written with no view as views: null, whatever its typings say.
      const view = (file.views as ExcelJS.WorksheetView[] | null)?.[0];
      expect(office.freeze).toEqual({ rows: sheet.freeze?.rows ?? 0, columns: sheet.freeze?.columns ?? 0 });
      expect(view?.state === 'frozen' ? { rows: view.ySplit ?? 0, columns: view.xSplit ?? 0 } : { rows: 0, columns: 0 }).toEqual(office.freeze);
      expect(office.visibility.toLowerCase()).toBe(file.state.toLowerCase());
      if (sheet.print) {
        expect(office.pageLayout.orientation.toLowerCase()).toBe(file.pageSetup.orientation);
        // Office.js takes margins in points, the file format in inches.
        expect(office.pageLayout.leftMargin / 72).toBeCloseTo(file.pageSetup.margins?.left ?? 0, 2);
        expect(office.pageLayout.topMargin / 72).toBeCloseTo(file.pageSetup.margins?.top ?? 0, 2);
      }
    }
    // Not a vacuous comparison: hundreds of cells, and the risky texts stayed text in both.
    expect(compared).toBeGreaterThan(300);
    expect(validatedCells).toBeGreaterThan(1000);
    const titleCell = host.sheet('Tin bài')?.cell('D4');
    expect([titleCell?.value, titleCell?.formula, titleCell?.numberFormat]).toEqual(['=SUM(1,2)', null, '@']);
    expect(book.getWorksheet('Tin bài')?.getCell('D4').value).toBe('=SUM(1,2)');
  });
});
