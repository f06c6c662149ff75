import { judgedMinimums } from '../report/judgedMinimum';
import { verdictText } from '../report/body';
import { joinAnd, targetNoun } from '../report/targetAction';
import { formatMeasure, measureNumberFormat } from '../report/measureText';
import { t } from '../i18n/format';
import { DICTIONARIES, type Language, type MessageKey } from '../i18n/messages';
import { columnLetters } from '../layout/a1';
import { blankSheet, date, empty, num, text } from '../layout/cells';
import { consolidationPrint } from './consolidationPrint';
import type { CellValue, SheetLayout, WorkbookLayout } from '../layout/types';
import { formatReportDate, periodLabel, yearToDate } from '../periods';
import { periodVerdicts, type UnitsTally } from '../progress/periodVerdicts';
import { activeDuring, contributesTo, responsibleFor } from '../progress/targetProgress';
import { fundingLines, type FundingLine } from '../progress/fundingLines';
import { formatVietnameseDate } from '../dates/parseDate';
import { countedThrough, countedUpTo } from '../progress/countingWindow';
import type { CountedTarget, TargetMeasure } from '../plan/types';
import { levelWord } from '../plan/planSheetLayout';
import { planWording } from '../plan/planWording';
import type { Plan } from '../plan/types';
import { OUTPUT_SHEET, STATE_WORDS } from '../records/recordSheets';
import type { RecordKind, SourceRef, StandingState } from '../records/types';
import type { ConsolidationResult, FileOutcome, Quarantined, QuarantineReason, RejectReason, SetAsideFile } from './types';
import { fileReviews, type FileReviewState } from '../review/reviewStates';
import { REVIEW_HEADERS, REVIEW_WIDTHS, reviewCells, withReviewColumns } from '../review/reviewColumns';
import { occurrenceText, periodRangeLabel, type Period } from '../periods';

/**
 * The sheets consolidation writes into Phòng Nội vụ's workbook. Their names all start with "TH "
 * so consolidating again replaces exactly these and nothing else. Values, not formulas: a
 * consolidation is a snapshot of the files as they were picked.
 */

export const CONSOLIDATION_PREFIX = 'TH ';
export { CONSOLIDATION_SHEETS } from './consolidationSheetNames';
import { CONSOLIDATION_SHEETS } from './consolidationSheetNames';

const REJECT_KEYS: Record<RejectReason, MessageKey> = {
  empty: 'consolidate.reject.empty',
  notXlsx: 'consolidate.reject.notXlsx',
  corrupt: 'consolidate.reject.corrupt',
  encrypted: 'consolidate.reject.encrypted',
  tooLarge: 'consolidate.reject.tooLarge',
  notFound: 'consolidate.reject.notFound',
  emptyFolder: 'consolidate.reject.emptyFolder',
  vanished: 'consolidate.reject.vanished',
  noAccess: 'consolidate.reject.noAccess',
  readFailed: 'consolidate.reject.readFailed',
  otherPlan: 'consolidate.reject.otherPlan',
  unknownUnit: 'consolidate.reject.unknownUnit',
  superseded: 'consolidate.reject.superseded',
  sameStamp: 'consolidate.reject.sameStamp',
  notTracker: 'consolidate.reject.notTracker',
};

const QUARANTINE_KEYS: Record<QuarantineReason, MessageKey> = {
  noDate: 'consolidate.quarantine.noDate',
  badDate: 'consolidate.quarantine.badDate',
  unknownChannel: 'consolidate.quarantine.unknownChannel',
  noTitle: 'consolidate.quarantine.noTitle',
  unknownUnit: 'consolidate.quarantine.unknownUnit',
  ambiguousUnit: 'reader.reason.ambiguousUnit',
  unknownItem: 'consolidate.quarantine.unknownItem',
  hidden: 'reader.reason.hidden',
  monthOnly: 'reader.reason.monthOnly',
  noChannel: 'reader.reason.noChannel',
};

const KIND_KEYS: Record<RecordKind, MessageKey> = {
  output: 'consolidate.kind.output',
  standing: 'consolidate.kind.standing',
  spending: 'consolidate.kind.spending',
};

export const rejectKey = (reason: RejectReason): MessageKey => REJECT_KEYS[reason];

/** Why a row was not taken, in words, as TH Không tiếp nhận says it ("Không có ngày", "Dòng đang ẩn"…), for `consolidate --json` too. */
export const quarantineText = (q: Pick<Quarantined, 'reason' | 'value' | 'names'>, language: Language): string =>
  t(
    // A unit cell naming what the plan does not know says what it names, as the file's own issue does (issue 11's fourth tester, F4).
    q.reason === 'unknownUnit' && q.value !== '' ? 'consolidate.quarantine.unknownUnitNamed' : QUARANTINE_KEYS[q.reason],
    { value: q.value, names: q.names ?? '' },
    language,
  );

/** "Tình trạng" on the unit list sheet; readReviewStates reads a rejected file's row by it. */
export const UNIT_STATUS_WORDS = { reported: 'Đã gửi', missing: 'Chưa gửi', rejected: 'Không tiếp nhận', returned: 'Trả lại' } as const;
/** A unit without a file in a count cell of TH Tiến độ: the report's own word ("Chưa BC"), the sheets being Vietnamese. */
const NOT_REPORTED_CELL = DICTIONARIES.vi['report.cell.missing'];
/** A target the unit is not given (PHÂN CÔNG), in TH Tiến độ's unit rows: the report's "-". */
const NOT_ASSIGNED_CELL = DICTIONARIES.vi['report.cell.na'];
/** "Tình trạng" of a file set aside on the unit list sheet: a unit's older file, a file of a folder that is not read. */
const SET_ASIDE_WORDS = { superseded: 'Không dùng (đã có tệp mới hơn)', skipped: 'Bỏ qua (không đọc)' } as const;

