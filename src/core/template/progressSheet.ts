import { absolute, columnLetters } from '../layout/a1';
import { blankSheet, date, formula, num, text } from '../layout/cells';
import type { CellValue, RowSpec, SheetLayout, StyledRange } from '../layout/types';
import type { CountedTarget, IsoDate, Plan, StandingItem, Unit } from '../plan/types';
import { OUTPUT_SHEET, SPENDING_SHEET, STANDING_SHEET, STATE_WORDS, type RecordSheet } from '../records/recordSheets';
import type { FieldOf, RecordKind } from '../records/types';
import { columnOf, countIfsAnyOf, quoteText, type CountCriterion } from './formulas';

/**
 * "Tiến độ": live progress as plain Excel formulas over the entry sheets, so it stays right in
 * Excel without the add-in. The period is two editable cells (B3, D3); every count follows them.
 * The formulas count what the dropdowns write (the plan's channel and form names); text typed
 * another way is what validation reports, not something the progress sheet guesses at.
 */

export const PROGRESS_SHEET_NAME = 'Tiến độ';
export const PERIOD_FROM_CELL = 'B3';
export const PERIOD_TO_CELL = 'D3';
const TARGET_HEADER_ROW = 5;
const CHART_ROWS = 18;

/** The word a unit's report uses for its share of a plan-wide target (report.contribution). */
const CONTRIBUTION = 'Đóng góp';

export interface ProgressSheet {
  readonly layout: SheetLayout;
  /** Row of each counted target, by target id (the achieved count is in column D). */
  readonly targetRows: ReadonlyMap<string, number>;
  /** Row of each standing item (done in C, required in D). */
  readonly itemRows: ReadonlyMap<string, number>;
  /** Row of each funding source's total (column B). */
  readonly fundingRows: ReadonlyMap<string, number>;
  /** District workbooks: row of each unit in the unit-by-target table; target columns from C. */
  readonly unitRows: ReadonlyMap<string, number>;
}

export interface ProgressOptions {
  readonly plan: Plan;
  readonly subtitle: string;
  readonly period: { readonly from: IsoDate; readonly to: IsoDate };
  /** District workbooks also get a unit-by-target table. */
  readonly units: readonly Unit[] | null;
  /** The standing items to show: a commune's workbook leaves out items of the district only. */
  readonly standingItems?: readonly StandingItem[];
  /**
   * The plan sheet's cell of each target's minimum ("'Kế hoạch'!$E$40", by target id, from
   * planMinimumCells): the Tối thiểu column then refers to it, so editing the plan reaches progress.
   * A target absent from the map (or no map: a workbook without the plan sheet) keeps the number.
   */
  readonly minimumCells?: ReadonlyMap<string, string>;
}

/** Row heights for wrapped text in column B (48 characters wide), so printed rows do not overlap. */
function wrappedHeight(text: string): number {
  const lines = Math.max(1, Math.ceil(text.length / 44));
  return lines * 15 + 3;
}

function col<K extends RecordKind>(sheet: RecordSheet<K>, field: FieldOf<K>): string {
  return columnOf(sheet.sheetName, columnLetters(sheet.columns.findIndex((c) => c.field === field) + 1));
}

const within = (dateColumn: string): CountCriterion[] => [
  { range: dateColumn, criterion: `">="&${absolute(PERIOD_FROM_CELL)}` },
  // Before the day after the end, not "<=" the end: a date typed with a time of day (a serial with a
  // fraction) on the last day belongs to the period, as the core reads it.
  { range: dateColumn, criterion: `"<"&(${absolute(PERIOD_TO_CELL)}+1)` },
];

/** The count of outputs that meet a target in the period, optionally for one unit only. */
export function achievedFormula(plan: Plan, target: CountedTarget, unit?: Unit): string {
  const named = (codes: readonly string[], list: readonly { code: string; name: string }[], range: string): CountCriterion[] =>
    codes.flatMap((code) => {
      const entry = list.find((e) => e.code === code);
      return entry ? [{ range, criterion: quoteText(entry.name) }] : [];
    });
  const channels = named(target.channels, plan.channels, col(OUTPUT_SHEET, 'channel'));
  const forms = named(target.forms, plan.forms, col(OUTPUT_SHEET, 'form'));
  const fixed = [...within(col(OUTPUT_SHEET, 'date')), ...(unit ? [{ range: col(OUTPUT_SHEET, 'unit'), criterion: quoteText(unit.name) }] : [])];
  if (channels.length === 0) return '=0';
  return `=${countIfsAnyOf([channels, forms], fixed)}`;
}

function minimumCell(target: CountedTarget, cells: ReadonlyMap<string, string> | undefined): CellValue {
  const ref = cells?.get(target.id);
  return ref === undefined ? num(target.minimum) : formula(`=${ref}`);
}

