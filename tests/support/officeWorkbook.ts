import ExcelJS from 'exceljs';

/** A cell as a test writes it: text, a number, a date (written as Excel's date, shown dd/mm/yyyy) or nothing. */
export type OfficeCell = string | number | Date | null;

/**
 * An office's workbook as exceljs saves it, one sheet per entry in order, each sheet's rows from A1:
 * the fixtures the reader's tests count by eye. Dates are real Excel dates formatted dd/mm/yyyy, as
 * offices type them; null leaves the cell empty.
 */
export async function officeWorkbook(sheets: Readonly<Record<string, readonly (readonly OfficeCell[])[]>>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null) return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = value;
        if (value instanceof Date) cell.numFmt = 'dd/mm/yyyy';
      }),
    );
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
