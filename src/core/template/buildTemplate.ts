import type { RawSheet } from '../ports/workbookPort';
import { empty, text } from '../layout/cells';
import type { CellValue, WorkbookLayout } from '../layout/types';
import { periodFor } from '../periods';
import { planToSheet } from '../plan/planSheetLayout';
import { planWording } from '../plan/planWording';
import type { Plan, Unit } from '../plan/types';
import { SPENDING_SHEET, STANDING_SHEET, STATE_WORDS, type RecordSheet } from '../records/recordSheets';
import { entrySheet } from './entrySheet';
import { instructionsSheet } from './instructionsSheet';
import { listsSheet } from './listsSheet';
import { alignOutputRows, outputSheetFor } from './outputColumns';
import { planMinimumCells } from './planMinimumCells';
import { progressSheet, type ProgressSheet } from './progressSheet';
import { stampFor, stampSheet, type WorkbookKind } from './stamp';

/**
 * A unit's tracking workbook, or the district's, laid out from a plan. Upgrading in place is the
 * same call with the rows already entered: the add-in's own sheets are rewritten around them and
 * every entered row comes back, in order.
 */

export interface ExistingRows {
  /** Rows aligned with OUTPUT_SHEET / STANDING_SHEET / SPENDING_SHEET columns. */
  readonly outputs: readonly (readonly CellValue[])[];
  readonly standing: readonly (readonly CellValue[])[];
  readonly spending: readonly (readonly CellValue[])[];
}

export interface TemplateRequest {
  readonly plan: Plan;
  readonly kind: WorkbookKind;
  /** The unit the workbook belongs to; for a district workbook, the consolidating unit. */
  readonly unit: Unit;
  /** ISO date written into the stamp. */
  readonly createdOn: string;
  readonly existing?: ExistingRows;
  /**
   * The plan sheet the workbook keeps instead of the one the template writes (an officer's edit,
   * rebuilt in place): the sheet the plan was read from, or null when the plan did not come from
   * it. Tiến độ's minimums then refer to that sheet's own cells, or are written as numbers.
   */
  readonly keptPlanSheet?: RawSheet | null;
}

const NOT_DONE = STATE_WORDS['not-done'][0] ?? '';

/** Units whose standing items a workbook tracks: its own unit, or every unit for the district. */
function trackedUnits(request: TemplateRequest): readonly Unit[] {
  return request.kind === 'district' ? request.plan.units : [request.unit];
}

/**
 * Standing rows: what was entered, plus a pre-filled "not done" row for every item the plan asks
 * of a tracked unit that has no row yet (so a new plan revision adds its new items).
 */
function standingRows(request: TemplateRequest): (readonly CellValue[])[] {
  const existing = request.existing?.standing ?? [];
  const key = (item: string, unit: string): string => `${item}\u0000${unit}`;
  const present = new Set(existing.map((row) => key(valueText(row[0]), valueText(row[2]))));
  const added = trackedUnits(request).flatMap((unit) =>
    request.plan.standingItems
      .filter((item) => item.appliesTo.includes(unit.level) && !present.has(key(item.id, unit.name)))
      .map((item) => [text(item.id), text(item.title), text(unit.name), text(NOT_DONE), empty, empty, empty]),
  );
  return [...existing, ...added];
}

function valueText(value: CellValue | undefined): string {
  return value?.kind === 'text' ? value.text : '';
}

/**
 * The progress sheet of a template, with where each figure sits: over the plan's annual period; a
 * unit's workbook shows only the standing items of its level, the district's shows them all.
 */
export function templateProgress(request: TemplateRequest): ProgressSheet {
  const { plan, unit } = request;
  const districtWide = request.kind === 'district';
  const annual = periodFor('year', plan.identity.year, undefined, plan.periodConvention);
  return progressSheet({
    plan,
    subtitle: districtWide ? `${capitalised(planWording(plan, 'vi').area)} – tổng hợp tại ${unit.name}` : `Đơn vị: ${unit.name}`,
    period: { from: annual.from, to: annual.to },
    units: districtWide ? plan.units : null,
    standingItems: districtWide ? plan.standingItems : plan.standingItems.filter((item) => item.appliesTo.includes(unit.level)),
    // Minimums refer to the plan sheet next to Tiến độ: the one the template writes, or the one the workbook keeps.
    minimumCells: planMinimumCells(plan, request.keptPlanSheet),
    outputs: outputSheetFor(plan, request.existing?.outputs),
    ...(districtWide ? {} : { unit }),
  });
}

export function buildTemplate(request: TemplateRequest): WorkbookLayout {
  const { plan, unit } = request;
  const year = plan.identity.year;
  const annual = periodFor('year', year, undefined, plan.periodConvention);
  const dateRange = { from: annual.from < `${year}-01-01` ? annual.from : `${year}-01-01`, to: `${year}-12-31` };
  const lists = listsSheet(plan);
  const districtWide = request.kind === 'district';
  const owner = districtWide ? `${plan.identity.issuer} (tổng hợp: ${unit.name})` : unit.name;
  const common = { lists, dateRange };
  const outputs = outputSheetFor(plan, request.existing?.outputs);
  const sheets = [
    instructionsSheet(plan, owner, districtWide),
    entrySheet({
      ...common,
      def: outputs,
      title: `SỔ THEO DÕI TIN, BÀI TUYÊN TRUYỀN CCHC NĂM ${year} – ${owner.toUpperCase()}`,
      hint: outputsHint(outputs),
      rows: alignOutputRows(request.existing?.outputs ?? [], outputs),
    }),
    entrySheet({
      ...common,
      def: STANDING_SHEET,
      title: `HẠNG MỤC TUYÊN TRUYỀN THƯỜNG XUYÊN NĂM ${year} – ${owner.toUpperCase()}`,
      hint: 'Cập nhật Tình trạng, Ngày hoàn thành và Minh chứng của từng hạng mục.',
      rows: standingRows(request),
    }),
    entrySheet({
      ...common,
      def: SPENDING_SHEET,
      title: `KINH PHÍ TUYÊN TRUYỀN CCHC NĂM ${year} – ${owner.toUpperCase()}`,
      hint: 'Mỗi khoản chi một dòng; số tiền bằng đồng.',
      rows: request.existing?.spending ?? [],
    }),
    templateProgress(request).layout,
    ...planToSheet(plan).sheets,
    lists.layout,
    stampSheet(stampFor(plan, request.kind, unit.code, unit.name, request.createdOn)),
  ];
  return { sheets, definedNames: [] };
}

/** The outputs sheet's hint, naming the measure columns its plan asks for. */
function outputsHint(outputs: RecordSheet<'output'>): string {
  const base = 'Mỗi tin, bài, phóng sự một dòng. Chọn Kênh, Hình thức, Đơn vị trong danh sách; nhập ngày dạng dd/mm/yyyy.';
  const has = (field: string): boolean => outputs.columns.some((c) => c.field === field);
  const extra = [
    has('count') ? 'Số lượng: số sản phẩm của dòng (để trống là 1)' : '',
    has('minutes') ? 'Thời lượng: số phút phát sóng' : '',
    has('amount') ? 'Kinh phí: số đồng đã chi cho sản phẩm' : '',
  ].filter((part) => part !== '');
  return extra.length === 0 ? base : `${base} ${extra.join('; ')}.`;
}

/** "toàn huyện" → "Toàn huyện", to open a line. */
function capitalised(words: string): string {
  return words.charAt(0).toLocaleUpperCase('vi') + words.slice(1);
}
