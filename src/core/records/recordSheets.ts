import type { FieldOf, RecordKind, StandingState } from './types';

/**
 * The entry tables of a unit's workbook: their sheets, Excel table names and column headers. The
 * template writes the first header of each column; adopting an office's own tracker recognises
 * every alias (folded: case, diacritics and spacing do not matter), since offices word headers
 * their own way (Ngày / Ngày đăng / Thời gian; Kênh / Phương tiện / Nơi đăng...).
 *
 * The unit column is optional everywhere: in a unit's own workbook a blank unit is the unit its
 * stamp names; only a district workbook, holding many units' rows, needs it filled.
 */

export interface RecordColumn<K extends RecordKind> {
  readonly field: FieldOf<K>;
  readonly headers: readonly string[];
  readonly required: boolean;
  /** Width in Excel character units in the template. */
  readonly width: number;
}

export interface RecordSheet<K extends RecordKind> {
  readonly kind: K;
  readonly sheetName: string;
  /** Excel table name: letters, digits, underscores. */
  readonly tableName: string;
  readonly columns: readonly RecordColumn<K>[];
}

export const OUTPUT_SHEET: RecordSheet<'output'> = {
  kind: 'output',
  sheetName: 'Tin bài',
  tableName: 'TinBai',
  columns: [
    {
      field: 'date',
      headers: ['Ngày', 'Ngày đăng', 'Ngày phát', 'Ngày phát sóng', 'Ngày đăng tải', 'Thời gian', 'Ngày tháng', 'Date'],
      required: true,
      width: 12,
    },
    {
      field: 'channel',
      headers: ['Kênh', 'Kênh tuyên truyền', 'Phương tiện', 'Nơi đăng', 'Nơi đăng tải', 'Báo, đài', 'Cơ quan báo chí', 'Channel'],
      required: true,
      width: 30,
    },
    { field: 'form', headers: ['Hình thức', 'Loại', 'Thể loại', 'Loại tin', 'Form'], required: true, width: 12 },
    { field: 'title', headers: ['Tiêu đề', 'Tên tin bài', 'Tên tin, bài', 'Tên bài', 'Tên tin', 'Nội dung', 'Trích yếu', 'Title'], required: true, width: 48 },
    { field: 'link', headers: ['Liên kết, số báo', 'Liên kết', 'Đường dẫn', 'Link', 'URL', 'Số báo', 'Số báo, link'], required: false, width: 28 },
    { field: 'unit', headers: ['Đơn vị', 'Đơn vị thực hiện', 'Unit'], required: false, width: 26 },
    { field: 'note', headers: ['Ghi chú', 'Note'], required: false, width: 24 },
    // The measure columns (issue 13), last so a tracker made before them keeps its letters. A
    // template has only those its plan's targets are measured in (template/outputColumns.ts).
    // "Số tiền"/"Thành tiền" stay the spending table's words: an unstamped Kinh phí sheet must not read as outputs.
    { field: 'count', headers: ['Số lượng', 'SL', 'Số lượng (cái)', 'Quantity'], required: false, width: 10 },
    { field: 'minutes', headers: ['Thời lượng (phút)', 'Thời lượng', 'Số phút', 'Phút', 'Minutes'], required: false, width: 12 },
    { field: 'amount', headers: ['Kinh phí (đồng)', 'Chi phí (đồng)', 'Chi phí', 'Amount (VND)'], required: false, width: 16 },
  ],
};

