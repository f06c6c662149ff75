import ExcelJS from 'exceljs';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { issue } from '../../src/core/issues';
import { GO_DAU_116 } from '../../src/core/plan/goDau116';
import { buildTemplate } from '../../src/core/template/buildTemplate';
import { readStamp } from '../../src/core/template/stamp';
import { renderToBuffer } from '../../src/xlsx/renderWorkbook';
import { returnList } from '../../src/core/review/returnList';
import { validateWorkbook } from '../../src/core/validation';
import { readWorkbook } from '../../src/xlsx/readWorkbook';
import { makeReturnCopy, workbookSheetNames } from '../../src/xlsx/returnCopy';
import { commandRuns, testWhen } from '../support/requirements';

/**
 * A unit's own tracker, checked, comes back as a copy with a note at each cell to fix and a first
 * sheet listing them: tried on a workbook as an office keeps it (its own note on a cell, print
 * titles, a sheet already named "Cần sửa"), read back by exceljs, by our reader and by LibreOffice.
 */

async function officeTracker(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Tin bài');
  sheet.addRow(['STT', 'Ngày đăng', 'Tên tin bài', 'Đăng trên', 'Hình thức']);
  sheet.addRow([1, new Date(Date.UTC(2018, 2, 5)), 'Cải cách hành chính ở xã', 'Báo Tây Ninh', 'Tin']);
  sheet.addRow([2, '32/13/2018', 'Một cửa liên thông', 'Báo Tây Ninh', 'Tin']);
  sheet.addRow([3, new Date(Date.UTC(2018, 3, 9)), 'Dịch vụ công trực tuyến', 'Báo Xóm Mới', 'Tin']);
  sheet.addRow([4, new Date(Date.UTC(2018, 4, 9)), 'Tiếp nhận hồ sơ', 'Báo Tây Ninh', 'Tin']);
  sheet.getCell('C2').note = 'Ghi chú của đơn vị';
  sheet.pageSetup.printTitlesRow = '1:1';
  book.addWorksheet('Cần sửa').getCell('A1').value = 'việc riêng của đơn vị';
  return new Uint8Array(await book.xlsx.writeBuffer());
}

async function returned(original: Uint8Array): Promise<{ copy: Uint8Array; issues: ReturnType<typeof validateWorkbook>['issues'] }> {
  const sheets = await readWorkbook(original);
  const report = validateWorkbook(GO_DAU_116, sheets, { today: '2018-12-31', file: 'xa-thanh-duc.xlsx', unit: 'XTD' });
  const list = returnList(report.issues, {
    file: 'xa-thanh-duc.xlsx',
    unit: 'UBND xã Thạnh Đức',
    reviewer: 'Phòng Nội vụ',
    checkedOn: '2019-01-05',
    sheetNames: await workbookSheetNames(original),
    language: 'vi',
  });
  const copy = await makeReturnCopy({ bytes: original, notes: list.notes, list: list.sheet, author: 'Phòng Nội vụ' });
  return { copy, issues: report.issues };
}

function noteText(note: ExcelJS.Comment | string | undefined): string {
  return typeof note === 'string' ? note : (note?.texts ?? []).map((r) => r.text).join('');
}

async function partsOf(bytes: Uint8Array): Promise<[string, string][]> {
  const { readZip, readText } = await import('../../src/xlsx/zip');
  const entries = readZip(bytes);
  return Promise.all(entries.map(async (e): Promise<[string, string]> => [e.name, (await readText(entries, e.name)) ?? '']));
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return book;
}

