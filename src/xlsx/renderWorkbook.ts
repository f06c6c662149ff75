import ExcelJS from 'exceljs';
import { columnLetters, parseAddress, parseRange, rangeAddress, type RangeRef } from '../core/layout/a1';
import type { CellStyle, CellValue, ConditionalFormatSpec, PrintSetup, SheetLayout, TableSpec, ValidationSpec, WorkbookLayout } from '../core/layout/types';
// Shared with the Office.js renderer so both protect the same cells; it is pure (no Office.js).
import { needsTextProtection, TEXT_FORMAT } from '../core/text/textProtection';
import { addCharts } from './charts';
import { addDefinedNames } from './definedNames';
import { PackageEditor } from './packageEditor';
import { LayoutRenderError } from './errors';

/**
 * Renders a WorkbookLayout into an exceljs Workbook. Runs in Node and in the browser (the pane
 * loads it lazily), so it touches no file system: writeBuffer hands back bytes.
 *
 * exceljs quirks handled here, each pinned by a test in tests/xlsx:
 * - mergeCells shares the master's style object with every merged cell, so styling one cell of
 *   a merge restyles all of them; we merge without style and give every cell its own style.
 * - addTable rewrites its cells from `rows`; we pass the values already on the sheet and check
 *   that header cells are unique, non-empty text, or Excel "repairs" (drops) the table.
 * - printArea and printTitlesRow must come without "$": exceljs adds them itself.
 * - formulas are stored without a cached result; fullCalcOnLoad makes Excel compute them on open.
 * - exceljs's defined names drop whole columns and reject formulas; renderToBuffer writes them.
 */

export const DATE_FORMAT = 'dd/mm/yyyy';
const MM_PER_INCH = 25.4;

export function renderWorkbook(layout: WorkbookLayout): ExcelJS.Workbook {
  checkLayout(layout);
  const workbook = new ExcelJS.Workbook();
  workbook.calcProperties.fullCalcOnLoad = true;
  const book = new StyleBook();
  for (const sheet of layout.sheets) renderSheet(workbook, sheet, book);
  // Defined names and charts are added to the package by renderToBuffer (see definedNames.ts).
  return workbook;
}

/** The workbook as .xlsx bytes (as exceljs writes it: no defined names or charts; see renderToBuffer). */
export async function writeBuffer(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const bytes = await workbook.xlsx.writeBuffer();
  return new Uint8Array(bytes);
}

/**
 * Layout straight to .xlsx bytes, with what exceljs cannot write itself added to the package:
 * defined names (any reference or formula) and native charts.
 */
export async function renderToBuffer(layout: WorkbookLayout): Promise<Uint8Array> {
  const bytes = await writeBuffer(renderWorkbook(layout));
  const hasCharts = layout.sheets.some((s) => (s.charts?.length ?? 0) > 0);
  if (layout.definedNames.length === 0 && !hasCharts) return bytes;
  const pkg = new PackageEditor(bytes);
  await addDefinedNames(pkg, layout.definedNames);
  await addCharts(pkg, layout);
  return pkg.toBytes();
}

/**
 * What Excel would "repair" (silently drop) or exceljs would reject with a vague message, caught
 * up front with the sheet named: bad or duplicate sheet names, table names that clash with each
 * other or with defined names, tables that overlap merges or other tables.
 */
