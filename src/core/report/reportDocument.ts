import { documentCode } from './documentCode';
import { formatMeasure } from './measureText';
import { formatNumber, t } from '../i18n/format';
import type { Language, MessageKey } from '../i18n/messages';
import { formatReportDate } from '../periods';
import type { Plan } from '../plan/types';
import { itemList, itemMarks, nounOf, rateNote, shareNote, stateText, verdictText } from './body';
import type { DocBlock, DocColumn, DocTable, ReportDocument } from './documentTypes';
import { recipientLines, signerTitles } from './header';
import { reportParties, type ReportParties } from './parties';
import { dataRangeLine, reportData } from './reportData';
import {
  absenceSentence,
  occurrenceName,
  closing,
  formatAmount,
  intro,
  notReportedSentence,
  placeDate,
  spendingSentence,
  standingHeading,
  standingSentences,
  unitsWithoutFile,
  subtitle,
  targetSentence,
} from './sentences';
import type { ReportData, ReportInput } from './types';

/** Points: body tables a size under the 14 pt body, the appendix's wide tables two more. */
const BODY_TABLE_SIZE = 12;
const APPENDIX_TABLE_SIZE = 11;
/** The units-by-item table has a date in most cells: a size smaller keeps "05/03/2018" on one line. */
const MATRIX_DATE_SIZE = 10;
/** A unit-by-target table longer than this many units goes to the appendix (Phụ lục số liệu). */
const INLINE_UNITS = 6;

/**
 * The report as a document an officer edits, signs and sends (Nghị định 30/2020/NĐ-CP, appendix I):
 * header, title, numbered body with the figures as tables, section IV as paragraphs to replace,
 * "Nơi nhận" and the signature block, and the long per-unit tables in a "Phụ lục số liệu". The same
 * numbers, sentences and issuer facts as the sheet report (buildReport), so the two agree.
 */
