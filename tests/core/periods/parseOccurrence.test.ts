import { isOccurrence, occurrencePeriod, parseOccurrence, periodFor } from '../../../src/core/periods';

describe('parseOccurrence: the "Kỳ" an officer writes on a Hạng mục row', () => {
  it.each([
    ['Quý I', { kind: 'quarter', index: 1 }],
    ['quý 1', { kind: 'quarter', index: 1 }],
    ['Q1', { kind: 'quarter', index: 1 }],
    ['Quý I/2026', { kind: 'quarter', index: 1, year: 2026 }],
    ['quý IV năm 2026', { kind: 'quarter', index: 4, year: 2026 }],
    ['Quý III', { kind: 'quarter', index: 3 }],
    ['Tháng 3', { kind: 'month', index: 3 }],
    ['T3', { kind: 'month', index: 3 }],
    ['tháng 12/2026', { kind: 'month', index: 12, year: 2026 }],
    ['6 tháng đầu năm', { kind: 'half-year', index: 1 }],
    ['6 tháng cuối năm 2026', { kind: 'half-year', index: 2, year: 2026 }],
    ['Năm 2026', { kind: 'year', year: 2026 }],
    ['Cả năm', { kind: 'year' }],
  ])('reads "%s"', (text, expected) => {
    expect(parseOccurrence(text)).toEqual(expected);
  });

  it.each(['Quý V', 'Tháng 13', 'T0', 'cập nhật trễ', 'Q1/26', '2026'])('given "%s", names no occurrence', (text) => {
    expect(parseOccurrence(text)).toBeNull();
  });

  it("gives the plan year's quarter when no year is written, under the plan's convention", () => {
    const spec = parseOccurrence('Quý I');
    expect(spec).not.toBeNull();
    if (spec === null) return;
    expect(occurrencePeriod(spec, 2026, 'calendar')).toEqual(periodFor('quarter', 2026, 1, 'calendar'));
    expect(isOccurrence(spec, periodFor('quarter', 2026, 1, 'calendar'), 2026)).toBe(true);
    expect(isOccurrence(spec, periodFor('quarter', 2026, 2, 'calendar'), 2026)).toBe(false);
    expect(isOccurrence({ kind: 'quarter', index: 1, year: 2025 }, periodFor('quarter', 2026, 1, 'calendar'), 2026)).toBe(false);
  });
});
