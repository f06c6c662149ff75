/**
 * How far reading .xlsx files is from the floor (issue 11: reading ≤ 2× the floor).
 *
 *   node benchmarks/readXlsx.cjs [files=30] [records=2000] [dir]
 *
 * With `dir`, the files a previous run wrote there are read again instead of being made anew.
 *
 * Two sets, written to the temp directory:
 *   (a) `files` unit workbooks made by the project's template builder (buildTemplate + exceljs),
 *       `records` news items each, as benchmarks/consolidate.cjs makes them;
 *   (b) the same number of office-tracker-like files, named after units: title rows, a header,
 *       "Tháng N" section rows, a date merged down over its items, links, several month sheets,
 *       written by exceljs with no pre-formatted blank rows.
 * For each set, the fastest of five rounds (the three take turns in each round) over all files of:
 *   - the floor: fflate unzipSync of the worksheet parts, decoded, and one pass finding every `<c`;
 *   - a wider floor: the same with the shared strings and the sheets' rels (which a reader must
 *     open for text values and hyperlinks; office trackers hold many of both);
 *   - exceljs `workbook.xlsx.load` (nothing else);
 *   - readXlsx (the reader every caller uses through readWorkbook): sheets, shared strings, values,
 *     merges, hidden rows, links, with CRC and limits.
 * Prints times and the ratios reader/floor and reader/exceljs. Nothing asserts a time.
 */
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { date, empty, text } from '../src/core/layout/cells';
import type { CellValue } from '../src/core/layout/types';
import { GO_DAU_116 } from '../src/core/plan/goDau116';
import type { Plan } from '../src/core/plan/types';
import { buildTemplate } from '../src/core/template/buildTemplate';
import { readXlsx } from '../src/xlsx/read/readXlsx';
import { renderToBuffer } from '../src/xlsx/renderWorkbook';

const CHANNELS = [
  'Báo Tây Ninh',
  'Đài Phát thanh và Truyền hình tỉnh',
  'Đài Truyền thanh huyện',
  'Trạm truyền thanh xã',
  'Cổng thông tin điện tử tỉnh',
  'Trang thông tin điện tử huyện',
];
const FORMS = ['Tin', 'Bài', 'Phóng sự'];
const ROUNDS = 5;

function planWithUnits(count: number): Plan {
  const extra = Array.from({ length: Math.max(0, count - GO_DAU_116.units.length) }, (_, i) => {
    const n = String(i + 1).padStart(2, '0');
    return { code: `XN${n}`, name: `Xã Thử Nghiệm ${n}`, aliases: [], level: 'commune' as const };
  });
  return { ...GO_DAU_116, units: [...GO_DAU_116.units, ...extra] };
}

function templateRows(unitIndex: number, count: number): CellValue[][] {
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(2018, 0, 2) + ((i * 7 + unitIndex) % 340) * 86_400_000).toISOString().slice(0, 10);
    return [
      i % 200 === 7 ? text('31/02/2018') : date(day),
      text(CHANNELS[i % CHANNELS.length] ?? ''),
      text(FORMS[i % FORMS.length] ?? ''),
      text(`Đơn vị ${unitIndex} – tin số ${i} về cải cách hành chính, thủ tục hành chính`),
      i % 3 === 0 ? text(`https://godau.tayninh.gov.vn/tin/${unitIndex}-${i}`) : empty,
      empty,
      empty,
    ];
  });
}

