import { documentCode } from '../../../src/core/report/documentCode';
import { reportDocument } from '../../../src/core/report/reportDocument';
import { CASES } from '../../docx/reportCases';

describe("the report's number and symbol (ND 30/2020, Phụ lục I)", () => {
  it('adds "/BC-" and the issuing body\'s symbol to a number given alone', () => {
    expect(documentCode('85', 'UBND')).toBe('85/BC-UBND');
  });

  it('keeps a whole code as the văn thư registered it, never doubling the symbol (try13m D4: "85/BC-VP/BC-VP")', () => {
    expect(documentCode('85/BC-VP', 'UBND')).toBe('85/BC-VP');
    expect(documentCode(' 12/BC-UBND-VP ', 'PNV')).toBe('12/BC-UBND-VP');
  });

  it('prints the code so after "Số:" and in the annex\'s "Kèm theo Báo cáo số …"', () => {
    // A consolidated report, whose units' figures go to the annex.
    const input = CASES.find((c) => reportDocument(c.input).appendix !== null)!.input;
    const whole = reportDocument({ ...input, documentNumber: '85/BC-VP' });
    const alone = reportDocument({ ...input, documentNumber: '85' });
    expect(whole.header.number).toBe('Số: 85/BC-VP');
    expect(whole.appendix?.subtitle).toContain('Kèm theo Báo cáo số 85/BC-VP ngày');
    expect(alone.header.number).toMatch(/^Số: 85\/BC-[A-ZĐ]+$/);
  });
});
