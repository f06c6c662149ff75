import { textDifference } from '../../../src/core/normalise/cellFixes';
import { planNormalise } from '../../../src/core/usecases/normaliseWorkbook';
import { d, plan, templateSheets, TODAY } from '../validation/support';

describe('how a typed list value differs from the list', () => {
  it.each([
    ['Báo Tây Ninh', null],
    ['Báo Tây Ninh'.normalize('NFD'), 'unicodeForm'],
    [' Báo  Tây Ninh ', 'spacing'],
    [` ${'Báo Tây Ninh'.normalize('NFD')}`, 'unicodeForm'],
    ['báo tây ninh', 'letterCase'],
    ['Báo TN', 'alias'],
  ])('given %j, says %s', (typed, reason) => {
    expect(textDifference(typed, 'Báo Tây Ninh')).toBe(reason);
  });
});

describe('planNormalise', () => {
  it('given letters in other capitals, restores the list value without saying the live sheet misses it (Excel ignores case)', () => {
    const planned = planNormalise(templateSheets({ outputs: [[d('2018-03-05'), 'báo tây ninh', 'Tin', 'Tin 1', null, null, null]] }), { plan, today: TODAY });
    expect(planned).toEqual({
      kind: 'planned',
      writes: [
        expect.objectContaining({ sheet: 'Tin bài', cell: 'B4', reason: 'letterCase', missedByFormulas: false, value: { kind: 'text', text: 'Báo Tây Ninh' } }),
      ],
      unsettled: [],
    });
  });

  it('given a standing item named by its title and a "done" state in other words, writes the id and the list state', () => {
    const item = plan.standingItems.find((s) => s.id === 'III.1.f');
    const planned = planNormalise(templateSheets({ standing: [[item?.title ?? '', null, 'Xã Thạnh Đức', 'Hoàn thành', d('2018-03-02'), null, null]] }), {
      plan,
      today: TODAY,
    });
    if (planned.kind !== 'planned') throw new Error('a template workbook');
    expect(planned.writes.map((w) => [w.cell, w.reason, w.value])).toEqual([
      ['A4', 'alias', { kind: 'text', text: 'III.1.f' }],
      ['D4', 'alias', { kind: 'text', text: 'Đã thực hiện' }],
    ]);
  });
});