/** The period's first and last days after its name, in Vietnamese whatever the language (" (TỪ NGÀY 15/12/2017 ĐẾN NGÀY 14/6/2018)"); nothing when the name is those days. */
function periodDays(period: Period, label: string): string {
  const days = periodRangeLabel(period, 'vi');
  return days === label ? '' : ` (${days.toLocaleUpperCase('vi')})`;
}

/** Why a file was not taken, in words; a detail the message has no place for (a truncated zip) is added after it. */
export function rejectText(file: Pick<FileOutcome, 'reason' | 'detail'>, language: Language): string {
  if (!file.reason) return '';
  const key = REJECT_KEYS[file.reason];
  const detail = file.detail ?? '';
  const said = t(key, { detail }, language);
  return detail !== '' && !DICTIONARIES[language][key].includes('{detail}') ? `${said} (${detail})` : said;
}

/** Excel's width of a column nobody sized (Calibri 11), characters. */
const DEFAULT_COLUMN_WIDTH = 8.43;

const HEADER_STYLE = { bold: true, fill: '#DDEBF7', border: true, wrap: true, vertical: 'center' as const };

interface TableSpecInput {
  readonly name: string;
  readonly tableName: string;
  readonly title: string;
  readonly headers: readonly string[];
  readonly widths: readonly number[];
  readonly rows: readonly (readonly CellValue[])[];
  /** Columns (letters) holding dates or amounts, for number formats. */
  readonly dateColumns?: readonly string[];
  readonly amountColumns?: readonly string[];
}

/** A titled Excel table; rows may run to tens of thousands (the renderers write them in blocks). */
function tableSheet(spec: TableSpecInput): SheetLayout {
  const right = columnLetters(spec.headers.length);
  const last = 2 + Math.max(1, spec.rows.length);
  return {
    ...blankSheet(spec.name),
    blocks: [
      { at: 'A1', rows: [[text(spec.title)]] },
      { at: 'A2', rows: [spec.headers.map(text), ...spec.rows] },
    ],
    merges: [`A1:${right}1`],
    styles: [
      { range: `A1:${right}1`, style: { bold: true, fontSize: 13 } },
      { range: `A2:${right}2`, style: HEADER_STYLE },
      ...(spec.dateColumns ?? []).map((c) => ({ range: `${c}3:${c}${last}`, style: { numberFormat: 'dd/mm/yyyy' } })),
      ...(spec.amountColumns ?? []).map((c) => ({ range: `${c}3:${c}${last}`, style: { numberFormat: '#,##0' } })),
    ],
    columns: spec.widths.map((width, i) => ({ column: columnLetters(i + 1), width })),
    tables: [{ name: spec.tableName, range: `A2:${right}${last}`, style: 'TableStyleLight9' }],
    freeze: { rows: 2, columns: 0 },
    print: consolidationPrint(spec.widths, 2),
    tabColor: '#C55A11',
  };
}

const source = (ref: SourceRef): CellValue[] => [text(ref.file ?? ''), text(ref.sheet), num(ref.row)];
const orEmpty = (iso: string | null): CellValue => (iso ? date(iso) : empty);
/**
 * "Thuộc kỳ": whether a dated row counts in the period the sheets were made for. The TH sheets keep
 * every row read (a report for another period is made from them: readConsolidated), so a row of
 * another period is said, not left for the officer counting the printed sheet to take (tester, issue 15).
 */
/** "Thuộc kỳ": whether the row counts in the period, up to the report's date when it falls inside it (progress/countingWindow). */
const inPeriod = (iso: string | null, period: { readonly from: string; readonly to: string }, asOf: string | undefined): CellValue =>
  iso === null ? empty : text(iso >= period.from && iso <= countedThrough(period, asOf) ? 'Có' : 'Không');

type MeasureField = 'count' | 'minutes' | 'amount';
const MEASURE_FIELD: Readonly<Record<Exclude<TargetMeasure, 'count'>, MeasureField>> = { quantity: 'count', minutes: 'minutes', amount: 'amount' };

/**
 * The measure columns of TH Tin bài (issue 13): "Số lượng", "Thời lượng (phút)", "Kinh phí (đồng)",
 * with the tracker's own header words (OUTPUT_SHEET), each where the plan measures a target in it or
 * a row carries it (a "Số lượng tin" counts for outputs whatever the plan), so a report made from the
 * district workbook alone (readConsolidated) counts minutes, things and đồng as the units' files did.
 * After "Thuộc kỳ": the columns before keep their letters.
 */
function measureColumns(plan: Plan, outputs: ConsolidationResult['outputs']): { field: MeasureField; header: string; width: number }[] {
  const needed = new Set<MeasureField>(plan.targets.flatMap((t) => (t.measure === undefined || t.measure === 'count' ? [] : [MEASURE_FIELD[t.measure]])));
  if (outputs.some((r) => r.quantity !== undefined)) needed.add('count');
  if (outputs.some((r) => r.minutes !== undefined)) needed.add('minutes');
  if (outputs.some((r) => r.amount !== undefined)) needed.add('amount');
  return OUTPUT_SHEET.columns.flatMap((c) =>
    c.field === 'count' || c.field === 'minutes' || c.field === 'amount'
      ? needed.has(c.field)
        ? [{ field: c.field, header: c.headers[0] ?? c.field, width: c.width }]
        : []
      : [],
  );
}

