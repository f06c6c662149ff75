import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbook } from '../../src/xlsx/readWorkbook';

const fixture = (name: string): Uint8Array => readFileSync(join(__dirname, '../fixtures/xlsx', name));

describe('real files', () => {
  // libreoffice-formula-results.xlsx: formulas we wrote, recalculated and saved by LibreOffice 7.4
  test('regression: a cached formula result of 0, FALSE or "" is read, not lost (exceljs drops falsy results from cell.value)', async () => {
    // rows are jagged (a row may end before column B) and errors read as their text by default
    const [sheet] = await readWorkbook(fixture('libreoffice-formula-results.xlsx'));
    expect(sheet?.name).toBe('Kết quả');
    expect(sheet?.values.map((row) => row[1] ?? null)).toEqual([0, false, null, 2, '#N/A', 43265, '- ghi chú', 0]);
  });

  test('error results read as null when asked', async () => {
    const [sheet] = await readWorkbook(fixture('libreoffice-formula-results.xlsx'), { errors: 'null' });
    expect(sheet?.values[4]?.[1] ?? null).toBeNull();
  });
});
