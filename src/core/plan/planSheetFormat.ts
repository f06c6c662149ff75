import type { GovernmentLevel, PeriodConvention, ReportFrequency, TargetCadence, TargetMeasure, TargetScope } from './types';

/**
 * The vocabulary of the editable "Kế hoạch" sheet: section headings, column headers and the words
 * allowed in its cells. The layout writes the first spelling of each; the reader accepts every
 * spelling (folded: case, diacritics and spacing do not matter), so an officer who retypes a
 * heading without accents, or in English, still has a working plan.
 */

export const PLAN_SHEET_NAME = 'Kế hoạch';
export const PLAN_SHEET_ALIASES = ['Kế hoạch', 'Ke hoach', 'KH', 'Plan'];

export type SectionKey =
  'identity' | 'units' | 'channels' | 'forms' | 'targets' | 'standingItems' | 'fundingSources' | 'responsibilities' | 'reportingDuties' | 'levels';

export interface ColumnDef {
  readonly key: string;
  readonly headers: readonly string[];
  readonly required: boolean;
  /** Width in Excel character units when the layout writes it. */
  readonly width: number;
}

export interface SectionDef {
  readonly key: SectionKey;
  readonly headings: readonly string[];
  readonly columns: readonly ColumnDef[];
  /** Sections a usable plan cannot do without. */
  readonly required: boolean;
}

const col = (key: string, headers: string[], required: boolean, width: number): ColumnDef => ({ key, headers, required, width });

/** The units section's optional columns for one unit's report: recipients, place and signer (types.ts UnitReportFacts). */
export const UNIT_REPORT_COLUMNS: readonly ColumnDef[] = [
  col('recipients', ['Nơi nhận', 'Nơi nhận báo cáo', 'Recipients'], false, 30),
  col('place', ['Địa danh', 'Place'], false, 14),
  col('signerTitle', ['Chức danh người ký', 'Signer title'], false, 18),
  col('signerName', ['Người ký', 'Signer'], false, 18),
];

