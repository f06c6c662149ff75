/** The district workbook's visible sheet of the officer's reading decisions (see decisionsSheet.ts). */
export const DECISIONS_SHEET_NAME = 'Ghi nhớ đọc tệp';
