import { blankSheet, date, formula, num, text, empty } from '../../src/core/layout/cells';
import type { SheetLayout, WorkbookLayout } from '../../src/core/layout/types';

/** A small tracker-like workbook exercising every layout feature the renderer supports. */
export function sampleLayout(): WorkbookLayout {
  const lists: SheetLayout = {
    ...blankSheet('Danh mục'),
    blocks: [{ at: 'A1', rows: [[text('Kênh')], [text('Báo Tây Ninh')], [text('Đài TT huyện')], [text('Trang TTĐT huyện')]] }],
    visibility: 'hidden',
  };
  const records: SheetLayout = {
    ...blankSheet('Sổ theo dõi'),
    blocks: [
      { at: 'A1', rows: [[text('SỔ THEO DÕI TUYÊN TRUYỀN CCHC NĂM 2018')]] },
      {
        at: 'A3',
        rows: [
          [text('STT'), text('Ngày'), text('Kênh'), text('Số tin'), text('Ghi chú')],
          [num(1), date('2018-06-06'), text('Báo Tây Ninh'), num(2), text('- ghi chú')],
          [num(2), date('2018-12-14'), text('Đài TT huyện'), num(3), text('=1+1')],
          [num(3), date('2018-02-28'), text('Trang TTĐT huyện'), num(5), text('@x')],
          [empty, empty, text('Cộng'), formula('=SUM(D4:D6)'), text('+84 912')],
        ],
      },
    ],
    styles: [
      { range: 'A1:E1', style: { bold: true, fontSize: 14, horizontal: 'center', fontName: 'Times New Roman' } },
      { range: 'A3:E3', style: { bold: true, fill: '#DDEBF7', border: true, wrap: true, vertical: 'center' } },
      { range: 'D4:D7', style: { numberFormat: '#,##0' } },
    ],
    merges: ['A1:E1'],
    columns: [
      { column: 'A', width: 6 },
      { column: 'B', width: 12 },
      { column: 'E', width: 30, hidden: false },
    ],
    rows: [{ row: 1, height: 30 }],
    tables: [{ name: 'tblSo', range: 'A3:E6', style: 'TableStyleLight9' }],
    validations: [
      {
        range: 'C4:C500',
        rule: { kind: 'list', source: "='Danh mục'!$A$2:$A$4" },
        allowBlank: true,
        prompt: { title: 'Kênh', message: 'Chọn kênh trong danh sách' },
        error: { title: 'Sai kênh', message: 'Kênh không có trong danh mục', style: 'stop' },
      },
      { range: 'B4:B500', rule: { kind: 'date', from: '2018-01-01', to: '2018-12-31' }, allowBlank: true },
      { range: 'D4:D500', rule: { kind: 'wholeNumber', min: 0 }, allowBlank: true, error: { title: 'Số', message: 'Nhập số nguyên', style: 'warning' } },
      { range: 'E4:E500', rule: { kind: 'textLength', max: 255 }, allowBlank: true },
    ],
    conditionalFormats: [{ range: 'A4:E500', formula: '=$D4>=3', style: { bold: true, fill: '#C6EFCE', fontColor: '#006100' } }],
    freeze: { rows: 3, columns: 1 },
    print: {
      orientation: 'landscape',
      paperSize: 'A4',
      margins: { top: 20, bottom: 20, left: 30, right: 15 },
      printArea: 'A1:E7',
      titleRows: '$3:$3',
      fitToWidth: true,
      centerHorizontally: true,
    },
    tabColor: '#1F4E78',
  };
  const secret: SheetLayout = { ...blankSheet('Dấu'), blocks: [{ at: 'A1', rows: [[text('plan'), text('116/KH-UBND-2018')]] }], visibility: 'veryHidden' };
  return { sheets: [records, lists, secret], definedNames: [{ name: 'DanhSachKenh', ref: "='Danh mục'!$A$2:$A$4" }] };
}