/** A row's value in a measure column; blank when it has none (a blank "Số lượng" is one output, as in a tracker). */
function measureCell(record: ConsolidationResult['outputs'][number], field: MeasureField): CellValue {
  const value = field === 'count' ? record.quantity : field === 'minutes' ? record.minutes : record.amount;
  return value === undefined ? empty : num(value);
}

/**
 * @param reviews the review state and note of each file the unit list sheet lists (core/review/reviewStates:
 *   fileReviews); absent: the proposals, from each file's check
 */
/**
 * @param skipped files of the folders given that were not read (not spreadsheets, Excel's lock files), with why in
 *   Vietnamese words: listed on TH Đơn vị under the units, as a unit's superseded file is
 */
export function consolidationSheets(
  plan: Plan,
  result: ConsolidationResult,
  language: Language = 'vi',
  reviews?: readonly FileReviewState[],
  skipped: readonly SetAsideFile[] = [],
): WorkbookLayout {
  const unitName = new Map(plan.units.map((u) => [u.code, u.name]));
  const channelName = new Map(plan.channels.map((c) => [c.code, c.name]));
  const formName = new Map(plan.forms.map((f) => [f.code, f.name]));
  const itemTitle = new Map(plan.standingItems.map((s) => [s.id, s.title]));
  const fundName = new Map(plan.fundingSources.map((f) => [f.code, f.name]));
  const name = (code: string | null, names: ReadonlyMap<string, string>): CellValue => text(code === null ? '' : (names.get(code) ?? code));
  const label = periodLabel(result.period, language);

  const measures = measureColumns(plan, result.outputs);
  const firstMeasure = 12;
  const records = tableSheet({
    name: CONSOLIDATION_SHEETS.records,
    tableName: 'TH_TinBai',
    title: `TỔNG HỢP TIN, BÀI TUYÊN TRUYỀN CCHC – ${label.toUpperCase()} (mỗi tin, bài tính một lần; cột "Thuộc kỳ": dòng tính vào kỳ này)`,
    headers: [
      'Ngày',
      'Kênh',
      'Hình thức',
      'Tiêu đề',
      'Liên kết, số báo',
      'Đơn vị',
      'Ghi chú',
      'Tệp',
      'Sheet',
      'Dòng',
      'Thuộc kỳ',
      ...measures.map((m) => m.header),
    ],
    widths: [12, 30, 12, 48, 24, 26, 20, 24, 14, 7, 9, ...measures.map((m) => m.width)],
    dateColumns: ['A'],
    amountColumns: measures.flatMap((m, i) => (m.field === 'amount' ? [columnLetters(firstMeasure + i)] : [])),
    rows: result.outputs.map((r) => [
      orEmpty(r.date),
      name(r.channel, channelName),
      name(r.form, formName),
      text(r.title),
      text(r.link),
      name(r.unit, unitName),
      text(r.note),
      ...source(r.source),
      inPeriod(r.date, result.period, result.today),
      ...measures.map((m) => measureCell(r, m.field)),
    ]),
  });

  const doneWord = STATE_WORDS.done[0] ?? '';
  const stateWord = (state: StandingState | null): string => (state === null ? '' : (STATE_WORDS[state][0] ?? state));
  const standing = tableSheet({
    name: CONSOLIDATION_SHEETS.standing,
    tableName: 'TH_HangMuc',
    title: `TỔNG HỢP HẠNG MỤC THƯỜNG XUYÊN (${doneWord.toLowerCase()} / chưa)`,
    // "Kỳ" last (issue 13, D4): the occurrence a row is for, read back by readConsolidated so a report made from this workbook credits it the same.
    headers: ['Mã', 'Hạng mục', 'Đơn vị', 'Tình trạng', 'Ngày hoàn thành', 'Minh chứng', 'Ghi chú', 'Tệp', 'Sheet', 'Dòng', 'Kỳ'],
    widths: [9, 44, 26, 16, 14, 24, 20, 24, 14, 7, 16],
    dateColumns: ['E'],
    rows: result.standing.map((r) => [
      text(r.item ?? ''),
      name(r.item, itemTitle),
      name(r.unit, unitName),
      text(stateWord(r.state)),
      orEmpty(r.dateDone),
      text(r.evidence),
      text(r.note),
      ...source(r.source),
      text(r.period ? occurrenceText(r.period, plan.identity.year, plan.periodConvention) : ''),
    ]),
  });

  const spending = tableSheet({
    name: CONSOLIDATION_SHEETS.spending,
    tableName: 'TH_KinhPhi',
    title: `TỔNG HỢP KINH PHÍ TUYÊN TRUYỀN CCHC – ${label.toUpperCase()} (cột "Thuộc kỳ": khoản chi tính vào kỳ này)`,
    headers: ['Ngày', 'Nội dung chi', 'Số tiền (đồng)', 'Nguồn kinh phí', 'Đơn vị', 'Ghi chú', 'Tệp', 'Sheet', 'Dòng', 'Thuộc kỳ'],
    widths: [12, 44, 16, 28, 26, 20, 24, 14, 7, 9],
    dateColumns: ['A'],
    amountColumns: ['C'],
    rows: result.spending.map((r) => [
      orEmpty(r.date),
      text(r.content),
      r.amount === null ? empty : num(r.amount),
      // A source the plan does not list stays as the unit typed it, never blank (try13l defect 8).
      r.fundingSource === null ? text(r.fundingSourceText ?? '') : name(r.fundingSource, fundName),
      name(r.unit, unitName),
      text(r.note),
      ...source(r.source),
      inPeriod(r.date, result.period, result.today),
    ]),
  });

  const fileOf = new Map(result.files.map((f) => [f.file, f]));
  const superseded = result.files.filter((f) => f.unit !== null && f.reason === 'superseded');
  // A file sent back is listed with its figures; the note says they are not in the totals.
  // Rows dated outside the period are said once per file here, not one warning each in TH Lỗi từng tệp (outsidePeriod.ts).
  const reasonText = (f: FileOutcome): string =>
    [
      f.returned === true ? t('review.returned.notCounted', {}, language) : rejectText(f, language),
      f.outsidePeriod === undefined ? '' : t('consolidate.outsidePeriodRows', { n: f.outsidePeriod }, language),
      f.afterReportDate === undefined || result.today === undefined
        ? ''
        : t('consolidate.afterReportDateRows', { n: f.afterReportDate, date: formatVietnameseDate(result.today) }, language),
    ]
      .filter((part) => part !== '')
      .join('; ');
  // The review of each listed file (issue 15): two editable columns after the facts, J and K (REVIEW_COLUMNS).
  const reviewed = reviews ?? fileReviews(result);
  const review = (unit: string | null, file: string): CellValue[] => reviewCells(reviewed.find((r) => r.unit === unit && r.file === file));
  const units = withReviewColumns(
    tableSheet({
      name: CONSOLIDATION_SHEETS.units,
      tableName: 'TH_DonVi',
      // The period's days in the title are how the next consolidation knows the reviews are of the same period (readReviewStates).
      title: `TÌNH HÌNH GỬI SỔ THEO DÕI CỦA CÁC ĐƠN VỊ – ${label.toUpperCase()}${periodDays(result.period, label)}`,
      headers: ['Mã', 'Đơn vị', 'Cấp', 'Tình trạng', 'Tệp', 'Số dòng', 'Lỗi', 'Cảnh báo', 'Ghi chú', ...REVIEW_HEADERS],
      widths: [9, 34, 18, 16, 28, 9, 7, 9, 40, ...REVIEW_WIDTHS],
      rows: [
        ...result.reporting.map((r) => {
          const file = r.file ? fileOf.get(r.file) : undefined;
          const unit = plan.units.find((u) => u.code === r.unit);
          // The consolidating body's rows typed into the district workbook: neither "Đã gửi" a file nor "Chưa gửi" (consolidatingBody.ts).
          const direct = r.enteredIn ?? null;
          return [
            text(r.unit),
            text(unit?.name ?? r.unit),
            text(unit ? levelWord(plan, unit.level) : ''),
            text(direct === null ? UNIT_STATUS_WORDS[r.status] : t('consolidate.enteredDirectly.status', {}, language)),
            text(r.file ?? ''),
            file ? num(file.records) : empty,
            file ? num(file.errors) : empty,
            file ? num(file.warnings) : empty,
            text(file ? reasonText(file) : direct === null ? '' : t('consolidate.enteredDirectly.note', { file: direct }, language)),
            ...(r.file === undefined ? reviewCells(undefined) : review(r.unit, r.file)),
          ];
        }),
        // Files no unit could be matched to are listed too: nothing picked goes unmentioned.
        ...result.files
          .filter((f) => f.unit === null)
          .map((f) => [
            empty,
            empty,
            empty,
            text(f.status === 'empty' ? 'Tệp rỗng' : UNIT_STATUS_WORDS.rejected),
            text(f.file),
            num(f.records),
            num(f.errors),
            num(f.warnings),
            text(reasonText(f)),
            ...review(null, f.file),
          ]),
        // Then the files set aside (tester, issue 15: the district workbook did not record them): a unit's older
        // file and, from the folders, files that are not trackers (lock files, .pdf), each with why. Their review
        // cells stay blank: nothing of them is reviewed (readReviewStates keeps no blank row).
        ...superseded.map((f) => {
          const unit = plan.units.find((u) => u.code === f.unit);
          return [
            text(f.unit ?? ''),
            text(unit?.name ?? f.unit ?? ''),
            text(unit ? levelWord(plan, unit.level) : ''),
            text(SET_ASIDE_WORDS.superseded),
            text(f.file),
            num(f.records),
            num(f.errors),
            num(f.warnings),
            text(reasonText(f)),
            ...reviewCells(undefined),
          ];
        }),
        ...skipped.map((f) => [
          empty,
          empty,
          empty,
          text(SET_ASIDE_WORDS.skipped),
          text(f.file),
          empty,
          empty,
          empty,
          text(f.reason),
          ...reviewCells(undefined),
        ]),
      ],
    }),
    result.reporting.length + result.files.filter((f) => f.unit === null).length + superseded.length + skipped.length,
    // The rows whose state cell holds words that are no state, in the order written above.
    [
      ...result.reporting.map((r) => (r.file === undefined ? undefined : { unit: r.unit, file: r.file })),
      ...result.files.filter((f) => f.unit === null).map((f) => ({ unit: null, file: f.file })),
    ].flatMap((row, i) => (row !== undefined && reviewed.some((r) => r.unit === row.unit && r.file === row.file && r.unreadable !== undefined) ? [i] : [])),
  );

  const rejected = tableSheet({
    name: CONSOLIDATION_SHEETS.rejected,
    tableName: 'TH_KhongTiepNhan',
    title: 'CÁC DÒNG KHÔNG TÍNH VÀO TỔNG HỢP (trùng lặp hoặc không đọc được), KÈM NGUỒN',
    headers: ['Loại', 'Lý do', 'Giá trị', 'Đơn vị', 'Tệp', 'Sheet', 'Dòng', 'Trùng với (tệp, sheet, dòng)'],
    widths: [12, 44, 24, 26, 24, 14, 7, 36],
    rows: [
      ...result.quarantined.map((q) => [
        text(t(KIND_KEYS[q.kind], {}, language)),
        text(quarantineText(q, language)),
        text(q.value),
        name(q.unit, unitName),
        ...source(q.source),
        empty,
      ]),
      ...result.duplicates.map((d) => [
        text(t('consolidate.kind.output', {}, language)),
        text(t('consolidate.duplicate', { title: d.record.title }, language)),
        text(d.record.title),
        name(d.record.unit, unitName),
        ...source(d.record.source),
        text(`${d.first.file ?? ''}, ${d.first.sheet}, ${d.first.row}`),
      ]),
    ],
  });

  const issues = tableSheet({
    name: CONSOLIDATION_SHEETS.issues,
    tableName: 'TH_LoiTep',
    title: 'LỖI VÀ CẢNH BÁO TRONG TỪNG TỆP (để các đơn vị sửa)',
    headers: ['Tệp', 'Đơn vị', 'Sheet', 'Ô', 'Mức', 'Nội dung'],
    widths: [24, 26, 14, 8, 10, 80],
    rows: result.files.flatMap((f) =>
      f.issues.map((i) => [
        text(f.file),
        name(f.unit, unitName),
        text(i.where.sheet),
        text(i.where.cell ?? ''),
        text(i.severity === 'error' ? 'Lỗi' : 'Cảnh báo'),
        text(t(i.code, i.params, language)),
      ]),
    ),
  });

  return { sheets: [records, standing, spending, units, rejected, issues, progressSheet(plan, result, label, language)], definedNames: [] };
}

