import ExcelJS from 'exceljs';
import { columnLetters, parseAddress, parseRange, type RangeRef } from '../core/layout/a1';
import type { CellValue, SheetLayout, TableSpec, WorkbookLayout } from '../core/layout/types';
import { addCharts } from './charts';
import { addDefinedNames } from './definedNames';
import { escapeXml, PackageEditor } from './packageEditor';
import {
  argb,
  checkLayout,
  conditionalFormat,
  dataValidation,
  isoToDate,
  normalRange,
  pageSetup,
  StyleBook,
  stripEquals,
  tableHeaders,
} from './renderWorkbook';

/**
 * The same .xlsx as renderToBuffer (cell by cell: values, formulas, number formats, styles, merges,
 * tables, validations, conditional formats, freeze panes, print setup, defined names, charts),
 * written row by row with exceljs's streaming writer so time and memory grow with the rows
 * (`cchc consolidate -o` at 60,000 rows: see benchmarks/writeOutput.cjs). The whole-workbook
 * writer holds every cell's model and the whole sheet XML at once (1 GB at 59,000 rows, 2.7 GB
 * at four times as many). Node only: the streaming writer needs Node streams (archiver), so the
 * pane keeps renderToBuffer and this module is not exported from index.ts.
 *
 * Where exceljs 4.4's streaming writer differs from its workbook writer, this module makes up
 * for it (tests/xlsx/streamWorkbook.test.ts compares both on real layouts):
 * - it drops a row whose cells are styled but empty; such rows are marked as having values;
 * - it cannot write tables or print options; the table parts are written here, the sheet's
 *   <tableParts>, its relationship and <printOptions> through the writer's own sheet stream;
 * - it writes no calcPr flag; fullCalcOnLoad is added to workbook.xml afterwards, with defined
 *   names and charts (the package editor, as renderToBuffer does).
 * Rows are committed (written and freed) as soon as no merge still open needs them.
 */
export async function streamToBuffer(layout: WorkbookLayout): Promise<Uint8Array> {
  checkLayout(layout);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ useStyles: true, useSharedStrings: true });
  const book = new StyleBook();
  const tables: TablePart[] = [];
  for (const sheet of layout.sheets) {
    streamSheet(workbook, sheet, book, tables);
    // Hand the finished sheet's XML to the zip before the next sheet starts.
    await Promise.resolve();
  }
  await workbook.commit();
  const written = (workbook as unknown as { stream: { read(): Uint8Array } }).stream.read();
  const pkg = new PackageEditor(new Uint8Array(written.buffer, written.byteOffset, written.byteLength));
  await addTableParts(pkg, tables);
  const workbookXml = await pkg.mustRead('xl/workbook.xml');
  pkg.write('xl/workbook.xml', workbookXml.replace(/<calcPr\b([^>]*?)\/>/, '<calcPr$1 fullCalcOnLoad="1"/>'));
  await addDefinedNames(pkg, layout.definedNames);
  await addCharts(pkg, layout);
  return pkg.toBytes();
}

interface TablePart {
  readonly number: number;
  readonly xml: string;
}

/** exceljs 4.4 streaming worksheet internals used to add what it cannot write (pinned by tests/xlsx/streamWorkbook.test.ts). */
interface SheetWriterInternals {
  _write(text: string): void;
  _writeCloseWorksheet(): void;
  _writePageMargins(): void;
  _sheetRelsWriter: { addRelationship(rel: { Type: string; Target: string }): string };
  pageSetup: Partial<ExcelJS.PageSetup>;
}

const REL_TABLE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table';
const CT_TABLE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml';

/** One parsed merge: its range and its address as exceljs takes it. */
interface OpenMerge {
  readonly range: RangeRef;
  readonly text: string;
}

function streamSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, sheet: SheetLayout, book: StyleBook, tables: TablePart[]): void {
  const freeze = sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.columns > 0) ? sheet.freeze : null;
  const print = sheet.print ? pageSetup(sheet.print) : null;
  const ws = workbook.addWorksheet(sheet.name, {
    state: sheet.visibility,
    // Read by the sheet's opening tag (fitToPage); replaced whole below, as renderSheet replaces it.
    ...(print ? { pageSetup: print } : {}),
    ...(sheet.tabColor ? { properties: { tabColor: { argb: argb(sheet.tabColor) } } } : {}),
    ...(freeze
      ? {
          views: [{ state: 'frozen', xSplit: freeze.columns, ySplit: freeze.rows, topLeftCell: `${columnLetters(freeze.columns + 1)}${freeze.rows + 1}` }],
        }
      : {}),
  });
  const internals = ws as unknown as SheetWriterInternals;
  if (print) internals.pageSetup = print;
  for (const column of sheet.columns) {
    const col = ws.getColumn(column.column);
    col.width = column.width;
    if (column.hidden) col.hidden = true;
  }
  const validations = (ws as unknown as { dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void } }).dataValidations;
  for (const validation of sheet.validations) validations.add(normalRange(validation.range), dataValidation(validation));
  sheet.conditionalFormats.forEach((format, i) => ws.addConditionalFormatting(conditionalFormat(format, i + 1)));

  const sheetTables = sheet.tables.map((spec) => tablePart(sheet, spec, tables.length + sheet.tables.indexOf(spec) + 1));
  tables.push(...sheetTables);
  hookSheetEnd(internals, sheetTables);

  const grid = SheetGrid.of(sheet);
  const heights = new Map(sheet.rows.map((r) => [r.row, r.height]));
  const merges: OpenMerge[] = sheet.merges.map((m) => {
    const range = parseRange(m.replace(/\$/g, ''));
    return { range, text: normalRange(m) };
  });
  const styles = sheet.styles.map((s) => ({ range: parseRange(s.range.replace(/\$/g, '')), style: s.style }));
  const lastRow = Math.max(
    0,
    grid.lastRow,
    ...merges.map((m) => m.range.bottom),
    ...styles.map((s) => s.range.bottom),
    ...sheet.rows.map((r) => r.row),
    ...sheetTables.map((t) => t.bottom),
  );
  // Rows must be committed in order; a merge needs all its rows open when it is made.
  let holdUntil = 0;
  for (let r = 1; r <= lastRow; r++) {
    const row = ws.getRow(r);
    const used = new Set<number>();
    for (const [column, value] of grid.row(r)) {
      used.add(column);
      // A cell under a merge made on an earlier row is already merged: its value is dropped, as
      // the whole-workbook renderer drops it when it merges after writing the values.
      if (!merges.some((m) => m.range.top < r && r <= m.range.bottom && m.range.left <= column && column <= m.range.right))
        writeCell(row.getCell(column), value);
    }
    for (const merge of merges) {
      if (merge.range.top !== r) continue;
      ws.mergeCells(merge.text);
      holdUntil = Math.max(holdUntil, merge.range.bottom);
    }
    for (const merge of merges) {
      if (merge.range.top > r || merge.range.bottom < r) continue;
      for (let c = merge.range.left; c <= merge.range.right; c++) used.add(c);
    }
    for (const { range } of sheetTables) if (range.top <= r && r <= range.bottom) for (let c = range.left; c <= range.right; c++) used.add(c);
    const active = styles.filter((s) => s.range.top <= r && r <= s.range.bottom);
    for (const s of active) for (let c = s.range.left; c <= s.range.right; c++) used.add(c);
    for (const column of used) {
      const cell = row.getCell(column);
      // The style the whole-workbook renderer gives this cell: its value's own number format,
      // then every styled range over it in order (a merged cell keeps its own value's format).
      let style = book.base(grid.value(r, column));
      for (const s of active) if (s.range.left <= column && column <= s.range.right) style = book.next(style, s.style, cell.type === ExcelJS.ValueType.Date);
      cell.style = style;
    }
    const height = heights.get(r);
    if (height !== undefined) row.height = height;
    // The streaming writer skips rows without a value; a row of styled blanks (borders) is written.
    if (used.size > 0) Object.defineProperty(row, 'hasValues', { value: true });
    if (r >= holdUntil) row.commit();
  }
  ws.commit();
}