export const STANDING_SHEET: RecordSheet<'standing'> = {
  kind: 'standing',
  sheetName: 'Hạng mục',
  tableName: 'HangMuc',
  columns: [
    { field: 'item', headers: ['Mã', 'Mã hạng mục', 'Mục', 'Code'], required: true, width: 10 },
    // "Công việc", "Tên hạng mục": how offices head the item's title in a table of their own (issue 13, seventh tester, D2).
    {
      field: 'title',
      headers: ['Hạng mục', 'Nội dung', 'Item', 'Công việc', 'Tên hạng mục', 'Tên công việc', 'Nội dung công việc'],
      required: false,
      width: 52,
    },
    { field: 'unit', headers: ['Đơn vị', 'Unit'], required: false, width: 26 },
    // "Tình hình (thực hiện)": how an ấp heads the state of its standing work (issue 13, ninth tester, D1).
    { field: 'state', headers: ['Tình trạng', 'Trạng thái', 'Kết quả', 'Tình hình', 'Tình hình thực hiện', 'State'], required: true, width: 16 },
    // "Thời gian hoàn thành", "Thời gian thực hiện": how an office heads the day its standing work was done,
    // often its table's only word on whether it was (issue 13, standing13; findHeader COMPLETION_DATE).
    {
      field: 'dateDone',
      headers: ['Ngày hoàn thành', 'Ngày thực hiện', 'Ngày', 'Thời gian hoàn thành', 'Thời gian thực hiện', 'Ngày hoàn tất', 'Date done'],
      required: false,
      width: 14,
    },
    { field: 'evidence', headers: ['Minh chứng', 'Hồ sơ minh chứng', 'Evidence'], required: false, width: 30 },
    { field: 'note', headers: ['Ghi chú', 'Note'], required: false, width: 24 },
    // Which occurrence of a recurring item ("mỗi quý") the row is for, so a Q1 update done on 10/4 is
    // Q1's, done late (issue 13, sixth tester, D4). Last, so a tracker made before it keeps its letters.
    // "Tháng", "Tháng thực hiện", "Kỳ báo cáo": a khu phố's monthly standing work (issue 13, eighth tester, D1).
    { field: 'period', headers: ['Kỳ', 'Kỳ thực hiện', 'Quý', 'Đợt', 'Period', 'Tháng', 'Tháng thực hiện', 'Kỳ báo cáo'], required: false, width: 14 },
  ],
};

export const SPENDING_SHEET: RecordSheet<'spending'> = {
  kind: 'spending',
  sheetName: 'Kinh phí',
  tableName: 'KinhPhi',
  columns: [
    { field: 'date', headers: ['Ngày', 'Ngày chi', 'Thời gian', 'Date'], required: true, width: 12 },
    // "Khoản chi", "Diễn giải": how offices head what was bought (issue 13, ninth tester, D4: the content was left behind).
    {
      field: 'content',
      headers: ['Nội dung chi', 'Nội dung', 'Khoản chi', 'Diễn giải', 'Nội dung khoản chi', 'Tên khoản chi', 'Content'],
      required: true,
      width: 48,
    },
    { field: 'amount', headers: ['Số tiền (đồng)', 'Số tiền', 'Thành tiền', 'Kinh phí', 'Amount'], required: true, width: 16 },
    { field: 'fundingSource', headers: ['Nguồn kinh phí', 'Nguồn', 'Funding source'], required: true, width: 30 },
    { field: 'unit', headers: ['Đơn vị', 'Unit'], required: false, width: 26 },
    { field: 'note', headers: ['Ghi chú', 'Note'], required: false, width: 24 },
  ],
};

export const RECORD_SHEETS = [OUTPUT_SHEET, STANDING_SHEET, SPENDING_SHEET] as const;

/** The template's sheet for each kind of record. */
export const RECORD_SHEET_OF: Readonly<Record<RecordKind, (typeof RECORD_SHEETS)[number]>> = {
  output: OUTPUT_SHEET,
  standing: STANDING_SHEET,
  spending: SPENDING_SHEET,
};

/** The template's header over a field of a kind of record ("Kênh" for an output's channel), or the field's name when it has none. */
export function templateHeader(kind: RecordKind, field: string): string {
  const columns: readonly RecordColumn<RecordKind>[] = RECORD_SHEET_OF[kind].columns;
  return columns.find((c) => c.field === field)?.headers[0] ?? field;
}

/**
 * Words for a standing item's state: the first is written in dropdowns, all are read (folded, whole
 * cell). The words offices type in their own trackers ("Đã xong", "Xong", "Đã làm", "Chưa xong") are
 * read too, so adopt writes the template's word and validate understands them (issue 13, ninth tester,
 * D3). "Chưa xong" is work begun but not finished: in progress; "Chưa làm" is not begun.
 */
export const STATE_WORDS: Readonly<Record<StandingState, readonly string[]>> = {
  done: [
    'Đã thực hiện',
    'Đã hoàn thành',
    'Hoàn thành',
    'Đã xong',
    'Xong',
    'Đã làm',
    'Đã hoàn tất',
    'Hoàn tất',
    'Đã thực hiện xong',
    'Đã treo',
    'Đã niêm yết',
    'Đã lập',
    'Đã thay',
    'Đã cập nhật',
    'Đã lắp đặt',
    'Có',
    'Rồi',
    'x',
    'Done',
    'Yes',
  ],
  'in-progress': ['Đang thực hiện', 'Đang làm', 'Chưa xong', 'Đang tiến hành', 'Đang triển khai', 'In progress'],
  'not-done': ['Chưa thực hiện', 'Chưa', 'Chưa có', 'Chưa làm', 'Chưa hoàn thành', 'Không', 'Not done', 'No'],
};
