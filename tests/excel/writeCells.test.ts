import { isoToSerial } from '../../src/core/dates/serial';
import { date, empty, text } from '../../src/core/layout/cells';
import { GO_DAU_116 } from '../../src/core/plan/goDau116';
import type { Unit } from '../../src/core/plan/types';
import { buildTemplate } from '../../src/core/template/buildTemplate';
import { checkWorkbook } from '../../src/core/usecases/checkWorkbook';
import { normaliseWorkbook } from '../../src/core/usecases/normaliseWorkbook';
import { portOnHost, removeHost } from './hostPort';

afterEach(removeHost);

const plan = GO_DAU_116;
const thanhDuc = plan.units.find((u) => u.code === 'XTD') as Unit;
const TODAY = '2019-01-15';

describe('Chuẩn hóa through Office.js (the pane)', () => {
  test('given a template with NFD text, an alias, a text date and a text amount, writes only those cells, with date and number formats, and a second run finds nothing', async () => {
    const { port, host } = portOnHost();
    const layout = buildTemplate({
      plan,
      kind: 'unit',
      unit: thanhDuc,
      createdOn: '2018-07-01',
      existing: {
        outputs: [
          [date('2018-03-05'), text('Báo Tây Ninh'.normalize('NFD')), text('Tin'), text('a'), empty, empty, empty],
          [text('06/03/2018'), text('Trang TTĐT huyện'), text('Bài'), text('b'), empty, empty, empty],
        ],
        standing: [],
        spending: [[date('2018-03-10'), text('In băng rôn'), text('1.500.000 đ'), text('Ngân sách UBND xã, thị trấn'), empty, empty]],
      },
    });
    await port.writeSheets(layout);
    const outputsBefore = host.sheet('Tin bài')?.values('A3:G5');

    const planned = await normaliseWorkbook(port, { plan, today: TODAY });
    if (planned.kind !== 'planned') throw new Error('a template workbook');
    expect(planned.writes.map((w) => `${w.sheet}!${w.cell}`)).toEqual(['Tin bài!B4', 'Tin bài!A5', 'Tin bài!B5', 'Kinh phí!C4']);
    await expect(port.writeCells?.(planned.writes)).resolves.toBe(4);

    const outputs = host.sheet('Tin bài');
    expect(outputs?.cell('B4').value).toBe('Báo Tây Ninh');
    expect(outputs?.cell('A5').value).toBe(isoToSerial('2018-03-06'));
    expect(outputs?.cell('A5').numberFormat).toBe('dd/mm/yyyy');
    expect(outputs?.cell('B5').value).toBe('Trang thông tin điện tử huyện');
    expect(host.sheet('Kinh phí')?.cell('C4').value).toBe(1_500_000);
    // Every other cell of the table is as it was.
    const after = outputs?.values('A3:G5');
    const changed = new Set(['1,1', '2,0', '2,1']);
    outputsBefore?.forEach((row, r) => row.forEach((value, c) => (changed.has(`${r},${c}`) ? undefined : expect(after?.[r]?.[c]).toEqual(value))));

    await expect(normaliseWorkbook(port, { plan, today: TODAY })).resolves.toEqual({ kind: 'planned', writes: [], unsettled: [] });
    const { report } = await checkWorkbook(port, { plan, today: TODAY });
    expect(report.issues.filter((i) => i.code.startsWith('validation.live.') || i.code === 'validation.amount.text')).toEqual([]);
  });
});
