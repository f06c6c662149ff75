import type { Plan } from '../plan/types';
import { activeDuring, targetResults, targetResultsByUnit } from '../progress/targetProgress';
import { afterReportDateTest, countedUpTo } from '../progress/countingWindow';
import type { OutputRecord, SourceRef, SpendingRecord, StandingRecord } from '../records/types';
import type { ValidationReport } from '../validation';
import { issue } from '../issues';
import type { Stamp } from '../template/stamp';
import type { RawSheet } from '../ports/workbookPort';
import { CONSOLIDATION_SHEETS } from './consolidationSheetNames';
import { checkReading, issueCounts } from '../validation/validateWorkbook';
import { admitOutput, type Rejection } from '../reader/admit';
import { createLabelResolver, type LabelResolver } from '../reader/labels';
import { createSuggester, type Suggester } from '../validation/suggest';
import { readBook } from '../reader/readBook';
import { entryOutputKeyHash, unitOwnChannels } from './outputKey';
import { takenOutputs } from './takenOutputs';
import { newestFirst, type FileTimes } from './newestFile';
import { recogniseUnit, unitCandidates } from './recogniseUnit';
import { countOutside, outsideKey, setPeriodAside, type OutsideCells } from './outsidePeriod';
import { dateWhere } from '../validation/rules/dates';
import { consolidatingBodyOwes, isConsolidatingBody } from './consolidatingBody';
import { fileVersion, officerReviewOf } from '../review/reviewStates';
import type { Conservation, ConsolidationOptions, ConsolidationResult, Duplicate, FileOutcome, Quarantined, UnitFileInput, UnitReporting } from './types';

/**
 * Consolidates every unit's workbook into one set of records. Each file is read once by the one
 * reader (src/core/reader) and checked once by the rules; it is recognised by its stamp, or as an
 * office's tracker whose unit is named by the officer, the file or folder name or its title rows.
 * Its rows are either taken, listed as duplicates of an output already taken (same channel, date and
 * title; on a channel each unit has for itself, also the same unit: outputKey.ts), or quarantined with
 * the reason adopt would give (reader/admit). Nothing is dropped: dataRows = consolidated +
 * duplicates + quarantined, per accepted file and in total. A file that cannot be read still
 * belongs to its unit when its name says which ("sent but not usable", not "not reported").
 */

/**
 * What the merge needs of a file's checked reading: its output rows with their admission already
 * decided (reader/admit), its standing and spending records, its tables' row counts, stamp and
 * issues. Kept this small so that a file examined on another thread (src/cli/readPool.ts) costs
 * little to send back.
 */
export interface ExaminedReport {
  readonly stamp: ValidationReport['stamp'];
  readonly issues: ValidationReport['issues'];
  readonly counts: ValidationReport['counts'];
  readonly tables: ValidationReport['tables'];
  /**
   * Each output row with its admission and its key's hash across files (outputKey.ts entryOutputKeyHash; null: never a
   * duplicate), built once per row; a hash, not the key, so that a file waiting for the merge holds 4 bytes a row, not 250 (issue 11);
   * `outsideAt`: its date cell (outsidePeriod.ts outsideKey) when the row is dated outside the period, counted if the row is taken.
   */
  readonly outputs: readonly {
    readonly record: OutputRecord;
    readonly rejection: Rejection | null;
    readonly keyHash: number | null;
    readonly outsideAt?: string;
  }[];
  readonly standing: readonly StandingRecord[];
  readonly spending: readonly SpendingRecord[];
  /** For each of `spending`, its date cell when dated outside the period (as `outputs[].outsideAt`); empty when no row is. */
  readonly spendingOutsideAt: readonly (string | undefined)[];
  /** Outside-period warnings without a cell: counted whatever becomes of their rows (outsidePeriod.ts). */
  readonly outsideUnplaced: number;
  /**
   * The standing-items and spending rows the officer hid, set aside like hidden output rows
   * (reader/admit): each is quarantined with reason 'hidden' and its content as typed, so the
   * conservation line accounts for it (read13m defect 2: a hidden spending row made "kênh thêm -1").
   */
  readonly hiddenRows: readonly { readonly kind: 'standing' | 'spending'; readonly source: SourceRef; readonly unit: string | null; readonly value: string }[];
}