export const SECTIONS: readonly SectionDef[] = [
  {
    key: 'identity',
    headings: ['THÔNG TIN CHUNG', 'Thông tin kế hoạch', 'Plan'],
    required: true,
    columns: [col('field', ['Thuộc tính', 'Field'], true, 16), col('value', ['Giá trị', 'Value'], true, 56)],
  },
  {
    key: 'units',
    headings: ['ĐƠN VỊ', 'Đơn vị thực hiện', 'Units'],
    required: true,
    columns: [
      col('code', ['Mã', 'Mã đơn vị', 'Code'], true, 16),
      col('name', ['Tên đơn vị', 'Tên', 'Name'], true, 56),
      col('aliases', ['Tên gọi khác', 'Aliases'], false, 36),
      col('level', ['Cấp', 'Level'], true, 20),
      col('activeFrom', ['Từ ngày', 'Active from'], false, 12),
      col('activeTo', ['Đến ngày', 'Active to'], false, 12),
      // The unit's own report facts, overriding its level's (UnitReportFacts); blank means the level's.
      ...UNIT_REPORT_COLUMNS,
      // Reminders (issue 15): where a reminder to send the tracker can be e-mailed.
      col('email', ['E-mail', 'Email', 'Thư điện tử', 'Địa chỉ e-mail'], false, 28),
    ],
  },
  {
    key: 'channels',
    headings: ['KÊNH TUYÊN TRUYỀN', 'Kênh', 'Channels'],
    required: true,
    columns: [
      col('code', ['Mã', 'Mã kênh', 'Code'], true, 16),
      col('name', ['Tên kênh', 'Tên', 'Name'], true, 56),
      col('shortName', ['Tên ngắn', 'Short name'], false, 36),
      col('aliases', ['Tên gọi khác', 'Aliases'], false, 20),
    ],
  },
  {
    key: 'forms',
    headings: ['HÌNH THỨC', 'Hình thức tuyên truyền', 'Forms'],
    required: true,
    columns: [
      col('code', ['Mã', 'Code'], true, 16),
      col('name', ['Tên', 'Tên hình thức', 'Name'], true, 56),
      col('aliases', ['Tên gọi khác', 'Aliases'], false, 36),
    ],
  },
  {
    key: 'targets',
    headings: ['CHỈ TIÊU', 'Chỉ tiêu đếm được', 'Targets'],
    required: true,
    columns: [
      col('id', ['Mã', 'Mục', 'Code'], true, 16),
      col('title', ['Nội dung', 'Title'], true, 56),
      col('channels', ['Kênh', 'Channels'], true, 36),
      col('forms', ['Hình thức', 'Forms'], false, 20),
      col('minimum', ['Tối thiểu', 'Ít nhất', 'Minimum'], true, 12),
      col('scope', ['Phạm vi', 'Scope'], false, 16),
      col('per', ['Tính theo', 'Mỗi kỳ', 'Per'], false, 14),
      col('measure', ['Đo bằng', 'Đơn vị tính', 'Measure'], false, 14),
    ],
  },
  {
    key: 'standingItems',
    headings: ['HẠNG MỤC THƯỜNG XUYÊN', 'Hạng mục', 'Standing items'],
    required: false,
    columns: [
      col('id', ['Mã', 'Mục', 'Code'], true, 16),
      col('title', ['Nội dung', 'Title'], true, 56),
      col('appliesTo', ['Áp dụng cho cấp', 'Cấp', 'Applies to'], true, 36),
      col('deadline', ['Hạn hoàn thành', 'Thời hạn', 'Deadline'], false, 16),
      col('recurrence', ['Lặp lại', 'Định kỳ', 'Recurrence'], false, 14),
    ],
  },
  {
    key: 'fundingSources',
    headings: ['NGUỒN KINH PHÍ', 'Kinh phí', 'Funding sources'],
    required: false,
    columns: [
      col('code', ['Mã', 'Code'], true, 16),
      col('name', ['Tên nguồn', 'Tên', 'Name'], true, 56),
      col('note', ['Ghi chú', 'Note'], false, 36),
      col('levels', ['Áp dụng cho cấp', 'Cấp', 'Levels'], false, 20),
      col('budget', ['Dự toán (đồng)', 'Dự toán', 'Kinh phí được giao', 'Budget'], false, 18),
    ],
  },
  {
    key: 'responsibilities',
    headings: ['PHÂN CÔNG', 'Tổ chức thực hiện', 'Responsibilities'],
    required: false,
    columns: [
      col('units', ['Đơn vị', 'Units'], false, 16),
      col('task', ['Nhiệm vụ', 'Task'], true, 56),
      col('levels', ['Cấp', 'Levels'], false, 36),
      col('items', ['Chỉ tiêu, hạng mục', 'Items'], false, 20),
    ],
  },
  {
    key: 'reportingDuties',
    headings: ['BÁO CÁO ĐỊNH KỲ', 'Chế độ báo cáo', 'Reporting'],
    required: false,
    columns: [
      col('from', ['Đơn vị báo cáo', 'From'], true, 16),
      col('to', ['Gửi đến', 'To'], true, 56),
      col('frequency', ['Kỳ báo cáo', 'Kỳ', 'Frequency'], true, 36),
      // Reminders (issue 15): by when the report is due, relative to the period (reportDeadline.ts).
      col('deadline', ['Hạn gửi', 'Thời hạn gửi', 'Deadline'], false, 24),
    ],
  },
  {
    // How a unit of each level heads, dates and signs its report (Nghị định 30/2020, appendix I).
    key: 'levels',
    headings: ['CẤP ĐƠN VỊ', 'Cấp', 'Levels'],
    required: false,
    columns: [
      col('code', ['Mã cấp', 'Mã', 'Code'], true, 16),
      col('name', ['Tên cấp', 'Tên', 'Name'], true, 56),
      col('aliases', ['Tên gọi khác', 'Aliases'], false, 36),
      col('superior', ['Cơ quan cấp trên (tiêu đề)', 'Cơ quan cấp trên', 'Superior'], false, 20),
      col('header', ['Tên cơ quan (tiêu đề)', 'Tiêu đề', 'Header'], true, 22),
      col('prose', ['Tên trong câu', 'Prose'], true, 22),
      col('symbol', ['Ký hiệu', 'Symbol'], false, 10),
      col('place', ['Địa danh', 'Place'], false, 14),
      col('signerTitle', ['Chức danh người ký', 'Signer title'], false, 18),
      col('deputyTitle', ['Chức danh cấp phó', 'Deputy title'], false, 18),
      col('onBehalf', ['Thay mặt (TM.)', 'TM.', 'On behalf'], false, 22),
      col('recipients', ['Nơi nhận', 'Recipients'], false, 30),
    ],
  },
];

