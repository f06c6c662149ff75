import { customPeriod, periodFor, periodsOfYear } from '../../../src/core/periods';
import { reportSheetName, type ReportScope } from '../../../src/core/report';
import { plan, unitOf } from './reportFixtures';

const district: ReportScope = { kind: 'district' };
const thanhDuc: ReportScope = { kind: 'unit', unit: unitOf('XTD') };

const valid = (name: string): boolean => name.length > 0 && name.length <= 31 && !/[\\/?*[\]:]/.test(name) && !/^'|'$/.test(name);

describe('reportSheetName', () => {
  it.each([
    [periodFor('half-year', 2018, 1, 'nd09-cutoff'), district, 'BC 6T-2018'],
    [periodFor('half-year', 2018, 2, 'nd09-cutoff'), district, 'BC 6TC-2018'],
    [periodFor('year', 2018, undefined, 'nd09-cutoff'), district, 'BC Nam-2018'],
    [periodFor('quarter', 2018, 3, 'nd09-cutoff'), district, 'BC Q3-2018'],
    [periodFor('quarter', 2018, 3, 'calendar'), district, 'BC Q3-2018 DL'],
    [periodFor('half-year', 2018, 1, 'calendar'), thanhDuc, 'BC 6T-2018 DL XTD'],
    [customPeriod('2018-03-01', '2018-05-31'), district, 'BC 01.03-31.05.2018'],
    [customPeriod('2017-12-15', '2018-06-14'), district, 'BC 15.12.2017-14.06.2018'],
    [periodFor('half-year', 2018, 1, 'nd09-cutoff'), thanhDuc, 'BC 6T-2018 XTD'],
  ])('names %o for %o "%s"', (period, scope, expected) => {
    expect(reportSheetName(period, scope)).toBe(expected);
  });

  it('is valid and distinct for every standard period of a year, for the district and for each unit', () => {
    const names = periodsOfYear(2018, 'nd09-cutoff').flatMap((period) => [
      reportSheetName(period, district),
      ...plan.units.map((unit) => reportSheetName(period, { kind: 'unit', unit })),
    ]);
    expect(names.filter((n) => !valid(n))).toEqual([]);
    expect(new Set(names).size).toBe(names.length);
  });

  it('gives the Nghị định 09 and the calendar report of the same period different sheets', () => {
    for (const period of periodsOfYear(2018, 'nd09-cutoff')) {
      const calendar = periodFor(period.kind as 'year' | 'half-year' | 'quarter', 2018, period.index, 'calendar');
      expect(reportSheetName(calendar, district)).not.toBe(reportSheetName(period, district));
      expect(reportSheetName(calendar, thanhDuc)).not.toBe(reportSheetName(period, thanhDuc));
    }
  });

  it('given a unit code with forbidden characters or too long, still gives a valid name', () => {
    const odd = { ...unitOf('XTD'), code: "'XÃ/THẠNH:ĐỨC*[2018]?-VERY-LONG-CODE-INDEED'" };
    const name = reportSheetName(customPeriod('2017-12-15', '2018-06-14'), { kind: 'unit', unit: odd });
    expect(valid(name)).toBe(true);
    expect(name.startsWith('BC 15.12.2017-14.06.2018 ')).toBe(true);
  });
});