export function reportDocument(input: ReportInput): ReportDocument {
  const language: Language = input.language ?? 'vi';
  const { plan, period } = input;
  const l = (key: MessageKey, params: Record<string, string> = {}): string => t(key, params, language);
  const data = reportData(input);
  const parties = reportParties(input);
  const district = data.scope.kind === 'district';
  const wholeYear = data.period.from === data.yearToDate.from;
  const number = l('report.number', { code: documentCode(input.documentNumber, parties.symbol) });

  const body: DocBlock[] = [{ kind: 'paragraph', text: intro(plan, period, parties.prose, district, language) }];
  const silent = notReportedSentence(data, language);
  if (silent !== null) body.push({ kind: 'paragraph', text: silent });
  const appendix: DocBlock[] = [];
  const toAppendix = (caption: MessageKey, table: DocTable, legend: string): void => {
    appendix.push(
      { kind: 'caption', text: l(caption, { no: String(appendix.filter((b) => b.kind === 'caption').length + 1) }) },
      { kind: 'table', table },
      { kind: 'note', text: legend },
    );
  };

  // I. Counted targets.
  const shown = data.targets.filter((row) => row.applies);
  body.push({ kind: 'heading', text: l('report.section.targets') });
  const absent = absenceSentence(data, language);
  if (absent !== null) body.push({ kind: 'paragraph', text: absent });
  // A unit given no target and with nothing counted in the period: one sentence, not a table of headers alone (issue 13, fifth tester, finding 13a).
  if (!district && absent === null && shown.length === 0) body.push({ kind: 'paragraph', text: l('report.unit.noTargets') });
  else {
    body.push({ kind: 'subheading', text: l('report.section.targets.table') });
    body.push({ kind: 'table', table: targetTable(plan, data, language) });
    const rate = rateNote(shown, language);
    if (rate !== null) body.push({ kind: 'note', text: rate });
  }
  const note = district ? null : shareNote(shown, language);
  if (note !== null) body.push({ kind: 'note', text: note });
  if (district && data.units.length > 0) {
    const matrix = unitTable(data, language, data.units.length > INLINE_UNITS ? APPENDIX_TABLE_SIZE : BODY_TABLE_SIZE);
    const silent = [
      ...(data.units.some((u) => u.notReported === true) ? [l('report.legend.notReported')] : []),
      ...(data.units.some((u) => u.notAssigned !== undefined) ? [l('report.legend.notAssigned')] : []),
      ...(data.units.some((u) => u.unassignedDone !== undefined) ? [l('report.legend.unassignedDone')] : []),
      l('report.legend.shared'),
    ];
    const legend = l('report.legend.targets', { list: [...shown.map((row, i) => `(${String(i + 1)}) ${row.title}`), ...silent].join('; ') });
    body.push({ kind: 'subheading', text: l('report.section.targets.units') });
    if (data.units.length > INLINE_UNITS) {
      body.push({ kind: 'paragraph', text: l('report.appendix.see') });
      toAppendix('report.appendix.units', matrix, legend);
    } else body.push({ kind: 'table', table: matrix }, { kind: 'note', text: legend });
  }
  if (shown.length > 0) body.push({ kind: 'paragraph', text: l('report.section.targets.details') });
  for (const row of shown) body.push({ kind: 'paragraph', text: targetSentence(plan, row, wholeYear, language) });

  // II. Standing items: a unit's as a table; the district's per item in prose, per unit in the appendix.
  body.push({ kind: 'heading', text: standingHeading(plan, [...new Set(data.standing.map((row) => row.itemId))], language) });
  if (!district && data.standing.length > 0) body.push({ kind: 'table', table: unitStandingTable(plan, data, language) });
  // The units-by-item table is the appendix's next "Biểu": an item of many units points to it by number.
  const standingTableNo = String(appendix.filter((b) => b.kind === 'caption').length + 1);
  const standingWhere = district ? t('report.standing.where.appendix', { no: standingTableNo }, language) : undefined;
  for (const sentence of standingSentences(plan, data.standing, district, language, standingWhere)) body.push({ kind: 'paragraph', text: sentence });
  if (district && data.standing.length > 0) {
    body.push({ kind: 'paragraph', text: l('report.appendix.see') });
    toAppendix('report.appendix.standing', standingMatrix(plan, data, language), t('report.legend.cells', { list: itemList(plan) }, language));
  }

  // III. Spending.
  body.push({ kind: 'heading', text: l('report.section.spending') });
  body.push({ kind: 'table', table: spendingTable(data, language) });
  body.push({ kind: 'paragraph', text: spendingSentence(data.spending, wholeYear, language) });

  // IV. The officer's own words: paragraphs to replace, never invented assessments.
  body.push(
    { kind: 'heading', text: l('report.section.assessment') },
    { kind: 'subheading', text: l('report.section.assessment.review') },
    { kind: 'placeholder', text: l('report.placeholder.review') },
    { kind: 'subheading', text: l('report.section.assessment.difficulties') },
    { kind: 'placeholder', text: l('report.placeholder.difficulties') },
    { kind: 'subheading', text: l('report.section.assessment.next') },
    { kind: 'placeholder', text: l('report.placeholder.next') },
    { kind: 'paragraph', text: closing(plan, period, parties.prose, language) },
  );

  return {
    language,
    fileName: data.sheetName,
    header: {
      superior: parties.superior,
      bodyLines: parties.bodyLines,
      number,
      nation: l('report.nation'),
      motto: l('report.motto'),
      placeDate: placeDate(parties.place, input.reportDate, language),
    },
    title: l('report.title'),
    subtitle: subtitle(plan, period, language),
    dataRange: dataRangeLine(period, input.reportDate, language, input.records),
    body,
    recipientsLabel: l('report.recipients'),
    recipients: recipientLines(parties.recipients),
    signer: { titles: signerTitles(parties), name: parties.signer.name },
    appendix: appendix.length === 0 ? null : { title: l('report.appendix.title'), subtitle: appendixSubtitle(input, parties, language), body: appendix },
    data,
  };
}

function appendixSubtitle(input: ReportInput, parties: ReportParties, language: Language): string {
  return t(
    'report.appendix.subtitle',
    { code: documentCode(input.documentNumber, parties.symbol), date: formatReportDate(input.reportDate, language), issuer: parties.prose },
    language,
  );
}

