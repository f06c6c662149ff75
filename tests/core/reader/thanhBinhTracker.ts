import ExcelJS from 'exceljs';
import { run } from '../../../src/cli/run';
import { memoryIo, type MemoryIo } from '../../cli/memoryIo';
import { fixturePlanBytes } from '../../support/fixturePlans';

/**
 * Văn phòng's tracker made by `cchc template` on a new user's commune plan (xã Thạnh Bình, 2026),
 * as "so.xlsx" in a memory file system dated 30/11/2026: `titles` typed from row 4 of Tin bài as
 * Facebook news items dated 5, 10, 15… November 2026, then `edit` changes the sheet as the officer did.
 */
export async function thanhBinhTracker(titles: readonly string[], edit: (sheet: ExcelJS.Worksheet) => void): Promise<MemoryIo> {
  const io = memoryIo({ 'ke-hoach.xlsx': fixturePlanBytes('ke-hoach-thanh-binh-2026.xlsx') }, { today: '2026-11-30' });
  expect(await run(['template', '--plan', 'ke-hoach.xlsx', '--unit', 'VP', '-o', 'so.xlsx'], io)).toBe(0);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((io.files.get('so.xlsx') ?? new Uint8Array()) as unknown as ExcelJS.Buffer);
  const sheet = book.getWorksheet('Tin bài');
  if (!sheet) throw new Error('the template has no Tin bài sheet');
  titles.forEach((title, i) => {
    const row = sheet.getRow(4 + i);
    row.getCell(1).value = new Date(Date.UTC(2026, 10, 5 + i * 5));
    row.getCell(2).value = 'Trang Facebook UBND xã Thạnh Bình';
    row.getCell(3).value = 'Tin';
    row.getCell(4).value = title;
  });
  edit(sheet);
  io.files.set('so.xlsx', new Uint8Array(await book.xlsx.writeBuffer()));
  return io;
}