/** Rows of the identity section, as "Thuộc tính | Giá trị" pairs. */
export type IdentityField =
  | 'id'
  | 'number'
  | 'date'
  | 'issuer'
  | 'superior'
  | 'place'
  | 'title'
  | 'year'
  | 'revision'
  | 'periodConvention'
  | 'signerTitle'
  | 'signerName'
  | 'reportRecipients'
  | 'reportingBody'
  | 'reportIssuer'
  | 'government'
  | 'area'
  | 'participants'
  | 'reception';

export const IDENTITY_FIELDS: readonly { readonly key: IdentityField; readonly labels: readonly string[]; readonly required: boolean }[] = [
  { key: 'id', labels: ['Mã kế hoạch', 'Plan id'], required: true },
  { key: 'number', labels: ['Số hiệu', 'Số', 'Number'], required: true },
  { key: 'date', labels: ['Ngày ban hành', 'Ngày', 'Date'], required: true },
  { key: 'issuer', labels: ['Cơ quan ban hành', 'Issuer'], required: true },
  { key: 'superior', labels: ['Cơ quan cấp trên', 'Superior'], required: false },
  { key: 'place', labels: ['Địa danh', 'Place'], required: true },
  { key: 'title', labels: ['Tên kế hoạch', 'Trích yếu', 'Title'], required: true },
  { key: 'year', labels: ['Năm', 'Year'], required: true },
  { key: 'revision', labels: ['Phiên bản', 'Revision'], required: true },
  { key: 'periodConvention', labels: ['Cách tính kỳ báo cáo', 'Period convention'], required: true },
  { key: 'signerTitle', labels: ['Chức danh người ký', 'Signer title'], required: false },
  { key: 'signerName', labels: ['Người ký', 'Signer'], required: false },
  { key: 'reportRecipients', labels: ['Nơi nhận báo cáo', 'Nơi nhận', 'Recipients'], required: false },
  { key: 'reportingBody', labels: ['Đơn vị tổng hợp báo cáo', 'Đơn vị tổng hợp', 'Reporting body'], required: false },
  {
    key: 'reportIssuer',
    labels: ['Cơ quan ban hành báo cáo tổng hợp', 'Cơ quan ban hành báo cáo', 'Consolidated report issuer', 'Report issuer'],
    required: false,
  },
  { key: 'government', labels: ['Cấp chính quyền', 'Government level'], required: false },
  { key: 'area', labels: ['Địa bàn (trong câu)', 'Địa bàn', 'Area'], required: false },
  { key: 'participants', labels: ['Các đơn vị thực hiện (trong câu)', 'Các đơn vị thực hiện', 'Participants'], required: false },
  { key: 'reception', labels: ['Nơi tiếp nhận hồ sơ', 'Reception'], required: false },
];