/** Table XML as exceljs's workbook writer writes it (headers, filter buttons, style, its totals quirk). */
function tablePart(sheet: SheetLayout, spec: TableSpec, number: number): TablePart & { readonly range: RangeRef; readonly bottom: number } {
  const names = tableHeaders(sheet.name, spec, (row, column) => {
    const value = SheetGrid.of(sheet).value(row, column);
    return value?.kind === 'text' ? value.text : null;
  });
  const parsed = parseRange(spec.range.replace(/\$/g, ''));
  // Excel wants at least one body row; a header-only range gets one empty row.
  const range = { ...parsed, bottom: Math.max(parsed.bottom, parsed.top + 1) };
  const ref = `${columnLetters(range.left)}${range.top}:${columnLetters(range.right)}${range.bottom}`;
  const filters = names.map((_, i) => `<filterColumn colId="${i}" hiddenButton="0"/>`).join('');
  const columns = names
    .map((name, i) => `<tableColumn id="${i + 1}" name="${escapeXml(name)}" ${i === 0 ? 'totalsRowLabel="Total"' : 'totalsRowFunction="none"'}/>`)
    .join('');
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="xr xr3" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3"' +
    ` id="${number}" name="${escapeXml(spec.name)}" displayName="${escapeXml(spec.name)}" ref="${ref}" totalsRowShown="1" headerRowCount="1">` +
    `<autoFilter ref="${ref}">${filters}</autoFilter><tableColumns count="${names.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${escapeXml(spec.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`;
  return { number, xml, range, bottom: range.bottom };
}

/** <printOptions> before the margins and <tableParts> at the end, written into the sheet's own stream. */
function hookSheetEnd(internals: SheetWriterInternals, parts: readonly TablePart[]): void {
  const margins = internals._writePageMargins.bind(internals);
  internals._writePageMargins = () => {
    if (internals.pageSetup.horizontalCentered) internals._write('<printOptions horizontalCentered="1"/>');
    margins();
  };
  if (parts.length === 0) return;
  internals._writeCloseWorksheet = () => {
    const ids = parts.map((part) => internals._sheetRelsWriter.addRelationship({ Type: REL_TABLE, Target: `../tables/table${part.number}.xml` }));
    internals._write(`<tableParts count="${ids.length}">${ids.map((id) => `<tablePart r:id="${id}"/>`).join('')}</tableParts></worksheet>`);
  };
}

async function addTableParts(pkg: PackageEditor, parts: readonly TablePart[]): Promise<void> {
  if (parts.length === 0) return;
  let contentTypes = await pkg.mustRead('[Content_Types].xml');
  for (const part of parts) {
    pkg.write(`xl/tables/table${part.number}.xml`, part.xml);
    contentTypes = contentTypes.replace('</Types>', `<Override PartName="/xl/tables/table${part.number}.xml" ContentType="${CT_TABLE}"/></Types>`);
  }
  pkg.write('[Content_Types].xml', contentTypes);
}

const DAYS = new Map<string, Date>();

function writeCell(cell: ExcelJS.Cell, value: CellValue): void {
  switch (value.kind) {
    case 'empty':
      cell.value = null;
      return;
    case 'text':
      cell.value = value.text;
      return;
    case 'number':
    case 'boolean':
      cell.value = value.value;
      return;
    case 'date': {
      // One Date per day written: exceljs only reads it, and a district's rows share few days.
      let day = DAYS.get(value.iso);
      if (!day) {
        day = isoToDate(value.iso);
        DAYS.set(value.iso, day);
      }
      cell.value = day;
      return;
    }
    case 'formula':
      cell.value = { formula: stripEquals(value.formula) };
      return;
  }
}

/** The layout's blocks indexed by row: each row's (column, value) pairs, later blocks over earlier ones. */
class SheetGrid {
  private static readonly cache = new WeakMap<SheetLayout, SheetGrid>();
  private static readonly NONE: ReadonlyMap<number, CellValue> = new Map();
  private readonly byRow = new Map<number, Map<number, CellValue>>();
  readonly lastRow: number;

  static of(sheet: SheetLayout): SheetGrid {
    let grid = SheetGrid.cache.get(sheet);
    if (!grid) {
      grid = new SheetGrid(sheet);
      SheetGrid.cache.set(sheet, grid);
    }
    return grid;
  }

  private constructor(sheet: SheetLayout) {
    let lastRow = 0;
    for (const block of sheet.blocks) {
      const origin = parseAddress(block.at);
      block.rows.forEach((cells, r) => {
        if (cells.length === 0) return;
        const rowNumber = origin.row + r;
        let row = this.byRow.get(rowNumber);
        if (!row) {
          row = new Map();
          this.byRow.set(rowNumber, row);
        }
        cells.forEach((value, c) => row.set(origin.column + c, value));
        lastRow = Math.max(lastRow, rowNumber);
      });
    }
    this.lastRow = lastRow;
  }

  row(r: number): ReadonlyMap<number, CellValue> {
    return this.byRow.get(r) ?? SheetGrid.NONE;
  }

  value(r: number, column: number): CellValue | undefined {
    return this.byRow.get(r)?.get(column);
  }
}
