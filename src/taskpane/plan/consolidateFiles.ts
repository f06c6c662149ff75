import { consolidate } from '../../core/consolidate/consolidate';
import { districtTargetLines, rejectKey } from '../../core/consolidate/consolidationSheets';
import { consolidateUnits } from '../../core/usecases/consolidateUnits';
import type { ConsolidationResult, FileOutcome, UnitFileInput } from '../../core/consolidate/types';
import type { Language } from '../../core/i18n/messages';
import { periodLabel, type Period } from '../../core/periods';
import type { Plan } from '../../core/plan/types';
import type { ProgressListener, WorkbookPort } from '../../core/ports/workbookPort';
import type { ConsolidationSummary, FileCheck } from '../state/consolidateJob';

export interface ConsolidateOptions {
  readonly period: Period;
  readonly today: string;
  readonly language: Language;
  /** Unit code → file name, for units that sent several files. */
  readonly preferred: ReadonlyMap<string, string>;
}

export function fileCheck(outcome: FileOutcome): FileCheck {
  return {
    unit: outcome.unit,
    status: outcome.status,
    records: outcome.records,
    errors: outcome.errors,
    warnings: outcome.warnings,
    ...(outcome.reason === undefined ? {} : { reason: { key: rejectKey(outcome.reason), params: { detail: outcome.detail ?? '' } } }),
  };
}

/** One file on its own, as the list shows it right after reading: its unit, rows, errors, warnings or why it is refused. */
export function checkUnitFile(plan: Plan, input: UnitFileInput, period: Period, today: string): FileCheck {
  const outcome = consolidate(plan, [input], { period, today }).files[0];
  return outcome === undefined ? { unit: null, status: 'empty', records: 0, errors: 0, warnings: 0 } : fileCheck(outcome);
}

function summaryOf(plan: Plan, result: ConsolidationResult, sheets: readonly string[], reportSheet: string, language: Language): ConsolidationSummary {
  const names = new Map(plan.units.map((unit) => [unit.code, unit.name]));
  const unitsWith = (status: 'reported' | 'missing' | 'rejected'): string[] =>
    result.reporting.filter((r) => r.status === status).map((r) => names.get(r.unit) ?? r.unit);
  return {
    period: periodLabel(result.period, language),
    records: result.conservation.consolidated,
    outputs: result.outputs.length,
    reported: unitsWith('reported'),
    missing: unitsWith('missing'),
    rejected: unitsWith('rejected'),
    refusedFiles: result.files.filter((f) => f.reason !== undefined && f.reason !== 'superseded').map((f) => f.file),
    units: plan.units.length,
    targets: districtTargetLines(plan, result).map((r) => ({
      id: r.target.id,
      title: r.target.title,
      minimum: r.target.minimum,
      achieved: r.inPeriod,
      yearToDate: r.yearToDate,
      met: r.met,
    })),
    conservation: result.conservation,
    sheets,
    reportSheet,
  };
}

/**
 * Consolidates the files already read, for the period, and writes into the open workbook the
 * consolidation sheets ("TH …") and then the plan-wide report of that period, in one render: only
 * sheets of those names are replaced. The units' files themselves are never written.
 */
export async function consolidateInto(
  port: WorkbookPort,
  plan: Plan,
  inputs: readonly UnitFileInput[],
  options: ConsolidateOptions,
  onProgress?: ProgressListener,
): Promise<{ readonly summary: ConsolidationSummary; readonly checks: Readonly<Record<string, FileCheck>> }> {
  const { period, today, language, preferred } = options;
  const { result, layout, reportSheet } = consolidateUnits(plan, inputs, { period, today, preferred, language });
  await port.writeSheets(layout, onProgress);
  const names = layout.sheets.map((sheet) => sheet.name);
  const first = names[0];
  if (first !== undefined) await port.selectCell(first, 'A1');
  // A file set aside for another of its unit keeps its own check, so the choice stays offered.
  const checks = Object.fromEntries(result.files.filter((f) => f.reason !== 'superseded').map((f) => [f.file, fileCheck(f)]));
  return { summary: summaryOf(plan, result, names, reportSheet, language), checks };
}
