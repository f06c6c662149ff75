import { found, only, plan, rawSheet, templateSheets, validate } from './support';

describe('the stamp', () => {
  it('happy path: same plan, same revision', () => {
    expect(found(validate(templateSheets()), 'validation.stamp')).toEqual([]);
  });

  it.each([
    [{ revision: 2 }, 'validation.stamp.olderRevision', 'B3'],
    [{ revision: 0 }, 'validation.stamp.newerRevision', 'B3'],
    [{ id: '45/KH-UBND-2026' }, 'validation.stamp.otherPlan', 'B2'],
  ])('given the active plan %j, reports %s at the stamp', (identity, code, cell) => {
    const active = { ...plan, identity: { ...plan.identity, ...identity } };
    const report = validate(templateSheets(), {}, active);
    expect(found(report, 'validation.stamp')).toEqual([[code, cell]]);
    expect(only(report, code)).toMatchObject({ severity: 'warning', where: { sheet: '_cchc' } });
  });

  it('says nothing for a tracker with no stamp', () => {
    expect(found(validate([rawSheet('Sheet1', [['Ngày', 'Tiêu đề', 'Đơn vị']])]), 'validation.stamp')).toEqual([]);
  });
});
