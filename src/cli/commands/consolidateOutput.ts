import { formatReportDate } from '../../core/periods';
import type { Reminder } from '../../core/review/reminders';
import { REVIEW_STATE_KEYS, type FileReviewState } from '../../core/review/reviewStates';
import { formatAmount, formatMeasure } from '../../core/report/measureText';
import type { TargetMeasure } from '../../core/plan/types';
import { quarantineText, rejectText } from '../../core/consolidate/consolidationSheets';
import { timesApart, type FileTimes } from '../../core/consolidate/newestFile';
import type { ConsolidationResult, Conservation, FileOutcome, UnitReporting } from '../../core/consolidate/types';
import { t, type MessageParams } from '../../core/i18n/format';
import type { Language, MessageKey } from '../../core/i18n/messages';
import { periodLabel } from '../../core/periods';
import type { WorkbookLayout } from '../../core/layout/types';
import { planWording } from '../../core/plan/planWording';
import { targetNoun } from '../../core/report/targetAction';
import { districtFundingLines, districtVerdictText, districtTargetLines, type DistrictFundingLine } from '../../core/consolidate/consolidationSheets';
import type { Plan } from '../../core/plan/types';
import { textTable } from '../textTable';

/** What `cchc consolidate` prints: one JSON object for scripts, or a summary for the officer. */

export interface ConsolidationJson {
  readonly period: { readonly from: string; readonly to: string };
  readonly files: readonly {
    file: string;
    unit: string | null;
    status: FileOutcome['status'];
    records: number;
    errors: number;
    warnings: number;
    reason?: string;
    /** A file whose unit is not known: the units its name or title rows name alike (codes), for `--unit-of`. */
    candidates?: readonly string[];
    /** The officer sent the file back ("Trả lại" on TH Đơn vị of the --map workbook): listed, none of its rows counted. */
    returned?: true;
    /** Rows dated in the plan year outside the period (a year-long tracker's other quarters): kept, not counted in it, no warning of the file. */
    outsidePeriod?: number;
    /** Rows dated after the report's date (--date) inside the period: listed on the TH sheets, not counted (core/progress/countingWindow). */
    afterReportDate?: number;
    /** When the workbook says it was saved (ISO 8601, UTC): what "newest of a unit" is judged by (core/consolidate/newestFile). */
    savedAt?: string;
    /** The file's own time (ISO 8601, UTC), given only when it is more than a day from savedAt (downloaded or copied later). */
    fileModifiedAt?: string;
  }[];
  /**
   * Per target: `achieved` counted in the period (all of it, a running part's included: the tables' "Trong kỳ"), `yearToDate` from the start of the plan year, and
   * `met` judged on the year to date, as TH Tiến độ and the district report judge it (one meaning of "Đạt").
   * `measure` ('minutes' | 'quantity' | 'amount', issue 13) when the figures are not a count of outputs:
   * `min`, `achieved` and `yearToDate` are then minutes of airtime, things or whole đồng.
   */
  readonly targets: readonly {
    id: string;
    min: number;
    achieved: number;
    yearToDate: number;
    met: boolean;
    measure?: TargetMeasure;
    /** A per-unit target: units that reported and met it, of those that reported; `notReported` those concerned that sent no file, not judged (sixth tester, D1). */
    units?: { met: number; of: number; notReported?: number };
    perUnitMinimum?: number;
    /** Some unit judged owes less than `perUnitMinimum` (joined or left during the period). */
    perUnitPartial?: true;
    /** A monthly, quarterly or half-yearly target: its periods in the consolidated period and how many met it. */
    periods?: { met: number; of: number };
    /** Some periods ended and some not: `min`, `endedAchieved` and `periods` are over the ended ones, `runningPart` the rest so far; achieved = endedAchieved + runningPart.achieved. */
    endedAchieved?: number;
    runningPart?: { from: string; to: string; achieved: number };
    /** Every unit the plan gives the target to sent no file: not judged ("Chưa báo cáo"), `met` false (tenth tester). */
    unreported?: true;
    /** Codes of the units the plan gives the target to that sent no file, when named apart: all of them with `unreported`, else a plan-wide target's silent owners. */
    notReportedBy?: readonly string[];
  }[];
  /** Spending per funding source in whole đồng, in the period and year to date, with the plan's budget when it sets one (issue 13), then "Chưa rõ nguồn" (code null) when some spending names no source the plan knows (core/progress fundingLines, as the report). */
  readonly funding: readonly DistrictFundingLine[];
  readonly duplicates: number;
  readonly quarantined: number;
  /** Each row counted once elsewhere, where it is and the copy that counts (TH Không tiếp nhận's duplicate rows; try13m D10). */
  readonly duplicateRows: readonly { file: string; sheet: string; row: number; unit: string | null; first: { file: string; sheet: string; row: number } }[];
  /** Each row not taken, where it is, why (`reason`: the code, `why`: in words, as TH Không tiếp nhận says it) and the value that made it so. */
  readonly quarantinedRows: readonly {
    kind: string;
    file: string;
    sheet: string;
    row: number;
    unit: string | null;
    reason: string;
    why: string;
    value: string;
  }[];
  readonly conservation: Conservation;
  readonly reporting: readonly UnitReporting[];
}