/** A target as the district report judges it (progress/periodVerdicts: one meaning of "Đạt" everywhere). */
export interface DistrictTargetLine {
  readonly target: CountedTarget;
  /** Counted in the consolidated period, in the target's measure, its running part included: the report's "Trong kỳ" (sixth tester, D3). */
  readonly inPeriod: number;
  /** Set with `runningPart`: the count over the periods ended, what `minimum` and `ratio` are over; inPeriod = endedAchieved + runningPart.achieved. */
  readonly endedAchieved?: number;
  /** Counted from the start of the plan year to the period's end (the plan's convention). */
  readonly yearToDate: number;
  /** The minimum the ratio is taken against: the year's, a cadence target's summed over its periods judged, a per-unit one's summed over the units judged (report/judgedMinimums). */
  readonly minimum: number;
  /** A per-unit target: what each unit must reach over the periods judged ("22 mỗi đơn vị"), beside the summed minimum. */
  readonly perUnitMinimum?: number;
  /** Some unit judged joined or left during the period and owes less than `perUnitMinimum` (report/judgedMinimum). */
  readonly perUnitPartial?: true;
  /** The judged count against the minimum, each period or unit credited up to its own (PeriodVerdict.ratio); 1 when nothing is asked. */
  readonly ratio: number;
  readonly met: boolean;
  /** A cadence target none of whose periods in the consolidated period has ended by the run's day: "Đang thực hiện", not judged yet (as the report). */
  readonly running?: true;
  /** For a monthly, quarterly or half-yearly target: the periods judged and how many met it. */
  readonly slices?: { readonly met: number; readonly of: number };
  /** Some of its periods ended by the run's day and some not: minimum, rate and slices are over the ended ones ("k/n kỳ đã kết thúc"), see PeriodVerdict.runningPart. */
  readonly runningPart?: { readonly from: string; readonly to: string; readonly achieved: number };
  /** For a per-unit target: how many of the units active in the period that it concerns and that reported met it, and how many sent no file (PeriodVerdict.units). */
  readonly units?: UnitsTally;
  /** Every unit the target is given to sent no file: "Chưa báo cáo", not judged (PeriodVerdict.unreported). */
  readonly unreported?: true;
  /** Codes of the units the target is given to that sent no file, when named apart (PeriodVerdict.notReportedBy). */
  readonly notReportedBy?: readonly string[];
}

