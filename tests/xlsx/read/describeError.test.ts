import { CorruptXlsxError, NotXlsxError, TooLargeError } from '../../../src/xlsx/errors';
import { formatAdvice, readFailureDetail } from '../../../src/xlsx/read/describeError';

describe("the officer's words for a file that cannot be read", () => {
  test.each([
    [new TooLargeError('inflatedSize', 4 * 1024 ** 3, 300 * 1024 ** 2), 'vi', 'tệp quá lớn sau khi giải nén: 4 GB, tối đa 300 MB'],
    [new TooLargeError('parts', 25000, 20000), 'vi', 'tệp có quá nhiều thành phần: 25.000, tối đa 20.000'],
    [
      new TooLargeError('partSize', 5 * 1024 ** 3, 100, 'xl/worksheets/sheet1.xml'),
      'en',
      'part xl/worksheets/sheet1.xml is too large once unzipped: 5 GB, at most 100 B',
    ],
    [new TooLargeError('cells', 3_000_001, 3_000_000), 'en', 'the file has too many cells: 3,000,001, at most 3,000,000'],
    [new TooLargeError('time', 61_234, 60_000), 'vi', 'đọc tệp quá lâu: hơn 60 giây'],
    [new CorruptXlsxError(false, undefined, 'xl/sharedStrings.xml'), 'vi', 'thành phần xl/sharedStrings.xml của tệp bị hỏng'],
    [new NotXlsxError('ods'), 'vi', 'tệp .ods (LibreOffice, OpenOffice)'],
    [new NotXlsxError('xml2003'), 'en', 'an Excel 2003 XML file'],
  ] as const)('%s (%s)', (error, lang, words) => {
    expect(readFailureDetail(error, lang)).toBe(words);
  });

  test('a damaged file without a part named, or a truncated one, needs no more words than its reason', () => {
    expect(readFailureDetail(new CorruptXlsxError(true), 'vi')).toBeUndefined();
    expect(readFailureDetail(new CorruptXlsxError(false), 'vi')).toBeUndefined();
  });

  test('each format comes with what to do', () => {
    expect(formatAdvice('ods', 'vi')).toBe('Tệp .ods (LibreOffice): mở bằng Excel hoặc LibreOffice rồi lưu thành .xlsx.');
    expect(formatAdvice('xls', 'en')).toContain('Save As');
  });
});
