/**
 * How far reading .xlsx files is from the floor (issue 11: reading ≤ 2× the floor).
 *
 *   node benchmarks/readXlsx.cjs [files=30] [records=2000] [dir]
 *   node benchmarks/readXlsx.cjs --files FILE...
 *
 * With `dir`, the files a previous run wrote there are read again instead of being made anew. With
 * `--files`, the given workbooks (yours, named as you like) are measured as one set.
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
 *     merges, hidden rows, links, with CRC and limits, inflating with fflate (the pane's way where the
 *     browser has no DecompressionStream('deflate-raw'));
 *   - readXlsxAsync: the same with parts from 4 KiB zipped inflated by Node's DecompressionStream (the
 *     pane's way; in Chromium, `node benchmarks/readXlsx.pane.cjs DIR` measures it where it runs);
 *   - the same with Node's zlib inflating and checking the parts (the CLI's way, src/cli/nodeZip.ts).
 * Prints times and the ratios reader/floor and reader/exceljs. Nothing asserts a time.
 */
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import * as cells from '../src/core/layout/cells';
import { GO_DAU_116 } from '../src/core/plan/goDau116';
import { buildTemplate } from '../src/core/template/buildTemplate';
import { readXlsx, readXlsxAsync } from '../src/xlsx/read/readXlsx';
import { useZipCodec } from '../src/xlsx/read/inflatePart';
import { useNodeZip } from '../src/cli/nodeZip';
import { renderToBuffer } from '../src/xlsx/renderWorkbook';
import { floorScan as floor, planWithUnits, templateRows, templateWorkbook, timed, trackerBytes, trackerName, valueParts } from './support.cjs';

const ROUNDS = 5;
/** The sources, not the build: this benchmark measures the reader as it stands. */
const modules = { GO_DAU_116, buildTemplate, cells, renderToBuffer };

async function measureSet(label: string, files: readonly string[]): Promise<void> {
  const all = files.map((file) => new Uint8Array(readFileSync(file)));
  const size = all.reduce((sum, b) => sum + b.length, 0);
  let cellTags = 0;
  let cellValues = 0;
  // the three take turns in every round, so the load of a shared machine falls on all of them alike
  const times = { floor: Infinity, wider: Infinity, exceljs: Infinity, reader: Infinity, native: Infinity, node: Infinity };
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
    const read = (): void => {
      cellValues = 0;
      for (const bytes of all) {
        for (const sheet of readXlsx(bytes).sheets) for (const row of sheet.values) for (const value of row) if (value !== null) cellValues++;
      }
    };
    useZipCodec(null);
    times.reader = Math.min(times.reader, await timed(read));
    times.native = Math.min(
      times.native,
      await timed(async () => {
        for (const bytes of all) await readXlsxAsync(bytes);
      }),
    );
    useNodeZip();
    times.node = Math.min(times.node, await timed(read));
    useZipCodec(null);
  }
  const { floor: floorMs, wider: widerMs, exceljs: exceljsMs, reader: readerMs, native: nativeMs, node: nodeMs } = times;
  const line = (name: string, ms: number): string => `  ${name.padEnd(44)} ${ms.toFixed(0).padStart(7)} ms`;
  console.log(
    `\n${label}: ${files.length} files, ${(size / 1024 / 1024).toFixed(1)} MB, ${cellTags} <c> tags, ${cellValues} values read (fastest of ${ROUNDS} rounds)`,
  );
  console.log(line('floor: fflate unzip of sheets + scan of <c', floorMs));
  console.log(line('wider floor: + sharedStrings and sheet rels', widerMs));
  console.log(line('exceljs workbook.xlsx.load', exceljsMs));
  console.log(line('readXlsx (this project), fflate', readerMs));
  console.log(line('readXlsxAsync, DecompressionStream: the pane', nativeMs));
  console.log(line("readXlsx, Node's zlib: the CLI", nodeMs));
  console.log(
    `  ratios: reader / floor ${(readerMs / floorMs).toFixed(2)}×, reader / wider floor ${(readerMs / widerMs).toFixed(2)}×, reader / exceljs ${(readerMs / exceljsMs).toFixed(2)}×, exceljs / floor ${(exceljsMs / floorMs).toFixed(1)}×`,
  );
  console.log(
    `  readXlsxAsync: reader / floor ${(nativeMs / floorMs).toFixed(2)}×; with Node's zlib: reader / floor ${(nodeMs / floorMs).toFixed(2)}×, reader / wider floor ${(nodeMs / widerMs).toFixed(2)}×, reader / exceljs ${(nodeMs / exceljsMs).toFixed(2)}×`,
  );
}

export async function main(args: readonly string[]): Promise<void> {
  if (args[0] === '--files') {
    const files = args.slice(1);
    if (files.length === 0) throw new Error('--files needs at least one .xlsx file');
    await measureSet(`${files.length} given workbook(s)`, files);
    console.log(`\npeak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
    return;
  }
  const count = Number(args[0] ?? 30);
  const records = Number(args[1] ?? 2000);
  const reuse = args[2];
  const dir = reuse ?? mkdtempSync(join(tmpdir(), 'cchc-readxlsx-'));
  const plan = planWithUnits(GO_DAU_116, count);
  const units = plan.units.slice(0, count);
  const templates = units.map((unit) => join(dir, `${unit.code}.xlsx`));
  const trackers = units.map((unit) => join(dir, trackerName(unit)));
  if (reuse === undefined) {
    const start = process.hrtime.bigint();
    for (const [i, unit] of units.entries()) {
      writeFileSync(templates[i] ?? '', await templateWorkbook(modules, plan, unit, templateRows(cells, i, records, { shared: () => false })));
      writeFileSync(trackers[i] ?? '', await trackerBytes(ExcelJS, unit.name, i, records));
    }
    console.log(
      `wrote ${count} template workbooks and ${count} office trackers of ${records} records to ${dir} in ${(Number(process.hrtime.bigint() - start) / 1e9).toFixed(1)} s`,
    );
  } else console.log(`reading the files a previous run wrote to ${dir}`);
  await measureSet('(a) template workbooks (cchc template)', templates);
  await measureSet('(b) office-tracker-like files', trackers);
  console.log(`\npeak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}
