import { issue } from '../../../src/core/issues';
import { freeSheetName, returnList } from '../../../src/core/review/returnList';

const context = {
  file: 'ap-1.xlsx',
  unit: 'Ấp 1',
  reviewer: 'Văn phòng HĐND và UBND xã',
  checkedOn: '2026-04-03',
  sheetNames: ['Tin bài', 'Hạng mục'],
  language: 'vi' as const,
};

describe('returnList', () => {
  test('given two issues at one cell, the cell gets one note with a line for each, and the list a row for each', () => {
    const list = returnList(
      [
        issue('validation.date.notADate', 'error', { sheet: 'Tin bài', cell: 'B4' }, { field: 'Ngày', value: '31/02', example: '05/03/2026' }),
        issue('validation.required.missing', 'warning', { sheet: 'Tin bài', cell: 'B4' }, { field: 'Ngày', row: 4 }),
      ],
      context,
    );
    expect(list.notes).toHaveLength(1);
    expect(list.notes[0]?.text.split('\n')).toHaveLength(2);
    expect(list.notes[0]?.text.startsWith('Văn phòng HĐND và UBND xã: ')).toBe(true);
    expect(list.sheet.rows.map((r) => r.cells.slice(0, 4))).toEqual([
      [1, 'Tin bài', 'B4', 'Lỗi'],
      [2, 'Tin bài', 'B4', 'Cảnh báo'],
    ]);
    expect(list.sheet.intro).toContain('Kiểm tra ngày 03/04/2026 bởi Văn phòng HĐND và UBND xã: 1 lỗi, 1 cảnh báo.');
  });

  test('given an issue about the whole file or a sheet it does not have, it is listed without a link and without a note', () => {
    const list = returnList([issue('validation.required.missing', 'error', { sheet: '_cchc' }, { field: 'Ngày', row: 4 })], context);
    expect(list.notes).toEqual([]);
    expect(list.sheet.rows[0]?.link).toBeUndefined();
    expect(list.sheet.rows[0]?.cells[1]).toBe('(cả tệp)');
  });

  test('given English, the list and its sheet name read in English', () => {
    const list = returnList([], { ...context, language: 'en' });
    expect(list.sheet.name).toBe('To fix');
    expect(list.sheet.header).toEqual(['No.', 'Sheet', 'Cell', 'Severity', 'To fix']);
  });
});

describe('freeSheetName', () => {
  test('given the name taken in another letter case, the next number is used, within Excel’s 31 characters', () => {
    expect(freeSheetName('Cần sửa', ['CẦN SỬA', 'Cần sửa (2)'])).toBe('Cần sửa (3)');
    expect(freeSheetName('x'.repeat(40), ['x'.repeat(31)])).toBe(`${'x'.repeat(27)} (2)`);
  });
});
