import { consolidate } from '../../core/consolidate/consolidate';
import { CONSOLIDATION_PREFIX, consolidationSheets, rejectKey } from '../../core/consolidate/consolidationSheets';
import type { Language } from '../../core/i18n/messages';
import { periodFor } from '../../core/periods';
import type { Plan } from '../../core/plan/types';
import type { WorkbookPort } from '../../core/ports/workbookPort';
import type { FileSummary } from '../state/consolidateJob';
import { periodKindOf, type ReportPeriodChoice } from '../state/reportJob';
import { readUnitFiles, type PickedFile } from './readUnitFiles';

export interface ConsolidationSummary {
  readonly files: readonly FileSummary[];
  readonly records: number;
  readonly missing: readonly string[];
  readonly prefix: string;
}

/**
 * Reads the units' files, consolidates them for the chosen period with the core, and writes the
 * consolidation sheets into the open workbook. The files themselves are only read.
 */
export async function consolidateFiles(
  port: WorkbookPort,
  plan: Plan,
  files: readonly PickedFile[],
  choice: ReportPeriodChoice,
  today: string,
  language: Language,
): Promise<ConsolidationSummary> {
  const inputs = await readUnitFiles(files);
  const { kind, index } = periodKindOf(choice);
  const period = periodFor(kind, plan.identity.year, index, plan.periodConvention);
  const result = consolidate(plan, inputs, { period, today });
  const layout = consolidationSheets(plan, result, language);
  await port.writeSheets(layout);
  const first = layout.sheets[0];
  if (first !== undefined) await port.selectCell(first.name, 'A1');
  const names = new Map(plan.units.map((unit) => [unit.code, unit.name]));
  return {
    files: result.files.map((f) => ({
      file: f.file,
      unit: f.unit,
      rejected: f.status === 'rejected',
      records: f.records,
      errors: f.errors,
      ...(f.reason === undefined ? {} : { reason: { key: rejectKey(f.reason), params: { detail: f.detail ?? '' } } }),
    })),
    records: result.outputs.length,
    missing: result.reporting.filter((r) => r.status !== 'reported').map((r) => names.get(r.unit) ?? r.unit),
    prefix: CONSOLIDATION_PREFIX.trim(),
  };
}