/**
 * The consolidation's targets as the district report judges them (progress/periodVerdicts), for the
 * TH Tiến độ sheet, the CLI and the pane's summary.
 */
export function districtTargetLines(plan: Plan, result: ConsolidationResult): DistrictTargetLine[] {
  // Judged as of the run's day, as the district report is on its date: a quarter still running is not "Chưa đạt" (third tester, issue 13).
  // A unit without a file is counted apart, not judged as failing (sixth tester, D1).
  const missing = result.reporting.filter((r) => r.status === 'missing').map((r) => r.unit);
  // The period's own results are the consolidation's targets when judged on the same rows: passed along, not judged again (issue 11).
  const verdicts = periodVerdicts(
    plan,
    { outputs: result.outputs, spending: result.spending },
    result.period,
    { kind: 'plan' },
    result.today,
    missing,
    result.targetsCounted === undefined ? undefined : { counted: result.targetsCounted, results: result.targets },
  );
  const minimums = judgedMinimums(verdicts);
  return verdicts.map((verdict, i) => ({
    target: verdict.target,
    inPeriod: verdict.inPeriod,
    ...(verdict.runningPart === undefined ? {} : { endedAchieved: verdict.achieved }),
    yearToDate: verdict.yearToDate,
    minimum: minimums[i]?.minimum ?? verdict.minimum,
    ...(minimums[i]?.perUnit === undefined ? {} : { perUnitMinimum: minimums[i].perUnit }),
    ...(minimums[i]?.perUnitPartial === true ? { perUnitPartial: true as const } : {}),
    ratio: verdict.ratio,
    met: verdict.met,
    ...(verdict.running === true ? { running: true as const } : {}),
    ...(verdict.slices === undefined ? {} : { slices: verdict.slices }),
    ...(verdict.runningPart === undefined ? {} : { runningPart: verdict.runningPart }),
    ...(verdict.units === undefined ? {} : { units: verdict.units }),
    ...(verdict.unreported === true ? { unreported: true as const } : {}),
    ...(verdict.notReportedBy === undefined ? {} : { notReportedBy: verdict.notReportedBy }),
  }));
}

