import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import { namesAuthor } from '../../../src/core/reader/headerWords';
import { readBook } from '../../../src/core/reader/readBook';
import { d, rawSheet } from '../validation/support';

/**
 * An office's log with a column for who wrote each item: the record keeps nothing of it, and the officer
 * is not asked what it holds (issue 11's twelfth tester: "không rõ cột này ghi gì" on every such tracker);
 * a column whose words say nothing is still asked about.
 */
function log(authorHeader: string) {
  return rawSheet('Tin bài', [
    ['UBND XÃ THẠNH ĐỨC'],
    ['SỔ THEO DÕI TIN BÀI NĂM 2018'],
    [],
    ['STT', 'Ngày đăng', 'Tên tin bài', 'Cơ quan báo, đài', authorHeader, 'Cột lạ'],
    ...['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường'].map((author, i) => [
      i + 1,
      d(`2018-03-0${i + 1}`),
      `Tin tuyên truyền cải cách hành chính số ${i + 1}`,
      'Báo Tây Ninh',
      author,
      `x${i}`,
    ]),
  ]);
}

describe('a column naming who wrote the item', () => {
  it.each(['Người viết', 'Tác giả', 'Phóng viên', 'Người đưa tin', 'NGƯỜI VIẾT BÀI', 'Cộng tác viên'])(
    'given "%s", reads every row and does not ask what the column holds',
    (header) => {
      const reading = readBook(GO_DAU_116, [log(header)], { file: 'xa-thanh-duc.xlsx' });
      expect(reading.outputs).toHaveLength(3);
      expect(reading.outputs.map((e) => e.record.channel)).toEqual(['BTN', 'BTN', 'BTN']);
      const asked = reading.notes.filter((n) => n.code === 'reader.columnNotTaken').map((n) => n.params.header);
      expect(asked).toEqual(['Cột lạ']);
    },
  );

  it('tells the words for who wrote an item from other headers', () => {
    expect(['Người viết', 'Tác giả', 'Bút danh', 'Phóng viên thực hiện'].map(namesAuthor)).toEqual([true, true, true, true]);
    expect(['Người nhận', 'Nội dung', 'Ghi chú', 'Người/đơn vị thực hiện', 'Tác nghiệp'].map(namesAuthor)).toEqual([false, false, false, false, false]);
  });
});