describe('makeReturnCopy', () => {
  test('given a checked tracker with issues, the copy opens on a first list sheet naming each issue with a link to its cell', async () => {
    const original = await officeTracker();
    const { copy, issues } = await returned(original);
    expect(issues.length).toBeGreaterThanOrEqual(2);
    const book = await load(copy);
    const names = book.worksheets.map((w) => w.name);
    expect(names).toEqual(['Cần sửa (2)', 'Tin bài', 'Cần sửa']);
    const list = book.getWorksheet('Cần sửa (2)');
    expect(list?.getCell('A1').value).toBe('NHỮNG CHỖ CẦN SỬA TRONG TỆP');
    expect(list?.getCell('A2').value).toBe('Tệp: xa-thanh-duc.xlsx');
    expect(list?.getCell('A7').value).toBe('STT');
    const listed = issues.map((_issue, i) => list?.getCell(`E${8 + i}`).value);
    expect(listed.every((text) => typeof text === 'string' && text.length > 0)).toBe(true);
    const dateIssue = issues.findIndex((i) => i.where.sheet === 'Tin bài' && i.where.cell === 'B3');
    expect(dateIssue).toBeGreaterThanOrEqual(0);
    expect(list?.getCell(`C${8 + dateIssue}`).value).toBe('B3');
    // exceljs does not read in-workbook links (a <hyperlink location>, ECMA-376 §18.3.1.47): the sheet's XML is the witness.
    const { readZip, readText } = await import('../../src/xlsx/zip');
    const entries = readZip(copy);
    const listXml = await Promise.all(entries.filter((e) => e.name.startsWith('xl/worksheets/sheet')).map((e) => readText(entries, e.name)));
    expect(listXml.join('')).toContain(`<hyperlink ref="C${8 + dateIssue}" location="&apos;Tin bài&apos;!B3" display="B3"/>`);
  });

  test('given issues at cells, each cell carries a note in Vietnamese, and the unit’s own note is kept first', async () => {
    const original = await officeTracker();
    const { copy, issues } = await returned(original);
    const sheet = (await load(copy)).getWorksheet('Tin bài');
    for (const found of issues.filter((i) => i.where.sheet === 'Tin bài' && i.where.cell !== undefined)) {
      const note = sheet?.getCell(found.where.cell ?? '').note;
      const text = typeof note === 'string' ? note : (note?.texts ?? []).map((r) => r.text).join('');
      expect(text).toContain('Phòng Nội vụ: ');
    }
    const own = sheet?.getCell('C2').note;
    const ownText = typeof own === 'string' ? own : (own?.texts ?? []).map((r) => r.text).join('');
    expect(ownText.startsWith('Ghi chú của đơn vị')).toBe(true);
  });

  test('given the copy, the unit’s data, print titles and the original bytes are as they were, and checking it again finds the same issues', async () => {
    const original = await officeTracker();
    const before = Buffer.from(original);
    const { copy, issues } = await returned(original);
    expect(Buffer.from(original).equals(before)).toBe(true);
    const again = await readWorkbook(copy);
    const sheetsBefore = await readWorkbook(original);
    expect(again.find((s) => s.name === 'Tin bài')?.values).toEqual(sheetsBefore.find((s) => s.name === 'Tin bài')?.values);
    const book = await load(copy);
    expect(book.getWorksheet('Tin bài')?.pageSetup.printTitlesRow).toBe('1:1');
    const recheck = validateWorkbook(GO_DAU_116, again, { today: '2018-12-31', file: 'xa-thanh-duc.xlsx', unit: 'XTD' });
    expect(recheck.issues.map((i) => `${i.code}@${i.where.sheet}!${i.where.cell ?? ''}`)).toEqual(
      issues.map((i) => `${i.code}@${i.where.sheet}!${i.where.cell ?? ''}`),
    );
  });

  test('given a copy returned once and returned again from its bytes, each note is there once, the list is replaced in place, and shape ids do not collide', async () => {
    const original = await officeTracker();
    const first = (await returned(original)).copy;
    const { copy: second, issues } = await returned(first);
    const book = await load(second);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Cần sửa (2)', 'Tin bài', 'Cần sửa']);
    expect(book.getWorksheet('Cần sửa')?.getCell('A1').value).toBe('việc riêng của đơn vị');
    const sheet = book.getWorksheet('Tin bài');
    const cells = issues.filter((i) => i.where.sheet === 'Tin bài' && i.where.cell !== undefined).map((i) => i.where.cell ?? '');
    expect(cells).toContain('B3');
    for (const cell of cells) expect(noteText(sheet?.getCell(cell).note).split('Phòng Nội vụ: ').length - 1).toBe(1);
    const own = noteText(sheet?.getCell('C2').note);
    expect(own.startsWith('Ghi chú của đơn vị')).toBe(true);
    expect(own.split('Phòng Nội vụ: ').length - 1).toBeLessThanOrEqual(1);
    const parts = await partsOf(second);
    const shapes = parts.filter(([name]) => name.endsWith('.vml')).flatMap(([, xml]) => [...xml.matchAll(/id="(_x0000_s\d+)"/g)].map((m) => m[1] ?? ''));
    expect(new Set(shapes).size).toBe(shapes.length);
    const comments = parts.filter(([name]) => /^xl\/comments\d*\.xml$/.test(name)).map(([, xml]) => (xml.match(/<comment /g) ?? []).length);
    expect(shapes.length).toBe(comments.reduce((a, b) => a + b, 0));
    const workbook = parts.find(([name]) => name === 'xl/workbook.xml')?.[1] ?? '';
    expect(workbook.match(/<sheet /g)).toHaveLength(3);
    expect(workbook.match(/_xlnm\.Print_Titles" localSheetId="0"/g)).toHaveLength(1);
    expect(parts.filter(([name, xml]) => name.startsWith('xl/worksheets/sheet') && /tabSelected="1"/.test(xml))).toHaveLength(1);
  });

  test('given a copy the unit fixed in part and saved (notes now by "Author", the list in shared strings), the fixed cell carries no note and the rest one each', async () => {
    const original = await officeTracker();
    const first = await load((await returned(original)).copy);
    const fixed = first.getWorksheet('Tin bài')?.getCell('B3');
    if (fixed === undefined) throw new Error('no Tin bài in the copy');
    fixed.value = new Date(Date.UTC(2018, 2, 13));
    const saved = new Uint8Array(await first.xlsx.writeBuffer());
    const before = Buffer.from(saved);
    const { copy, issues } = await returned(saved);
    expect(issues.some((i) => i.where.cell === 'B3')).toBe(false);
    const book = await load(copy);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Cần sửa (2)', 'Tin bài', 'Cần sửa']);
    const sheet = book.getWorksheet('Tin bài');
    expect(sheet?.getCell('B3').note).toBeUndefined();
    for (const found of issues.filter((i) => i.where.sheet === 'Tin bài' && i.where.cell !== undefined)) {
      expect(noteText(sheet?.getCell(found.where.cell ?? '').note).split('Phòng Nội vụ: ').length - 1).toBe(1);
    }
    expect(book.getWorksheet('Cần sửa (2)')?.getCell('A1').value).toBe('NHỮNG CHỖ CẦN SỬA TRONG TỆP');
    expect(Buffer.from(saved).equals(before)).toBe(true);
  });
});

test('given a tracker the add-in made (tables, a very hidden stamp, sheet-scoped names), the copy is still that unit’s tracker with its names on their sheets', async () => {
  const unit = GO_DAU_116.units.find((u) => u.code === 'XTD');
  if (unit === undefined) throw new Error('no XTD in the built-in plan');
  const layout = buildTemplate({ plan: GO_DAU_116, kind: 'unit', unit, createdOn: '2018-06-10' });
  const original = await renderToBuffer(layout);
  const sheets = await readWorkbook(original);
  const list = returnList(
    [issue('validation.date.notADate', 'error', { sheet: sheets[1]?.name ?? '', cell: 'C6' }, { field: 'Ngày', value: '32/13', example: '05/03/2018' })],
    {
      file: 'xa.xlsx',
      unit: unit.name,
      reviewer: 'Phòng Nội vụ',
      checkedOn: '2018-07-01',
      sheetNames: sheets.map((s) => s.name),
      language: 'vi',
    },
  );
  const copy = await makeReturnCopy({ bytes: new Uint8Array(original), notes: list.notes, list: list.sheet, author: 'Phòng Nội vụ' });
  const again = await readWorkbook(copy);
  expect(again.map((s) => s.name)).toEqual(['Cần sửa', ...sheets.map((s) => s.name)]);
  expect(readStamp(again)).toEqual(readStamp(sheets));
  const before = await load(new Uint8Array(original));
  const after = await load(copy);
  for (const sheet of before.worksheets) {
    expect(after.getWorksheet(sheet.name)?.state).toBe(sheet.state);
    expect(after.getWorksheet(sheet.name)?.pageSetup.printTitlesRow).toBe(sheet.pageSetup.printTitlesRow);
  }
});

const maybe = testWhen(
  commandRuns('soffice', ['--version']) ? [] : ['LibreOffice (soffice)'],
  'the LibreOffice check of a returned copy (tests/xlsx/returnCopy)',
  'apt-get install libreoffice-calc-nogui',
);

maybe(
  'LibreOffice opens a returned copy and keeps its notes at their cells and the list first',
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-return-'));
    try {
      const { copy, issues } = await returned(await officeTracker());
      writeFileSync(join(dir, 'copy.xlsx'), copy);
      await new Promise<void>((done, fail) =>
        execFile(
          'soffice',
          [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'xlsx', '--outdir', join(dir, 'out'), join(dir, 'copy.xlsx')],
          { timeout: 90000 },
          (error) => (error ? fail(new Error(error.message)) : done()),
        ),
      );
      const book = await load(new Uint8Array(readFileSync(join(dir, 'out', 'copy.xlsx'))));
      expect(book.worksheets[0]?.name).toBe('Cần sửa (2)');
      const cell = issues.find((i) => i.where.sheet === 'Tin bài' && i.where.cell !== undefined)?.where.cell ?? '';
      const note = book.getWorksheet('Tin bài')?.getCell(cell).note;
      const text = typeof note === 'string' ? note : (note?.texts ?? []).map((r) => r.text).join('');
      expect(text).toContain('Phòng Nội vụ: ');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
  120000,
);