export function progressSheet(options: ProgressOptions): ProgressSheet {
  const { plan } = options;
  const rows: { at: string; rows: CellValue[][] }[] = [];
  const styles: StyledRange[] = [];
  const targetRows = new Map<string, number>();
  const itemRows = new Map<string, number>();
  const fundingRows = new Map<string, number>();
  const unitRows = new Map<string, number>();
  const heights: RowSpec[] = [];
  const done = quoteText(STATE_WORDS.done[0] ?? '');

  rows.push({
    at: 'A1',
    rows: [
      [text(`TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH ${plan.identity.number}`)],
      [text(options.subtitle)],
      [text('Từ ngày'), date(options.period.from), text('Đến ngày'), date(options.period.to), text('(sửa hai ô ngày để xem tiến độ của kỳ khác)')],
    ],
  });
  styles.push(
    { range: 'A1:F1', style: { bold: true, fontSize: 14, horizontal: 'center' } },
    { range: 'A2:F2', style: { italic: true, horizontal: 'center' } },
    { range: 'B3', style: { numberFormat: 'dd/mm/yyyy', bold: true, fill: '#FFF2CC', border: true } },
    { range: 'D3', style: { numberFormat: 'dd/mm/yyyy', bold: true, fill: '#FFF2CC', border: true } },
    { range: 'E3', style: { italic: true, fontColor: '#595959' } },
  );

  const header = (row: number, labels: string[]): void => {
    rows.push({ at: `A${row}`, rows: [labels.map(text)] });
    styles.push({
      range: `A${row}:${columnLetters(labels.length)}${row}`,
      style: { bold: true, fill: '#DDEBF7', border: true, wrap: true, vertical: 'center' },
    });
  };

  header(TARGET_HEADER_ROW, ['Mã', 'Chỉ tiêu', 'Tối thiểu', 'Đã thực hiện', 'Tỷ lệ', 'Đánh giá']);
  let row = TARGET_HEADER_ROW + 1;
  const firstTargetRow = row;
  for (const target of plan.targets) {
    targetRows.set(target.id, row);
    heights.push({ row, height: wrappedHeight(target.title) });
    rows.push({
      at: `A${row}`,
      rows: [
        [
          text(target.id),
          text(target.title),
          minimumCell(target, options.minimumCells),
          formula(achievedFormula(plan, target)),
          formula(`=IF(C${row}=0,1,D${row}/C${row})`),
          // A unit's own sheet does not grade it against a plan-wide minimum: its count is a contribution, as its report says.
          options.units === null && target.scope === 'plan' ? text(CONTRIBUTION) : formula(`=IF(D${row}>=C${row},"Đạt","Chưa đạt")`),
        ],
      ],
    });
    row += 1;
  }
  const lastTargetRow = Math.max(firstTargetRow, row - 1);
  styles.push(
    { range: `A${firstTargetRow}:F${lastTargetRow}`, style: { border: true, vertical: 'top' } },
    { range: `B${firstTargetRow}:B${lastTargetRow}`, style: { wrap: true } },
    { range: `C${firstTargetRow}:D${lastTargetRow}`, style: { numberFormat: '0', horizontal: 'center' } },
    { range: `E${firstTargetRow}:E${lastTargetRow}`, style: { numberFormat: '0%', horizontal: 'center' } },
    { range: `F${firstTargetRow}:F${lastTargetRow}`, style: { horizontal: 'center', bold: true } },
  );
  const stateRange = `F${firstTargetRow}:F${lastTargetRow}`;

  row += 1;
  header(row, ['Mã', 'Hạng mục thường xuyên', 'Đã thực hiện', 'Phải thực hiện', 'Tỷ lệ', 'Đánh giá']);
  row += 1;
  const firstItemRow = row;
  const itemColumn = col(STANDING_SHEET, 'item');
  const stateColumn = col(STANDING_SHEET, 'state');
  for (const item of options.standingItems ?? plan.standingItems) {
    itemRows.set(item.id, row);
    heights.push({ row, height: wrappedHeight(item.title) });
    const id = quoteText(item.id);
    rows.push({
      at: `A${row}`,
      rows: [
        [
          text(item.id),
          text(item.title),
          formula(`=COUNTIFS(${itemColumn},${id},${stateColumn},${done})`),
          formula(`=COUNTIFS(${itemColumn},${id})`),
          formula(`=IF(D${row}=0,1,C${row}/D${row})`),
          formula(`=IF(C${row}>=D${row},"Đạt","Chưa đạt")`),
        ],
      ],
    });
    row += 1;
  }
  const lastItemRow = Math.max(firstItemRow, row - 1);
  styles.push(
    { range: `A${firstItemRow}:F${lastItemRow}`, style: { border: true, vertical: 'top' } },
    { range: `B${firstItemRow}:B${lastItemRow}`, style: { wrap: true } },
    { range: `C${firstItemRow}:D${lastItemRow}`, style: { numberFormat: '0', horizontal: 'center' } },
    { range: `E${firstItemRow}:E${lastItemRow}`, style: { numberFormat: '0%', horizontal: 'center' } },
    { range: `F${firstItemRow}:F${lastItemRow}`, style: { horizontal: 'center', bold: true } },
  );

  row += 1;
  header(row, ['Mã', 'Nguồn kinh phí', 'Số tiền (đồng)']);
  row += 1;
  const amount = col(SPENDING_SHEET, 'amount');
  const source = col(SPENDING_SHEET, 'fundingSource');
  const spendDate = within(col(SPENDING_SHEET, 'date'));
  const firstFundingRow = row;
  for (const fund of plan.fundingSources) {
    fundingRows.set(fund.code, row);
    const criteria = [{ range: source, criterion: quoteText(fund.name) }, ...spendDate].map((c) => `${c.range},${c.criterion}`).join(',');
    rows.push({ at: `A${row}`, rows: [[text(fund.code), text(fund.name), formula(`=SUMIFS(${amount},${criteria})`)]] });
    row += 1;
  }
  const lastFundingRow = Math.max(firstFundingRow, row - 1);
  styles.push(
    { range: `A${firstFundingRow}:C${lastFundingRow}`, style: { border: true } },
    { range: `C${firstFundingRow}:C${lastFundingRow}`, style: { numberFormat: '#,##0' } },
  );

  if (options.units) {
    row += 1;
    header(row, ['Mã', 'Đơn vị', ...plan.targets.map((t) => t.id)]);
    row += 1;
    const firstUnitRow = row;
    for (const unit of options.units) {
      unitRows.set(unit.code, row);
      rows.push({ at: `A${row}`, rows: [[text(unit.code), text(unit.name), ...plan.targets.map((t) => formula(achievedFormula(plan, t, unit)))]] });
      row += 1;
    }
    const right = columnLetters(2 + plan.targets.length);
    styles.push(
      { range: `A${firstUnitRow}:${right}${Math.max(firstUnitRow, row - 1)}`, style: { border: true } },
      { range: `C${firstUnitRow}:${right}${Math.max(firstUnitRow, row - 1)}`, style: { numberFormat: '0', horizontal: 'center' } },
    );
  }

  const layout: SheetLayout = {
    ...blankSheet(PROGRESS_SHEET_NAME),
    blocks: rows,
    styles,
    merges: ['A1:F1', 'A2:F2'],
    rows: heights,
    columns: [
      { column: 'A', width: 10 },
      { column: 'B', width: 48 },
      { column: 'C', width: 14 },
      { column: 'D', width: 14 },
      { column: 'E', width: 10 },
      { column: 'F', width: 12 },
      ...plan.targets.slice(4).map((_, i) => ({ column: columnLetters(7 + i), width: 10 })),
    ],
    conditionalFormats: [
      { range: stateRange, formula: `=$F${firstTargetRow}="Đạt"`, style: { fill: '#C6EFCE', fontColor: '#006100' } },
      { range: stateRange, formula: `=$F${firstTargetRow}="Chưa đạt"`, style: { fill: '#FFC7CE', fontColor: '#9C0006' } },
      { range: `F${firstItemRow}:F${lastItemRow}`, formula: `=$F${firstItemRow}="Đạt"`, style: { fill: '#C6EFCE', fontColor: '#006100' } },
      { range: `F${firstItemRow}:F${lastItemRow}`, formula: `=$F${firstItemRow}="Chưa đạt"`, style: { fill: '#FFC7CE', fontColor: '#9C0006' } },
    ],
    charts:
      plan.targets.length > 0
        ? [
            {
              kind: 'clusteredBar',
              title: 'Chỉ tiêu và kết quả',
              categories: `A${firstTargetRow}:A${lastTargetRow}`,
              series: [
                { name: 'Tối thiểu', values: `C${firstTargetRow}:C${lastTargetRow}` },
                { name: 'Đã thực hiện', values: `D${firstTargetRow}:D${lastTargetRow}` },
              ],
              // Below the tables and inside the print area, so the chart prints with the figures.
              from: `A${row + 1}`,
              to: `F${row + CHART_ROWS}`,
            },
          ]
        : [],
    freeze: { rows: 3, columns: 0 },
    tabColor: '#548235',
    print: {
      orientation: 'portrait',
      paperSize: 'A4',
      margins: { top: 20, bottom: 20, left: 30, right: 15 },
      printArea: `A1:${columnLetters(Math.max(6, options.units ? 2 + plan.targets.length : 6))}${row + CHART_ROWS}`,
      fitToWidth: true,
    },
  };
  return { layout, targetRows, itemRows, fundingRows, unitRows };
}
