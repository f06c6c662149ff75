import type { RawSheet } from '../../../src/core/ports/workbookPort';
import { viewOf } from '../../../src/core/reader/sheetView';

describe('viewOf link', () => {
  const sheet: RawSheet = {
    name: 'Tin bài',
    origin: { row: 1, column: 1 },
    values: [
      ['Tiêu đề', 'Đường dẫn'],
      ['Hội nghị CCHC', 'xem'],
      ['Tuyên truyền', 'xem'],
    ],
    links: [
      { row: 2, column: 1, target: 'https://a.vn/1' },
      { row: 2, column: 2, target: 'https://b.vn/1' },
      { row: 3, column: 2, target: 'https://b.vn/2' },
      { row: 3, column: 2, target: 'https://b.vn/3' },
    ],
  };
  const view = viewOf(sheet);

  it('tells apart the links of one row in two columns and of one column in two rows', () => {
    expect(view.link(2, 1)).toBe('https://a.vn/1');
    expect(view.link(2, 2)).toBe('https://b.vn/1');
    expect(view.link(3, 1)).toBeUndefined();
    expect(view.link(1, 2)).toBeUndefined();
  });

  it('keeps the last link given for a cell', () => {
    expect(view.link(3, 2)).toBe('https://b.vn/3');
  });
});
