import { formatIssue, unreadableMessage } from '../../src/cli/messages';
import { issue } from '../../src/core/issues';
import { CorruptXlsxError, EmptyFileError, EncryptedXlsxError, NotXlsxError } from '../../src/xlsx/errors';

describe('formatIssue', () => {
  test('puts severity and sheet!cell first', () => {
    const warning = issue('plan.section.unknown', 'warning', { sheet: 'Kế hoạch', cell: 'A89' }, { text: 'MỤC LẠ', known: 'ĐƠN VỊ' });
    expect(formatIssue(warning, 'vi')).toBe('Cảnh báo Kế hoạch!A89: Không nhận ra mục "MỤC LẠ"; mục này bị bỏ qua. Các mục hợp lệ: ĐƠN VỊ.');
    expect(formatIssue(warning, 'en')).toMatch(/^Warning Kế hoạch!A89: /);
  });

  test('an issue about a whole sheet has no cell', () => {
    expect(formatIssue(issue('plan.units.none', 'error', { sheet: 'Kế hoạch' }), 'vi')).toBe('Lỗi Kế hoạch: Kế hoạch chưa có đơn vị nào.');
  });
});

describe('unreadableMessage', () => {
  test.each([
    [new EmptyFileError(), 'rỗng'],
    [new NotXlsxError('xls'), 'Excel 97-2003 (.xls)'],
    [new CorruptXlsxError(true), 'bị cắt cụt'],
    [new CorruptXlsxError(false), 'bị hỏng'],
    [new EncryptedXlsxError(), 'mật khẩu'],
    [Object.assign(new Error('EISDIR'), { code: 'EISDIR' }), 'là một thư mục'],
    [Object.assign(new Error('EACCES'), { code: 'EACCES' }), 'Không có quyền'],
    [new Error('disk on fire'), 'disk on fire'],
  ])('%s', (error, expected) => {
    expect(unreadableMessage(error, 'kh.xlsx', 'vi')).toContain(expected);
  });
});
