import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { date, empty, text } from '../../src/core/layout/cells';
import type { CellValue } from '../../src/core/layout/types';
import { GO_DAU_116 } from '../../src/core/plan/goDau116';
import type { Plan } from '../../src/core/plan/types';
import { buildTemplate } from '../../src/core/template/buildTemplate';
import { renderToBuffer } from '../../src/xlsx/renderWorkbook';

/** Units' workbooks as the add-in writes them, as real .xlsx bytes, for running the CLI on. */

export const plan = GO_DAU_116;

export const unitOf = (code: string) => {
  const unit = plan.units.find((u) => u.code === code);
  if (!unit) throw new Error(`no unit ${code}`);
  return unit;
};

/** One output row in the template's columns: date, channel, form, title, link, unit, note. */
export const output = (iso: string, channel: string, title: string, form = 'Tin', unit = ''): CellValue[] => [
  date(iso),
  text(channel),
  text(form),
  text(title),
  empty,
  unit === '' ? empty : text(unit),
  empty,
];

export function unitWorkbook(code: string, outputs: CellValue[][], options: { plan?: Plan; kind?: 'unit' | 'district' } = {}): Promise<Uint8Array> {
  return renderToBuffer(
    buildTemplate({
      plan: options.plan ?? plan,
      kind: options.kind ?? 'unit',
      unit: unitOf(code),
      createdOn: '2018-01-02',
      existing: { outputs, standing: [], spending: [] },
    }),
  );
}

export async function loadExcel(bytes: Uint8Array | undefined): Promise<ExcelJS.Workbook> {
  if (!bytes) throw new Error('nothing written');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

/** A file's bytes from the memory io, failing the test when it was not written. */
export function written(files: ReadonlyMap<string, Uint8Array>, path: string): Uint8Array {
  const bytes = files.get(path);
  if (!bytes) throw new Error(`${path} was not written`);
  return bytes;
}

/**
 * The same workbook as if last saved at `iso` (docProps/core.xml dcterms:modified, which Excel
 * rewrites at every save): what "newest of a unit" is judged by. exceljs writes the time of writing.
 */
export function savedAt(bytes: Uint8Array, iso: string): Uint8Array {
  const parts = unzipSync(bytes);
  const core = parts['docProps/core.xml'];
  if (!core) throw new Error('no docProps/core.xml');
  const xml = strFromU8(core).replace(/(<dcterms:modified\b[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${iso}$2`);
  if (!xml.includes(`>${iso}<`)) throw new Error('no dcterms:modified to set');
  return zipSync({ ...parts, 'docProps/core.xml': strToU8(xml) });
}
