import { applyAdoption } from '../../../src/core/adopt/applyAdoption';
import { acceptProposal, proposeAdoption } from '../../../src/core/adopt/proposeAdoption';
import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import { rawSheet } from '../validation/support';

const thanhDuc = GO_DAU_116.units.find((u) => u.code === 'XTD') ?? GO_DAU_116.units[0]!;

describe("adopt's channel and form tables count the rows it takes (province tester: 'Fanpage 25' beside 40 rows taken of 41)", () => {
  it('given a hidden draft row, leaves it out of the label counts, so the counts add up to the rows taken', () => {
    const sheet = {
      ...rawSheet('Tin bài', [
        ['Ngày đăng', 'Tên tin bài', 'Nơi đăng', 'Hình thức'],
        ['01/03/2018', 'Tin cải cách hành chính số 1', 'TTĐT', 'Tin'],
        ['02/03/2018', 'Tin cải cách hành chính số 2', 'TTĐT', 'Tin'],
        ['03/03/2018', '(nháp) Bản tin chưa đăng', 'Báo Tây Ninh', 'Bài'],
      ]),
      hiddenRows: [4],
    };
    const proposal = proposeAdoption(GO_DAU_116, [sheet], [], thanhDuc);
    expect(proposal.channels.map((c) => [c.label, c.rows])).toEqual([['TTĐT', 2]]);
    expect(proposal.forms.map((f) => [f.label, f.rows])).toEqual([['Tin', 2]]);
    const result = applyAdoption(GO_DAU_116, [sheet], acceptProposal(proposal), thanhDuc);
    expect(result.quarantined.map((q) => q.reason)).toEqual(['hidden']);
    expect(proposal.channels.reduce((sum, c) => sum + c.rows, 0)).toBe(2);
  });
});
