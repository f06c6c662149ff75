import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import type { Plan } from '../../../src/core/plan/types';
import { isOccurrence, parseOccurrence, periodFor } from '../../../src/core/periods';
import { buildTemplate } from '../../../src/core/template/buildTemplate';
import { occurrenceLabels } from '../../../src/core/template/listsSheet';
import { layoutToRawSheets } from '../../support/layoutToRawSheets';

/** 116/KH-UBND with one item renewed every quarter (issue 13, sixth tester, D4). */
const quarterly: Plan = {
  ...GO_DAU_116,
  standingItems: GO_DAU_116.standingItems.map((s) => (s.id === 'III.1.f' ? { ...s, recurrence: 'quarter' as const } : s)),
};
const unit = GO_DAU_116.units.find((u) => u.code === 'XTD') ?? GO_DAU_116.units[0]!;

describe('the Hạng mục "Kỳ" dropdown', () => {
  it("lists the plan year's quarters for a quarterly item, each read back by parseOccurrence as that quarter", () => {
    const labels = occurrenceLabels(quarterly);
    expect(labels).toEqual(['Quý I năm 2018', 'Quý II năm 2018', 'Quý III năm 2018', 'Quý IV năm 2018']);
    labels.forEach((label, i) => {
      const spec = parseOccurrence(label);
      expect(spec).not.toBeNull();
      if (spec !== null) expect(isOccurrence(spec, periodFor('quarter', 2018, i + 1, quarterly.periodConvention), 2018)).toBe(true);
    });
  });

  it('is empty when no item recurs (116/KH-UBND as built in)', () => {
    expect(occurrenceLabels(GO_DAU_116)).toEqual([]);
  });

  it('gives the template\'s Hạng mục a "Kỳ" column, last, with a dropdown on the Danh mục list that only warns', () => {
    const layout = buildTemplate({ plan: quarterly, kind: 'unit', unit, createdOn: '2018-07-01' });
    const standing = layout.sheets.find((s) => s.name === 'Hạng mục');
    expect(
      layoutToRawSheets(layout)
        .find((s) => s.name === 'Hạng mục')
        ?.values[2]?.at(-1),
    ).toBe('Kỳ');
    const rule = standing?.validations.find((v) => v.range.startsWith('H'));
    expect(rule?.rule).toEqual({ kind: 'list', source: "='Danh mục'!$G$2:$G$5" });
    expect(rule?.error?.style).toBe('warning');
    const lists = layoutToRawSheets(layout).find((s) => s.name === 'Danh mục');
    expect(lists?.values.map((r) => r[6] ?? null).slice(0, 5)).toEqual(['Kỳ', 'Quý I năm 2018', 'Quý II năm 2018', 'Quý III năm 2018', 'Quý IV năm 2018']);
  });
});