/**
 * The consolidation workbook (`-o`) as .xlsx bytes, streamed row by row so time and memory grow
 * linearly with the rows (60,000 rows: see benchmarks/consolidate.cjs); the same file, cell by
 * cell, as renderToBuffer writes (tests/xlsx/streamWorkbook.test.ts). Throws LayoutRenderError
 * only for a layout Excel would repair, which the core never lays out.
 */
export async function consolidationBytes(layout: WorkbookLayout): Promise<Uint8Array> {
  const { streamToBuffer } = await import('../../xlsx/streamWorkbook');
  return streamToBuffer(layout);
}

/** The reason in words, with a detail the message has no place for added after it. */
export function reasonWords(file: FileOutcome, lang: Language): string {
  return rejectText(file, lang);
}

export function consolidationJson(plan: Plan, result: ConsolidationResult, lang: Language): ConsolidationJson {
  return {
    period: { from: result.period.from, to: result.period.to },
    files: result.files.map((f) => ({
      file: f.file,
      unit: f.unit,
      status: f.status,
      records: f.records,
      errors: f.errors,
      warnings: f.warnings,
      ...(f.status === 'rejected' ? { reason: reasonWords(f, lang) } : {}),
      ...(f.candidates === undefined ? {} : { candidates: f.candidates }),
      ...(f.returned === true ? { returned: true as const } : {}),
      ...(f.outsidePeriod === undefined ? {} : { outsidePeriod: f.outsidePeriod }),
      ...(f.afterReportDate === undefined ? {} : { afterReportDate: f.afterReportDate }),
      ...timesJson(f.times),
    })),
    targets: districtTargetLines(plan, result).map((r) => ({
      id: r.target.id,
      min: r.minimum,
      achieved: r.inPeriod,
      yearToDate: r.yearToDate,
      met: r.met,
      ...(r.running === true ? { running: true } : {}),
      ...(r.target.measure === undefined || r.target.measure === 'count' ? {} : { measure: r.target.measure }),
      ...(r.units === undefined ? {} : { units: r.units }),
      ...(r.perUnitMinimum === undefined ? {} : { perUnitMinimum: r.perUnitMinimum }),
      ...(r.perUnitPartial === true ? { perUnitPartial: true } : {}),
      ...(r.slices === undefined ? {} : { periods: r.slices }),
      // `min` is over the periods ended, as is `endedAchieved`; `achieved` is the whole period's (sixth tester, D3).
      ...(r.endedAchieved === undefined ? {} : { endedAchieved: r.endedAchieved }),
      ...(r.runningPart === undefined ? {} : { runningPart: r.runningPart }),
      ...(r.unreported === true ? { unreported: true as const } : {}),
      ...(r.notReportedBy === undefined ? {} : { notReportedBy: r.notReportedBy }),
    })),
    funding: districtFundingLines(plan, result, lang),
    duplicates: result.duplicates.length,
    quarantined: result.quarantined.length,
    duplicateRows: result.duplicates.map((d) => ({
      file: d.record.source.file ?? '',
      sheet: d.record.source.sheet,
      row: d.record.source.row,
      unit: d.record.unit,
      first: { file: d.first.file ?? '', sheet: d.first.sheet, row: d.first.row },
    })),
    quarantinedRows: result.quarantined.map((q) => ({
      kind: q.kind,
      file: q.source.file ?? '',
      sheet: q.source.sheet,
      row: q.source.row,
      unit: q.unit,
      reason: q.reason,
      why: quarantineText(q, lang),
      value: q.value,
    })),
    conservation: result.conservation,
    reporting: result.reporting,
  };
}

