import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import { namesPublication } from '../../../src/core/reader/headerWords';
import { readBook } from '../../../src/core/reader/readBook';
import type { RawCell } from '../../../src/core/ports/workbookPort';
import { d, rawSheet } from '../validation/support';

/**
 * What the officer is told of a headed column the reader does not use: nothing when the column is
 * empty (nothing of it is lost), which other column was taken when its header names a role the table
 * has already, and "không rõ cột này ghi gì" only when nothing says what it holds.
 */
function log(headers: readonly string[], extra: (i: number) => readonly RawCell[]) {
  return rawSheet('Tin bài', [
    ['UBND XÃ THẠNH ĐỨC'],
    ['SỔ THEO DÕI TIN BÀI NĂM 2018'],
    [],
    ['STT', 'Ngày đăng', 'Tên tin bài', 'Cơ quan báo, đài', ...headers],
    ...[1, 2, 3].map((i) => [i, d(`2018-03-0${i}`), `Tin tuyên truyền cải cách hành chính số ${i}`, 'Báo Tây Ninh', ...extra(i)]),
  ]);
}

const columnNotes = (reading: ReturnType<typeof readBook>) =>
  reading.notes
    .filter((n) => n.code === 'reader.columnNotTaken' || n.code === 'reader.columnSecond')
    .map((n) => ({ code: n.code, cell: n.cell, params: n.params }));

describe('a headed column the reader does not use', () => {
  it('says nothing of a column no row writes in, and reads every row', () => {
    const reading = readBook(GO_DAU_116, [log(['Số báo', 'Cột lạ'], () => [null, null])], { file: 'xa-thanh-duc.xlsx' });
    expect(reading.outputs).toHaveLength(3);
    expect(columnNotes(reading)).toEqual([]);
  });

  it('still asks what a column with unexplained content holds', () => {
    const reading = readBook(GO_DAU_116, [log(['Cột lạ'], (i) => [`x${i}`])], { file: 'xa-thanh-duc.xlsx' });
    expect(reading.outputs).toHaveLength(3);
    expect(columnNotes(reading)).toEqual([{ code: 'reader.columnNotTaken', cell: 'E4', params: { header: 'Cột lạ', column: 'E' } }]);
  });

  it('reads the publication date of two date columns, whichever comes first, and names it to the other', () => {
    const written = (i: number) => d(`2018-02-2${i}`);
    const sheet = rawSheet('Tin bài', [
      ['SỔ THEO DÕI TIN BÀI NĂM 2018'],
      ['STT', 'Ngày viết', 'Ngày đăng', 'Tên tin bài', 'Cơ quan báo, đài'],
      ...[1, 2, 3].map((i) => [i, written(i), d(`2018-03-0${i}`), `Tin tuyên truyền cải cách hành chính số ${i}`, 'Báo Tây Ninh']),
    ]);
    const reading = readBook(GO_DAU_116, [sheet], { file: 'xa-thanh-duc.xlsx' });
    expect(reading.outputs.map((e) => e.record.date)).toEqual(['2018-03-01', '2018-03-02', '2018-03-03']);
    expect(columnNotes(reading)).toEqual([
      { code: 'reader.columnSecond', cell: 'B2', params: { header: 'Ngày viết', column: 'B', other: 'C', otherHeader: 'Ngày đăng' } },
    ]);
  });

  it.each([
    ['Ngày đăng', true],
    ['Ngày phát sóng', true],
    ['Thời gian đăng tải', true],
    ['NGÀY XUẤT BẢN', true],
    ['Ngày viết', false],
    ['Ngày gửi đăng', false],
    ['Ngày', false],
  ])('tells "%s" as naming when the item came out: %s', (header, expected) => {
    expect(namesPublication(header)).toBe(expected);
  });

  it('names the column read instead when a second column is headed with a role the table has', () => {
    const reading = readBook(GO_DAU_116, [log(['Ngày viết'], (i) => [d(`2018-02-2${i}`)])], { file: 'xa-thanh-duc.xlsx' });
    expect(reading.outputs.map((e) => e.record.date)).toEqual(['2018-03-01', '2018-03-02', '2018-03-03']);
    expect(columnNotes(reading)).toEqual([
      { code: 'reader.columnSecond', cell: 'E4', params: { header: 'Ngày viết', column: 'E', other: 'B', otherHeader: 'Ngày đăng' } },
    ]);
  });
});
