import type { Language } from '../i18n/messages';
import { columnLetters } from '../layout/a1';
import { blankSheet, text } from '../layout/cells';
import type { PrintSetup, SheetLayout } from '../layout/types';
import { type TableRows, writeAssessment, writeSpending, writeStanding, writeTargets } from './body';
import { GRID_COLUMNS, GRID_WIDTHS, gridWidthMm } from './grid';
import { FULL, writeHeader, writeSignature, writeTitle } from './header';
import { reportParties } from './parties';
import { dataRangeLine, reportData } from './reportData';
import { closing, intro, notReportedSentence, subtitle } from './sentences';
import { SheetWriter } from './sheetWriter';
import type { Report, ReportInput } from './types';

/**
 * Nghị định 30/2020/NĐ-CP appendix I: A4 portrait; margins top and bottom 20–25 mm, left 30–35 mm,
 * right 15–20 mm. The smallest of each range, so the most fits on a page.
 */
export const REPORT_PRINT: Omit<PrintSetup, 'printArea' | 'titleRows'> = {
  orientation: 'portrait',
  paperSize: 'A4',
  margins: { top: 20, bottom: 20, left: 30, right: 15 },
  fitToWidth: true,
  centerHorizontally: true,
};

const A4_MM = { width: 210, height: 297 };
const PT_PER_MM = 72 / 25.4;

/**
 * A period report for a unit or for the district: its numbers (what the CLI prints as JSON) and a
 * print-ready sheet laid out as the decree's report form, on a fixed ten-column grid (grid.ts).
 */
export function buildReport(input: ReportInput): Report {
  const language: Language = input.language ?? 'vi';
  const { plan, period } = input;
  const data = reportData(input);
  const parties = reportParties(input);
  const district = input.scope.kind === 'district';
  const w = new SheetWriter();

  writeHeader(w, parties, input.documentNumber, input.reportDate, language);
  writeTitle(w, subtitle(plan, period, language), dataRangeLine(period, input.reportDate, language, input.records), language);
  w.gap(6);
  w.line(FULL, text(intro(plan, period, parties.prose, district, language)), { wrap: true, horizontal: 'justify' });
  const silent = notReportedSentence(data, language);
  if (silent !== null) w.line(FULL, text(silent), { wrap: true, horizontal: 'justify' });
  const tables: TableRows[] = [...writeTargets(w, plan, data, language), ...writeStanding(w, plan, data, language), ...writeSpending(w, data, language)];
  writeAssessment(w, language);
  w.gap(6);
  w.line(FULL, text(closing(plan, period, parties.prose, language)), { wrap: true, horizontal: 'justify' });
  w.gap(12);
  writeSignature(w, parties, language);

  const sheet = w.finish(GRID_COLUMNS);
  const repeated = repeatedHeader(
    tables,
    sheet.rows.map((r) => r.height),
  );
  const layout: SheetLayout = {
    ...blankSheet(data.sheetName),
    blocks: sheet.blocks,
    styles: sheet.styles,
    merges: sheet.merges,
    columns: GRID_WIDTHS.map((width, i) => ({ column: columnLetters(i + 1), width })),
    rows: sheet.rows,
    print: {
      ...REPORT_PRINT,
      printArea: `A1:${columnLetters(GRID_COLUMNS)}${sheet.lastRow}`,
      ...(repeated === undefined ? {} : { titleRows: `$${repeated.header}:$${repeated.header}` }),
    },
    tabColor: '#2F5597',
  };
  return { layout, data };
}

/**
 * The table header to repeat at the top of printed pages, if any. Excel repeats title rows on
 * every page after they first appear, so on a document they are only right when the table a page
 * break cuts runs on to the end of the last page: otherwise the header would head pages of prose.
 * Hence only a table cut by the last estimated break qualifies, and usually none does.
 */
export function repeatedHeader(tables: readonly TableRows[], heights: readonly number[]): TableRows | undefined {
  const last = pageBreaks(heights).at(-1);
  if (last === undefined) return undefined;
  return tables.find((table) => last > table.header + 1 && last <= table.last);
}

/**
 * Rows that start a new printed page, estimated from the row heights and the page's printable
 * height once the grid is scaled to one page wide. Used only to choose the table whose header
 * repeats on the next page; Excel places the real breaks.
 */
export function pageBreaks(heights: readonly number[]): number[] {
  const { margins } = REPORT_PRINT;
  const printableWidth = A4_MM.width - margins.left - margins.right;
  const scale = Math.min(1, printableWidth / gridWidthMm());
  const pageHeight = ((A4_MM.height - margins.top - margins.bottom) * PT_PER_MM) / scale;
  const breaks: number[] = [];
  let used = 0;
  heights.forEach((height, i) => {
    if (used + height > pageHeight) {
      breaks.push(i + 1);
      used = 0;
    }
    used += height;
  });
  return breaks;
}
