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
        [date('2018-04-01'), text('Trang thông tin điện tử huyện'), text('Bài'), text('@mention'), text('https://godau.tayninh.gov.vn/a'), text('Xã Thạnh Đức'), text('TRUE')],
      ],
      standing: [],
      spending: [[date('2018-04-02'), text('+ In băng rôn'), num(1_500_000), text('Ngân sách UBND xã, thị trấn'), empty, empty]],
    },
  });
  const { records } = validateWorkbook(plan, layoutToRawSheets(template), { today: '2018-06-14' });
  const report = buildReport({ plan, period: periodFor('half-year', 2018, 1, plan.periodConvention), scope: { kind: 'unit', unit }, records, reportDate: '2018-06-14', documentNumber: '  ' });
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

const normalFormat = (format: string | undefined): string => (format === undefined || format === '' ? 'General' : format);

describe('the Office.js and exceljs renderers', () => {
  it('write the same cells, formats and sheet features for a real template and report', async () => {
    const layout = layouts();
    const { port, host } = portOnHost();
    await port.writeSheets(layout);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await renderToBuffer(layout)) as unknown as ExcelJS.Buffer);

    let compared = 0;
    for (const sheet of layout.sheets) {
      const office = host.sheet(sheet.name);
      const file = book.getWorksheet(sheet.name);
      if (!office || !file) throw new Error(`sheet ${sheet.name} missing: office ${String(!!office)}, exceljs ${String(!!file)}`);

      // Every cell either renderer wrote, over the union of both used ranges.
      const used = [office.usedRange(), file.dimensions ? `${address(file.dimensions.top, file.dimensions.left)}:${address(file.dimensions.bottom, file.dimensions.right)}` : null]
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
          if (officeWritten !== fileWritten) differences.push(`${sheet.name}!${at}: office ${JSON.stringify(officeWritten)} ≠ exceljs ${JSON.stringify(fileWritten)}`);
          if (officeWritten !== null && normalFormat(officeCell.numberFormat) !== normalFormat(file.getCell(at).numFmt)) {
            differences.push(`${sheet.name}!${at}: format office ${officeCell.numberFormat} ≠ exceljs ${String(file.getCell(at).numFmt)}`);
          }
        }
      }
      expect(differences.slice(0, 20)).toEqual([]);
      compared += written;

      const fileMerges = (file.model as unknown as { merges?: string[] }).merges ?? [];
      expect([...office.merges].sort()).toEqual([...fileMerges].sort());
      const fileTables = Object.values((file as unknown as { tables: Record<string, { table: { name: string; tableRef: string } }> }).tables ?? {}).map((t) => [t.table.name, t.table.tableRef]);
      expect(office.tables.map((t) => [t.name, t.range.replace(/^.*!/, '').replace(/\$/g, '')]).sort()).toEqual(fileTables.sort());
      expect(office.validations.length > 0).toBe(sheet.validations.length > 0);
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
    const titleCell = host.sheet('Tin bài')?.cell('D4');
    expect([titleCell?.value, titleCell?.formula, titleCell?.numberFormat]).toEqual(['=SUM(1,2)', null, '@']);
    expect(book.getWorksheet('Tin bài')?.getCell('D4').value).toBe('=SUM(1,2)');
  });
});
