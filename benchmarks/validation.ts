/**
 * How long validation takes next to reading the file it checks.
 *
 *   node benchmarks/validation.cjs [records=100000] [tracker]
 *
 * With "tracker", the stamp sheet is dropped before validating, so the tables are found and read
 * the way an office's own tracker is (every sheet tried, title and total rows recognised).
 *
 * Builds a Thạnh Đức template workbook holding `records` rows (90% outputs, 10% spending; about
 * one row in 40 carries a mistake), renders it to .xlsx with exceljs and writes it to the temp
 * directory; then, in a fresh process (so peak RSS is reading and validating only), times the
 * fastest of three rounds of: exceljs loading the bytes; readWorkbook (load + RawSheets);
 * validateWorkbook, also split into reading the tables (header finding, readRecords, resolving
 * against the plan) and the rules, each rule on its own.
 * The rules must cost well under the read. Not part of the test run; no timing is asserted anywhere.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { isoToSerial } from '../src/core/dates/serial';
import { empty, num, text } from '../src/core/layout/cells';
import type { CellValue } from '../src/core/layout/types';
import { GO_DAU_116 } from '../src/core/plan/goDau116';
import { buildTemplate } from '../src/core/template/buildTemplate';
import { STAMP_SHEET_NAME } from '../src/core/template/stamp';
import { RULES, validateWorkbook } from '../src/core/validation';
import { readBook } from '../src/core/reader/readBook';
import { assignUnit } from '../src/core/reader/assignUnit';
import { createContext } from '../src/core/validation/validateWorkbook';
import { readWorkbook } from '../src/xlsx/readWorkbook';
import { renderToBuffer } from '../src/xlsx/renderWorkbook';

const plan = GO_DAU_116;
const CHANNELS = [
  'Báo Tây Ninh',
  'Đài Phát thanh và Truyền hình tỉnh',
  'Trạm truyền thanh xã',
  'Cổng thông tin điện tử tỉnh',
  'Trang thông tin điện tử huyện',
  'TTĐT',
];
const FORMS = ['Tin', 'Bài', 'Phóng sự'];

function outputRow(i: number): CellValue[] {
  const day = isoToSerial('2017-12-15') + (i % 360);
  const mistake = i % 40;
  return [
    mistake === 1 ? text('32/13/2018') : num(day),
    text(mistake === 2 ? 'Báo Tây Ninhh' : (CHANNELS[i % CHANNELS.length] ?? '')),
    text(FORMS[i % FORMS.length] ?? ''),
    text(mistake === 3 ? 'TØnh T©y Ninh chØ ®¹o' : `Tuyên truyền cải cách hành chính, tin số ${mistake === 4 ? i - 1 : i}`),
    mistake === 5 ? text('htp://baotayninh.vn/a') : i % 3 === 0 ? text(`https://baotayninh.vn/tin-${i}.html`) : text(`Số ${i}`),
    empty,
    empty,
  ];
}

function spendingRow(i: number): CellValue[] {
  const mistake = i % 40;
  return [
    num(isoToSerial('2018-01-01') + (i % 300)),
    text(`Chi tuyên truyền ${i}`),
    mistake === 1 ? text('1.500.000 đ') : mistake === 2 ? num(-5) : num(100000 + i),
    text('Ngân sách UBND xã, thị trấn'),
    empty,
    empty,
  ];
}

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Runs `work` ROUNDS times and keeps the fastest: the first round pays for JIT warm-up. */
const ROUNDS = 3;
async function best<T>(work: () => T | Promise<T>): Promise<{ result: T; ms: number }> {
  let fastest = Infinity;
  let result: T | undefined;
  for (let round = 0; round < ROUNDS; round += 1) {
    result = undefined; // let the previous round's workbook go before the next one is built
    const start = process.hrtime.bigint();
    result = await work();
    fastest = Math.min(fastest, ms(start));
  }
  return { result: result as T, ms: fastest };
}

