import { isoToSerial, parseIsoParts } from '../core/dates/serial';
import { rangeAddress } from '../core/layout/a1';
import type { ConditionalFormatSpec, PrintSetup, SheetLayout, ValidationRule, ValidationSpec } from '../core/layout/types';
import { OPERATION_OVERHEAD_BYTES, jsonBytes, type Step } from './requestPlan';
import { characterWidthToPoints, mmToPoints } from './units';

/**
 * Everything on a sheet besides values and cell styles, one small step each: merges, column widths,
 * row heights, tables, data validations, conditional formats, freeze panes, print setup, tab colour.
 */

function small(parts: number, payload: unknown, queue: Step['queue']): Step {
  return { bytes: OPERATION_OVERHEAD_BYTES * parts + jsonBytes(payload), cells: 0, queue };
}

/** A date bound as a formula: Office.js takes "=DATE(...)" in any locale, unlike a typed date. */
function dateFormula(iso: string): string {
  const parts = parseIsoParts(iso);
  if (!parts) return `=${isoToSerial(iso)}`;
  return `=DATE(${parts.year},${parts.month},${parts.day})`;
}

export function validationRule(rule: ValidationRule): Excel.DataValidationRule {
  switch (rule.kind) {
    case 'list':
      return { list: { inCellDropDown: true, source: rule.source } };
    case 'date':
      return { date: { formula1: dateFormula(rule.from), formula2: dateFormula(rule.to), operator: 'Between' } };
    case 'wholeNumber':
      return rule.max === undefined
        ? { wholeNumber: { formula1: rule.min, operator: 'GreaterThanOrEqualTo' } }
        : { wholeNumber: { formula1: rule.min, formula2: rule.max, operator: 'Between' } };
    case 'textLength':
      return { textLength: { formula1: rule.max, operator: 'LessThanOrEqualTo' } };
  }
}

const ALERT_STYLE = { stop: 'Stop', warning: 'Warning', information: 'Information' } as const;

function validationStep(sheetName: string, spec: ValidationSpec): Step {
  return small(6, spec, (_context, sheet) => {
    const validation = sheet(sheetName).getRange(spec.range).dataValidation;
    validation.rule = validationRule(spec.rule);
    validation.ignoreBlanks = spec.allowBlank;
    if (spec.prompt) validation.prompt = { showPrompt: true, title: spec.prompt.title, message: spec.prompt.message };
    if (spec.error) validation.errorAlert = { showAlert: true, style: ALERT_STYLE[spec.error.style], title: spec.error.title, message: spec.error.message };
  });
}

function conditionalFormatStep(sheetName: string, spec: ConditionalFormatSpec): Step {
  return small(10, spec, (_context, sheet) => {
    const custom = sheet(sheetName).getRange(spec.range).conditionalFormats.add('Custom').custom;
    custom.rule.formula = spec.formula.startsWith('=') ? spec.formula : `=${spec.formula}`;
    if (spec.style.bold !== undefined) custom.format.font.bold = spec.style.bold;
    if (spec.style.fontColor !== undefined) custom.format.font.color = spec.style.fontColor;
    if (spec.style.fill !== undefined) custom.format.fill.color = spec.style.fill;
  });
}

function printStep(sheetName: string, print: PrintSetup): Step {
  return small(14, print, (_context, sheet) => {
    const page = sheet(sheetName).pageLayout;
    page.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    page.paperSize = print.paperSize;
    page.topMargin = mmToPoints(print.margins.top);
    page.bottomMargin = mmToPoints(print.margins.bottom);
    page.leftMargin = mmToPoints(print.margins.left);
    page.rightMargin = mmToPoints(print.margins.right);
    if (print.centerHorizontally !== undefined) page.centerHorizontally = print.centerHorizontally;
    // One page wide; 0 pages tall means "as many as needed", as in the file format's fitToHeight.
    // Known platform bug (OfficeDev/office-js#1860): some Windows builds apply fit-to-pages only
    // while the Page Layout tab is open; the setting is still saved with the workbook.
    if (print.fitToWidth) page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (print.printArea) page.setPrintArea(print.printArea);
    if (print.titleRows) page.setPrintTitleRows(print.titleRows);
  });
}

function freezeStep(sheetName: string, freeze: NonNullable<SheetLayout['freeze']>): Step {
  return small(3, freeze, (_context, sheet) => {
    const panes = sheet(sheetName).freezePanes;
    if (freeze.rows > 0 && freeze.columns > 0) panes.freezeAt(rangeAddress({ top: 1, left: 1, bottom: freeze.rows, right: freeze.columns }));
    else if (freeze.rows > 0) panes.freezeRows(freeze.rows);
    else if (freeze.columns > 0) panes.freezeColumns(freeze.columns);
  });
}

export function featureSteps(layout: SheetLayout): Step[] {
  const name = layout.name;
  const steps: Step[] = [];
  for (const merge of layout.merges) {
    steps.push(small(3, merge, (_c, sheet) => sheet(name).getRange(merge).merge(false)));
  }
  for (const column of layout.columns) {
    steps.push(
      small(4, column, (_c, sheet) => {
        const range = sheet(name).getRange(`${column.column}:${column.column}`);
        range.format.columnWidth = characterWidthToPoints(column.width);
        if (column.hidden) range.columnHidden = true;
      }),
    );
  }
  for (const row of layout.rows) {
    steps.push(
      small(3, row, (_c, sheet) => {
        sheet(name).getRange(`${row.row}:${row.row}`).format.rowHeight = row.height;
      }),
    );
  }
  for (const table of layout.tables) {
    steps.push(
      small(5, table, (_c, sheet) => {
        const ws = sheet(name);
        // A Range, not an address string: a bare address would be taken on the active sheet.
        const created = ws.tables.add(ws.getRange(table.range), true);
        created.name = table.name;
        created.style = table.style;
      }),
    );
  }
  for (const validation of layout.validations) steps.push(validationStep(name, validation));
  for (const cf of layout.conditionalFormats) steps.push(conditionalFormatStep(name, cf));
  if (layout.freeze) steps.push(freezeStep(name, layout.freeze));
  if (layout.print) steps.push(printStep(name, layout.print));
  if (layout.tabColor) {
    const color = layout.tabColor;
    steps.push(
      small(2, color, (_c, sheet) => {
        sheet(name).tabColor = color;
      }),
    );
  }
  return steps;
}
