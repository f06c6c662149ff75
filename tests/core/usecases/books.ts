import type { CellValue } from '../../../src/core/layout/types';
import { GO_DAU_116 } from '../../../src/core/plan/goDau116';
import type { Plan, Unit } from '../../../src/core/plan/types';
import type { RawSheet } from '../../../src/core/ports/workbookPort';
import { buildTemplate } from '../../../src/core/template/buildTemplate';
import { readWorkbook } from '../../../src/xlsx/readWorkbook';
import { renderToBuffer } from '../../../src/xlsx/renderWorkbook';

/** Workbooks for the use cases as the CLI hands them over: a real .xlsx written by the add-in's template, read back into RawSheets. */

export const plan = GO_DAU_116;

export function unitOf(code: string, from: Plan = plan): Unit {
  const unit = from.units.find((u) => u.code === code);
  if (!unit) throw new Error(`no unit ${code}`);
  return unit;
}

/** The same plan under another identity, as an office that tracks against another plan has it. */
export const otherPlan: Plan = { ...plan, identity: { ...plan.identity, id: 'KH-KHAC-2019' } };

export async function trackerSheets(
  unit: Unit,
  outputs: CellValue[][],
  options: { readonly plan?: Plan; readonly kind?: 'unit' | 'district' } = {},
): Promise<RawSheet[]> {
  const layout = buildTemplate({
    plan: options.plan ?? plan,
    kind: options.kind ?? 'unit',
    unit,
    createdOn: '2018-01-02',
    existing: { outputs, standing: [], spending: [] },
  });
  return readWorkbook(await renderToBuffer(layout));
}
