import { returnCopyName } from '../../../../../src/taskpane/sections/consolidate/returns/returnCopyFileName';

describe('the name of a return copy the pane downloads', () => {
  it('given a file picked alone, is its name with "(cần sửa)" before .xlsx, as the CLI names it', () => {
    expect(returnCopyName('Sổ theo dõi - Xã Thạnh Đức.xlsx', 'cần sửa')).toBe('Sổ theo dõi - Xã Thạnh Đức (cần sửa).xlsx');
  });

  it('given a file picked with its folder, holds no folder separator, so the downloaded file has the name the pane says', () => {
    expect(returnCopyName('Don vi gui/Xa Thanh Duc/so-theo-doi.xlsx', 'cần sửa')).toBe('Don vi gui - Xa Thanh Duc - so-theo-doi (cần sửa).xlsx');
    expect(returnCopyName('Xã A\\bao.cao.xlsm', 'to fix')).toBe('Xã A - bao.cao (to fix).xlsx');
  });

  it('given a copy the unit sent back, names its copy as the CLI does, without a second "(cần sửa)"', () => {
    expect(returnCopyName('Xa A/TT Go Dau (cần sửa).xlsx', 'cần sửa')).toBe('Xa A - TT Go Dau (cần sửa).xlsx');
  });

  it('given two units that both sent "bao-cao.xlsx" in their own folders, gives them different names', () => {
    expect(returnCopyName('Xa A/bao-cao.xlsx', 'cần sửa')).not.toBe(returnCopyName('Xa B/bao-cao.xlsx', 'cần sửa'));
  });
});
