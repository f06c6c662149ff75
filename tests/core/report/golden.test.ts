import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { periodFor } from '../../../src/core/periods';
import { buildReport, type ReportInput } from '../../../src/core/report';
import { DISTRICT_RECORDS, plan, THANH_DUC_RECORDS, unitOf } from './reportFixtures';

/**
 * Golden layouts: the whole sheet layout of the first-half 2018 report of plan 116/KH-UBND, for
 * Xã Thạnh Đức and for the district, over the fixed records in reportFixtures.ts.
 *
 * After an intended change to the report's layout, regenerate and review the diff:
 *   UPDATE_GOLDEN=1 npx jest tests/core/report/golden.test.ts
 *   git diff tests/fixtures/report
 */
const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'report');
const update = process.env['UPDATE_GOLDEN'] === '1';

/** Pretty to two levels, then one line per entry: a block (one sheet row), a style, a target. */
function golden(value: unknown, depth = 0): string {
  if (depth >= 3 || value === null || typeof value !== 'object') return JSON.stringify(value);
  const pad = ' '.repeat(depth + 1);
  const end = ' '.repeat(depth);
  if (Array.isArray(value)) {
    return value.length === 0 ? '[]' : `[\n${value.map((v) => pad + golden(v, depth + 1)).join(',\n')}\n${end}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  return `{\n${entries.map(([k, v]) => `${pad}${JSON.stringify(k)}: ${golden(v, depth + 1)}`).join(',\n')}\n${end}}`;
}

const firstHalf = periodFor('half-year', 2018, 1, 'nd09-cutoff');
const common = { plan, period: firstHalf, reportDate: '2018-06-14', documentNumber: '      ' } as const;

const cases: [string, ReportInput][] = [
  ['unit-XTD-2018-H1.json', { ...common, scope: { kind: 'unit', unit: unitOf('XTD') }, records: THANH_DUC_RECORDS }],
  ['district-2018-H1.json', { ...common, scope: { kind: 'district' }, records: DISTRICT_RECORDS }],
];

describe('report layout golden files', () => {
  it.each(cases)('%s matches buildReport', (file, input) => {
    const { layout, data } = buildReport(input);
    const actual: unknown = JSON.parse(JSON.stringify({ data, layout }));
    const path = join(FIXTURES, file);
    if (update) writeFileSync(path, `${golden(actual)}\n`);
    const expected: unknown = JSON.parse(readFileSync(path, 'utf8'));
    expect(actual).toEqual(expected);
  });
});
