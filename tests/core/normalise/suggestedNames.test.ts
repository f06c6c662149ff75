import { planNormalise } from '../../../src/core/usecases/normaliseWorkbook';
import { d, plan, templateSheets, TODAY } from '../validation/support';

/** try13j defect 3: validate suggested "Ngân sách phường chi CCHC" for "Ngân sách phường", normalise kept it as typed. */
describe('normalising a name the plan does not know but Kiểm tra suggests one name for', () => {
  it('given a funding source holding every word of one plan source, writes that source and says why', () => {
    const planned = planNormalise(templateSheets({ spending: [[d('2018-03-05'), 'In tờ rơi', 1500000, 'Ngân sách xã', 'Xã Thạnh Đức', null]] }), {
      plan,
      today: TODAY,
    });
    if (planned.kind !== 'planned') throw new Error('a template workbook');
    expect(planned.writes.map((w) => [w.sheet, w.cell, w.reason, w.value])).toEqual([
      ['Kinh phí', 'D4', 'suggested', { kind: 'text', text: 'Ngân sách UBND xã, thị trấn' }],
    ]);
    expect(planned.unsettled).toEqual([]);
  });

  it("given a channel one letter off the plan's name, writes the plan's name", () => {
    const planned = planNormalise(templateSheets({ outputs: [[d('2018-03-05'), 'Báo Tây Ninhh', 'Tin', 'Tin 1', null, null, null]] }), { plan, today: TODAY });
    if (planned.kind !== 'planned') throw new Error('a template workbook');
    expect(planned.writes.map((w) => [w.cell, w.reason, w.value])).toEqual([['B4', 'suggested', { kind: 'text', text: 'Báo Tây Ninh' }]]);
  });

  it('given a funding source two plan sources are equally near, leaves it as typed and lists it', () => {
    const twoSources = {
      ...plan,
      fundingSources: [
        { code: 'A1', name: 'Ngân sách khối A1', note: '', levels: ['commune' as const] },
        { code: 'A2', name: 'Ngân sách khối A2', note: '', levels: ['commune' as const] },
      ],
    };
    const sheets = templateSheets({ spending: [[d('2018-03-05'), 'In tờ rơi', 1500000, 'Ngân sách khối A', 'Xã Thạnh Đức', null]] }, { plan: twoSources });
    const planned = planNormalise(sheets, { plan: twoSources, today: TODAY });
    if (planned.kind !== 'planned') throw new Error('a template workbook');
    expect(planned.writes).toEqual([]);
    expect(planned.unsettled.map((u) => [u.cell, u.reason])).toEqual([['D4', 'unknownName']]);
  });
});
