import { GROUPED, formatMeasure, measureNumberFormat } from './measureText';
import { t } from '../i18n/format';
import type { Language, MessageKey } from '../i18n/messages';
import { columnLetters } from '../layout/a1';
import { empty, num, text } from '../layout/cells';
import type { CellValue } from '../layout/types';
import { formatReportDate } from '../periods';
import type { Plan } from '../plan/types';
import { FULL } from './header';
import { lowerFirst } from './parties';
import { targetNoun } from './targetAction';
import { absenceSentence, occurrenceName, spendingSentence, standingHeading, standingSentences, targetSentence, unitsWithoutFile } from './sentences';
import type { SheetWriter, TableColumn } from './sheetWriter';
import type { ReportData, ReportStandingRow, ReportTargetRow } from './types';

/** Tables a page break may cut; the first one cut gets its header repeated (print title rows). */
export interface TableRows {
  readonly header: number;
  readonly last: number;
}

/** Counts and amounts in đồng grouped by thousands, as numbers (measureText's GROUPED). */
export { GROUPED };
const PERCENT = '0%';
/** Target or item columns one unit-by-x table holds (D–J); more are split into further tables. */
const MATRIX_COLUMNS = 7;
const BLANK_LINES = 4;

const heading = (w: SheetWriter, label: string): void => {
  w.gap(6);
  w.line(FULL, text(label), { bold: true, wrap: true, horizontal: 'left' });
};
const subheading = (w: SheetWriter, label: string): void => {
  w.line(FULL, text(label), { bold: true, wrap: true, horizontal: 'left' });
};
const paragraph = (w: SheetWriter, sentence: string, italic = false): void => {
  w.line(FULL, text(sentence), { wrap: true, horizontal: 'justify', ...(italic ? { italic: true } : {}) });
};

/** I. Every counted target against the plan, then (district) the unit-by-target counts, then prose. */
export function writeTargets(w: SheetWriter, plan: Plan, data: ReportData, language: Language): TableRows[] {
  const l = (key: Parameters<typeof t>[0]): string => t(key, {}, language);
  const tables: TableRows[] = [];
  heading(w, l('report.section.targets'));
  const absent = absenceSentence(data, language);
  if (absent !== null) paragraph(w, absent);
  // A unit given no target and with nothing counted in the period: one sentence, not a table of headers alone (issue 13, fifth tester, finding 13a).
  if (data.scope.kind === 'unit' && absent === null && !data.targets.some((row) => row.applies)) {
    paragraph(w, l('report.unit.noTargets'));
    return tables;
  }
  subheading(w, l('report.section.targets.table'));
  const columns: TableColumn[] = [
    { first: 1, last: 1, header: l('report.col.no'), horizontal: 'center' },
    { first: 2, last: 4, header: l('report.col.target'), horizontal: 'left' },
    { first: 5, last: 5, header: l('report.col.minimum'), horizontal: 'center', numberFormat: GROUPED },
    { first: 6, last: 6, header: l('report.col.inPeriod'), horizontal: 'center', numberFormat: GROUPED },
    { first: 7, last: 7, header: l('report.col.yearToDate'), horizontal: 'center', numberFormat: GROUPED },
    { first: 8, last: 8, header: l('report.col.percent'), horizontal: 'center', numberFormat: PERCENT },
    { first: 9, last: 10, header: l('report.col.assessment'), horizontal: 'center' },
  ];
  const shown = data.targets.filter((row) => row.applies);
  const body = shown.map((row, i) => [
    num(i + 1),
    text(targetCell(row, language)),
    num(row.minimum),
    num(row.inPeriod),
    num(row.yearToDate),
    row.graded && !row.notJudged ? num(row.percent / 100) : empty,
    text(verdictText(row, language, nounOf(plan, row.id, language))),
  ]);
  const table = w.table(columns, body);
  tables.push(table);
  // Minutes and đồng say their unit beside the number, the cell staying a number (issue 13).
  shown.forEach((row, i) => {
    if (row.measure !== undefined) w.style(`E${table.header + 1 + i}:G${table.header + 1 + i}`, { numberFormat: measureNumberFormat(row.measure, language) });
  });
  if (table.last > table.header) w.style(`I${table.header + 1}:J${table.last}`, { bold: true });
  const rate = rateNote(shown, language);
  if (rate !== null) paragraph(w, rate, true);
  const note = data.scope.kind === 'unit' ? shareNote(shown, language) : null;
  if (note !== null) paragraph(w, note, true);

  if (data.scope.kind === 'district') {
    subheading(w, l('report.section.targets.units'));
    for (let start = 0; start < Math.max(1, data.targets.length); start += MATRIX_COLUMNS) {
      const ids = data.targets.slice(start, start + MATRIX_COLUMNS).map((x) => x.id);
      const unitColumns: TableColumn[] = [
        { first: 1, last: 1, header: l('report.col.no'), horizontal: 'center' },
        { first: 2, last: 3, header: l('report.col.unit'), horizontal: 'left' },
        // Minutes and đồng name their unit in the cell's format, as the Word annex does (sixth tester, D7).
        ...ids.map((id, i): TableColumn => ({
          first: 4 + i,
          last: 4 + i,
          header: id,
          horizontal: 'center',
          numberFormat: measureNumberFormat(data.targets.find((x) => x.id === id)?.measure, language),
        })),
      ];
      const rows: CellValue[][] = data.units.map((unit, i) => [
        num(i + 1),
        text(unit.name),
        ...ids.map((id) =>
          unit.notReported === true
            ? text(l('report.cell.missing'))
            : unit.notAssigned?.includes(id) === true
              ? text(l('report.cell.na'))
              : num(unit.counts[id] ?? 0),
        ),
      ]);
      rows.push([empty, text(l('report.row.total')), ...ids.map((id) => num(data.targets.find((x) => x.id === id)?.inPeriod ?? 0))]);
      const matrix = w.table(unitColumns, rows);
      tables.push(matrix);
      w.style(`A${matrix.last}:${columnLetters(3 + ids.length)}${matrix.last}`, { bold: true });
    }
    paragraph(w, l('report.legend.units'), true);
  }

  // A unit given no target gets no "Cụ thể:" with nothing under it.
  if (shown.length > 0) subheading(w, l('report.section.targets.details'));
  const wholeYear = data.period.from === data.yearToDate.from;
  for (const row of shown) paragraph(w, targetSentence(plan, row, wholeYear, language));
  return tables;
}