/** A funding source's spending in the consolidated period and year to date, against its budget when the plan sets one. */
/** A funding line of TH Tiến độ and `cchc consolidate` (core/progress fundingLines, the report's own lines). */
export type DistrictFundingLine = FundingLine;

/**
 * Spending by funding source, with the "Chưa rõ nguồn" line when some spending names no source the
 * plan knows (core/progress fundingLines: the report's own lines), for TH Tiến độ and `cchc
 * consolidate`: spending is reported against the budget (issue 13), and nothing spent is left out (issue 15).
 * @param language the unknown line's name: 'vi' on the district workbook's sheets (they are Vietnamese), the CLI's language there
 */
export function districtFundingLines(plan: Plan, result: ConsolidationResult, language: Language = 'vi'): DistrictFundingLine[] {
  // Kinh phí rows dated after the report's date count for nothing, as the report's own lines (progress/countingWindow).
  const { spending } = countedUpTo(result, result.period, result.today);
  return fundingLines(plan, spending, result.period, yearToDate(result.period, plan.periodConvention), language);
}

/**
 * How many units or periods met a target, beside its verdict in TH Tiến độ and the CLI: "1/3 đơn vị;
 * mỗi đơn vị tối thiểu 44; 1 đơn vị chưa báo cáo" (sixth tester, D1), "3/3 kỳ đã kết thúc, được 595
 * phút; đang thực hiện từ ngày 01/10/2026: 210 phút" (the two parts add up to "Trong kỳ", sixth tester,
 * D3), "1/3 kỳ"; "Đơn vị được giao chưa báo cáo: Văn phòng …" for a target none of whose units
 * reported, "…; Văn phòng … chưa báo cáo" after the tally of a plan-wide one some of whose did not (tenth tester);
 * null for a yearly plan-wide target with nothing to add.
 * @param plan names the silent units and the noun of a count ("2 tin, bài"); without it, codes and bare figures
 */
export function districtTally(r: DistrictTargetLine, language: Language, plan?: Plan): string | null {
  const names = (r.notReportedBy ?? []).map((code) => plan?.units.find((u) => u.code === code)?.name ?? code);
  const list = joinAnd(names, language);
  if (r.unreported === true) return t('consolidate.progress.unreported', { list }, language);
  const tally = countTally(r, language, plan);
  if (r.units !== undefined || names.length === 0) return tally;
  const silent = t('consolidate.progress.notReportedBy', { list }, language);
  return tally === null ? upperFirst(silent) : `${tally}; ${silent}`;
}

function upperFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/** districtTally's count of units or periods met, without the silent units of a plan-wide target. */
function countTally(r: DistrictTargetLine, language: Language, plan: Plan | undefined): string | null {
  const noun = plan === undefined ? '' : targetNoun(plan, r.target, language);
  // A count says what it counts, as the verdict beside it does ("đã có 2 tin, bài"), never a bare "được 2".
  const figure = (n: number): string => {
    const measured = formatMeasure(n, r.target.measure, language);
    return noun === '' || r.target.measure === 'minutes' || r.target.measure === 'amount' ? measured : `${measured} ${noun}`;
  };
  if (r.units !== undefined) {
    const { met, of } = r.units;
    // The minimum column sums every unit's; each unit's own is said here, as such (issue 13, fourth tester).
    const each = r.perUnitMinimum === undefined ? undefined : formatMeasure(r.perUnitMinimum, r.target.measure, language);
    const judged =
      each === undefined
        ? t('consolidate.progress.unitsTally', { met, of }, language)
        : t(r.perUnitPartial ? 'consolidate.progress.unitsTallyEachPartial' : 'consolidate.progress.unitsTallyEach', { met, of, each }, language);
    return r.units.notReported === undefined ? judged : `${judged}; ${t('consolidate.progress.unitsNotReported', { missing: r.units.notReported }, language)}`;
  }
  if (r.slices === undefined) return null;
  if (r.runningPart !== undefined && r.endedAchieved !== undefined)
    return t(
      'consolidate.progress.slicesTallyRunning',
      {
        met: r.slices.met,
        of: r.slices.of,
        ended: figure(r.endedAchieved),
        from: formatReportDate(r.runningPart.from, language),
        running: figure(r.runningPart.achieved),
      },
      language,
    );
  return t(
    r.runningPart === undefined ? 'consolidate.progress.slicesTally' : 'consolidate.progress.slicesTallyEnded',
    { met: r.slices.met, of: r.slices.of },
    language,
  );
}

