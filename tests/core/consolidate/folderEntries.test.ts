import { skipReason } from '../../../src/core/consolidate/folderEntries';

describe("which files of a folder of units' files are read", () => {
  test.each([
    ['Xã Thạnh Đức.xlsx', null],
    ['BAO CAO.XLSX', null],
    ['so-theo-doi.xlsm', null],
    ['cu.xls', null],
    ['libre.ods', null],
    ['~$Xã Thạnh Đức.xlsx', 'lockFile'],
    ['.DS_Store', 'hidden'],
    ['.cchc-0a1b.tmp', 'hidden'],
    ['bao-cao.xlsb', 'notSpreadsheet'],
    ['so-lieu.csv', 'notSpreadsheet'],
    ['cong-van.pdf', 'notSpreadsheet'],
    ['README', 'notSpreadsheet'],
    ['xlsx', 'notSpreadsheet'],
  ])('given "%s", the verdict is %s', (name, reason) => {
    expect(skipReason(name)).toBe(reason);
  });
});
