import { date, empty, num, text } from '../../../src/core/layout/cells';
import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import { buildTemplate, type ExistingRows } from '../../../src/core/template/buildTemplate';
import { readExistingRows } from '../../../src/core/template/readExisting';
import { layoutToRawSheets } from '../../support/layoutToRawSheets';

const unit = GO_DAU_116.units.find((u) => u.code === 'XTD') ?? GO_DAU_116.units[0]!;

describe('readExistingRows', () => {
  it('reads back exactly the rows a template holds, so applying the template again loses nothing', () => {
    const existing: ExistingRows = {
      outputs: [
        [date('2018-02-01'), text('Báo Tây Ninh'), text('Tin'), text('HỘI NGHỊ TRIỂN KHAI'), empty, empty, empty],
        [text('ngày 3 tháng 2'), text('TTĐT'), text('Bài'), text('- ghi chú'), num(1234), text('Xã Thạnh Đức'), text('=tự gõ')],
      ],
      standing: [[text('III.1.f'), text('Băng rôn'), text('Xã Thạnh Đức'), text('Đã thực hiện'), date('2018-03-02'), text('ảnh'), empty, text('Quý I')]],
      spending: [[date('2018-04-01'), text('In băng rôn'), num(1500000), text('Ngân sách UBND xã, thị trấn'), empty, empty]],
    };
    const first = buildTemplate({ plan: GO_DAU_116, kind: 'unit', unit, createdOn: '2018-07-01', existing });
    const again = readExistingRows(layoutToRawSheets(first));
    expect(again.outputs).toEqual(existing.outputs);
    expect(again.spending).toEqual(existing.spending);
    expect(again.standing[0]).toEqual(existing.standing[0]);
    const second = buildTemplate({ plan: GO_DAU_116, kind: 'unit', unit, createdOn: '2018-08-01', existing: again });
    expect(readExistingRows(layoutToRawSheets(second))).toEqual(again);
  });

  it('given a workbook with no entry sheets, returns no rows', () => {
    expect(readExistingRows([{ name: 'Sheet1', values: [['x']], origin: { row: 1, column: 1 } }])).toEqual({ outputs: [], standing: [], spending: [] });
  });
});
