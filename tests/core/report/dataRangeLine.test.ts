import { customPeriod } from '../../../src/core/periods';
import type { OutputRecord } from '../../../src/core/records/types';
import { dataRangeLine } from '../../../src/core/report/reportData';

const output = (date: string, row: number): OutputRecord => ({
  source: { sheet: 'Tin bài', row },
  date,
  channel: 'BTN',
  form: 'TIN',
  title: `Tin ${row}`,
  link: '',
  unit: 'XTD',
  note: '',
});

describe('the line under the report title, "(Số liệu tính từ … đến ngày …)"', () => {
  const year = customPeriod('2026-01-01', '2026-12-31');
  const records = { outputs: [output('2026-03-05', 4), output('2026-12-15', 5), output('2027-01-03', 6)], spending: [] };

  it('runs to the report date inside the period and says how many rows dated after it wait for the next report (try13m D2)', () => {
    expect(dataRangeLine(year, '2026-11-30', 'vi', records)).toBe(
      '(Số liệu tính từ ngày 01/01/2026 đến ngày 30/11/2026; 1 dòng ghi ngày sau ngày báo cáo chưa tính)',
    );
  });

  it('says nothing more when no row is dated after the report date inside the period', () => {
    expect(dataRangeLine(year, '2026-12-31', 'vi', records)).toBe('(Số liệu tính từ ngày 01/01/2026 đến ngày 31/12/2026)');
    expect(dataRangeLine(year, '2026-11-30', 'vi')).toBe('(Số liệu tính từ ngày 01/01/2026 đến ngày 30/11/2026)');
  });
});
