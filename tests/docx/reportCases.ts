import { customPeriod, periodFor, type Period } from '../../src/core/periods';
import type { ReportInput } from '../../src/core/report';
import { DISTRICT_RECORDS, plan, THANH_DUC_RECORDS, unitOf } from '../core/report/reportFixtures';

/**
 * The Word reports the docx tests render: an agency (Phòng Văn hóa và Thông tin), a commune
 * (Xã Thạnh Đức) and the district (Phòng Nội vụ), each for a half-year, a year, a quarter and a
 * custom range, over the fixed records of the sheet report's tests.
 */
export const PERIODS: readonly (readonly [string, Period])[] = [
  ['6T-2018', periodFor('half-year', 2018, 1, 'nd09-cutoff')],
  ['Nam-2018', periodFor('year', 2018, undefined, 'nd09-cutoff')],
  ['Q3-2018', periodFor('quarter', 2018, 3, 'nd09-cutoff')],
  ['01.03-31.05.2018', customPeriod('2018-03-01', '2018-05-31')],
];

const agencyRecords = {
  outputs: DISTRICT_RECORDS.outputs.filter((r) => r.unit === 'PVHTT'),
  standing: [],
  spending: [],
};

export interface ReportCase {
  readonly name: string;
  readonly who: 'agency' | 'commune' | 'district';
  readonly input: ReportInput;
}

export const CASES: readonly ReportCase[] = PERIODS.flatMap(([tag, period]) => {
  const common = { plan, period, reportDate: period.to, documentNumber: '    ' };
  return [
    {
      name: `agency-PVHTT-${tag}`,
      who: 'agency' as const,
      input: { ...common, scope: { kind: 'unit' as const, unit: unitOf('PVHTT') }, records: agencyRecords },
    },
    {
      name: `commune-XTD-${tag}`,
      who: 'commune' as const,
      input: { ...common, scope: { kind: 'unit' as const, unit: unitOf('XTD') }, records: THANH_DUC_RECORDS },
    },
    { name: `district-${tag}`, who: 'district' as const, input: { ...common, scope: { kind: 'district' as const }, records: DISTRICT_RECORDS } },
  ];
});
