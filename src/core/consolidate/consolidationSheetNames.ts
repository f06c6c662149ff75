/** The sheets a consolidation writes (pane and `cchc consolidate -o`); the reader never takes them for a unit's entries. */
export const CONSOLIDATION_SHEETS = {
  records: 'TH Tin bài',
  standing: 'TH Hạng mục',
  spending: 'TH Kinh phí',
  units: 'TH Đơn vị',
  rejected: 'TH Không tiếp nhận',
  issues: 'TH Lỗi từng tệp',
  progress: 'TH Tiến độ',
} as const;
