import { address, parseAddress } from '../layout/a1';
import type { RawCell, RawSheet } from '../ports/workbookPort';
import { cellText } from '../text/cellText';
import { foldForMatch } from '../text/fold';
import { SECTIONS, type ColumnDef, type SectionDef } from './planSheetFormat';

/**
 * Finds the sections of a plan sheet as the officer left them: headings may have moved, rows may
 * have been inserted or left blank, columns reordered. Only column positions come from the header
 * row, never from the layout that first wrote the sheet.
 */

export interface GridCell {
  readonly text: string;
  readonly raw: RawCell;
  /** A1 address on the sheet. */
  readonly at: string;
}

export interface SectionRow {
  /** 1-based sheet row. */
  readonly row: number;
  /** Cell by column key; absent when the section has no such column. */
  readonly cells: ReadonlyMap<string, GridCell>;
}

export interface FoundSection {
  readonly def: SectionDef;
  readonly headingAt: string;
  readonly headerRow: number | null;
  readonly missingColumns: readonly { column: ColumnDef; at: string }[];
  readonly rows: readonly SectionRow[];
}

export interface ScannedSheet {
  readonly sections: readonly FoundSection[];
  /** Rows that look like a heading of a section we do not know. */
  readonly unknownHeadings: readonly GridCell[];
}

/** Plan tables use columns A to the widest section's last (L, "CẤP ĐƠN VỊ"); the legend right of them is not read. */
const READ_COLUMNS = Math.max(...SECTIONS.map((s) => s.columns.length));

class Grid {
  constructor(private readonly sheet: RawSheet) {}

  get lastRow(): number {
    return this.sheet.origin.row + this.sheet.values.length - 1;
  }

  cell(row: number, column: number): GridCell {
    const raw = this.sheet.values[row - this.sheet.origin.row]?.[column - this.sheet.origin.column] ?? null;
    return { raw, text: cellText(raw), at: address(row, column) };
  }

  rowTexts(row: number): string[] {
    return Array.from({ length: READ_COLUMNS }, (_, i) => this.cell(row, i + 1).text);
  }
}

const HEADINGS = new Map<string, SectionDef>(SECTIONS.flatMap((def) => def.headings.map((h) => [foldForMatch(h), def] as const)));

function headingOf(texts: readonly string[]): SectionDef | undefined {
  const [first, ...rest] = texts;
  if (!first || rest.some((t) => t !== '')) return undefined;
  return HEADINGS.get(foldForMatch(first));
}

/** A row with only column A filled, in capitals with a space, reads as a heading we do not know. */
function looksLikeHeading(texts: readonly string[]): boolean {
  const [first, ...rest] = texts;
  if (!first || rest.some((t) => t !== '')) return false;
  return first.includes(' ') && first === first.toUpperCase() && /\p{L}/u.test(first);
}

export function scanPlanSheet(sheet: RawSheet): ScannedSheet {
  const grid = new Grid(sheet);
  const headings: { def: SectionDef; row: number }[] = [];
  const unknownHeadings: GridCell[] = [];
  for (let row = Math.max(1, sheet.origin.row); row <= grid.lastRow; row += 1) {
    const texts = grid.rowTexts(row);
    const def = headingOf(texts);
    if (def) headings.push({ def, row });
    else if (headings.length > 0 && looksLikeHeading(texts) && isBlankRow(grid.rowTexts(row - 1))) unknownHeadings.push(grid.cell(row, 1));
  }
  // A section ends at the next heading, known or not: the rows under a heading we do not know are
  // the officer's own notes, reported once as a warning, never read as data of the section above.
  const boundaries = [...headings.map((h) => h.row), ...unknownHeadings.map((c) => parseAddress(c.at).row)].sort((a, b) => a - b);
  const sections = headings.map(({ def, row }) => {
    const next = boundaries.find((b) => b > row);
    return readSection(grid, def, row, (next ?? grid.lastRow + 1) - 1);
  });
  return { sections, unknownHeadings };
}

function isBlankRow(texts: readonly string[]): boolean {
  return texts.every((t) => t === '');
}

function readSection(grid: Grid, def: SectionDef, headingRow: number, lastRow: number): FoundSection {
  const headingAt = address(headingRow, 1);
  let headerRow: number | null = null;
  for (let row = headingRow + 1; row <= lastRow; row += 1) {
    if (!isBlankRow(grid.rowTexts(row))) {
      headerRow = row;
      break;
    }
  }
  if (headerRow === null) {
    return { def, headingAt, headerRow, missingColumns: def.columns.filter((c) => c.required).map((column) => ({ column, at: headingAt })), rows: [] };
  }
  const positions = new Map<string, number>();
  grid.rowTexts(headerRow).forEach((header, i) => {
    const folded = foldForMatch(header);
    const column = def.columns.find((c) => !positions.has(c.key) && c.headers.some((h) => foldForMatch(h) === folded));
    if (column) positions.set(column.key, i + 1);
  });
  const missingColumns = def.columns.filter((c) => c.required && !positions.has(c.key)).map((column) => ({ column, at: address(headerRow, 1) }));
  const rows: SectionRow[] = [];
  for (let row = headerRow + 1; row <= lastRow; row += 1) {
    const cells = new Map<string, GridCell>();
    for (const [key, column] of positions) cells.set(key, grid.cell(row, column));
    if ([...cells.values()].some((c) => c.text !== '')) rows.push({ row, cells });
  }
  return { def, headingAt, headerRow, missingColumns, rows };
}