/**
 * The target cell of the table: "Tin phát trên loa ấp (CT1)"; a per-unit target in the district
 * report says what each unit must reach beside the summed minimum of its "Tối thiểu" cell (issue 13).
 */
export function targetCell(row: ReportTargetRow, language: Language): string {
  if (row.perUnitMinimum === undefined) return `${row.title} (${row.id})`;
  return t(
    row.perUnitPartial ? 'report.target.titlePerUnitPartial' : 'report.target.titlePerUnit',
    { title: row.title, id: row.id, each: formatMeasure(row.perUnitMinimum, row.measure, language) },
    language,
  );
}

/**
 * The note under a unit's targets table: a plan-wide minimum is the plan's, the unit's figure its
 * share; beside per-unit targets (the unit's own minimum) the note says which rows, by their number
 * in the table, are which. Null when every row is the unit's own.
 */
export function shareNote(shown: readonly ReportTargetRow[], language: Language): string | null {
  const number = (rows: readonly ReportTargetRow[]): string => rows.map((row) => String(shown.indexOf(row) + 1)).join(', ');
  const shares = shown.filter((row) => !row.graded);
  if (shares.length === 0) return null;
  const own = shown.filter((row) => row.graded);
  if (own.length === 0) return t('report.note.unitShare', {}, language);
  return t('report.note.mixedShare', { plan: number(shares), unit: number(own) }, language);
}

/** What the target of a row counts ("tin, bài"), for verdictText; '' for a target the plan does not hold. */
export function nounOf(plan: Plan, id: string, language: Language): string {
  const target = plan.targets.find((x) => x.id === id);
  return target === undefined ? '' : targetNoun(plan, target, language);
}

/** What a verdict's words are made of: the fields of a report's target row that the Đánh giá cell reads, so TH Tiến độ and the CLI build it from their own lines (consolidate/districtVerdictText). */
export type VerdictFields = Pick<
  ReportTargetRow,
  'notJudged' | 'graded' | 'running' | 'met' | 'unitsMet' | 'runningPart' | 'endedAchieved' | 'measure' | 'slices' | 'unreported' | 'notReportedBy'
>;

/** The assessment cell of a target row: Đạt / Chưa đạt as the row's verdict (progress/periodVerdicts), or Đóng góp for a unit's share of a plan-wide target. */
export function verdictKey(
  row: VerdictFields,
): 'report.met' | 'report.notMet' | 'report.contribution' | 'report.notJudged' | 'report.running' | 'report.unreported' {
  if (row.notJudged) return 'report.notJudged';
  if (row.unreported === true) return 'report.unreported';
  if (!row.graded) return 'report.contribution';
  if (row.running) return 'report.running';
  return row.met ? 'report.met' : 'report.notMet';
}

