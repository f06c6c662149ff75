import { blankSheet, date, formula, num, text } from '../../src/core/layout/cells';
import { InvalidAddressError } from '../../src/excel/errors';
import { MAX_FACT_AREAS } from '../../src/excel/sheetFacts';
import { portOnHost, removeHost } from './hostPort';

afterEach(removeHost);

describe('reading the workbook', () => {
  test('readSheet round-trips what was written: text as text, numbers, dates as serials', async () => {
    const { port } = portOnHost();
    const rows = [
      [text('Đơn vị'), text('Ngày'), text('Số lượt'), text('Ghi chú')],
      [text('Xã Hiệp Thạnh'), date('2018-01-15'), num(12), text('- họp dân')],
      [text('Thị trấn Gò Dầu'), date('2018-12-31'), num(0), text('=chưa rõ')],
    ];
    await port.writeSheets({ sheets: [{ ...blankSheet('Nhập liệu'), blocks: [{ at: 'B3', rows }] }], definedNames: [] });
    const read = await port.readSheet('Nhập liệu');
    expect(read).toEqual({
      name: 'Nhập liệu',
      origin: { row: 3, column: 2 },
      values: [
        ['Đơn vị', 'Ngày', 'Số lượt', 'Ghi chú'],
        ['Xã Hiệp Thạnh', 43115, 12, '- họp dân'],
        ['Thị trấn Gò Dầu', 43465, 0, '=chưa rõ'],
      ],
      visibility: 'visible',
      hiddenRows: [],
    });
  });

  test('readSheet gives null for a missing sheet and an empty grid for an empty one', async () => {
    const { port } = portOnHost({ initialSheets: [{ name: 'Trống' }] });
    await expect(port.readSheet('Không có')).resolves.toBeNull();
    await expect(port.readSheet('Trống')).resolves.toEqual({ name: 'Trống', values: [], origin: { row: 1, column: 1 }, visibility: 'visible', hiddenRows: [] });
  });

  // "Blank and null values in Excel add-ins" (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values):
  // Office.js reads a blank cell as ''. Range.valueTypes 'Error' (https://learn.microsoft.com/javascript/api/excel/excel.rangevaluetype):
  // an error value reads as its text in `values`.
  test('given blank cells and error values, blanks come back null and errors as their text, rows jagged', async () => {
    const { port } = portOnHost({
      initialSheets: [
        {
          name: 'Sổ',
          values: [
            ['Tên', 'Số', 'Ghi chú'],
            ['Xã A', '', ''],
            ['', 3, 'x'],
          ],
          errors: { B2: '#N/A' },
        },
      ],
      formulaValue: () => ({ error: '#DIV/0!' }),
    });
    await port.writeSheets({ sheets: [{ ...blankSheet('Tính'), blocks: [{ at: 'A1', rows: [[num(1), formula('A1/0')]] }] }], definedNames: [] });
    const read = await port.readSheet('Sổ');
    expect(read?.values).toEqual([
      ['Tên', 'Số', 'Ghi chú'],
      ['Xã A', '#N/A'],
      [null, 3, 'x'],
    ]);
    expect((await port.readSheet('Tính'))?.values).toEqual([[1, '#DIV/0!']]);
  });

  test('given a hidden sheet with hidden rows, readSheet says so; merges are absent before ExcelApi 1.13', async () => {
    const { port } = portOnHost({
      initialSheets: [
        { name: 'Hiện' },
        { name: 'Ẩn', visibility: 'Hidden', values: [['a'], ['b'], ['c'], ['d'], ['e']], hiddenRows: [2, 4, 9], merges: ['A1:C1'] },
      ],
    });
    const read = await port.readSheet('Ẩn');
    expect(read?.visibility).toBe('hidden');
    // Row 9 is hidden but outside the used range A1:A5: only rows the sheet uses are listed.
    expect(read?.hiddenRows).toEqual([2, 4]);
    expect(read).not.toHaveProperty('merges');
  });

  // Range.getMergedAreasOrNullObject (ExcelApi 1.13): https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)
  test('where ExcelApi 1.13 is there, merged areas are read; a very hidden sheet says veryHidden', async () => {
    const { port } = portOnHost({
      supportedSets: { ExcelApi: '1.13' },
      initialSheets: [
        { name: 'Hiện' },
        {
          name: 'Gộp',
          visibility: 'VeryHidden',
          values: [
            ['Báo cáo', '', ''],
            ['a', 'b', 'c'],
          ],
          merges: ['A1:C1', 'E5:F6'],
        },
      ],
    });
    const read = await port.readSheet('Gộp');
    expect(read?.visibility).toBe('veryHidden');
    expect(read?.merges).toEqual([
      { top: 1, left: 1, bottom: 1, right: 3 },
      { top: 5, left: 5, bottom: 6, right: 6 },
    ]);
  });

  test('given more hidden-row runs than MAX_FACT_AREAS (a filter hiding every other row), hiddenRows is left absent, not guessed', async () => {
    const every = Array.from({ length: MAX_FACT_AREAS + 1 }, (_, i) => 2 * i + 2);
    const { port, host } = portOnHost({ initialSheets: [{ name: 'Lọc', values: [['a']], hiddenRows: every }] });
    host.seed('Lọc', `A${2 * MAX_FACT_AREAS + 10}`, [['z']]);
    const read = await port.readSheet('Lọc');
    expect(read).not.toHaveProperty('hiddenRows');
    expect(read?.values[2 * MAX_FACT_AREAS + 9]).toEqual(['z']);
  });

  test('listSheets gives names in workbook order, hidden ones included', async () => {
    const { port } = portOnHost({ initialSheets: [{ name: 'B' }, { name: 'A', visibility: 'Hidden' }, { name: 'C' }] });
    await expect(port.listSheets()).resolves.toEqual(['B', 'A', 'C']);
  });

  test('selectCell activates the sheet and selects the cell', async () => {
    const { port, host } = portOnHost({ initialSheets: [{ name: 'Một' }, { name: 'Hai' }] });
    await port.selectCell('Hai', 'C7');
    expect(host.activeSheet()).toBe('Hai');
    expect(host.selection()).toEqual({ sheet: 'Hai', address: 'C7' });
  });

  test('selectCell with an address that is not A1 is a misuse', async () => {
    const { port } = portOnHost();
    await expect(port.selectCell('Sheet1', 'R1C1')).rejects.toBeInstanceOf(InvalidAddressError);
  });
});
