import { columnLetters } from '../layout/a1';
import { blankSheet, text } from '../layout/cells';
import type { CellValue, SheetLayout, ValidationSpec } from '../layout/types';
import type { RecordColumn, RecordSheet } from '../records/recordSheets';
import type { FieldOf, RecordKind } from '../records/types';
import type { ListKey, ListsSheet } from './listsSheet';

/**
 * An entry sheet: a title, a one-line hint, and an Excel table that grows as rows are typed under
 * it. Dropdowns and checks are native data validation, so they work in Excel 2016/2019 where the
 * add-in does not run; they cover the rows in use plus RULE_ROWS more, since a table extends its
 * column rules to rows it grows into only when they are already uniform.
 */

export const HEADER_ROW = 3;
export const FIRST_DATA_ROW = HEADER_ROW + 1;
const RULE_ROWS = 2000;

export interface EntrySheetOptions<K extends RecordKind> {
  readonly def: RecordSheet<K>;
  readonly title: string;
  readonly hint: string;
  /** Rows to put in the table, each aligned with def.columns. */
  readonly rows: readonly (readonly CellValue[])[];
  readonly lists: ListsSheet;
  /** Date rules accept this range (ISO dates). */
  readonly dateRange: { readonly from: string; readonly to: string };
}

const LIST_OF: Partial<Record<string, ListKey>> = {
  channel: 'channels',
  form: 'forms',
  unit: 'units',
  state: 'states',
  fundingSource: 'fundingSources',
  item: 'items',
  period: 'periods',
};

const DATE_FIELDS = new Set(['date', 'dateDone']);

/** The outputs table's measure columns (issue 13): whole numbers ≥ 0, blank allowed (a blank count is 1, blank minutes or cost add nothing). */
const MEASURE_RULES: Partial<Record<string, { readonly prompt: string; readonly error: string }>> = {
  count: { prompt: 'Số sản phẩm của dòng này (số nguyên); để trống là 1.', error: 'Số lượng phải là số nguyên không âm.' },
  minutes: { prompt: 'Số phút phát sóng của tin, bài này (số nguyên).', error: 'Thời lượng phải là số phút nguyên, không âm.' },
  amount: { prompt: 'Số tiền đã chi cho sản phẩm này, bằng đồng, không ghi chữ "đ".', error: 'Kinh phí phải là số nguyên không âm (đồng).' },
};

function ruleFor<K extends RecordKind>(column: RecordColumn<K>, range: string, options: EntrySheetOptions<K>): ValidationSpec | null {
  const header = column.headers[0] ?? column.field;
  const listKey = LIST_OF[column.field];
  if (listKey === 'periods') {
    // A hint, not a stop: "Q1" or "quý 1" typed by hand read as well (periods/parseOccurrence); validation warns on the unreadable.
    return {
      range,
      rule: { kind: 'list', source: options.lists.source(listKey) },
      allowBlank: true,
      // The Tiến độ sheet's formulas match the list's label only (a "Q1" counts in the report, not there), so the prompt says to pick it.
      prompt: {
        title: header,
        message:
          'Hạng mục làm theo kỳ (mỗi quý, mỗi tháng): chọn kỳ mà dòng này thực hiện, kể cả khi làm chậm sang kỳ sau. Sheet Tiến độ chỉ tính kỳ chọn đúng tên trong danh sách.',
      },
      error: {
        title: header,
        message: 'Nên chọn kỳ trong danh sách, ví dụ "Quý I năm 2026": kỳ gõ cách khác (như "Q1") báo cáo vẫn đọc được nhưng sheet Tiến độ không tính.',
        style: 'warning',
      },
    };
  }
  if (listKey) {
    return {
      range,
      rule: { kind: 'list', source: options.lists.source(listKey) },
      allowBlank: !column.required,
      prompt: { title: header, message: `Chọn ${header.toLowerCase()} trong danh sách (sheet Danh mục).` },
      error: { title: header, message: `Giá trị không có trong danh sách ${header.toLowerCase()} của kế hoạch. Chọn lại trong danh sách.`, style: 'stop' },
    };
  }
  if (DATE_FIELDS.has(column.field)) {
    const [from, to] = [options.dateRange.from, options.dateRange.to].map((iso) => iso.split('-').reverse().join('/'));
    return {
      range,
      rule: { kind: 'date', from: options.dateRange.from, to: options.dateRange.to },
      allowBlank: !column.required,
      prompt: { title: header, message: `Nhập ngày dạng dd/mm/yyyy, từ ${from} đến ${to}.` },
      error: { title: header, message: `Ngày phải từ ${from} đến ${to}, nhập dạng dd/mm/yyyy.`, style: 'stop' },
    };
  }
  const measure = options.def.kind === 'output' ? MEASURE_RULES[column.field] : undefined;
  if (measure !== undefined) {
    return {
      range,
      rule: { kind: 'wholeNumber', min: 0 },
      allowBlank: true,
      prompt: { title: header, message: measure.prompt },
      error: { title: header, message: measure.error, style: 'stop' },
    };
  }
  if (column.field === 'amount') {
    return {
      range,
      rule: { kind: 'wholeNumber', min: 1 },
      allowBlank: false,
      prompt: { title: header, message: 'Số tiền bằng đồng, số nguyên dương, không ghi chữ "đ".' },
      error: { title: header, message: 'Số tiền phải là số nguyên dương (đồng).', style: 'stop' },
    };
  }
  if (column.field === 'title' || column.field === 'content') {
    return {
      range,
      rule: { kind: 'textLength', max: 500 },
      allowBlank: false,
      error: { title: header, message: 'Nội dung quá dài (tối đa 500 ký tự).', style: 'stop' },
    };
  }
  return null;
}