/**
 * The assessment cell as printed: the verdict, and for a per-unit target in the district report how
 * many units met it ("Chưa đạt (1/2 đơn vị đạt)"), with those that sent no file apart ("1/3 đơn vị
 * đạt; 1 đơn vị chưa báo cáo", sixth tester, D1), for a monthly or quarterly minimum in how many
 * of its periods ("Đạt (3/3 kỳ)"); with a running part, the ended periods' count and the running
 * one's, which add up to "Trong kỳ" ("Đạt (3/3 kỳ đã kết thúc đạt, đã có 595 phút; đang thực hiện từ
 * ngày 01/10/2026: 210 phút)", sixth tester, D3); a yearly per-unit target still running, how many units reached it
 * so far ("Đang thực hiện (4/5 đơn vị đạt; 1 đơn vị chưa báo cáo)", verdict13). A yearly plan-wide target reads as before ("Đạt"). A target none of
 * whose units reported is "Chưa báo cáo"; a plan-wide one some of whose did not adds "; 1 đơn vị chưa báo cáo" (tenth tester).
 * @param noun what a count counts (targetNoun: "tin, bài"), said after its figures; '' leaves the bare number
 */
export function verdictText(row: VerdictFields, language: Language, noun = ''): string {
  const judged = judgedVerdictText(row, language, noun);
  // A plan-wide target judged over what was sent, some of the units it is given to silent: counted apart, as a per-unit target's are (tenth tester).
  const silent = row.unreported === true || row.unitsMet !== undefined ? 0 : (row.notReportedBy?.length ?? 0);
  return silent === 0 ? judged : t('report.verdict.notReportedBy', { text: judged, missing: silent }, language);
}

function judgedVerdictText(row: VerdictFields, language: Language, noun: string): string {
  const verdict = t(verdictKey(row), {}, language);
  if (!row.graded || row.notJudged || row.unreported === true) return verdict;
  // A yearly per-unit target still running says how many units reached it already and how many sent nothing:
  // "Đang thực hiện (4/5 đơn vị đạt; 1 đơn vị chưa báo cáo)" (verdict13); a cadence one none of whose periods ended has no tally yet.
  if (row.running) {
    const units = row.unitsMet;
    if (units === undefined || row.slices !== undefined || units.of === 0) return verdict;
    return units.notReported === undefined
      ? t('report.verdict.units', { verdict, met: units.met, of: units.of }, language)
      : t('report.verdict.unitsNotReported', { verdict, met: units.met, of: units.of, missing: units.notReported }, language);
  }
  // A count says what it counts, "đã có 56 tin, bài", never a bare "được 56" (eighth tester, D8); minutes and đồng carry their unit.
  const figure = (n: number): string => {
    const measured = formatMeasure(n, row.measure, language);
    return noun === '' || row.measure === 'minutes' || row.measure === 'amount' ? measured : `${measured} ${noun}`;
  };
  // The ended part and the running one, which add up to "Trong kỳ".
  const split =
    row.runningPart !== undefined && row.endedAchieved !== undefined
      ? { ended: figure(row.endedAchieved), from: formatReportDate(row.runningPart.from, language), running: figure(row.runningPart.achieved) }
      : null;
  if (row.unitsMet !== undefined) {
    const { met, of, notReported } = row.unitsMet;
    // The running part beside the ended one, as a plan-wide cadence target has it, so the cell adds up to "Trong kỳ" (seventh tester).
    if (split !== null) {
      const parts = { verdict, met, of, ...split };
      return notReported === undefined
        ? t('report.verdict.unitsRunning', parts, language)
        : t('report.verdict.unitsNotReportedRunning', { ...parts, missing: notReported }, language);
    }
    return notReported === undefined
      ? t('report.verdict.units', { verdict, met, of }, language)
      : t('report.verdict.unitsNotReported', { verdict, met, of, missing: notReported }, language);
  }
  if (row.slices !== undefined && split !== null)
    return t('report.verdict.slicesRunning', { verdict, met: row.slices.met, of: row.slices.of, ...split }, language);
  if (row.slices !== undefined)
    return t(
      row.runningPart === undefined ? 'report.verdict.slices' : 'report.verdict.slicesEnded',
      { verdict, met: row.slices.met, of: row.slices.of },
      language,
    );
  return verdict;
}

