import type { IsoDate } from '../plan/types';

/**
 * Every sheet the add-in writes is first laid out here as plain data, then rendered by Office.js
 * (src/excel) in the pane and by exceljs (src/xlsx) on the command line. Both renderers read the
 * same layout, so what a unit gets does not depend on where it was made.
 *
 * Addresses are A1 strings on the layout's own sheet ("B3", "A1:F1"). Formulas are written in
 * English with comma separators and a leading "=", as Office.js `formulas` and the file format take
 * them.
 */

export type CellValue =
  | { readonly kind: 'empty' }
  /** Always stored as text, even when it starts with "=", "+", "-" or "@". */
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly value: number }
  /** Rendered as an Excel date serial with a date number format. */
  | { readonly kind: 'date'; readonly iso: IsoDate }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'formula'; readonly formula: string };

/** A rectangle of values whose top-left cell is `at`; rows may be ragged (missing = empty). */
export interface CellBlock {
  readonly at: string;
  readonly rows: readonly (readonly CellValue[])[];
}

export type HorizontalAlignment = 'left' | 'center' | 'right' | 'justify';
export type VerticalAlignment = 'top' | 'center' | 'bottom';

export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly fontName?: string;
  /** Points. */
  readonly fontSize?: number;
  /** "#RRGGBB". */
  readonly fontColor?: string;
  /** "#RRGGBB" solid fill. */
  readonly fill?: string;
  readonly horizontal?: HorizontalAlignment;
  readonly vertical?: VerticalAlignment;
  readonly wrap?: boolean;
  /** Excel number format code, e.g. "dd/mm/yyyy", "#,##0", "0%", "@". */
  readonly numberFormat?: string;
  /** Thin borders on every edge of every cell in the range. */
  readonly border?: boolean;
}

export interface StyledRange {
  readonly range: string;
  readonly style: CellStyle;
}

export interface ColumnSpec {
  /** Column letter(s), e.g. "A". */
  readonly column: string;
  /** Width in Excel character units. */
  readonly width: number;
  readonly hidden?: boolean;
}

export interface RowSpec {
  /** 1-based row number. */
  readonly row: number;
  /** Height in points. */
  readonly height: number;
}

export interface TableSpec {
  /** Workbook-unique table name: letters, digits and underscores, starting with a letter. */
  readonly name: string;
  /** Header row plus body, e.g. "A3:G4". */
  readonly range: string;
  readonly style: string;
}

export type ValidationRule =
  /** A list whose items live in a range, e.g. "=DanhMuc!$A$2:$A$7" (no 255-character limit). */
  | { readonly kind: 'list'; readonly source: string }
  | { readonly kind: 'date'; readonly from: IsoDate; readonly to: IsoDate }
  | { readonly kind: 'wholeNumber'; readonly min: number; readonly max?: number }
  | { readonly kind: 'textLength'; readonly max: number };

export interface ValidationMessage {
  readonly title: string;
  readonly message: string;
}

export interface ValidationSpec {
  readonly range: string;
  readonly rule: ValidationRule;
  readonly allowBlank: boolean;
  readonly prompt?: ValidationMessage;
  readonly error?: ValidationMessage & { readonly style: 'stop' | 'warning' | 'information' };
}

/** A formula-driven conditional format; the formula is relative to the range's top-left cell. */
export interface ConditionalFormatSpec {
  readonly range: string;
  readonly formula: string;
  readonly style: Pick<CellStyle, 'bold' | 'fontColor' | 'fill'>;
}

export interface PrintSetup {
  readonly orientation: 'portrait' | 'landscape';
  readonly paperSize: 'A4';
  /** Millimetres. */
  readonly margins: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number };
  readonly printArea?: string;
  /** Rows repeated on every printed page, e.g. "$3:$3". */
  readonly titleRows?: string;
  /** Scale to one page wide, as many tall as needed. */
  readonly fitToWidth: boolean;
  readonly centerHorizontally?: boolean;
}

/** A native chart; both renderers draw it (Office.js charts.add; exceljs by adding the chart part). */
export interface ChartSpec {
  readonly kind: 'clusteredBar' | 'clusteredColumn';
  readonly title: string;
  /** Category labels on this sheet, e.g. "B6:B10". */
  readonly categories: string;
  /** Each series' name and values on this sheet, e.g. { name: 'Tối thiểu', values: 'C6:C10' }. */
  readonly series: readonly { readonly name: string; readonly values: string }[];
  /** The cells the chart covers, top-left and bottom-right. */
  readonly from: string;
  readonly to: string;
}

export type SheetVisibility = 'visible' | 'hidden' | 'veryHidden';

export interface SheetLayout {
  /** At most 31 characters, none of \ / ? * [ ] : (checked by validateSheetName). */
  readonly name: string;
  readonly blocks: readonly CellBlock[];
  readonly styles: readonly StyledRange[];
  readonly merges: readonly string[];
  readonly columns: readonly ColumnSpec[];
  readonly rows: readonly RowSpec[];
  readonly tables: readonly TableSpec[];
  readonly validations: readonly ValidationSpec[];
  readonly conditionalFormats: readonly ConditionalFormatSpec[];
  readonly charts?: readonly ChartSpec[];
  readonly freeze?: { readonly rows: number; readonly columns: number };
  readonly print?: PrintSetup;
  readonly tabColor?: string;
  readonly visibility: SheetVisibility;
}

export interface DefinedName {
  readonly name: string;
  /** Absolute reference with sheet, e.g. "='Danh mục'!$A$2:$A$7". */
  readonly ref: string;
}

export interface WorkbookLayout {
  readonly sheets: readonly SheetLayout[];
  readonly definedNames: readonly DefinedName[];
}