function examinedReport(plan: Plan, report: ValidationReport, outside: OutsideCells): ExaminedReport {
  const ownChannels = unitOwnChannels(plan);
  // The date cell of a row told outside the period, looked up only when some row was (most files: none).
  const outsideAt = (entry: Parameters<typeof dateWhere>[0]): string | undefined => {
    if (outside.cells.size === 0) return undefined;
    const { sheet, cell } = dateWhere(entry);
    const key = cell === undefined ? undefined : outsideKey(sheet, cell);
    return key !== undefined && outside.cells.has(key) ? key : undefined;
  };
  // validateWorkbook's records leave hidden standing and spending rows out: those left out are the hidden ones.
  const kept = new Set<StandingRecord | SpendingRecord>([...report.records.standing, ...report.records.spending]);
  const hiddenStanding = report.reading.entries.standing
    .filter((e) => !kept.has(e.record))
    .map((e) => ({ kind: 'standing' as const, source: e.record.source, unit: e.record.unit, value: e.text.title ?? e.text.item ?? '' }));
  const hiddenSpending = report.reading.entries.spending
    .filter((e) => !kept.has(e.record))
    .map((e) => ({ kind: 'spending' as const, source: e.record.source, unit: e.record.unit, value: e.text.content ?? '' }));
  return {
    stamp: report.stamp,
    issues: report.issues,
    counts: report.counts,
    tables: report.tables,
    outputs: report.reading.outputs.map((entry) => {
      const row: { record: OutputRecord; rejection: Rejection | null; keyHash: number | null; outsideAt?: string } = {
        record: entry.record,
        rejection: admitOutput(entry),
        // The key's hash from its parts, not from the duplicate rule's identity string (outputKey.ts entryOutputKeyHash).
        keyHash: entryOutputKeyHash(entry, ownChannels),
      };
      // Set only when dated outside the period, without spreading an object per row (issue 11).
      const at = outsideAt(entry);
      if (at !== undefined) row.outsideAt = at;
      return row;
    }),
    standing: report.records.standing,
    spending: report.records.spending,
    // In the order of `spending`: the spending entries not hidden.
    spendingOutsideAt: outside.cells.size === 0 ? [] : report.reading.entries.spending.filter((e) => kept.has(e.record)).map(outsideAt),
    outsideUnplaced: outside.unplaced,
    hiddenRows: [...hiddenStanding, ...hiddenSpending],
  };
}

/** A file read, recognised and checked, waiting for the one-file-per-unit pick and the merge. */
export interface Accepted {
  readonly input: UnitFileInput;
  readonly unit: string | null;
  readonly report: ExaminedReport;
  /** The unit the file's name, folder or title rows name, when it is not the stamp's. */
  readonly namedUnit?: string;
}

function outcome(input: UnitFileInput, fields: Partial<FileOutcome> & Pick<FileOutcome, 'status'>): FileOutcome {
  return { file: input.file, unit: null, records: 0, errors: 0, warnings: 0, stamp: null, issues: [], times: timesOf(input), ...fields };
}

function timesOf(input: UnitFileInput): FileTimes {
  return input.savedAt === undefined ? { lastModified: input.lastModified } : { lastModified: input.lastModified, savedAt: input.savedAt };
}

function dataRowCount(report: Pick<ValidationReport, 'tables'>): number {
  return report.tables.reduce((sum, t) => sum + t.rowsRead - t.skipped.length, 0);
}

/** What examining one file gives: its outcome when it is set aside at once, else the file accepted. */
export type ExaminedFile = FileOutcome | Accepted;

/** One suggester per label resolver, so every file of a consolidation shares its cache per text (issue 11). */
const suggesters = new WeakMap<LabelResolver, Suggester>();

function suggesterOf(plan: Plan, labels: LabelResolver): Suggester {
  const known = suggesters.get(labels);
  if (known !== undefined) return known;
  const made = createSuggester(plan);
  suggesters.set(labels, made);
  return made;
}

/**
 * Reads, recognises and validates one file; the unit is null for a district workbook. Depends on
 * nothing but its arguments (the label resolver only caches), so files may be examined apart (the
 * CLI's worker threads, src/cli/readPool.ts) and merged by `consolidateExamined` in file order.
 */