const col = (header: string, weight: number, align: DocColumn['align']): DocColumn => ({ header, weight, align });

/** STT | Chỉ tiêu | Tối thiểu | Trong kỳ | Lũy kế | Tỷ lệ | Đánh giá, as progress/periodVerdicts judges each target (a yearly minimum on the year to date, a monthly or quarterly one on the period). */
function targetTable(plan: Plan, data: ReportData, language: Language): DocTable {
  const l = (key: MessageKey): string => t(key, {}, language);
  const rows = data.targets
    .filter((row) => row.applies)
    .map((row, i) => [
      String(i + 1),
      row.perUnitMinimum === undefined
        ? row.title
        : t(
            row.perUnitPartial ? 'report.target.perUnitPartial' : 'report.target.perUnit',
            { title: row.title, each: formatMeasure(row.perUnitMinimum, row.measure, language) },
            language,
          ),
      formatMeasure(row.minimum, row.measure, language),
      formatMeasure(row.inPeriod, row.measure, language),
      formatMeasure(row.yearToDate, row.measure, language),
      row.graded && !row.notJudged ? `${formatNumber(row.percent, language)}%` : l('report.cell.na'),
      verdictText(row, language, nounOf(plan, row.id, language)),
    ]);
  return {
    columns: [
      col(l('report.col.no'), 1.2, 'center'),
      col(l('report.col.target'), 5, 'left'),
      col(l('report.col.minimum'), 1.6, 'center'),
      col(l('report.col.inPeriod'), 1.4, 'center'),
      col(l('report.col.yearToDate'), 1.6, 'center'),
      col(l('report.col.percent'), 1.3, 'center'),
      col(l('report.col.assessment'), 1.7, 'center'),
    ],
    rows,
    totalRow: false,
    fontSize: BODY_TABLE_SIZE,
  };
}

/** Units by target, counts in the period, with a total row; targets by their number in table 1. */
function unitTable(data: ReportData, language: Language, fontSize: number): DocTable {
  const l = (key: MessageKey): string => t(key, {}, language);
  const targets = data.targets.filter((row) => row.applies);
  const rows = data.units.map((unit, i) => [
    String(i + 1),
    unit.name,
    ...targets.map((row) =>
      unit.notReported === true
        ? l('report.cell.missing')
        : unit.notAssigned?.includes(row.id) === true
          ? l('report.cell.na')
          : formatMeasure(unit.counts[row.id] ?? 0, row.measure, language),
    ),
  ]);
  rows.push(['', l('report.row.total'), ...targets.map((row) => formatMeasure(row.inPeriod, row.measure, language))]);
  return {
    columns: [
      col(l('report.col.no'), 1.2, 'center'),
      col(l('report.col.unit'), 4.5, 'left'),
      ...targets.map((_, i) => col(`(${String(i + 1)})`, 1.2, 'center')),
    ],
    rows,
    totalRow: true,
    fontSize,
  };
}

/** A unit's items: title, state in the unit's own words, date done. */
function unitStandingTable(plan: Plan, data: ReportData, language: Language): DocTable {
  const l = (key: MessageKey): string => t(key, {}, language);
  const title = (id: string): string => plan.standingItems.find((item) => item.id === id)?.title ?? id;
  return {
    columns: [
      col(l('report.col.no'), 1.2, 'center'),
      col(l('report.col.item'), 6.5, 'left'),
      col(l('report.col.state'), 2.2, 'center'),
      col(l('report.col.dateDone'), 2.2, 'center'),
    ],
    rows: data.standing.map((row, i) => [
      String(i + 1),
      occurrenceName(title(row.itemId), row, language),
      stateText(row, true, language),
      row.dateDone === null ? '' : formatReportDate(row.dateDone, language),
    ]),
    totalRow: false,
    fontSize: BODY_TABLE_SIZE,
  };
}