/** savedAt when the workbook has one, and the file's time beside it when the two are more than a day apart. */
function timesJson(times: FileTimes | undefined): { savedAt?: string; fileModifiedAt?: string } {
  if (times?.savedAt === undefined) return {};
  const savedAt = new Date(times.savedAt).toISOString();
  return timesApart(times) ? { savedAt, fileModifiedAt: new Date(times.lastModified).toISOString() } : { savedAt };
}

const STATUS_KEYS: Record<FileOutcome['status'], MessageKey> = {
  ok: 'cli.consolidate.status.ok',
  rejected: 'cli.consolidate.status.rejected',
  empty: 'cli.consolidate.status.empty',
};

export function consolidationText(plan: Plan, result: ConsolidationResult, lang: Language): string {
  const tr = (key: MessageKey, params: MessageParams = {}): string => t(key, params, lang);
  const unitName = (code: string | null): string => (code === null ? '' : (plan.units.find((u) => u.code === code)?.name ?? code));
  const parts: string[] = [tr('cli.consolidate.period', { label: periodLabel(result.period, lang), from: dmy(result.period.from), to: dmy(result.period.to) })];

  parts.push(tr('cli.consolidate.files', { count: result.files.length }));
  parts.push(
    textTable(
      [
        tr('cli.column.file'),
        tr('cli.column.unit'),
        tr('cli.column.status'),
        tr('cli.column.records'),
        tr('cli.column.errors'),
        tr('cli.column.warnings'),
        tr('cli.column.reason'),
      ],
      result.files.map((f) => [
        f.file,
        unitName(f.unit),
        tr(STATUS_KEYS[f.status]),
        String(f.records),
        String(f.errors),
        String(f.warnings),
        reasonWords(f, lang),
      ]),
    ),
  );
  // A file whose unit is not known: the line to copy, naming the units its name or titles fit alike (fund13 defect 3).
  for (const f of result.files.filter((file) => file.reason === 'unknownUnit')) {
    const candidates = f.candidates ?? [];
    const first = candidates[0];
    parts.push(
      first === undefined
        ? tr('cli.consolidate.unitOfHint', { file: f.file })
        : tr('cli.consolidate.unitCandidates', { file: f.file, names: candidates.map((code) => `${unitName(code)} (${code})`).join(', '), code: first }),
    );
  }

  const names = (status: UnitReporting['status']): string => {
    const list = result.reporting.filter((r) => r.status === status).map((r) => unitName(r.unit));
    return list.length > 0 ? list.join(', ') : '—';
  };
  const count = (status: UnitReporting['status']): number => result.reporting.filter((r) => r.status === status).length;
  parts.push(
    [
      tr('cli.consolidate.reported', { count: count('reported'), units: names('reported') }),
      tr('cli.consolidate.missing', { count: count('missing'), units: names('missing') }),
      tr('cli.consolidate.rejectedUnits', { count: count('rejected'), units: names('rejected') }),
      // Units whose file the officer sent back: not counted, owed again (issue 15); said only when there are some.
      ...(count('returned') === 0 ? [] : [tr('cli.consolidate.returnedUnits', { count: count('returned'), units: names('returned') })]),
    ].join('\n') + '\n',
  );

  parts.push(tr('cli.consolidate.targets', { area: planWording(plan, lang).area.toLocaleUpperCase(lang) }));
  parts.push(
    textTable(
      [
        tr('cli.column.code'),
        tr('cli.column.target'),
        tr('cli.column.minimum'),
        tr('consolidate.progress.inPeriod'),
        tr('consolidate.progress.yearToDate'),
        tr('consolidate.progress.assessment'),
      ],
      districtTargetLines(plan, result).map((r) => [
        r.target.id,
        r.target.title,
        formatMeasure(r.minimum, r.target.measure, lang),
        formatMeasure(r.inPeriod, r.target.measure, lang),
        formatMeasure(r.yearToDate, r.target.measure, lang),
        // The report's own words (districtVerdictText), so the table cannot drop what the report says (eighth tester, D5).
        districtVerdictText(r, lang, targetNoun(plan, r.target, lang)),
      ]),
    ),
  );
  // Spending against the budget, when the plan sets one or units spent anything.
  const funding = districtFundingLines(plan, result, lang);
  if (funding.some((f) => f.budget !== undefined || f.yearToDate > 0)) {
    parts.push(
      textTable(
        [
          tr('consolidate.progress.fundingCode'),
          tr('consolidate.progress.funding'),
          tr('consolidate.progress.budget'),
          tr('consolidate.progress.inPeriod'),
          tr('consolidate.progress.yearToDate'),
        ],
        funding.map((f) => [
          f.code ?? '',
          f.name,
          f.budget === undefined ? '' : formatAmount(f.budget, lang),
          formatAmount(f.inPeriod, lang),
          formatAmount(f.yearToDate, lang),
        ]),
      ),
    );
  }
  const c = result.conservation;
  parts.push(
    `${tr('cli.consolidate.conservation', { read: c.rowsRead, blank: c.blank, titles: c.titles, totals: c.totals, data: c.dataRows, extra: c.extraChannels, taken: c.consolidated, duplicates: c.duplicates, quarantined: c.quarantined })}\n`,
  );
  return parts.join('\n');
}

