import type { RawSheet, WorkbookReader } from '../ports/workbookPort';

/**
 * Every sheet of the workbook whose name passes `keep`, in workbook order. One read per sheet:
 * through Office.js each is a single batch, and a tracker has a handful of sheets.
 */
export async function readAllSheets(book: WorkbookReader, keep: (name: string) => boolean = () => true): Promise<RawSheet[]> {
  const sheets: RawSheet[] = [];
  for (const name of (await book.listSheets()).filter(keep)) {
    const sheet = await book.readSheet(name);
    if (sheet !== null) sheets.push(sheet);
  }
  return sheets;
}