/** Units by item: the date done, or the state in a short word, "-" where the item does not apply. */
function standingMatrix(plan: Plan, data: ReportData, language: Language): DocTable {
  const l = (key: MessageKey): string => t(key, {}, language);
  const mark = itemMarks(plan);
  const items = plan.standingItems.filter((item) => data.standing.some((r) => r.itemId === item.id));
  const units = [...new Set(data.standing.map((r) => r.unitCode))];
  const silent = unitsWithoutFile(data);
  const rows = units.map((code, i) => {
    const own = data.standing.filter((r) => r.unitCode === code);
    // A recurring item has a cell per occurrence in the period, joined: "20/03/2026, 20/06/2026, chưa thực hiện".
    const cells = items.map((item) => {
      const ofItem = own.filter((r) => r.itemId === item.id);
      if (ofItem.length === 0) return l('report.cell.na');
      return ofItem
        .map((row) => {
          // An occurrence the unit did not owe (not in the plan then) is not unreported: section II says why (issue 13, fifth tester, finding 6).
          if (row.notOwed !== undefined) return l('report.cell.notOwed');
          // A unit that sent no file has reported nothing, a running occurrence included (sixth tester, D1).
          if (silent.has(code)) return l('report.cell.missing');
          if (row.state === 'done') {
            const on = row.dateDone === null ? l('report.cell.done') : formatReportDate(row.dateDone, language);
            // Done after its deadline is "hoàn thành chậm" in the sheet: the annex keeps it (sixth tester, D5).
            return row.late === true && row.due !== undefined ? t('report.cell.doneLate', { done: on }, language) : on;
          }
          // Overdue as the sheet says it, never lost in the annex (sixth tester, D5); "Chưa BC" of a silent unit stays without it (D1).
          if (row.late === true && row.state === 'in-progress') return l('report.cell.lateInProgress');
          if (row.late === true && row.state === 'not-done') return l('report.cell.late');
          return l(`report.cell.${row.state}`);
        })
        .join(', ');
    });
    return [String(i + 1), own[0]?.unitName ?? code, ...cells];
  });
  return {
    columns: [col(l('report.col.no'), 1, 'center'), col(l('report.col.unit'), 2.5, 'left'), ...items.map((item) => col(mark(item.id), 1.8, 'center'))],
    rows,
    totalRow: false,
    fontSize: MATRIX_DATE_SIZE,
  };
}

/**
 * Funding source | (budget) | in the period | year to date, in đồng with dots, and the total; the
 * budget column when the plan sets one (the district report), as the sheet report has it (issue 13).
 */
function spendingTable(data: ReportData, language: Language): DocTable {
  const l = (key: MessageKey): string => t(key, {}, language);
  const sum = (pick: (r: ReportData['spending'][number]) => number): number => data.spending.reduce((total, r) => total + pick(r), 0);
  const budgeted = data.spending.some((row) => row.budget !== undefined);
  const budget = (row: ReportData['spending'][number]): string[] => (budgeted ? [row.budget === undefined ? '' : formatAmount(row.budget, language)] : []);
  const rows = data.spending.map((row, i) => [
    String(i + 1),
    row.name,
    ...budget(row),
    formatAmount(row.inPeriod, language),
    formatAmount(row.yearToDate, language),
  ]);
  rows.push([
    '',
    l('report.row.total'),
    ...(budgeted
      ? [
          formatAmount(
            sum((r) => r.budget ?? 0),
            language,
          ),
        ]
      : []),
    formatAmount(
      sum((r) => r.inPeriod),
      language,
    ),
    formatAmount(
      sum((r) => r.yearToDate),
      language,
    ),
  ]);
  return {
    columns: [
      col(l('report.col.no'), 1.2, 'center'),
      col(l('report.col.funding'), budgeted ? 3.4 : 5.6, 'left'),
      ...(budgeted ? [col(l('report.col.budget'), 2.2, 'right')] : []),
      col(l('report.col.amountInPeriod'), 2.6, 'right'),
      col(l('report.col.amountYearToDate'), 2.6, 'right'),
    ],
    rows,
    totalRow: true,
    fontSize: BODY_TABLE_SIZE,
  };
}