export function examine(plan: Plan, input: UnitFileInput, options: ConsolidationOptions, labels: LabelResolver = createLabelResolver(plan)): ExaminedFile {
  if (!input.sheets) {
    const reason = input.unreadable?.reason ?? 'corrupt';
    const unit = options.unitOfFile?.get(input.file) ?? recogniseUnit(plan, input.file, []);
    // A 0-byte file was sent but cannot be used: rejected, never "reported".
    return outcome(input, { status: 'rejected', reason, unit, ...(input.unreadable?.detail ? { detail: input.unreadable.detail } : {}) });
  }
  const choices = options.choicesOfFile?.get(input.file) ?? options.choices;
  // What the file's name and titles say, asked once: the reader asks it for the rows' sender
  // (senderOf) with the title text it then returns, and the unit and the stamp's check ask again.
  let recognised: { readonly titleText: readonly string[]; readonly unit: string | null } | undefined;
  const namedBy = (titleText: readonly string[]): string | null => {
    if (recognised?.titleText !== titleText) recognised = { titleText, unit: recogniseUnit(plan, input.file, titleText) };
    return recognised.unit;
  };
  // A tracker's unit: the officer's word for the file, else its stamp's, else what its name and titles say.
  const unitOf = (stamp: Stamp | null, titleText: readonly string[]): string | null | undefined =>
    options.unitOfFile?.get(input.file) ?? (stamp?.kind === 'unit' ? stamp.unitCode : stamp?.kind === 'district' ? null : namedBy(titleText));
  const reading = readBook(plan, input.sheets, {
    file: input.file,
    labels,
    ...(choices === undefined ? {} : { choices }),
    // The rows with a blank unit cell read as the sender's, as checkReading would give them (ReadOptions.senderOf).
    senderOf: (titleText) => unitOf(null, titleText) ?? null,
  });
  const stamp = reading.stamp;
  if (stamp && stamp.planId !== plan.identity.id) return outcome(input, { status: 'rejected', reason: 'otherPlan', detail: stamp.planId, stamp });
  // The add-in's own outputs picked up with the units' files ("*.xlsx"): a consolidation or a report, no unit's tracker.
  if (stamp === null && isOwnOutput(input.sheets)) return outcome(input, { status: 'rejected', reason: 'notTracker' });
  const unit = unitOf(stamp, reading.titleText);
  if (unit === undefined || (unit === null && stamp?.kind !== 'district')) {
    // Names alike once folded (Thanh Hòa / Thạnh Hòa): named in the reason, never guessed (fund13 defect 3).
    const candidates = unitCandidates(plan, input.file, reading.titleText);
    const named = candidates.map((code) => `${plan.units.find((u) => u.code === code)?.name ?? code} (${code})`).join(', ');
    return outcome(input, { status: 'rejected', reason: 'unknownUnit', stamp, ...(candidates.length === 0 ? {} : { candidates, detail: named }) });
  }
  const { report: checked, outside } = setPeriodAside(
    checkReading(plan, input.sheets, reading, {
      today: options.today,
      period: options.period,
      file: input.file,
      ...(unit === null ? {} : { unit }),
      lookup: labels.lookup,
      suggest: suggesterOf(plan, labels),
    }),
  );
  // A stamped file whose name or title names another unit: likely a neighbour's workbook copied.
  const named = stamp?.kind === 'unit' && !options.unitOfFile?.has(input.file) ? namedBy(reading.titleText) : null;
  if (named === null || named === unit || unit === null) return { input, unit, report: examinedReport(plan, checked, outside) };
  const unitName = (code: string): string => plan.units.find((u) => u.code === code)?.name ?? code;
  const warning = issue(
    'consolidate.stampUnitMismatch',
    'warning',
    { sheet: input.sheets[0]?.name ?? '' },
    { stampUnit: unitName(unit), nameUnit: unitName(named) },
  );
  const issues = [warning, ...checked.issues];
  const report = { ...checked, issues, ...issueCounts(issues) };
  return { input, unit, report: examinedReport(plan, report, outside), namedUnit: named };
}

function isOwnOutput(sheets: readonly RawSheet[]): boolean {
  const visible = sheets.filter((s) => !s.name.startsWith('_'));
  return visible.some((s) => s.name === CONSOLIDATION_SHEETS.records) || (visible.length > 0 && visible.every((s) => s.name.startsWith('BC ')));
}

function sameStamp(a: Stamp | null, b: Stamp | null): boolean {
  return a !== null && b !== null && a.unitCode === b.unitCode && a.createdOn === b.createdOn && a.planId === b.planId;
}

