import { columnLetters } from '../layout/a1';
import { empty } from '../layout/cells';
import type { CellBlock, CellStyle, CellValue, RowSpec, StyledRange } from '../layout/types';
import { lineCount, rowHeight, spanWidthPt } from './grid';

export const FONT_NAME = 'Times New Roman';
/** Nghị định 30/2020: body text 13–14 pt. */
export const BODY_SIZE = 13;

/** A run of grid columns, 1-based and inclusive. */
export interface Span {
  readonly first: number;
  readonly last: number;
}

export interface TableColumn extends Span {
  readonly header: string;
  readonly horizontal: 'left' | 'center' | 'right';
  readonly numberFormat?: string;
}

/**
 * Writes a document top to bottom on the report grid: each piece of text is a cell merged over a
 * span, and every row's height is the tallest estimate of the text on it, so wrapped paragraphs
 * and table cells print whole. Produces one block per row so the layout reads like the page.
 */
export class SheetWriter {
  private next = 1;
  private readonly cells = new Map<number, Map<number, CellValue>>();
  private readonly styles: StyledRange[] = [];
  private readonly merges: string[] = [];
  private readonly heights = new Map<number, number>();

  /** The row the next line goes on. */
  get row(): number {
    return this.next;
  }

  /** Moves on to a fresh row and returns the one just left. */
  advance(rows = 1): number {
    const row = this.next;
    this.next += rows;
    return row;
  }

  /** A spacer row of the given height. */
  gap(height = 8): void {
    this.fitHeight(this.next, height);
    this.advance();
  }

  put(row: number, span: Span, value: CellValue, style: CellStyle = {}): void {
    const line = this.cells.get(row) ?? new Map<number, CellValue>();
    line.set(span.first, value);
    this.cells.set(row, line);
    const range = `${columnLetters(span.first)}${row}:${columnLetters(span.last)}${row}`;
    if (span.last > span.first) this.merges.push(range);
    if (Object.keys(style).length > 0) this.styles.push({ range: span.last > span.first ? range : `${columnLetters(span.first)}${row}`, style });
    const size = style.fontSize ?? BODY_SIZE;
    const shown = value.kind === 'text' ? value.text : value.kind === 'number' ? String(value.value) : '';
    const lines = style.wrap === true ? lineCount(shown, spanWidthPt(span.first, span.last), size, style.bold === true) : 1;
    this.fitHeight(row, rowHeight(lines, size));
  }

  /** A paragraph over the given span on its own row. */
  line(span: Span, value: CellValue, style: CellStyle = {}): number {
    const row = this.advance();
    this.put(row, span, value, style);
    return row;
  }

  /** A bordered table: a bold header row, then one row per entry. Returns the header and last rows. */
  table(columns: readonly TableColumn[], body: readonly (readonly CellValue[])[], size = BODY_SIZE): { header: number; last: number } {
    const header = this.advance();
    for (const column of columns) {
      this.put(
        header,
        column,
        { kind: 'text', text: column.header },
        { bold: true, horizontal: 'center', vertical: 'center', wrap: true, border: true, fontSize: size },
      );
    }
    for (const values of body) {
      const row = this.advance();
      columns.forEach((column, i) => {
        const style: CellStyle = {
          border: true,
          wrap: true,
          vertical: 'center',
          horizontal: column.horizontal,
          fontSize: size,
          ...(column.numberFormat === undefined ? {} : { numberFormat: column.numberFormat }),
        };
        this.put(row, column, values[i] ?? empty, style);
      });
    }
    return { header, last: this.next - 1 };
  }

  /** Adds a style after the fact (a total row in bold...). */
  style(range: string, style: CellStyle): void {
    this.styles.push({ range, style });
  }

  fitHeight(row: number, height: number): void {
    this.heights.set(row, Math.max(this.heights.get(row) ?? 0, height));
  }

  heightOf(row: number): number {
    return this.heights.get(row) ?? rowHeight(1, BODY_SIZE);
  }

  /** The last row written, blocks, styles (the base font first), merges and every row's height. */
  finish(columns: number): { lastRow: number; blocks: CellBlock[]; styles: StyledRange[]; merges: string[]; rows: RowSpec[] } {
    const lastRow = this.next - 1;
    const blocks: CellBlock[] = [];
    for (let row = 1; row <= lastRow; row += 1) {
      const line = this.cells.get(row);
      if (!line) continue;
      const width = Math.max(...line.keys());
      const values = Array.from({ length: width }, (_, i) => line.get(i + 1) ?? empty);
      blocks.push({ at: `A${row}`, rows: [values] });
    }
    const base: StyledRange = { range: `A1:${columnLetters(columns)}${lastRow}`, style: { fontName: FONT_NAME, fontSize: BODY_SIZE, vertical: 'center' } };
    const rows: RowSpec[] = Array.from({ length: lastRow }, (_, i) => ({ row: i + 1, height: this.heightOf(i + 1) }));
    return { lastRow, blocks, styles: [base, ...this.styles], merges: [...this.merges], rows };
  }
}