export function checkLayout(layout: WorkbookLayout): void {
  const sheetNames = new Set<string>();
  const names = new Map<string, string>();
  for (const name of layout.definedNames) names.set(name.name.toLowerCase(), 'defined name');
  for (const sheet of layout.sheets) {
    const problem = sheetNameProblem(sheet.name);
    if (problem) throw new LayoutRenderError(sheet.name, problem);
    if (sheetNames.has(sheet.name.toLowerCase())) throw new LayoutRenderError(sheet.name, 'two sheets have this name');
    sheetNames.add(sheet.name.toLowerCase());
    const tableRanges = sheet.tables.map((table) => ({ name: table.name, range: parseRange(table.range.replace(/\$/g, '')) }));
    for (const [i, table] of tableRanges.entries()) {
      const clash = names.get(table.name.toLowerCase());
      if (clash) throw new LayoutRenderError(sheet.name, `table name "${table.name}" is already used by a ${clash}`);
      names.set(table.name.toLowerCase(), 'table');
      for (const merge of sheet.merges) {
        if (overlaps(table.range, parseRange(merge.replace(/\$/g, ''))))
          throw new LayoutRenderError(sheet.name, `table ${table.name} overlaps the merge ${merge}`);
      }
      for (const other of tableRanges.slice(i + 1)) {
        if (overlaps(table.range, other.range)) throw new LayoutRenderError(sheet.name, `tables ${table.name} and ${other.name} overlap`);
      }
    }
  }
}

/** Excel's rules for sheet names, or null when the name is fine. */
export function sheetNameProblem(name: string): string | null {
  if (name.trim().length === 0) return 'a sheet name cannot be blank';
  if ([...name].length > 31) return 'a sheet name has at most 31 characters';
  if (/[\\/?*[\]:]/.test(name)) return 'a sheet name cannot contain \\ / ? * [ ] :';
  if (name.startsWith("'") || name.endsWith("'")) return 'a sheet name cannot start or end with an apostrophe';
  if (name.toLowerCase() === 'history') return '"History" is reserved by Excel';
  return null;
}

function overlaps(a: RangeRef, b: RangeRef): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

function renderSheet(workbook: ExcelJS.Workbook, sheet: SheetLayout, book: StyleBook): void {
  const ws = workbook.addWorksheet(sheet.name, {
    state: sheet.visibility,
    ...(sheet.tabColor ? { properties: { tabColor: { argb: argb(sheet.tabColor) } } } : {}),
  });
  for (const block of sheet.blocks) {
    const origin = parseAddress(block.at);
    block.rows.forEach((row, r) => {
      row.forEach((value, c) => writeCell(ws.getCell(origin.row + r, origin.column + c), value));
    });
  }
  for (const merge of sheet.merges) ws.mergeCellsWithoutStyle(normalRange(merge));
  for (const styled of sheet.styles) applyStyle(ws, styled.range, styled.style, book);
  for (const column of sheet.columns) {
    const col = ws.getColumn(column.column);
    col.width = column.width;
    if (column.hidden) col.hidden = true;
  }
  for (const row of sheet.rows) ws.getRow(row.row).height = row.height;
  for (const table of sheet.tables) addTable(ws, sheet.name, table);
  const validations = (ws as unknown as WithDataValidations).dataValidations;
  for (const validation of sheet.validations) validations.add(normalRange(validation.range), dataValidation(validation));
  sheet.conditionalFormats.forEach((format, i) => ws.addConditionalFormatting(conditionalFormat(format, i + 1)));
  if (sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.columns > 0)) {
    const { rows, columns } = sheet.freeze;
    ws.views = [{ state: 'frozen', xSplit: columns, ySplit: rows, topLeftCell: `${columnLetters(columns + 1)}${rows + 1}` }];
  }
  if (sheet.print) ws.pageSetup = pageSetup(sheet.print);
}

/**
 * exceljs 4.4 has worksheet.dataValidations at run time but not in its typings. Adding a whole
 * range there writes one sqref; setting cell.dataValidation on thousands of cells would not.
 */
