import { officeWorkbook, type OfficeCell } from '../../support/officeWorkbook';

/**
 * An office's tracker the reader cannot settle alone, written with exceljs as Excel saves it: its
 * name and title rows name no unit, its channel column is headed "Nơi phát" and holds "Đài GD"
 * (the officer's shorthand for Đài Truyền thanh huyện) and "Loa ấp" (not a plan channel), and a
 * "Nguồn tin" column of names (a header the reader knows no role for: a "Người viết" one would be left
 * unasked, reader/headerWords namesAuthor). Counted by eye: 4 data rows, 2 on Báo Tây Ninh, 1 on "Đài GD",
 * 1 on "Loa ấp".
 */
export async function unsettledTracker(): Promise<Uint8Array> {
  const rows: OfficeCell[][] = [
    ['BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH THÁNG 3/2018'],
    [],
    ['STT', 'Ngày', 'Nơi phát', 'Nội dung', 'Nguồn tin'],
    [1, new Date(Date.UTC(2018, 2, 5)), 'Báo Tây Ninh', 'Hội nghị triển khai cải cách hành chính năm 2018', 'Nguyễn Văn An'],
    [2, new Date(Date.UTC(2018, 2, 9)), 'Đài GD', 'Tuyên truyền thủ tục một cửa liên thông', 'Trần Thị Bích'],
    [3, new Date(Date.UTC(2018, 2, 14)), 'Loa ấp', 'Thông báo lịch tiếp công dân', 'Lê Văn Cường'],
    [4, new Date(Date.UTC(2018, 2, 20)), 'Báo Tây Ninh', 'Kết quả chỉ số cải cách hành chính', 'Phạm Thị Dung'],
  ];
  return officeWorkbook({ 'Tháng 3': rows });
}
