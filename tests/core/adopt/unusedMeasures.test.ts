import { applyAdoption } from '../../../src/core/adopt/applyAdoption';
import { applyMappingFile } from '../../../src/core/adopt/mappingFile';
import { acceptProposal, proposeAdoption } from '../../../src/core/adopt/proposeAdoption';
import { unusedMeasureLines } from '../../../src/core/adopt/titleMatches';
import { t } from '../../../src/core/i18n/format';
import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import type { Plan } from '../../../src/core/plan/types';
import type { RawCell } from '../../../src/core/ports/workbookPort';
import { rawSheet } from '../validation/support';

const thanhDuc = GO_DAU_116.units.find((u) => u.code === 'XTD') ?? GO_DAU_116.units[0]!;
/** The built-in plan with its first target measured in minutes, as a ward plan's loudspeaker target is (try13j CT1). */
const minutesPlan: Plan = { ...GO_DAU_116, targets: GO_DAU_116.targets.map((target, i) => (i === 0 ? { ...target, measure: 'minutes' as const } : target)) };
const minutesTarget = minutesPlan.targets[0]!.id;

function tracker(extra: string, values: RawCell[]) {
  return [
    rawSheet('Tin bài', [
      ['Ngày đăng', 'Tên tin bài', 'Nơi đăng', extra],
      ...values.map((value, i) => [`0${i + 1}/03/2018`, `Tin cải cách hành chính số ${i + 1}`, 'TTĐT', value]),
    ]),
  ];
}

describe('a number column adopt leaves out while the plan measures a target in minutes (try13j defect 2)', () => {
  it('given a column of airtime under a header adopt does not know, says the column, its header and the target', () => {
    const sheets = tracker('TG', [20, '25 phút', 30]);
    const result = applyAdoption(minutesPlan, sheets, acceptProposal(proposeAdoption(minutesPlan, sheets, [], thanhDuc)), thanhDuc);
    expect(result.unusedMeasures).toEqual([{ sheet: 'Tin bài', column: 'D', header: 'TG', measure: 'minutes', targets: minutesTarget }]);
    const [line] = unusedMeasureLines(result.unusedMeasures);
    expect(line === undefined ? '' : t(line.key, line.params, 'vi')).toMatch(/^Cột D «TG» \(sheet Tin bài\) có số nhưng không lấy vào, .*số phút/);
  });

  it('says nothing once the officer takes the column as minutes', () => {
    const sheets = tracker('TG', [20, 25, 30]);
    const { mapping } = applyMappingFile(minutesPlan, proposeAdoption(minutesPlan, sheets, [], thanhDuc), {
      sheets: { 'Tin bài': { columns: { D: 'minutes' } } },
    });
    expect(applyAdoption(minutesPlan, sheets, mapping, thanhDuc).unusedMeasures).toEqual([]);
  });

  it.each([
    ['a row count 1, 2, 3', minutesPlan, [1, 2, 3]],
    ['words, not numbers', minutesPlan, ['phát lại', 20, 'x']],
    ['a plan with no target in minutes or đồng', GO_DAU_116, [20, 25, 30]],
  ])('says nothing for %s', (_label, plan, values) => {
    const sheets = tracker('TG', values);
    expect(applyAdoption(plan, sheets, acceptProposal(proposeAdoption(plan, sheets, [], thanhDuc)), thanhDuc).unusedMeasures).toEqual([]);
  });
});