/** One file per unit: the officer's pick, else the newest by the workbook's saved time (newestFile.ts) whose name agrees with its stamp. */
function pickPerUnit(accepted: readonly Accepted[], options: ConsolidationOptions): { kept: Accepted[]; superseded: FileOutcome[] } {
  const byUnit = new Map<string, Accepted[]>();
  const kept: Accepted[] = [];
  for (const a of accepted) {
    if (a.unit === null) kept.push(a);
    else byUnit.set(a.unit, [...(byUnit.get(a.unit) ?? []), a]);
  }
  const superseded: FileOutcome[] = [];
  for (const [unit, files] of byUnit) {
    const preferred = options.preferred?.get(unit);
    // A file whose own name agrees with its stamp wins over a copy sent under another unit's name.
    const ranked = [...files].sort((a, b) => Number(a.namedUnit !== undefined) - Number(b.namedUnit !== undefined) || newestFirst(a.input, b.input));
    const winner = files.find((f) => f.input.file === preferred) ?? ranked[0];
    if (!winner) continue;
    kept.push(winner);
    for (const loser of files.filter((f) => f !== winner)) {
      const copied = loser.namedUnit !== undefined && sameStamp(loser.report.stamp, winner.report.stamp);
      superseded.push(
        outcome(loser.input, {
          status: 'rejected',
          reason: copied ? 'sameStamp' : 'superseded',
          detail: winner.input.file,
          // A copy sent by another unit is that unit's line: it sent something that cannot be used.
          unit: copied ? (loser.namedUnit ?? unit) : unit,
          stamp: loser.report.stamp,
          records: dataRowCount(loser.report),
          ...(copied ? { issues: loser.report.issues } : {}),
        }),
      );
    }
  }
  return { kept, superseded };
}

/**
 * The rows of a file sent back ("Trả lại", never merged) that it would have taken, dated outside the period:
 * those not set aside within the file (hidden, quarantined, repeating a row above), as the merge counts a file's rows taken.
 */
function outsideWithin(report: ExaminedReport, ownChannels: ReadonlySet<string>): number {
  const cells: (string | undefined)[] = [];
  const seen = takenOutputs(ownChannels);
  for (const output of report.outputs) {
    if (output.rejection !== null || output.record.unit === null) continue;
    // A row repeating one above it in the file would be a duplicate, as the merge tells it.
    if (output.keyHash !== null && seen.take(output.keyHash, output.record) !== undefined) continue;
    cells.push(output.outsideAt);
  }
  report.spending.forEach((record, i) => {
    if (record.unit !== null) cells.push(report.spendingOutsideAt[i]);
  });
  return countOutside(cells, report.outsideUnplaced);
}

export function consolidate(plan: Plan, inputs: readonly UnitFileInput[], options: ConsolidationOptions): ConsolidationResult {
  const labels = createLabelResolver(plan);
  return consolidateExamined(
    plan,
    inputs.map((input) => examine(plan, input, options, labels)),
    options,
  );
}

/**
 * An examined file without its sheets' cells: all `consolidateExamined` needs of an accepted file's
 * input is its name and times. A caller that examines each file as it is read and keeps this instead
 * holds one file's cells at a time, not every file's until the merge (issue 11: the CLI's collector
 * copied all 30 files' cells from scavenge to scavenge), and a worker thread sends less back.
 */
export function withoutSheets(examined: ExaminedFile): ExaminedFile {
  return 'report' in examined ? { ...examined, input: { ...examined.input, sheets: null } } : examined;
}