/** Cell words for enumerations: the first is written, all are read. Unit levels are the plan's own ("CẤP ĐƠN VỊ"). */
export const GOVERNMENT_WORDS: Readonly<Record<GovernmentLevel, readonly string[]>> = {
  province: ['Tỉnh', 'Tỉnh, thành phố', 'Cấp tỉnh', 'Province'],
  district: ['Huyện', 'Cấp huyện', 'Quận', 'Thị xã', 'District'],
  commune: ['Xã', 'Cấp xã', 'Đặc khu', 'Commune'],
  ward: ['Phường', 'Ward'],
  town: ['Thị trấn', 'Town'],
  other: ['Khác', 'Other'],
};

/**
 * Levels of government abolished on 1 July 2025 (Luật Tổ chức chính quyền địa phương 2025; Nghị quyết
 * 202/2025/QH15): old sheets that say "Huyện" or "Thị trấn" still read as today, but the sheet's dropdown
 * offers them only to a plan issued at one (116/KH-UBND's "Huyện"), not to a plan of 2026.
 */
export const DISTRICT_ERA_GOVERNMENTS: readonly GovernmentLevel[] = ['district', 'town'];

/** Words the "Cấp chính quyền" dropdown offers beside each level's first (all in GOVERNMENT_WORDS): a special zone is a commune. */
export const GOVERNMENT_OFFERED_EXTRA: Readonly<Partial<Record<GovernmentLevel, readonly string[]>>> = { commune: ['Đặc khu'] };

/** Lines of a level's header cell ("ỦY BAN NHÂN DÂN / {tên}"): "/" between lines, as officers write a two-line header. */
export const HEADER_LINE_SEPARATOR = ' / ';

export const SCOPE_WORDS: Readonly<Record<TargetScope, readonly string[]>> = {
  plan: ['Toàn kế hoạch', 'Toàn huyện', 'Whole plan'],
  'per-unit': ['Mỗi đơn vị', 'Từng đơn vị', 'Per unit'],
};

/** A target's "Đo bằng": blank is a number of outputs, as 116/KH-UBND counts. */
export const MEASURE_WORDS: Readonly<Record<TargetMeasure, readonly string[]>> = {
  count: ['Số tin bài', 'Số tin, bài', 'Số sản phẩm', 'Tin bài', 'Count'],
  minutes: ['Số phút', 'Phút', 'Thời lượng', 'Thời lượng (phút)', 'Minutes'],
  quantity: ['Số lượng', 'Số cái', 'Quantity'],
  amount: ['Số tiền', 'Kinh phí', 'Đồng', 'Số tiền (đồng)', 'Amount'],
};

/** A target's "Tính theo" and a standing item's "Lặp lại": blank is the plan year for a target, no recurrence for an item. */
export const CADENCE_WORDS: Readonly<Record<TargetCadence, readonly string[]>> = {
  month: ['Mỗi tháng', 'Hằng tháng', 'Tháng', 'Monthly'],
  quarter: ['Mỗi quý', 'Hằng quý', 'Quý', 'Quarterly'],
  'half-year': ['Mỗi 6 tháng', '6 tháng', 'Sáu tháng', 'Half-yearly'],
  year: ['Cả năm', 'Mỗi năm', 'Hằng năm', 'Năm', 'Yearly'],
};

export const CONVENTION_WORDS: Readonly<Record<PeriodConvention, readonly string[]>> = {
  'nd09-cutoff': ['Nghị định 09/2019', 'NĐ 09/2019', 'ND09', 'Decree 09/2019'],
  calendar: ['Dương lịch', 'Năm dương lịch', 'Calendar'],
};

export const FREQUENCY_WORDS: Readonly<Record<ReportFrequency, readonly string[]>> = {
  quarter: ['Quý', 'Hằng quý', 'Quarterly'],
  'half-year': ['6 tháng', 'Sáu tháng', 'Half-year'],
  year: ['Năm', 'Hằng năm', 'Yearly'],
  month: ['Tháng', 'Hằng tháng', 'Monthly'],
};

/** Separator for cells that list several values; ";" because names contain commas ("Lưu: VT, NV"). */
export const LIST_SEPARATOR = '; ';