interface WithDataValidations {
  readonly dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

function writeCell(cell: ExcelJS.Cell, value: CellValue): void {
  switch (value.kind) {
    case 'empty':
      cell.value = null;
      return;
    case 'text':
      // A plain string: exceljs writes it as a shared string, never as a formula. Text Excel would
      // retype on edit ("- ghi chú", "=1+1", "00123") also gets the Text format, as the Office.js
      // renderer gives it, so F2 + Enter in Excel keeps it text and both renderers agree.
      cell.value = value.text;
      if (needsTextProtection(value.text)) cell.numFmt = TEXT_FORMAT;
      return;
    case 'number':
      cell.value = value.value;
      return;
    case 'boolean':
      cell.value = value.value;
      return;
    case 'date':
      cell.value = isoToDate(value.iso);
      cell.numFmt = DATE_FORMAT;
      return;
    case 'formula':
      cell.value = { formula: stripEquals(value.formula) };
      return;
  }
}

/** yyyy-mm-dd as UTC midnight, which exceljs turns into a whole Excel serial number. */
export function isoToDate(iso: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new RangeError(`not an ISO date: ${iso}`);
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (date.toISOString().slice(0, 10) !== iso) throw new RangeError(`not a calendar date: ${iso}`);
  return date;
}

/**
 * Styles are shared, not copied per cell: cells that went through the same styled ranges from the
 * same starting style get one frozen style object. exceljs's writer keys its xf lookup on the
 * style object (a WeakMap), so 60,000 rows cost a handful of lookups instead of one style object
 * and one xf string per cell (1 GB and super-linear time at 59,000 rows before). The objects are
 * never mutated after they are handed out; a cell whose style must change gets another object.
 */
export class StyleBook {
  private readonly keys = new WeakMap<object, string>();
  private readonly styles = new Map<string, Partial<ExcelJS.Style>>();
  private readonly specIds = new WeakMap<CellStyle, number>();
  private nextSpecId = 1;

  /** The style writeCell leaves on a cell holding `value` (its own number format), shared. */
  base(value: CellValue | undefined): Partial<ExcelJS.Style> {
    const numFmt = value?.kind === 'date' ? DATE_FORMAT : value?.kind === 'text' && needsTextProtection(value.text) ? TEXT_FORMAT : undefined;
    // The same keys JSON.stringify gives a fresh cell's style in `next`, without stringifying per cell.
    return numFmt === undefined ? this.intern('{}', () => ({})) : this.intern(`{"numFmt":${JSON.stringify(numFmt)}}`, () => ({ numFmt }));
  }

  /**
   * `current` with `spec` laid over it, shared. The key carries whether the cell holds a date:
   * exceljs gives a date cell with no number format another xf than a text or number cell.
   */
  next(current: Partial<ExcelJS.Style>, spec: CellStyle, isDate: boolean): Partial<ExcelJS.Style> {
    const key = `${this.keys.get(current) ?? JSON.stringify(current)}\u0000${this.specId(spec)}\u0000${isDate ? 1 : 0}`;
    return this.intern(key, () => composeStyle(current, spec));
  }

  private intern(key: string, make: () => Partial<ExcelJS.Style>): Partial<ExcelJS.Style> {
    let style = this.styles.get(key);
    if (!style) {
      style = Object.freeze(make());
      this.styles.set(key, style);
      this.keys.set(style, key);
    }
    return style;
  }

