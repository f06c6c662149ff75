import { blankSheet, date, num, text } from '../../src/core/layout/cells';
import { InvalidAddressError } from '../../src/excel/errors';
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
    });
  });

  test('readSheet gives null for a missing sheet and an empty grid for an empty one', async () => {
    const { port } = portOnHost({ initialSheets: [{ name: 'Trống' }] });
    await expect(port.readSheet('Không có')).resolves.toBeNull();
    await expect(port.readSheet('Trống')).resolves.toEqual({ name: 'Trống', values: [], origin: { row: 1, column: 1 } });
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