async function generate(records: number, file: string): Promise<void> {
  const outputs = Math.round(records * 0.9);
  const unit = plan.units.find((u) => u.code === 'XTD');
  if (!unit) throw new Error('no XTD in the plan');
  const layout = buildTemplate({
    plan,
    kind: 'unit',
    unit,
    createdOn: '2018-06-10',
    existing: {
      outputs: Array.from({ length: outputs }, (_, i) => outputRow(i)),
      standing: [],
      spending: Array.from({ length: records - outputs }, (_, i) => spendingRow(i)),
    },
  });
  const start = process.hrtime.bigint();
  const bytes = await renderToBuffer(layout);
  writeFileSync(file, bytes);
  console.log(`generated ${records} records: ${(bytes.length / 1e6).toFixed(1)} MB .xlsx in ${(ms(start) / 1000).toFixed(1)} s (${file})`);
}

/** Reads and validates the file; run in its own process so peak RSS is reading and validating only. */
async function measure(file: string, tracker: boolean): Promise<void> {
  const bytes = new Uint8Array(readFileSync(file));
  const today = '2018-12-31';
  const load = await best(async () => {
    await new ExcelJS.Workbook().xlsx.load(bytes as unknown as ExcelJS.Buffer);
  });
  const read = await best(() => readWorkbook(bytes));
  const sheets = tracker ? read.result.filter((sheet) => sheet.name !== STAMP_SHEET_NAME) : read.result;
  const options = { today, unit: 'XTD' };
  const validate = await best(() => validateWorkbook(plan, sheets, options));
  const report = validate.result;

  // The same work, phase by phase, to see where validation spends its time.
  const context = await best(() => createContext(plan, sheets, options));
  const tables = await best(() => assignUnit(plan, readBook(plan, sheets, { lookup: context.result.lookup }), context.result.defaultUnit));
  const workbook = { sheets, tables: tables.result.tables, stamp: context.result.stamp };
  const perRule: [string, number][] = [];
  for (const rule of RULES) perRule.push([rule.id, (await best(() => rule.run(workbook, tables.result.entries, context.result))).ms]);
  const rules = perRule.reduce((sum, [, value]) => sum + value, 0);

  const line = (label: string, value: number): string => `  ${label.padEnd(52)} ${value.toFixed(0).padStart(7)} ms`;
  console.log(`read as ${tracker ? "an office's tracker (no stamp)" : "the add-in's template"}`);
  console.log(`records read: ${report.records.outputs.length} outputs, ${report.records.standing.length} standing, ${report.records.spending.length} spending`);
  console.log(`issues: ${report.counts.error} errors, ${report.counts.warning} warnings (fastest of ${ROUNDS} rounds below)`);
  console.log(line('exceljs xlsx.load', load.ms));
  console.log(line('readWorkbook (xlsx.load + RawSheets)', read.ms));
  console.log(line('validateWorkbook (everything)', validate.ms));
  console.log(line('  context (lookups, stamp)', context.ms));
  console.log(line('  read tables (findHeader, readRecords, resolve)', tables.ms));
  console.log(line('  rules, all', rules));
  for (const [label, value] of perRule) console.log(line(`    ${label}`, value));
  console.log(`peak RSS of the reading and validating process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  console.log(`ratio validateWorkbook / readWorkbook: ${(validate.ms / read.ms).toFixed(3)}`);
  console.log(`ratio rules / readWorkbook: ${(rules / read.ms).toFixed(3)}`);
}

export async function main(args: readonly string[]): Promise<void> {
  if (args[0] === '--measure' && args[1] !== undefined) return measure(args[1], args[2] === 'tracker');
  const records = Number(args[0] ?? 100_000);
  const file = join(tmpdir(), `cchc-validation-bench-${records}.xlsx`);
  await generate(records, file);
  const child = spawnSync(process.execPath, [join(__dirname, 'validation.cjs'), '--measure', file, args[1] ?? ''], { stdio: 'inherit' });
  if (child.status !== 0) throw new Error(`measuring failed with status ${String(child.status)}`);
}
