import type ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';

/** Waits until no file in Tổng hợp's list is waiting or being read, and the reading progress is gone. */
export async function allRead(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const list = document.querySelector('[data-testid="consolidate-files"]');
    return list !== null && !/Chờ đọc|Đang đọc/.test(list.textContent ?? '') && document.querySelector('[data-testid="consolidate-progress"]') === null;
  });
}

/** The first cell of a downloaded workbook's sheet whose shown text is `wanted` (a return copy's marked cell). */
export function cellHolding(sheet: ExcelJS.Worksheet, wanted: string): ExcelJS.Cell | undefined {
  let found: ExcelJS.Cell | undefined;
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (found === undefined && cell.text === wanted) found = cell;
    }),
  );
  return found;
}

/** A cell note's text, plain or rich; '' when the cell has none. */
export const noteText = (cell: ExcelJS.Cell | undefined): string => {
  const note = cell?.note;
  if (note === undefined) return '';
  return typeof note === 'string' ? note : (note.texts ?? []).map((t) => t.text).join('');
};