function dmy(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

/**
 * The round in words, after the consolidation's tables (issue 15; --json gives the same as
 * `reviews` and `reminders`): each file the officer reviewed, then each unit to remind, with its
 * deadline and address; the reminders' full text is in --json and in the pane.
 */
export function roundText(plan: Plan, reviews: readonly FileReviewState[], owed: readonly Reminder[], lang: Language): string {
  const officer = reviews.filter((r) => r.by === 'officer');
  const parts: string[] = [];
  const name = (code: string | null): string => plan.units.find((u) => u.code === code)?.name ?? code ?? '';
  // A unit that sent its file again under the same name: the earlier review is not carried (core fileReviews), said first.
  const resent = reviews.flatMap((r) => (r.resent === undefined ? [] : [{ ...r, resent: r.resent }]));
  if (resent.length > 0) {
    const lines = resent.map(
      (r) =>
        `  ${t('cli.consolidate.resentLine', { unit: name(r.unit), file: r.file, saved: r.version ?? '', before: r.resent.version, state: t(REVIEW_STATE_KEYS[r.resent.state], {}, lang) }, lang)}`,
    );
    parts.push(`${t('cli.consolidate.resent', { count: resent.length }, lang)}\n${lines.join('\n')}\n`);
  }
  if (officer.length > 0) {
    const lines = officer.map(
      (r) => `  ${name(r.unit)} (${r.file}) — ${t(REVIEW_STATE_KEYS[r.state], {}, lang)}${r.note.trim() === '' ? '' : `: ${r.note.trim()}`}`,
    );
    parts.push(`${t('cli.consolidate.reviewed', { count: officer.length }, lang)}\n${lines.join('\n')}\n`);
  }
  if (owed.length > 0) {
    const lines = owed.map((r) => {
      const deadline =
        r.deadline === null
          ? ''
          : ` — ${t(r.overdue ? 'cli.consolidate.reminderOverdue' : 'cli.consolidate.reminderDue', { date: formatReportDate(r.deadline, lang) }, lang)}`;
      const address = r.emails.length === 0 ? '' : ` — ${r.emails.join(', ')}`;
      return `  ${r.unitName}: ${t(`cli.consolidate.reminder.${r.reason}`, {}, lang)}${deadline}${address}`;
    });
    parts.push(`${t('cli.consolidate.reminders', { count: owed.length }, lang)}\n${lines.join('\n')}\n`);
  }
  return parts.join('');
}
