import { isReturnCopyOf, returnCopyName, returnCopyStem } from '../../../src/core/review/returnCopyName';

describe('the name of a return copy (issue 15)', () => {
  it('given a unit’s file, is its name with the suffix before .xlsx, numbered from the second', () => {
    expect(returnCopyName('TT Go Dau - so theo doi', 'cần sửa')).toBe('TT Go Dau - so theo doi (cần sửa).xlsx');
    expect(returnCopyName('bao-cao', 'to fix', 2)).toBe('bao-cao (to fix 2).xlsx');
  });

  it('given a copy the unit sent back, is not suffixed again, whatever the suffix’s language, number or case', () => {
    expect(returnCopyName('TT Go Dau - so theo doi (cần sửa)', 'cần sửa')).toBe('TT Go Dau - so theo doi (cần sửa).xlsx');
    expect(returnCopyName('X (cần sửa 2)', 'cần sửa')).toBe('X (cần sửa).xlsx');
    expect(returnCopyName('X (to fix)', 'cần sửa')).toBe('X (cần sửa).xlsx');
    expect(returnCopyName('X (Cần Sửa)', 'to fix')).toBe('X (to fix).xlsx');
    // Written with combining marks (macOS file names): still the suffix.
    expect(returnCopyName('X (cần sửa)'.normalize('NFD'), 'cần sửa')).toBe('X (cần sửa).xlsx');
  });

  it('given a name that only mentions fixing, keeps it whole', () => {
    expect(returnCopyStem('TT Go Dau (can sua) chua sua')).toBe('TT Go Dau (can sua) chua sua');
    expect(returnCopyStem('Sổ cần sửa')).toBe('Sổ cần sửa');
    expect(returnCopyName('(cần sửa)', 'cần sửa')).toBe('(cần sửa) (cần sửa).xlsx');
  });

  it('tells the copies this tool writes of a file from every other name in the folder', () => {
    expect(isReturnCopyOf('Thanh Duc (cần sửa).xlsx', 'Thanh Duc')).toBe(true);
    expect(isReturnCopyOf('thanh duc (TO FIX 2).XLSX', 'Thanh Duc')).toBe(true);
    expect(isReturnCopyOf('Thanh Duc (cần sửa).xlsx'.normalize('NFD'), 'Thanh Duc (cần sửa)')).toBe(true);
    expect(isReturnCopyOf('Thanh Duc.xlsx', 'Thanh Duc')).toBe(false);
    expect(isReturnCopyOf('Thanh Duc (cần sửa).xls', 'Thanh Duc')).toBe(false);
    expect(isReturnCopyOf('Thanh Duc cu (cần sửa).xlsx', 'Thanh Duc')).toBe(false);
    expect(isReturnCopyOf('Thanh Duc (ghi chú).xlsx', 'Thanh Duc')).toBe(false);
  });
});