/**
 * A target's Đánh giá as the district report prints it (report/verdictText), from a consolidation's line: TH Tiến độ,
 * the CLI table and the report share one text, so a per-unit target's running part cannot be said in one and lost in
 * another (issue 13, eighth tester, D5). "Chưa đạt (1/4 đơn vị đạt các kỳ đã kết thúc, đã có 56 tin, bài; đang thực hiện từ ngày 01/10/2026: 7 tin, bài)"; `noun` is what a count counts (report/targetNoun).
 */
export function districtVerdictText(r: DistrictTargetLine, language: Language, noun = ''): string {
  const per = r.target.per;
  const measure = r.target.measure;
  return verdictText(
    {
      graded: true,
      met: r.met,
      ...(r.running === true ? { running: true as const } : {}),
      ...(r.units === undefined ? {} : { unitsMet: r.units }),
      ...(r.unreported === true ? { unreported: true as const } : {}),
      ...(r.notReportedBy === undefined ? {} : { notReportedBy: r.notReportedBy }),
      ...(r.runningPart === undefined ? {} : { runningPart: r.runningPart }),
      ...(r.endedAchieved === undefined ? {} : { endedAchieved: r.endedAchieved }),
      ...(measure === undefined || measure === 'count' ? {} : { measure }),
      // As report/reportData: a yearly target's single period is no "1/1 kỳ".
      ...(per === undefined || per === 'year' || r.slices === undefined ? {} : { slices: r.slices }),
    },
    language,
    noun,
  );
}