/** An office's own tracker: month sheets, title rows, section rows, a date merged over its items, links. */
async function trackerBytes(unitName: string, unitIndex: number, records: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const perSheet = Math.ceil(records / 6);
  let n = 0;
  for (let month = 1; month <= 6 && n < records; month++) {
    const ws = wb.addWorksheet(`T${month}`);
    ws.addRow([`UBND ${unitName.toUpperCase()}`]);
    ws.addRow([`THEO DÕI TIN, BÀI TUYÊN TRUYỀN CCHC THÁNG ${month}/2018`]);
    ws.mergeCells(2, 1, 2, 6);
    ws.addRow([]);
    ws.addRow(['STT', 'Ngày', 'Nội dung tin, bài', 'Đăng trên', 'Hình thức', 'Link bài']);
    let day = 1;
    for (let i = 0; i < perSheet && n < records;) {
      if (i % 40 === 0) ws.addRow([`Tháng ${month} - đợt ${i / 40 + 1}`]);
      const group = 1 + (i % 3);
      const first = ws.rowCount + 1;
      for (let g = 0; g < group && i < perSheet && n < records; g++, i++, n++) {
        const row = ws.addRow([
          n + 1,
          g === 0 ? new Date(Date.UTC(2018, month - 1, 1 + (day % 28))) : null,
          `${unitName}: tuyên truyền cải cách hành chính, tin số ${n} (${unitIndex})`,
          CHANNELS[(n + unitIndex) % CHANNELS.length],
          FORMS[n % FORMS.length],
          n % 4 === 0 ? { text: 'Xem', hyperlink: `https://godau.tayninh.gov.vn/tin/${unitIndex}-${n}` } : null,
        ]);
        row.getCell(2).numFmt = 'dd/mm/yyyy';
      }
      if (group > 1 && ws.rowCount > first) ws.mergeCells(first, 2, ws.rowCount, 2);
      day++;
    }
    ws.addRow(['', '', 'Cộng', perSheet]);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const sheetParts = (name: string): boolean => name.startsWith('xl/worksheets/') && name.endsWith('.xml');
/** What a reader must also open for the values and links: shared strings and the sheets' rels. */
const valueParts = (name: string): boolean =>
  sheetParts(name) || name === 'xl/sharedStrings.xml' || (name.startsWith('xl/worksheets/_rels/') && name.endsWith('.rels'));

/** The floor: unzip the worksheet parts with fflate, decode them, find every `<c` (and every `<si`, `<Relationship` in the wider floor). */
function floor(bytes: Uint8Array, wanted: (name: string) => boolean = sheetParts): number {
  const parts = unzipSync(bytes, { filter: (file) => wanted(file.name) });
  const decoder = new TextDecoder();
  let cells = 0;
  for (const part of Object.values(parts)) {
    const xml = decoder.decode(part);
    for (let at = xml.indexOf('<c'); at >= 0; at = xml.indexOf('<c', at + 2)) {
      const next = xml.charCodeAt(at + 2);
      if (next === 32 || next === 62 || next === 47) cells++;
    }
  }
  return cells;
}

async function timed(work: () => unknown): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function measureSet(label: string, files: readonly string[]): Promise<void> {
  const all = files.map((file) => new Uint8Array(readFileSync(file)));
  const size = all.reduce((sum, b) => sum + b.length, 0);
  let cellTags = 0;
  let cellValues = 0;
  // the three take turns in every round, so the load of a shared machine falls on all of them alike
  const times = { floor: Infinity, wider: Infinity, exceljs: Infinity, reader: Infinity };
  for (let round = 0; round < ROUNDS; round++) {
    times.floor = Math.min(
      times.floor,
      await timed(() => {
        cellTags = all.reduce((sum, bytes) => sum + floor(bytes), 0);
      }),
    );
    times.wider = Math.min(times.wider, await timed(() => all.reduce((sum, bytes) => sum + floor(bytes, valueParts), 0)));
    times.exceljs = Math.min(
      times.exceljs,
      await timed(async () => {
        for (const bytes of all) await new ExcelJS.Workbook().xlsx.load(bytes as unknown as ExcelJS.Buffer);
      }),
    );
    times.reader = Math.min(
      times.reader,
      await timed(() => {
        cellValues = 0;
        for (const bytes of all) {
          for (const sheet of readXlsx(bytes).sheets) for (const row of sheet.values) for (const value of row) if (value !== null) cellValues++;
        }
      }),
    );
  }
  const { floor: floorMs, wider: widerMs, exceljs: exceljsMs, reader: readerMs } = times;
  const line = (name: string, ms: number): string => `  ${name.padEnd(44)} ${ms.toFixed(0).padStart(7)} ms`;
  console.log(
    `\n${label}: ${files.length} files, ${(size / 1024 / 1024).toFixed(1)} MB, ${cellTags} <c> tags, ${cellValues} values read (fastest of ${ROUNDS} rounds)`,
  );
  console.log(line('floor: fflate unzip of sheets + scan of <c', floorMs));
  console.log(line('wider floor: + sharedStrings and sheet rels', widerMs));
  console.log(line('exceljs workbook.xlsx.load', exceljsMs));
  console.log(line('readXlsx (this project)', readerMs));
  console.log(
    `  ratios: reader / floor ${(readerMs / floorMs).toFixed(2)}×, reader / wider floor ${(readerMs / widerMs).toFixed(2)}×, reader / exceljs ${(readerMs / exceljsMs).toFixed(2)}×, exceljs / floor ${(exceljsMs / floorMs).toFixed(1)}×`,
  );
}

export async function main(args: readonly string[]): Promise<void> {
  const count = Number(args[0] ?? 30);
  const records = Number(args[1] ?? 2000);
  const reuse = args[2];
  const dir = reuse ?? mkdtempSync(join(tmpdir(), 'cchc-readxlsx-'));
  const plan = planWithUnits(count);
  const units = plan.units.slice(0, count);
  const templates = units.map((unit) => join(dir, `${unit.code}.xlsx`));
  const trackers = units.map((unit) => join(dir, `theo-doi-${unit.name.replace(/\s+/g, '-')}.xlsx`));
  if (reuse === undefined) {
    const start = process.hrtime.bigint();
    for (const [i, unit] of units.entries()) {
      const layout = buildTemplate({
        plan,
        kind: 'unit',
        unit,
        createdOn: '2018-01-02',
        existing: { outputs: templateRows(i, records), standing: [], spending: [] },
      });
      writeFileSync(templates[i] ?? '', await renderToBuffer(layout));
      writeFileSync(trackers[i] ?? '', await trackerBytes(unit.name, i, records));
    }
    console.log(
      `wrote ${count} template workbooks and ${count} office trackers of ${records} records to ${dir} in ${(Number(process.hrtime.bigint() - start) / 1e9).toFixed(1)} s`,
    );
  } else console.log(`reading the files a previous run wrote to ${dir}`);
  await measureSet('(a) template workbooks (cchc template)', templates);
  await measureSet('(b) office-tracker-like files', trackers);
  console.log(`\npeak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}