/** `consolidate` after each file was examined (`examine`), the files in the order given: the same result. */
export function consolidateExamined(plan: Plan, examined: readonly ExaminedFile[], options: ConsolidationOptions): ConsolidationResult {
  const accepted = examined.filter((e): e is Accepted => 'report' in e);
  const { kept: picked, superseded } = pickPerUnit(accepted, options);
  // A file the officer sent back ("Trả lại") stays listed but counts nothing until it comes again; "Cần sửa" still counts.
  // A "Trả lại" of an earlier version does not hold the corrected file sent again under the same name (fileReviews).
  const returned = new Set(
    picked.filter((a) => officerReviewOf(options.reviews ?? [], a.unit, a.input.file, fileVersion(timesOf(a.input)))?.state === 'returned'),
  );
  const kept = picked.filter((a) => !returned.has(a));
  const unitOrder = new Map(plan.units.map((u, i) => [u.code, i]));
  kept.sort((a, b) => (unitOrder.get(a.unit ?? '') ?? 1e9) - (unitOrder.get(b.unit ?? '') ?? 1e9) || a.input.file.localeCompare(b.input.file));

  const outputs: OutputRecord[] = [];
  const standing: StandingRecord[] = [];
  const spending: SpendingRecord[] = [];
  const duplicates: Duplicate[] = [];
  const quarantined: Quarantined[] = [];
  const ownChannels = unitOwnChannels(plan);
  const seen = takenOutputs(ownChannels);
  const taken = new Map<Accepted, number>();
  // Per file, the rows taken dated outside the period (FileOutcome.outsidePeriod): a row set aside is counted under its reason alone.
  const outsideTaken = new Map<Accepted, number>();
  // Units whose rows are typed in a district workbook among the inputs (its own Tin bài…): the first such file each.
  const enteredIn = new Map<string, string>();
  const entered = (file: Accepted, unit: string | null): void => {
    if (file.unit === null && unit !== null && !enteredIn.has(unit)) enteredIn.set(unit, file.input.file);
  };
  let conservation: Conservation = {
    rowsRead: 0,
    blank: 0,
    titles: 0,
    totals: 0,
    dataRows: 0,
    extraChannels: 0,
    consolidated: 0,
    duplicates: 0,
    quarantined: 0,
  };

  const asOf = options.reportDate ?? options.today;
  // Per file, the rows taken dated after the report's date: listed, not counted (FileOutcome.afterReportDate).
  const late = new Map<Accepted, number>();
  const afterReportDate = afterReportDateTest(options.period, asOf);
  const countAfterReportDate = (rows: readonly { readonly date: string | null }[], from: number): number => {
    let count = 0;
    for (let i = from; i < rows.length; i += 1) if (afterReportDate(rows[i]?.date ?? null)) count += 1;
    return count;
  };
  for (const file of kept) {
    const { report } = file;
    const outputsBefore = outputs.length;
    const spendingBefore = spending.length;
    const quarantine = (entry: Quarantined): number => quarantined.push(entry);
    const outsideCells: (string | undefined)[] = [];
    let count = 0;
    for (const output of report.outputs) {
      const { record, rejection } = output;
      // Rows with a blank unit cell already belong to the file's unit (checkReading); a unit cell the plan does not know stays
      // unknown, unless the workbook's unit cells name only the sender's own offices and hamlets (reader/assignUnit).
      if (rejection) {
        quarantine({
          kind: 'output',
          source: record.source,
          unit: record.unit,
          reason: rejection.reason,
          value: rejection.value,
          ...(rejection.cell === undefined ? {} : { cell: rejection.cell }),
          ...(rejection.names === undefined ? {} : { names: rejection.names }),
        });
      } else if (record.unit === null) {
        quarantine({ kind: 'output', source: record.source, unit: null, reason: 'unknownUnit', value: '' });
      } else {
        entered(file, record.unit);
        const { keyHash } = output;
        const first = keyHash === null ? undefined : seen.take(keyHash, record);
        if (first) duplicates.push({ record, first: first.source, firstUnit: first.unit });
        else {
          outputs.push(record);
          if (output.outsideAt !== undefined) outsideCells.push(output.outsideAt);
        }
      }
      count += 1;
    }
    for (const raw of report.standing) {
      const record = raw;
      if (record.item === null) quarantine({ kind: 'standing', source: record.source, unit: record.unit, reason: 'unknownItem', value: '' });
      else if (record.unit === null) quarantine({ kind: 'standing', source: record.source, unit: null, reason: 'unknownUnit', value: '' });
      else {
        // The district template lists every unit's items as "Chưa thực hiện": only a row the officer changed is that unit's work.
        if ((record.state !== null && record.state !== 'not-done') || record.dateDone !== null || record.evidence !== '' || record.note !== '')
          entered(file, record.unit);
        standing.push(record);
      }
      count += 1;
    }
    for (let i = 0; i < report.spending.length; i += 1) {
      const record = report.spending[i] as SpendingRecord;
      if (record.unit === null) quarantine({ kind: 'spending', source: record.source, unit: null, reason: 'unknownUnit', value: '' });
      else {
        entered(file, record.unit);
        spending.push(record);
        outsideCells.push(report.spendingOutsideAt[i]);
      }
      count += 1;
    }
    for (const hidden of report.hiddenRows) {
      quarantine({ kind: hidden.kind, source: hidden.source, unit: hidden.unit, reason: 'hidden', value: hidden.value });
      count += 1;
    }
    taken.set(file, count);
    outsideTaken.set(file, countOutside(outsideCells, report.outsideUnplaced));
    late.set(file, countAfterReportDate(outputs, outputsBefore) + countAfterReportDate(spending, spendingBefore));
    const skipped = report.tables.flatMap((t) => t.skipped);
    conservation = {
      ...conservation,
      rowsRead: conservation.rowsRead + report.tables.reduce((sum, t) => sum + t.rowsRead, 0),
      blank: conservation.blank + skipped.filter((s) => s.reason === 'blank').length,
      titles: conservation.titles + skipped.filter((s) => s.reason === 'title').length,
      totals: conservation.totals + skipped.filter((s) => s.reason === 'total').length,
      dataRows: conservation.dataRows + dataRowCount(report),
      extraChannels: conservation.extraChannels + count - dataRowCount(report),
    };
  }
  conservation = {
    ...conservation,
    consolidated: outputs.length + standing.length + spending.length,
    duplicates: duplicates.length,
    quarantined: quarantined.length,
  };

  const files: FileOutcome[] = examined.map((e) => {
    if (!('report' in e)) return superseded.find((s) => s.file === e.file) ?? e;
    const loser = superseded.find((s) => s.file === e.input.file);
    if (loser) return loser;
    const records = returned.has(e) ? dataRowCount(e.report) : (taken.get(e) ?? 0);
    const outsidePeriod = outsideTaken.get(e) ?? outsideWithin(e.report, ownChannels);
    return {
      ...(returned.has(e) ? { returned: true as const } : {}),
      file: e.input.file,
      unit: e.unit,
      status: records === 0 ? 'empty' : 'ok',
      records,
      errors: e.report.counts.error,
      warnings: e.report.counts.warning,
      stamp: e.report.stamp,
      issues: e.report.issues,
      times: timesOf(e.input),
      ...(outsidePeriod > 0 ? { outsidePeriod } : {}),
      ...((late.get(e) ?? 0) > 0 ? { afterReportDate: late.get(e) } : {}),
    };
  });

  // A unit that takes no part in the period (merged away before it, created after it) owes no report;
  // it is listed only when it sent one anyway. One that took part for some days owes one (Unit.activeFrom/activeTo).
  // The consolidating body (Sở Nội vụ of a province, the commune's own UBND, a ward's Văn phòng) writes the report:
  // it owes a file only when PHÂN CÔNG gives it targets or items of its own, and then its rows typed straight into
  // the district workbook (one of the inputs) are its report (eighth tester, issue 13, D6: neither sent nor missing before).
  const direct = (code: string): string | undefined => {
    const unit = plan.units.find((u) => u.code === code);
    return unit !== undefined && isConsolidatingBody(plan, unit) ? enteredIn.get(code) : undefined;
  };
  const owing = plan.units.filter(
    (u) =>
      files.some((f) => f.unit === u.code) ||
      direct(u.code) !== undefined ||
      (activeDuring(u, options.period) && (!isConsolidatingBody(plan, u) || consolidatingBodyOwes(plan, u))),
  );
  const reporting: UnitReporting[] = owing.map((u) => {
    const ok = files.find((f) => f.unit === u.code && f.status === 'ok');
    if (ok) return { unit: u.code, status: ok.returned === true ? 'returned' : 'reported', file: ok.file };
    const other = files.find((f) => f.unit === u.code);
    if (other) return { unit: u.code, status: other.status === 'empty' ? 'reported' : 'rejected', file: other.file };
    const book = direct(u.code);
    return book === undefined ? { unit: u.code, status: 'missing' } : { unit: u.code, status: 'reported', enteredIn: book };
  });

  // Everything taken is listed; only what is dated up to the report's date counts (progress/countingWindow, try13m D2).
  const counted = countedUpTo({ outputs, spending }, options.period, asOf);
  const targets = targetResults(plan, counted, options.period);
  const perUnit = targetResultsByUnit(plan, counted, options.period);
  return {
    period: options.period,
    files,
    outputs,
    standing,
    spending,
    duplicates,
    quarantined,
    reporting,
    targets,
    targetsCounted: { outputs: counted.outputs, spending: counted.spending },
    perUnit,
    conservation,
    today: asOf,
  };
}