/**
 * A standing item's state as printed, with "(quá hạn 30/06/2026)" when its deadline or a recurrence passed without it, "(hạn 31/03/2026)" when its deadline falls in the period and has not passed;
 * "Không phải thực hiện (đơn vị chỉ tham gia kế hoạch đến ngày 31/05/2026)" for what the unit does not owe.
 */
export function stateText(row: ReportStandingRow, unitReport: boolean, language: Language): string {
  if (row.notOwed !== undefined) return t(`report.state.notOwed.${row.notOwed.reason}`, { on: formatReportDate(row.notOwed.on, language) }, language);
  // Done after its deadline: "hoàn thành chậm", not "đã thực hiện (quá hạn)" (issue 13, fifth tester, finding 8).
  if (row.late && row.state === 'done' && row.due !== undefined) return t('report.state.doneLate', { due: formatReportDate(row.due, language) }, language);
  const state = t(stateKey(row, unitReport), {}, language);
  // In the consolidated report a unit that said nothing has not reported: no deadline beside "chưa báo cáo" (sixth tester, D1).
  // Its own report keeps "Chưa thực hiện (quá hạn …)": the unit is the one that did not do it.
  if (row.due === undefined || (row.state === 'missing' && !unitReport)) return state;
  return t(row.late ? 'report.state.late' : 'report.state.due', { state, due: formatReportDate(row.due, language) }, language);
}

/** A state as a unit's own report words it: "chưa cập nhật" for what its workbook leaves blank. */
export function stateKey(row: ReportStandingRow, unitReport: boolean): MessageKey {
  return unitReport && row.state === 'missing' ? 'report.state.unitMissing' : `report.state.${row.state}`;
}

export function writeStanding(w: SheetWriter, plan: Plan, data: ReportData, language: Language): TableRows[] {
  const l = (key: Parameters<typeof t>[0]): string => t(key, {}, language);
  const stateWord = (row: ReportStandingRow): string => stateText(row, data.scope.kind === 'unit', language);
  heading(w, standingHeading(plan, [...new Set(data.standing.map((row) => row.itemId))], language));
  const tables: TableRows[] = [];
  const title = (id: string): string => plan.standingItems.find((item) => item.id === id)?.title ?? id;
  if (data.standing.length > 0 && data.scope.kind === 'unit') {
    const columns: TableColumn[] = [
      { first: 1, last: 1, header: l('report.col.no'), horizontal: 'center' },
      { first: 2, last: 6, header: l('report.col.item'), horizontal: 'left' },
      { first: 7, last: 8, header: l('report.col.state'), horizontal: 'center' },
      { first: 9, last: 10, header: l('report.col.dateDone'), horizontal: 'center' },
    ];
    const rows = data.standing.map((row, i) => [
      num(i + 1),
      text(occurrenceName(title(row.itemId), row, language)),
      text(stateWord(row)),
      text(row.dateDone === null ? '' : formatReportDate(row.dateDone, language)),
    ]);
    tables.push(w.table(columns, rows));
  } else if (data.standing.length > 0) {
    const columns: TableColumn[] = [
      { first: 1, last: 1, header: l('report.col.no'), horizontal: 'center' },
      { first: 2, last: 3, header: l('report.col.unit'), horizontal: 'left' },
      { first: 4, last: 7, header: l('report.col.done'), horizontal: 'left' },
      { first: 8, last: 10, header: l('report.col.pending'), horizontal: 'left' },
    ];
    // Items by their number in the legend under the table: the plan's ids may be codes of our own.
    const mark = itemMarks(plan);
    const units = [...new Set(data.standing.map((r) => r.unitCode))];
    const withoutFile = unitsWithoutFile(data);
    const rows = units.map((code, i) => {
      const own = data.standing.filter((r) => r.unitCode === code);
      const done = own
        .filter((r) => r.state === 'done')
        .map((r) => (r.dateDone === null ? mark(r.itemId) : `${mark(r.itemId)} ${formatReportDate(r.dateDone, language)}`));
      // A unit that sent nothing about any item, or no file at all (its running occurrences too: sixth tester, D1), is one "chưa báo cáo", not one per item.
      const silent = withoutFile.has(code) || own.every((r) => r.state === 'missing');
      const pending = silent ? [l('report.state.missing')] : own.filter((r) => r.state !== 'done').map((r) => `${mark(r.itemId)} ${lowerFirst(stateWord(r))}`);
      return [num(i + 1), text(own[0]?.unitName ?? code), text(done.join('; ')), text(pending.join('; '))];
    });
    tables.push(w.table(columns, rows));
    paragraph(w, itemLegend(plan, language), true);
  }
  for (const sentence of standingSentences(plan, data.standing, data.scope.kind === 'district', language)) paragraph(w, sentence);
  return tables;
}

