import { applyAdoption } from '../../../src/core/adopt/applyAdoption';
import { applyMappingFile, proposalToMappingFile } from '../../../src/core/adopt/mappingFile';
import { proposeAdoption } from '../../../src/core/adopt/proposeAdoption';
import type { CellValue } from '../../../src/core/layout/types';
import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import { rawSheet } from '../validation/support';

const plan = GO_DAU_116;
const thanhDuc = plan.units.find((u) => u.code === 'XTD') ?? plan.units[0]!;
const formName = (code: string): string => plan.forms.find((f) => f.code === code)?.name ?? code;
const textOf = (cell: CellValue | undefined): string => (cell?.kind === 'text' ? cell.text : '');

/** A tracker without a form column on the commune's page (its targets count several forms), a title starting with "Phóng sự". */
const sheets = [
  rawSheet('Tin bài', [
    ['STT', 'Ngày đăng', 'Tên tin bài', 'Nơi đăng'],
    [1, '05/03/2018', 'Phóng sự: một cửa liên thông ở Thạnh Đức', 'TTĐT'],
  ]),
];

describe('the officer\'s default form against a form read from a title word (try13j defect 1: "defaultForm": "PT" changed nothing)', () => {
  const proposal = proposeAdoption(plan, sheets, [], thanhDuc);
  const formOf = (json: unknown): string => {
    const { mapping, issues } = applyMappingFile(plan, proposal, json);
    expect(issues).toEqual([]);
    return textOf(applyAdoption(plan, sheets, mapping, thanhDuc).rows[0]?.[2]);
  };

  it('given the mapping file as --write-map wrote it, the title word still gives the form', () => {
    expect(formOf(JSON.parse(JSON.stringify(proposalToMappingFile(proposal))))).toBe(formName('PS'));
  });

  it('given "defaultForm" changed to another form, the officer\'s choice wins over the title word', () => {
    expect(formOf({ defaultForm: 'BAI' })).toBe(formName('BAI'));
  });
});
