import type { CellValue } from '../../../src/core/layout/types';
import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import type { Plan } from '../../../src/core/plan/types';
import { buildTemplate } from '../../../src/core/template/buildTemplate';
import { renderToBuffer } from '../../../src/xlsx/renderWorkbook';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const text = (value: string): CellValue => ({ kind: 'text', text: value });

/** One row of a unit's "Tin bài": the date (ISO) and channel may be set; the rest is a plain news item. */
export interface NewsRow {
  readonly title: string;
  readonly date?: string;
  readonly channel?: string;
}

/** A unit's tracker as the add-in makes it (exceljs over the template layout), with these news rows typed in. */
export async function unitWorkbook(unitCode: string, rows: readonly (string | NewsRow)[], plan: Plan = GO_DAU_116): Promise<Buffer> {
  const unit = plan.units.find((candidate) => candidate.code === unitCode);
  if (!unit) throw new Error(`no unit ${unitCode}`);
  const outputs = rows.map((row, i) => {
    const { title, date = `2018-03-${String(10 + i)}`, channel = 'Trang TTĐT huyện' } = typeof row === 'string' ? { title: row } : row;
    return [{ kind: 'date', iso: date } as const, text(channel), text('Tin'), text(title), text(''), text(unit.name), text('')];
  });
  const layout = buildTemplate({ plan, kind: 'unit', unit, createdOn: '2018-06-01', existing: { outputs, standing: [], spending: [] } });
  return Buffer.from(await renderToBuffer(layout));
}

/** A file for Playwright's setInputFiles. */
export const xlsx = (name: string, buffer: Buffer): { name: string; mimeType: string; buffer: Buffer } => ({ name, mimeType: XLSX_TYPE, buffer });
