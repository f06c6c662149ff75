import type { MessageKey } from '../i18n/messages';
import type { Issue } from '../issues';
import { parseAddress } from '../layout/a1';
import { periodFor } from '../periods';
import { createPlanLookup } from '../plan/planLookup';
import type { Plan } from '../plan/types';
import type { RawSheet } from '../ports/workbookPort';
import type { UnitRecords } from '../records/types';
import { readStamp } from '../template/stamp';
import { assignUnit } from '../reader/assignUnit';
import { recogniseUnit } from '../consolidate/recogniseUnit';
import { readBook, type BookReading } from '../reader/readBook';
import { hiddenRowTest } from '../reader/hiddenRow';
import { RULES } from './rules';
import { createSuggester } from './suggest';
import type { Rule, ValidationContext, ValidationOptions, ValidationReport, WorkbookInput } from './types';

/**
 * Checks a unit's workbook against the plan: finds the entry tables (the template's, or an office
 * tracker's under its own headers), reads and resolves every row once, runs each rule once over the
 * rows it applies to, and returns the issues sorted the way an officer fixes them (sheet by sheet,
 * top to bottom, left to right) with the records read, so callers never read the workbook twice.
 */

export function planYearRange(plan: Plan): { from: string; to: string } {
  const year = plan.identity.year;
  const annual = periodFor('year', year, undefined, plan.periodConvention);
  const [jan1, dec31] = [`${year}-01-01`, `${year}-12-31`];
  return { from: annual.from < jan1 ? annual.from : jan1, to: annual.to > dec31 ? annual.to : dec31 };
}

export function createContext(plan: Plan, sheets: readonly RawSheet[], options: ValidationOptions): ValidationContext {
  const stamp = readStamp(sheets);
  const units = new Map(plan.units.map((u) => [u.code, u]));
  const ownUnit = stamp?.kind === 'unit' && units.has(stamp.unitCode) ? stamp.unitCode : null;
  return {
    plan,
    lookup: options.lookup ?? createPlanLookup(plan),
    today: options.today,
    period: options.period,
    planYear: planYearRange(plan),
    stamp,
    defaultUnit: ownUnit ?? (stamp?.kind === 'district' ? null : (options.unit ?? null)),
    unitRequired: stamp?.kind === 'district',
    units,
    standingItems: new Map(plan.standingItems.map((s) => [s.id, s])),
    suggest: options.suggest ?? createSuggester(plan),
    hiddenRow: hiddenRowTest(sheets),
  };
}

interface Position {
  readonly sheet: number;
  readonly row: number;
  readonly column: number;
}

function positionOf(issue: Issue, sheetOrder: ReadonlyMap<string, number>): Position {
  const sheet = sheetOrder.get(issue.where.sheet) ?? Number.MAX_SAFE_INTEGER;
  if (issue.where.cell === undefined) return { sheet, row: 0, column: 0 };
  const { row, column } = parseAddress(issue.where.cell);
  return { sheet, row, column };
}

export function sortIssues(issues: readonly Issue[], sheets: readonly RawSheet[]): Issue[] {
  const order = new Map(sheets.map((s, i) => [s.name, i]));
  const keyed = issues.map((issue, index) => ({ issue, index, at: positionOf(issue, order) }));
  keyed.sort((a, b) => a.at.sheet - b.at.sheet || a.at.row - b.at.row || a.at.column - b.at.column || a.index - b.index);
  return keyed.map((k) => k.issue);
}

/** A report's tallies of its issues: by severity, by sheet and by code. */
export function issueCounts(issues: readonly Issue[]): Pick<ValidationReport, 'counts' | 'bySheet' | 'byCode'> {
  const counts = { error: 0, warning: 0 };
  const bySheet: Record<string, { error: number; warning: number }> = {};
  const byCode: Partial<Record<MessageKey, number>> = {};
  for (const issue of issues) {
    counts[issue.severity] += 1;
    const sheet = (bySheet[issue.where.sheet] ??= { error: 0, warning: 0 });
    sheet[issue.severity] += 1;
    byCode[issue.code] = (byCode[issue.code] ?? 0) + 1;
  }
  return { counts, bySheet: bySheet, byCode };
}

/**
 * The issues with each one said once: the rows under a section row, or under a date merged down
 * over them, share that cell, and a channel or date wrong there was told once per row at the same
 * cell in the same words (59 times for one TikTok section: issue 11's second tester, F2). An issue
 * repeats another when its code, severity, sheet, cell and parameters are all the same.
 */
function withoutRepeats(issues: readonly Issue[]): Issue[] {
  const seen = new Set<string>();
  const kept: Issue[] = [];
  for (const found of issues) {
    if (found.where.cell === undefined) {
      kept.push(found);
      continue;
    }
    const key = JSON.stringify([found.code, found.severity, found.where.sheet, found.where.cell, found.params]);
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(found);
  }
  return kept;
}

/**
 * Runs the rules over a workbook already read (readBook), once: consolidation and the pane read a
 * file once and check it once. The rows whose unit cell is blank belong to the context's default
 * unit (the stamp's, or options.unit for a tracker).
 */
export function checkReading(
  plan: Plan,
  sheets: readonly RawSheet[],
  reading: BookReading,
  options: ValidationOptions,
  rules: readonly Rule[] = RULES,
): ValidationReport {
  // An office's tracker names its unit in its file name or title rows, as consolidation reads it.
  const named = options.unit === undefined && reading.stamp === null ? recogniseUnit(plan, options.file ?? '', reading.titleText) : null;
  const context = createContext(plan, sheets, named === null ? options : { ...options, unit: named });
  const read = assignUnit(plan, reading, context.defaultUnit);
  const { tables, entries } = read;
  const workbook: WorkbookInput = { sheets, tables, stamp: context.stamp, holdsConsolidation: reading.holdsConsolidation };
  const issues: Issue[] = [];
  for (const rule of rules) for (const found of rule.run(workbook, entries, context)) issues.push(found);
  for (const note of read.notes)
    issues.push({
      code: note.code,
      severity: note.severity,
      where: note.cell === undefined ? { sheet: note.sheet } : { sheet: note.sheet, cell: note.cell },
      params: note.params,
    });
  const records: UnitRecords = {
    // Hidden rows are set aside (reader/admit, README): a report never counts what consolidation would not.
    // Consolidation takes these records too (consolidate/examinedReport), so it sets hidden standing and spending rows aside alike.
    outputs: read.outputs.filter((e) => !e.hidden).map((e) => e.record),
    standing: entries.standing.filter((e) => !context.hiddenRow(e.raw.source.sheet, e.raw.source.row)).map((e) => e.record),
    spending: entries.spending.filter((e) => !context.hiddenRow(e.raw.source.sheet, e.raw.source.row)).map((e) => e.record),
  };
  const told = withoutRepeats(issues);
  return {
    ...(options.file === undefined ? {} : { file: options.file }),
    stamp: context.stamp,
    issues: sortIssues(told, sheets),
    ...issueCounts(told),
    records,
    tables,
    reading: read,
  };
}

/** Reads a workbook with the one reader and checks it: checkReading(readBook(...)). */
export function validateWorkbook(plan: Plan, sheets: readonly RawSheet[], options: ValidationOptions, rules: readonly Rule[] = RULES): ValidationReport {
  const reading = readBook(plan, sheets, {
    ...(options.file === undefined ? {} : { file: options.file }),
    ...(options.lookup === undefined ? {} : { lookup: options.lookup }),
  });
  return checkReading(plan, sheets, reading, options, rules);
}
