import { mappingFileToDecisions } from '../../../src/core/adopt/mappingFile';
import { t } from '../../../src/core/i18n/format';
import { GO_DAU_116 } from '../../../src/core/plan/goDau116';

/** try13j: `consolidate --map` took an adopt map's "standing", "spending" and "items" keys without a word, and applied none. */
describe("a consolidation's mapping file holding adopt's own keys", () => {
  it('says in one warning which keys it leaves aside, at the top and for a file, and still takes the rest', () => {
    const { decisions, issues } = mappingFileToDecisions(
      GO_DAU_116,
      {
        channels: { 'Loa KP': 'TTĐT' },
        standing: { 'Theo dõi': { headerRow: 5, columns: { B: 'title' } } },
        items: { 'Thay bảng tin': null },
        files: { 'kp1.xlsx': { fundingSources: { 'Ngân sách phường': null } } },
      },
      '2018-06-30',
    );
    expect(decisions.map((d) => [d.kind, d.seen])).toEqual([['channel', 'Loa KP']]);
    expect(issues.map((i) => [i.code, i.severity, i.params])).toEqual([
      ['adopt.map.adoptOnly', 'warning', { keys: '"standing", "items"' }],
      ['adopt.map.adoptOnlyInFile', 'warning', { keys: '"fundingSources"', file: 'kp1.xlsx' }],
    ]);
    const [top] = issues;
    expect(top === undefined ? '' : t(top.code, top.params ?? {}, 'vi')).toMatch(/^Các khóa "standing", "items" chỉ dùng khi nhận sổ \(cchc adopt\)/);
  });

  it('says nothing for a mapping file without them', () => {
    expect(mappingFileToDecisions(GO_DAU_116, { channels: { 'Loa KP': 'TTĐT' } }, '2018-06-30').issues).toEqual([]);
  });
});
