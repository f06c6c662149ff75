import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { communePlanValues } from '../../examples/communePlan2026';
import { provincePlanValues } from '../../examples/provincePlan2026';
import { PLAN_SHEET_NAME } from '../../src/core/plan/planSheetFormat';
import { readWorkbook } from '../../src/xlsx/readWorkbook';

/**
 * The example plan workbooks are committed files an officer opens, and they are made by their
 * generators from the plan sheet layout. When the layout gains a column (E-mail, Hạn gửi…), a
 * workbook not made again shows the old sheet: this says which cell differs and how to remake it.
 */
describe.each([
  ['ke-hoach-xa-2026.xlsx', 'node examples/make-commune-plan.cjs', communePlanValues],
  ['ke-hoach-tinh-2026.xlsx', 'node examples/make-province-plan.cjs', provincePlanValues],
])('examples/%s', (file, remake, values) => {
  it(`holds exactly what its generator writes today (else run: ${remake})`, async () => {
    const sheets = await readWorkbook(new Uint8Array(readFileSync(join(__dirname, '..', '..', 'examples', file))));
    const sheet = sheets.find((candidate) => candidate.name === PLAN_SHEET_NAME);
    if (!sheet) throw new Error(`${file} has no "${PLAN_SHEET_NAME}" sheet`);
    const text = (cell: string | number | null | undefined): string => (cell === null || cell === undefined ? '' : String(cell));
    const expected = values().map((row) => row.map(text).join('\t').replace(/\t+$/, ''));
    expect(sheet.origin).toEqual({ row: 1, column: 1 });
    const actual = expected.map((_, r) =>
      (sheet.values[r] ?? [])
        .map((cell) => (typeof cell === 'boolean' ? String(cell) : text(cell)))
        .join('\t')
        .replace(/\t+$/, ''),
    );
    expect(sheet.values.slice(expected.length).every((row) => row.every((cell) => text(cell as string | null) === ''))).toBe(true);
    expect(actual).toEqual(expected);
  });
});
