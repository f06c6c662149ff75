import { quarantineText } from '../../../src/core/consolidate/consolidationSheets';

describe('why a row was set aside, in words', () => {
  test('given a unit cell naming what the plan does not know, says what it names (issue 11, fourth tester, F4)', () => {
    expect(quarantineText({ reason: 'unknownUnit', value: 'Gò Dầu' }, 'vi')).toBe('Đơn vị "Gò Dầu" không có trong kế hoạch');
    expect(quarantineText({ reason: 'unknownUnit', value: 'Gò Dầu' }, 'en')).toBe('Unit "Gò Dầu" is not in the plan');
  });

  test('given a row of a file whose unit is not known at all, says only that', () => {
    expect(quarantineText({ reason: 'unknownUnit', value: '' }, 'vi')).toBe('Không rõ đơn vị');
  });
});