/** III. Spending by funding source, in the period and since the start of the plan year. */
export function writeSpending(w: SheetWriter, data: ReportData, language: Language): TableRows[] {
  const l = (key: Parameters<typeof t>[0]): string => t(key, {}, language);
  heading(w, l('report.section.spending'));
  const amount = GROUPED;
  // With a budget set in the plan, spending is reported against it: the source column gives it room.
  const budgeted = data.spending.some((row) => row.budget !== undefined);
  const columns: TableColumn[] = [
    { first: 1, last: 1, header: l('report.col.no'), horizontal: 'center' },
    { first: 2, last: budgeted ? 4 : 6, header: l('report.col.funding'), horizontal: 'left' },
    ...(budgeted ? [{ first: 5, last: 6, header: l('report.col.budget'), horizontal: 'right' as const, numberFormat: amount }] : []),
    { first: 7, last: 8, header: l('report.col.amountInPeriod'), horizontal: 'right', numberFormat: amount },
    { first: 9, last: 10, header: l('report.col.amountYearToDate'), horizontal: 'right', numberFormat: amount },
  ];
  const budgetCell = (row: ReportData['spending'][number]): CellValue[] => (budgeted ? [row.budget === undefined ? empty : num(row.budget)] : []);
  const rows: CellValue[][] = data.spending.map((row, i) => [num(i + 1), text(row.name), ...budgetCell(row), num(row.inPeriod), num(row.yearToDate)]);
  const sum = (pick: (r: ReportData['spending'][number]) => number): number => data.spending.reduce((total, r) => total + pick(r), 0);
  const totalBudget = budgeted ? [num(sum((r) => r.budget ?? 0))] : [];
  rows.push([empty, text(l('report.row.total')), ...totalBudget, num(sum((r) => r.inPeriod)), num(sum((r) => r.yearToDate))]);
  const table = w.table(columns, rows);
  w.style(`A${table.last}:J${table.last}`, { bold: true });
  paragraph(w, spendingSentence(data.spending, data.period.from === data.yearToDate.from, language));
  return [table];
}

/** IV. Room for the officer's own assessment, difficulties and next steps: bracketed text to replace (the Word report's) and blank lines, never invented text. */
export function writeAssessment(w: SheetWriter, language: Language): void {
  const l = (key: Parameters<typeof t>[0]): string => t(key, {}, language);
  heading(w, l('report.section.assessment'));
  const space = (label: string, hint: string): void => {
    subheading(w, label);
    w.line(FULL, text(hint), { italic: true, fontSize: 12, fontColor: '#7F7F7F', wrap: true, horizontal: 'justify' });
    for (let i = 0; i < BLANK_LINES; i += 1) w.line(FULL, empty, { wrap: true, horizontal: 'justify' });
  };
  space(l('report.section.assessment.review'), l('report.placeholder.review'));
  space(l('report.section.assessment.difficulties'), l('report.placeholder.difficulties'));
  space(l('report.section.assessment.next'), l('report.placeholder.next'));
}

/** "(1)", "(2)"…: a standing item's number in the plan's order, for tables too narrow for titles. */
export function itemMarks(plan: Plan): (id: string) => string {
  return (id) => {
    const index = plan.standingItems.findIndex((item) => item.id === id);
    return index < 0 ? id : `(${String(index + 1)})`;
  };
}

/** "(1) Băng rôn …; (2) Niêm yết …": the standing items by number and title. */
export function itemList(plan: Plan): string {
  const mark = itemMarks(plan);
  return plan.standingItems.map((item) => `${mark(item.id)} ${item.title}`).join('; ');
}

/** "Ghi chú: (1) Băng rôn …; (2) Niêm yết …." */
export function itemLegend(plan: Plan, language: Language): string {
  return t('report.legend.targets', { list: itemList(plan) }, language);
}

/**
 * The line under the targets table that says what its Tỷ lệ % is of, since one column holds two
 * figures' rates: a yearly target's Lũy kế against the year's minimum, a monthly or quarterly one's
 * Trong kỳ against its ended periods' minimum, a running row's against its running period's (eighth
 * tester, D7; progress/periodVerdicts ratio). Null when no row shows a rate.
 */
export function rateNote(shown: readonly ReportTargetRow[], language: Language): string | null {
  return shown.some((row) => row.graded && !row.notJudged) ? t('report.legend.rate', {}, language) : null;
}