  private specId(spec: CellStyle): number {
    let id = this.specIds.get(spec);
    if (id === undefined) {
      id = this.nextSpecId++;
      this.specIds.set(spec, id);
    }
    return id;
  }
}

function applyStyle(ws: ExcelJS.Worksheet, range: string, style: CellStyle, book: StyleBook): void {
  const r = parseRange(range);
  for (let row = r.top; row <= r.bottom; row++) {
    for (let column = r.left; column <= r.right; column++) {
      const cell = ws.getCell(row, column);
      cell.style = book.next(cell.style, style, cell.type === ExcelJS.ValueType.Date);
    }
  }
}

/** A fresh style: `current` with `style` laid over it (fonts and alignments merge, the rest replaces). */
function composeStyle(current: Partial<ExcelJS.Style>, style: CellStyle): Partial<ExcelJS.Style> {
  const next: Partial<ExcelJS.Style> = { ...current };
  const font = fontOf(style);
  if (font) next.font = { ...current.font, ...font };
  if (style.fill) next.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
  if (style.horizontal !== undefined || style.vertical !== undefined || style.wrap !== undefined) {
    next.alignment = {
      ...current.alignment,
      ...(style.horizontal ? { horizontal: style.horizontal } : {}),
      ...(style.vertical ? { vertical: style.vertical === 'center' ? 'middle' : style.vertical } : {}),
      ...(style.wrap !== undefined ? { wrapText: style.wrap } : {}),
    };
  }
  if (style.numberFormat !== undefined) next.numFmt = style.numberFormat;
  if (style.border) {
    const thin: Partial<ExcelJS.Border> = { style: 'thin' };
    next.border = { top: thin, bottom: thin, left: thin, right: thin };
  }
  return next;
}

function fontOf(style: Pick<CellStyle, 'bold' | 'italic' | 'underline' | 'fontName' | 'fontSize' | 'fontColor'>): Partial<ExcelJS.Font> | null {
  const font: Partial<ExcelJS.Font> = {};
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.italic !== undefined) font.italic = style.italic;
  if (style.underline !== undefined) font.underline = style.underline;
  if (style.fontName !== undefined) font.name = style.fontName;
  if (style.fontSize !== undefined) font.size = style.fontSize;
  if (style.fontColor !== undefined) font.color = { argb: argb(style.fontColor) };
  return Object.keys(font).length > 0 ? font : null;
}

function addTable(ws: ExcelJS.Worksheet, sheetName: string, spec: TableSpec): void {
  const range = parseRange(spec.range);
  const names = tableHeaders(sheetName, spec, (row, column) => {
    const header = ws.getCell(row, column).value;
    return typeof header === 'string' ? header : null;
  });
  // Excel wants at least one body row; a header-only range gets one empty row.
  const bottom = Math.max(range.bottom, range.top + 1);
  const rows: ExcelJS.CellValue[][] = [];
  for (let row = range.top + 1; row <= bottom; row++) {
    const values: ExcelJS.CellValue[] = [];
    for (let column = range.left; column <= range.right; column++) values.push(ws.getCell(row, column).value);
    rows.push(values);
  }
  ws.addTable({
    name: spec.name,
    displayName: spec.name,
    ref: `${columnLetters(range.left)}${range.top}`,
    headerRow: true,
    totalsRow: false,
    style: { theme: spec.style as ExcelJS.TableStyleProperties['theme'], showRowStripes: true },
    columns: names.map((name) => ({ name, filterButton: true })),
    rows,
  });
}

/**
 * The table's column names from its header row, checked as Excel needs them (unique, non-empty
 * text without line breaks) or it "repairs" (drops) the table; `headerAt` gives a header cell's
 * text, or null when the cell holds no text.
 */
export function tableHeaders(sheetName: string, spec: TableSpec, headerAt: (row: number, column: number) => string | null): string[] {
  if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(spec.name)) {
    throw new LayoutRenderError(sheetName, `table name "${spec.name}" must start with a letter and hold only letters, digits and underscores`);
  }
  const range = parseRange(spec.range.replace(/\$/g, ''));
  const names: string[] = [];
  const seen = new Set<string>();
  for (let column = range.left; column <= range.right; column++) {
    const header = headerAt(range.top, column);
    if (header === null || header.trim().length === 0) {
      throw new LayoutRenderError(sheetName, `table ${spec.name}: header cell ${columnLetters(column)}${range.top} must hold text`);
    }
    // Excel compares table column names case-insensitively and rejects line breaks in them.
    const key = header.toLowerCase();
    if (seen.has(key)) throw new LayoutRenderError(sheetName, `table ${spec.name}: header "${header}" appears twice`);
    if (/[\r\n\t]/.test(header)) throw new LayoutRenderError(sheetName, `table ${spec.name}: header "${header}" holds a line break or tab`);
    seen.add(key);
    names.push(header);
  }
  return names;
}