function progressSheet(plan: Plan, result: ConsolidationResult, label: string, language: Language): SheetLayout {
  const lines = districtTargetLines(plan, result);
  const targetRows = lines.map((r) => [
    text(r.target.id),
    text(r.target.title),
    num(r.minimum),
    num(r.inPeriod),
    num(r.yearToDate),
    // "Chưa báo cáo" is judged on nothing: no rate beside it (verdict13: "100%" beside it read as reached).
    r.unreported === true ? empty : num(r.ratio),
    text(districtVerdictText(r, language, targetNoun(plan, r.target, language))),
  ]);
  // A per-unit target is judged unit by unit, a monthly or quarterly one period by period: how many
  // units or periods met it sits beside the verdict (issue 13: 11 and 3 against "12 each" is 0 of 2
  // units, never "Đạt 117%"). Absent when every target is plan-wide and yearly.
  const perUnitTargets = lines.some((r) => r.units !== undefined || r.slices !== undefined || r.notReportedBy !== undefined);
  const tally = (r: DistrictTargetLine): CellValue => {
    const words = districtTally(r, language, plan);
    return words === null ? empty : text(words);
  };
  const targetTable = perUnitTargets ? lines.map((r, i) => [...(targetRows[i] ?? []), tally(r)]) : targetRows;
  const l = (key: MessageKey): string => t(key, {}, language);
  const c = result.conservation;
  const summary: [string, number][] = [
    ['Số dòng đã đọc (dưới dòng tiêu đề)', c.rowsRead],
    ['Dòng trống', c.blank],
    ['Dòng tiêu đề', c.titles],
    ['Dòng tổng cộng', c.totals],
    ['Dòng dữ liệu', c.dataRows],
    ['Kênh thêm (dòng đánh dấu nhiều kênh)', c.extraChannels],
    ['Đã tổng hợp', c.consolidated],
    ['Trùng lặp (tính một lần)', c.duplicates],
    ['Không tiếp nhận (có lý do)', c.quarantined],
  ];
  const firstTarget = 4;
  const lastTarget = firstTarget + Math.max(1, targetRows.length) - 1;
  const matrixHeader = lastTarget + 3;
  const missing = new Set(result.reporting.filter((r) => r.status === 'missing').map((r) => r.unit));
  // Units that take no part in the period are not in its rows unless they sent outputs dated in it (issue 13).
  const matrix = plan.units
    .filter((u) => activeDuring(u, result.period) || (result.perUnit.get(u.code) ?? []).some((r) => r.achieved > 0))
    .map((u) => {
      const counts = result.perUnit.get(u.code) ?? [];
      // A unit without a file has counted nothing: "Chưa BC", as the report's Biểu 1 says, not zeros (sixth tester, D1).
      const silent = missing.has(u.code) && counts.every((r) => r.achieved === 0);
      // A target PHÂN CÔNG does not give the unit, with nothing counted: "-", as the report's Biểu 1 (sixth tester, D7).
      const cell = (r: (typeof counts)[number]): CellValue =>
        silent
          ? text(NOT_REPORTED_CELL)
          : // Rows that count for no part of a target given to others are "-" too (verdict13), as the report's Biểu 1.
            !responsibleFor(plan, u, r.target.id) && (r.achieved === 0 || !contributesTo(plan, u, r.target.id))
            ? text(NOT_ASSIGNED_CELL)
            : num(r.achieved);
      return [text(u.code), text(u.name), ...counts.map(cell)];
    });
  const fundingTop = matrixHeader + matrix.length + 2;
  const funding = districtFundingLines(plan, result).map((f) => [
    text(f.code ?? ''),
    text(f.name),
    f.budget === undefined ? empty : num(f.budget),
    num(f.inPeriod),
    num(f.yearToDate),
    f.budget === undefined || f.budget === 0 ? empty : num(f.yearToDate / f.budget),
  ]);
  const summaryTop = fundingTop + (funding.length === 0 ? 0 : funding.length + 2);
  const right = columnLetters(Math.max(7, 2 + plan.targets.length));
  const progressWidths = [34, 44, ...plan.targets.map(() => 11)];
  return {
    ...blankSheet(CONSOLIDATION_SHEETS.progress),
    blocks: [
      {
        at: 'A1',
        rows: [[text(`TIẾN ĐỘ ${planWording(plan, 'vi').area.toLocaleUpperCase('vi')} SO VỚI KẾ HOẠCH ${plan.identity.number} – ${label.toUpperCase()}`)]],
      },
      {
        at: 'A3',
        rows: [
          [
            'Mã',
            'Chỉ tiêu',
            'Tối thiểu',
            l('consolidate.progress.inPeriod'),
            l('consolidate.progress.yearToDate'),
            l('consolidate.progress.ratio'),
            l('consolidate.progress.assessment'),
            ...(perUnitTargets ? [l('consolidate.progress.unitsMet')] : []),
          ].map(text),
          ...targetTable,
        ],
      },
      { at: `A${matrixHeader - 1}`, rows: [[text(l('consolidate.progress.unitsInPeriod'))]] },
      { at: `A${matrixHeader}`, rows: [['Mã', 'Đơn vị', ...plan.targets.map((g) => g.id)].map(text), ...matrix] },
      ...(funding.length === 0
        ? []
        : [
            {
              at: `A${fundingTop}`,
              rows: [
                [
                  l('consolidate.progress.fundingCode'),
                  l('consolidate.progress.funding'),
                  l('consolidate.progress.budget'),
                  l('consolidate.progress.inPeriod'),
                  l('consolidate.progress.yearToDate'),
                  l('consolidate.progress.budgetUsed'),
                ].map(text),
                ...funding,
              ],
            },
          ]),
      { at: `A${summaryTop}`, rows: [[text('KIỂM ĐẾM DÒNG'), empty], ...summary.map(([k, v]) => [text(k), num(v)])] },
    ],
    merges: [`A1:${right}1`],
    styles: [
      { range: `A1:${right}1`, style: { bold: true, fontSize: 13 } },
      { range: 'A3:G3', style: HEADER_STYLE },
      { range: `A${firstTarget}:G${lastTarget}`, style: { border: true, wrap: true, vertical: 'top' } },
      { range: `F${firstTarget}:F${lastTarget}`, style: { numberFormat: '0%' } },
      // Minutes and đồng say their unit beside the number (issue 13), the cells staying numbers.
      // Counts are grouped too ("1.120" under a Vietnamese Excel, words13h: never "1120" beside the report's "1.120").
      ...lines.map((r, i) => ({ range: `C${firstTarget + i}:E${firstTarget + i}`, style: { numberFormat: measureNumberFormat(r.target.measure, language) } })),
      { range: `A${matrixHeader - 1}`, style: { bold: true, italic: true } },
      { range: `A${matrixHeader}:${columnLetters(2 + plan.targets.length)}${matrixHeader}`, style: HEADER_STYLE },
      // Minutes and đồng name their unit in the cells of their column, as the Word annex does (sixth tester, D7).
      ...(matrix.length === 0
        ? []
        : plan.targets.map((g, i) => ({
            range: `${columnLetters(3 + i)}${matrixHeader + 1}:${columnLetters(3 + i)}${matrixHeader + matrix.length}`,
            style: { numberFormat: measureNumberFormat(g.measure, language) },
          }))),
      { range: `A${summaryTop}`, style: { bold: true } },
      { range: `B${summaryTop + 1}:B${summaryTop + summary.length}`, style: { numberFormat: '#,##0' } },
      ...(funding.length === 0
        ? []
        : [
            { range: `A${fundingTop}:F${fundingTop}`, style: HEADER_STYLE },
            { range: `A${fundingTop + 1}:F${fundingTop + funding.length}`, style: { border: true } },
            { range: `C${fundingTop + 1}:E${fundingTop + funding.length}`, style: { numberFormat: '#,##0' } },
            { range: `F${fundingTop + 1}:F${fundingTop + funding.length}`, style: { numberFormat: '0%' } },
          ]),
    ],
    conditionalFormats: [
      { range: `G${firstTarget}:G${lastTarget}`, formula: `=$G${firstTarget}="Đạt"`, style: { fill: '#C6EFCE', fontColor: '#006100' } },
      { range: `G${firstTarget}:G${lastTarget}`, formula: `=$G${firstTarget}="Chưa đạt"`, style: { fill: '#FFC7CE', fontColor: '#9C0006' } },
    ],
    columns: progressWidths.map((width, i) => ({ column: columnLetters(i + 1), width })),
    // Columns the targets do not reach up to G (the target table's last) print at Excel's default width.
    print: consolidationPrint([...progressWidths, ...Array.from({ length: Math.max(0, 7 - progressWidths.length) }, () => DEFAULT_COLUMN_WIDTH)], 3),
    tabColor: '#C55A11',
  };
}