export function entrySheet<K extends RecordKind>(options: EntrySheetOptions<K>): SheetLayout {
  const { def } = options;
  const width = def.columns.length;
  const right = columnLetters(width);
  const bodyRows = Math.max(1, options.rows.length);
  const lastTableRow = HEADER_ROW + bodyRows;
  const lastRuleRow = lastTableRow + RULE_ROWS;
  const letterOf = (field: FieldOf<K>): string => columnLetters(def.columns.findIndex((c) => c.field === field) + 1);
  const validations = def.columns.flatMap((column) => {
    const letter = letterOf(column.field);
    const rule = ruleFor(column, `${letter}${FIRST_DATA_ROW}:${letter}${lastRuleRow}`, options);
    return rule ? [rule] : [];
  });
  const formats = def.columns.flatMap((column) => {
    const letter = letterOf(column.field);
    const span = `${letter}${FIRST_DATA_ROW}:${letter}${lastRuleRow}`;
    if (DATE_FIELDS.has(column.field)) return [{ range: span, style: { numberFormat: 'dd/mm/yyyy', horizontal: 'center' as const } }];
    if (column.field === 'amount') return [{ range: span, style: { numberFormat: '#,##0' } }];
    if (def.kind === 'output' && (column.field === 'count' || column.field === 'minutes'))
      return [{ range: span, style: { numberFormat: '0', horizontal: 'center' as const } }];
    return [{ range: span, style: { numberFormat: '@', wrap: true } }];
  });
  return {
    ...blankSheet(def.sheetName),
    blocks: [
      { at: 'A1', rows: [[text(options.title)], [text(options.hint)]] },
      { at: `A${HEADER_ROW}`, rows: [def.columns.map((c) => text(c.headers[0] ?? c.field)), ...options.rows] },
    ],
    merges: [`A1:${right}1`, `A2:${right}2`],
    styles: [
      { range: `A1:${right}1`, style: { bold: true, fontSize: 14, horizontal: 'center' } },
      { range: `A2:${right}2`, style: { italic: true, wrap: true, vertical: 'top' } },
      { range: `A${HEADER_ROW}:${right}${HEADER_ROW}`, style: { bold: true, wrap: true, vertical: 'center' } },
      ...formats,
    ],
    columns: def.columns.map((c, i) => ({ column: columnLetters(i + 1), width: c.width })),
    rows: [{ row: 2, height: 30 }],
    tables: [{ name: def.tableName, range: `A${HEADER_ROW}:${right}${lastTableRow}`, style: 'TableStyleMedium2' }],
    validations,
    freeze: { rows: HEADER_ROW, columns: 0 },
    print: {
      orientation: 'landscape',
      paperSize: 'A4',
      margins: { top: 20, bottom: 20, left: 20, right: 15 },
      titleRows: `$${HEADER_ROW}:$${HEADER_ROW}`,
      fitToWidth: true,
    },
  };
}