export function dataValidation(spec: ValidationSpec): ExcelJS.DataValidation {
  const messages: Partial<ExcelJS.DataValidation> = {
    ...(spec.prompt ? { showInputMessage: true, promptTitle: spec.prompt.title, prompt: spec.prompt.message } : {}),
    ...(spec.error
      ? { showErrorMessage: true, errorStyle: spec.error.style, errorTitle: spec.error.title, error: spec.error.message }
      : { showErrorMessage: true, errorStyle: 'stop' }),
  };
  const rule = spec.rule;
  switch (rule.kind) {
    case 'list':
      return { type: 'list', allowBlank: spec.allowBlank, formulae: [stripEquals(rule.source)], ...messages };
    case 'date':
      return { type: 'date', operator: 'between', allowBlank: spec.allowBlank, formulae: [isoToDate(rule.from), isoToDate(rule.to)], ...messages };
    case 'wholeNumber':
      return rule.max === undefined
        ? { type: 'whole', operator: 'greaterThanOrEqual', allowBlank: spec.allowBlank, formulae: [rule.min], ...messages }
        : { type: 'whole', operator: 'between', allowBlank: spec.allowBlank, formulae: [rule.min, rule.max], ...messages };
    case 'textLength':
      return { type: 'textLength', operator: 'lessThanOrEqual', allowBlank: spec.allowBlank, formulae: [rule.max], ...messages };
  }
}

export function conditionalFormat(spec: ConditionalFormatSpec, priority: number): ExcelJS.ConditionalFormattingOptions {
  const font = fontOf(spec.style);
  const style: Partial<ExcelJS.Style> = {
    ...(font ? { font } : {}),
    // Differential (dxf) fills take their solid colour from bgColor, not fgColor.
    ...(spec.style.fill ? { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(spec.style.fill) } } } : {}),
  };
  return {
    ref: normalRange(spec.range),
    rules: [{ type: 'expression', priority, formulae: [stripEquals(spec.formula)], style }],
  };
}

export function pageSetup(print: PrintSetup): Partial<ExcelJS.PageSetup> {
  const inches = (mm: number): number => Math.round((mm / MM_PER_INCH) * 10000) / 10000;
  const setup: Partial<ExcelJS.PageSetup> = {
    paperSize: 9,
    orientation: print.orientation,
    margins: {
      top: inches(print.margins.top),
      bottom: inches(print.margins.bottom),
      left: inches(print.margins.left),
      right: inches(print.margins.right),
      header: 0.3,
      footer: 0.3,
    },
    horizontalCentered: print.centerHorizontally ?? false,
  };
  if (print.fitToWidth) {
    setup.fitToPage = true;
    setup.fitToWidth = 1;
    setup.fitToHeight = 0;
  }
  if (print.printArea) {
    // exceljs splits the area on ":" and puts one "$" before each end ("$A1:$E7"), so we hand it
    // "A$1:E$7" to get a fully absolute "$A$1:$E$7"; a one-cell area still needs both ends.
    const area = parseRange(print.printArea.replace(/\$/g, ''));
    setup.printArea = `${columnLetters(area.left)}$${area.top}:${columnLetters(area.right)}$${area.bottom}`;
  }
  if (print.titleRows) setup.printTitlesRow = print.titleRows.replace(/\$/g, '');
  return setup;
}

/** "A1:F1" in canonical order without "$"; a one-cell range stays "A1". */
export function normalRange(a1: string): string {
  return rangeAddress(parseRange(a1.replace(/\$/g, '')));
}

export function stripEquals(formula: string): string {
  return formula.startsWith('=') ? formula.slice(1) : formula;
}

export function argb(hex: string): string {
  const match = /^#?([0-9a-fA-F]{6})$/.exec(hex);
  if (!match?.[1]) throw new RangeError(`not a #RRGGBB colour: ${hex}`);
  return `FF${match[1].toUpperCase()}`;
}
