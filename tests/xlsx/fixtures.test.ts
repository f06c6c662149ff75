import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbook } from '../../src/xlsx/readWorkbook';

const fixture = (name: string): Uint8Array => readFileSync(join(__dirname, '../fixtures/xlsx', name));

describe('real files', () => {
  // libreoffice-formula-results.xlsx: formulas we wrote, recalculated and saved by LibreOffice 7.4
  test('regression: a cached formula result of 0, FALSE or "" is read, not lost (exceljs drops falsy results from cell.value)', async () => {
    const [sheet] = await readWorkbook(fixture('libreoffice-formula-results.xlsx'));
    expect(sheet?.name).toBe('Kết quả');
    expect(sheet?.values.map((row) => row[1])).toEqual([0, false, null, 2, null, 43265, '- ghi chú', 0]);
  });

  test('error results read as their text when asked', async () => {
    const [sheet] = await readWorkbook(fixture('libreoffice-formula-results.xlsx'), { errors: 'text' });
    expect(sheet?.values[4]?.[1]).toBe('#N/A');
  });
});
