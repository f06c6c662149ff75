import { absolute, address, columnLetters } from '../layout/a1';
import { blankSheet, date, empty, num, text } from '../layout/cells';
import type { CellValue, SheetLayout, StyledRange, ValidationSpec, WorkbookLayout } from '../layout/types';
import { t } from '../i18n/format';
import type { MessageKey } from '../i18n/messages';
import { COMMON_LEVELS, levelName } from './levelCatalogue';
import {
  CADENCE_WORDS,
  CONVENTION_WORDS,
  DISTRICT_ERA_GOVERNMENTS,
  FREQUENCY_WORDS,
  GOVERNMENT_OFFERED_EXTRA,
  GOVERNMENT_WORDS,
  HEADER_LINE_SEPARATOR,
  IDENTITY_FIELDS,
  LIST_SEPARATOR,
  MEASURE_WORDS,
  PLAN_SHEET_NAME,
  SCOPE_WORDS,
  SECTIONS,
  type IdentityField,
  type SectionKey,
} from './planSheetFormat';
import type { GovernmentLevel, Plan, Unit, UnitLevel } from './types';
import { deadlineWords } from './reportDeadline';

/**
 * Lays a plan out as the editable "Kế hoạch" sheet: one titled table per section, stacked down
 * columns A–F, and a legend of allowed words in columns H–K that the dropdowns point at (lists in
 * a range, not inline, because Excel caps inline lists at 255 characters).
 */

const SECTION_FILL = '#1F4E79';
const HEADER_FILL = '#DDEBF7';
const FONT = 'Times New Roman';
/** Legends sit one blank column right of the widest section ("CẤP ĐƠN VỊ", A–L: legends from N). */
const LEGEND_COLUMN = Math.max(...SECTIONS.map((s) => s.columns.length)) + 2;

const first = <T>(words: readonly T[]): T => {
  const word = words[0];
  if (word === undefined) throw new Error('a vocabulary entry has no words');
  return word;
};

/** A level as the plan sheet writes it in a unit's or an item's "Cấp" cell: the level's name. */
export const levelWord = (plan: Plan, level: UnitLevel): string => levelName(plan, level);
const levelList = (plan: Plan, levels: readonly UnitLevel[]): string => levels.map((level) => levelWord(plan, level)).join(LIST_SEPARATOR);
const list = (values: readonly string[]): string => values.join(LIST_SEPARATOR);

function identityValue(plan: Plan, key: IdentityField): CellValue {
  const id = plan.identity;
  switch (key) {
    case 'id':
      return text(id.id);
    case 'number':
      return text(id.number);
    case 'date':
      return date(id.date);
    case 'issuer':
      return text(id.issuer);
    case 'superior':
      return text(id.superior);
    case 'place':
      return text(id.place);
    case 'title':
      return text(id.title);
    case 'year':
      return num(id.year);
    case 'revision':
      return num(id.revision);
    case 'periodConvention':
      return text(first(CONVENTION_WORDS[plan.periodConvention]));
    case 'signerTitle':
      return text(plan.signer.title);
    case 'signerName':
      return text(plan.signer.name);
    case 'reportRecipients':
      return text(list(plan.reportRecipients));
    case 'reportingBody':
      return text(plan.reportingBody ?? '');
    case 'reportIssuer':
      return text(plan.reportIssuer === undefined ? '' : plan.reportIssuer.kind === 'plan' ? id.issuer : plan.reportIssuer.code);
    case 'government':
      return text(first(GOVERNMENT_WORDS[plan.wording.government]));
    case 'area':
      return text(plan.wording.area);
    case 'participants':
      return text(plan.wording.participants);
    case 'reception':
      return text(plan.wording.reception);
  }
}

/** A unit's own recipients, place and signer, in UNIT_REPORT_COLUMNS' order; blank where it follows its level. */
function unitReportCells(unit: Unit): CellValue[] {
  const facts = unit.reportFacts;
  return [text(list(facts?.recipients ?? [])), text(facts?.place ?? ''), text(facts?.signerTitle ?? ''), text(facts?.signerName ?? '')];
}

function sectionRows(plan: Plan, key: SectionKey): CellValue[][] {
  switch (key) {
    case 'identity':
      return IDENTITY_FIELDS.map((field) => [text(first(field.labels)), identityValue(plan, field.key)]);
    case 'units':
      return plan.units.map((u) => [
        text(u.code),
        text(u.name),
        text(list(u.aliases)),
        text(levelWord(plan, u.level)),
        u.activeFrom ? date(u.activeFrom) : empty,
        u.activeTo ? date(u.activeTo) : empty,
        ...unitReportCells(u),
        text(list(u.emails ?? [])),
      ]);
    case 'channels':
      return plan.channels.map((c) => [text(c.code), text(c.name), text(c.shortName), text(list(c.aliases))]);
    case 'forms':
      return plan.forms.map((f) => [text(f.code), text(f.name), text(list(f.aliases))]);
    case 'targets':
      return plan.targets.map((g) => [
        text(g.id),
        text(g.title),
        text(list(g.channels)),
        text(list(g.forms)),
        num(g.minimum),
        text(first(SCOPE_WORDS[g.scope])),
        g.per === undefined ? empty : text(first(CADENCE_WORDS[g.per])),
        g.measure === undefined ? empty : text(first(MEASURE_WORDS[g.measure])),
      ]);
    case 'standingItems':
      return plan.standingItems.map((s) => [
        text(s.id),
        text(s.title),
        text(levelList(plan, s.appliesTo)),
        s.deadline === undefined ? empty : date(s.deadline),
        s.recurrence === undefined ? empty : text(first(CADENCE_WORDS[s.recurrence])),
      ]);
    case 'fundingSources':
      return plan.fundingSources.map((f) => [
        text(f.code),
        text(f.name),
        text(f.note),
        text(levelList(plan, f.levels)),
        f.budget === undefined ? empty : num(f.budget),
      ]);
    case 'responsibilities':
      return plan.responsibilities.map((r) => [text(list(r.units)), text(r.task), text(levelList(plan, r.levels)), text(list(r.items))]);
    case 'reportingDuties':
      return plan.reportingDuties.map((d) => [
        text(d.from),
        text(list(d.to)),
        text(first(FREQUENCY_WORDS[d.frequency])),
        d.deadline === undefined ? empty : text(deadlineWords(d.deadline)),
      ]);
    case 'levels':
      return plan.levels.map((l) => [
        text(l.code),
        text(l.name),
        text(list(l.aliases)),
        text(l.superior),
        text(l.header.join(HEADER_LINE_SEPARATOR)),
        text(l.prose),
        text(l.symbol),
        text(l.place),
        text(l.signerTitle),
        text(l.deputyTitle),
        text(l.onBehalf),
        text(list(l.recipients)),
      ]);
  }
}

/**
 * The "Cấp chính quyền" dropdown's words: the levels of 2026 (Tỉnh, Xã, Đặc khu, Phường, Khác), and
 * "Huyện"/"Thị trấn" only when the plan itself is issued at that level (116/KH-UBND keeps its "Huyện").
 */
export function governmentWords(plan: Plan): string[] {
  return (Object.keys(GOVERNMENT_WORDS) as GovernmentLevel[])
    .filter((level) => !DISTRICT_ERA_GOVERNMENTS.includes(level) || level === plan.wording.government)
    .flatMap((level) => [first(GOVERNMENT_WORDS[level]), ...(GOVERNMENT_OFFERED_EXTRA[level] ?? [])]);
}

interface Legend {
  readonly header: string;
  readonly words: readonly string[];
}

/**
 * The allowed words, one legend a column. Units' levels: the plan's own levels, then the common
 * ones it does not define (src/core/plan/levelCatalogue.ts), so "Ấp, khu phố" is ready to pick.
 */
function legends(plan: Plan): Legend[] {
  const commons = COMMON_LEVELS.filter((c) => !plan.levels.some((l) => l.code === c.code)).map((c) => c.name);
  return [
    { header: 'Cấp', words: [...plan.levels.map((l) => l.name), ...commons] },
    { header: 'Phạm vi', words: Object.values(SCOPE_WORDS).map(first) },
    { header: 'Kỳ báo cáo', words: Object.values(FREQUENCY_WORDS).map(first) },
    { header: 'Cách tính kỳ', words: Object.values(CONVENTION_WORDS).map(first) },
    { header: 'Cấp chính quyền', words: governmentWords(plan) },
    { header: 'Tính theo, lặp lại', words: Object.values(CADENCE_WORDS).map(first) },
    { header: 'Đo bằng', words: Object.values(MEASURE_WORDS).map(first) },
  ];
}

/** Legend indexes, in `legends`' order. */
const LEGEND = { levels: 0, scopes: 1, frequencies: 2, conventions: 3, governments: 4, cadences: 5, measures: 6 } as const;

/** The column letter of a section's column, by key: rules follow the layout when a column is added. */
function letterOf(section: SectionKey, key: string): string {
  const index = SECTIONS.find((s) => s.key === section)?.columns.findIndex((c) => c.key === key) ?? -1;
  if (index < 0) throw new Error(`no column ${key} in section ${section}`);
  return columnLetters(index + 1);
}

/**
 * A dropdown for a cell that may list several of the legend's words ("Xã; Ấp"): Excel's list
 * validation checks the whole cell, so a "stop" rule would refuse two levels; an "information"
 * rule offers the list and lets the officer type more, and the plan reader checks every word.
 */
function severalRule(range: string, cells: string, title: string, message: string): ValidationSpec {
  return { ...listRule(range, cells, title, message), allowBlank: true, error: { title, message, style: 'information' } };
}

const ruleText = (key: MessageKey): string => t(key, {}, 'vi');

/** Where each legend's words sit, for the dropdowns: "$N$6:$N$14". */
function legendRange(legendList: readonly Legend[], index: number, top: number): string {
  const legend = legendList[index];
  if (!legend) throw new Error(`no legend ${index}`);
  const column = LEGEND_COLUMN + index;
  return absolute(`${address(top + 2, column)}:${address(top + 1 + legend.words.length, column)}`);
}

/** An optional cell's dropdown: blank keeps its default meaning. */
function blankAllowed(rule: ValidationSpec): ValidationSpec {
  return { ...rule, allowBlank: true };
}

function listRule(range: string, cells: string, title: string, message: string): ValidationSpec {
  return {
    range: cells,
    rule: { kind: 'list', source: `=${range}` },
    allowBlank: false,
    prompt: { title, message },
    error: { title, message, style: 'stop' },
  };
}

export function planToSheet(plan: Plan): WorkbookLayout {
  const legendList = legends(plan);
  const blocks: { at: string; rows: CellValue[][] }[] = [];
  const styles: StyledRange[] = [];
  const merges: string[] = [];
  const validations: ValidationSpec[] = [];
  const lastColumn = columnLetters(Math.max(...SECTIONS.map((s) => s.columns.length)));

  blocks.push({
    at: 'A1',
    rows: [
      [text(`KẾ HOẠCH ${plan.identity.number}: ${plan.identity.title}`)],
      [
        text(
          'Sửa trực tiếp các bảng dưới đây, rồi bấm "Đọc lại kế hoạch" trong add-in. Giữ nguyên dòng tên mục và dòng tiêu đề cột; thêm dòng bằng cách chèn dòng trong mục. Nhiều giá trị trong một ô cách nhau bằng dấu chấm phẩy (;).',
        ),
      ],
    ],
  });
  merges.push(`A1:${lastColumn}1`, `A2:${lastColumn}2`);
  styles.push(
    { range: `A1:${lastColumn}1`, style: { bold: true, fontSize: 14, fontName: FONT, horizontal: 'center' } },
    { range: `A2:${lastColumn}2`, style: { italic: true, fontSize: 11, fontName: FONT, wrap: true, vertical: 'top' } },
  );

  let row = 4;
  const legendTop = row;
  for (const section of SECTIONS) {
    const rows = sectionRows(plan, section.key);
    const width = section.columns.length;
    const right = columnLetters(width);
    blocks.push({
      at: address(row, 1),
      rows: [[text(first(section.headings))], section.columns.map((c) => text(first(c.headers))), ...rows],
    });
    styles.push(
      { range: `A${row}:${right}${row}`, style: { bold: true, fontColor: '#FFFFFF', fill: SECTION_FILL, fontName: FONT, fontSize: 12 } },
      { range: `A${row + 1}:${right}${row + 1}`, style: { bold: true, fill: HEADER_FILL, border: true, wrap: true, fontName: FONT, vertical: 'center' } },
    );
    const bodyTop = row + 2;
    const bodyBottom = row + 1 + Math.max(rows.length, 1);
    styles.push({ range: `A${bodyTop}:${right}${bodyBottom}`, style: { border: true, wrap: true, vertical: 'top', fontName: FONT, fontSize: 12 } });
    addSectionRules(section.key, bodyTop, bodyBottom, (index) => legendRange(legendList, index, legendTop), plan, styles, validations);
    row = bodyBottom + 2;
  }

  legendList.forEach((legend, index) => {
    const column = LEGEND_COLUMN + index;
    blocks.push({ at: address(legendTop + 1, column), rows: [[text(legend.header)], ...legend.words.map((w) => [text(w)])] });
    styles.push(
      { range: address(legendTop + 1, column), style: { bold: true, fill: HEADER_FILL, border: true, fontName: FONT } },
      { range: `${address(legendTop + 2, column)}:${address(legendTop + 1 + legend.words.length, column)}`, style: { border: true, fontName: FONT } },
    );
  });
  blocks.push({ at: address(legendTop, LEGEND_COLUMN), rows: [[text('GIÁ TRỊ HỢP LỆ (dùng cho các ô chọn)')]] });
  styles.push({ range: address(legendTop, LEGEND_COLUMN), style: { bold: true, italic: true, fontName: FONT } });

  const widestColumns = SECTIONS.reduce<number[]>((widths, section) => {
    section.columns.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.width)));
    return widths;
  }, []);
  const sheet: SheetLayout = {
    ...blankSheet(PLAN_SHEET_NAME),
    blocks,
    styles,
    merges,
    validations,
    columns: [
      ...widestColumns.map((width, i) => ({ column: columnLetters(i + 1), width })),
      { column: columnLetters(LEGEND_COLUMN - 1), width: 3 },
      ...legendList.map((_, i) => ({ column: columnLetters(LEGEND_COLUMN + i), width: 24 })),
    ],
    rows: [{ row: 2, height: 48 }],
    freeze: { rows: 2, columns: 0 },
    tabColor: SECTION_FILL,
    print: {
      orientation: 'landscape',
      paperSize: 'A4',
      margins: { top: 20, bottom: 20, left: 20, right: 15 },
      printArea: `A1:${lastColumn}${row}`,
      titleRows: '$1:$1',
      fitToWidth: true,
    },
  };
  return { sheets: [sheet], definedNames: [] };
}

function addSectionRules(
  key: SectionKey,
  top: number,
  bottom: number,
  legend: (index: number) => string,
  plan: Plan,
  styles: StyledRange[],
  validations: ValidationSpec[],
): void {
  const span = (column: string): string => `${column}${top}:${column}${bottom}`;
  switch (key) {
    case 'identity': {
      const at = (field: IdentityField): string => `B${top + IDENTITY_FIELDS.findIndex((f) => f.key === field)}`;
      styles.push({ range: at('date'), style: { numberFormat: 'dd/mm/yyyy', horizontal: 'left' } });
      styles.push({ range: `${at('year')}:${at('revision')}`, style: { numberFormat: '0', horizontal: 'left' } });
      validations.push(listRule(legend(3), at('periodConvention'), 'Cách tính kỳ báo cáo', 'Chọn cách tính kỳ báo cáo trong danh sách.'));
      // Its words are in the report dictionary, loaded once a workbook is open (taskpane/i18n/lazyReportWords), as every sheet write: not in the first load.
      validations.push(listRule(legend(LEGEND.governments), at('government'), 'Cấp chính quyền', ruleText('report.planSheet.governmentRule')));
      // Naming a unit here makes it the consolidated report's issuer and signer (core/report/issuer): said where it is typed (issue 13, fifth tester, finding 5).
      validations.push({
        range: at('reportingBody'),
        rule: { kind: 'textLength', max: 255 },
        allowBlank: true,
        prompt: {
          title: 'Đơn vị tổng hợp báo cáo',
          message:
            'Mã đơn vị (mục ĐƠN VỊ) tổng hợp, dự thảo báo cáo chung. Ghi mã thì báo cáo do đơn vị đó ban hành và thủ trưởng đơn vị ký (trừ khi ô dưới ghi cơ quan khác); để trống thì do cơ quan ban hành kế hoạch ban hành.',
        },
      });
      // The office drafts, the committee issues (Nghị định 30/2020): the header and signer follow this cell, the consolidation stays the office's.
      validations.push({
        range: at('reportIssuer'),
        rule: { kind: 'textLength', max: 255 },
        allowBlank: true,
        prompt: {
          title: 'Cơ quan ban hành báo cáo',
          message:
            'Ai ban hành báo cáo tổng hợp khi không phải đơn vị tổng hợp: ghi tên cơ quan ban hành kế hoạch (người ký ở ô "Người ký") hoặc mã một đơn vị. Để trống: đơn vị tổng hợp ban hành.',
        },
      });
      validations.push({
        range: at('year'),
        rule: { kind: 'wholeNumber', min: 2000, max: 2100 },
        allowBlank: false,
        error: { title: 'Năm', message: 'Nhập năm của kế hoạch, ví dụ 2018.', style: 'stop' },
      });
      validations.push({
        range: at('revision'),
        rule: { kind: 'wholeNumber', min: 1 },
        allowBlank: false,
        prompt: { title: 'Phiên bản', message: 'Tăng số này mỗi lần sửa kế hoạch, để biết sổ nào dùng bản cũ.' },
        error: { title: 'Phiên bản', message: 'Phiên bản là số nguyên từ 1 trở lên.', style: 'stop' },
      });
      return;
    }
    case 'units':
      styles.push({ range: `E${top}:F${bottom}`, style: { numberFormat: 'dd/mm/yyyy' } });
      validations.push(
        listRule(legend(0), span('D'), 'Cấp', 'Chọn cấp của đơn vị trong danh sách; cách ghi tiêu đề và người ký của từng cấp ở mục CẤP ĐƠN VỊ.'),
      );
      validations.push({
        range: `E${top}:F${bottom}`,
        rule: { kind: 'date', from: `${plan.identity.year - 10}-01-01`, to: `${plan.identity.year + 10}-12-31` },
        allowBlank: true,
        error: { title: 'Ngày', message: 'Nhập ngày theo dạng dd/mm/yyyy, hoặc để trống.', style: 'stop' },
      });
      return;
    case 'targets':
      styles.push({ range: span('E'), style: { numberFormat: '#,##0', horizontal: 'center' } });
      validations.push({
        range: span('E'),
        rule: { kind: 'wholeNumber', min: 0 },
        allowBlank: false,
        prompt: { title: 'Tối thiểu', message: 'Số ít nhất mà kế hoạch yêu cầu, theo cột Đo bằng: tin bài, phút, số lượng hoặc đồng (số nguyên, không âm).' },
        error: { title: 'Tối thiểu', message: 'Tối thiểu phải là số nguyên không âm.', style: 'stop' },
      });
      validations.push(listRule(legend(1), span('F'), 'Phạm vi', 'Toàn kế hoạch: cộng dồn mọi đơn vị; Mỗi đơn vị: từng đơn vị phải đạt.'));
      validations.push(
        blankAllowed(listRule(legend(LEGEND.cadences), span(letterOf('targets', 'per')), 'Tính theo', ruleText('plan.sheet.rule.per'))),
        blankAllowed(listRule(legend(LEGEND.measures), span(letterOf('targets', 'measure')), 'Đo bằng', ruleText('plan.sheet.rule.measure'))),
      );
      return;
    case 'standingItems':
      styles.push({ range: span('D'), style: { numberFormat: 'dd/mm/yyyy' } });
      validations.push(severalRule(legend(LEGEND.levels), span(letterOf('standingItems', 'appliesTo')), 'Áp dụng cho cấp', ruleText('plan.sheet.rule.levels')));
      validations.push({
        ...listRule(legend(LEGEND.cadences), span(letterOf('standingItems', 'recurrence')), 'Lặp lại', ruleText('plan.sheet.rule.recurrence')),
        allowBlank: true,
      });
      return;
    case 'fundingSources':
      styles.push({ range: span('E'), style: { numberFormat: '#,##0' } });
      validations.push(severalRule(legend(LEGEND.levels), span(letterOf('fundingSources', 'levels')), 'Áp dụng cho cấp', ruleText('plan.sheet.rule.levels')));
      return;
    case 'responsibilities':
      validations.push(severalRule(legend(LEGEND.levels), span(letterOf('responsibilities', 'levels')), 'Cấp', ruleText('plan.sheet.rule.levels')));
      return;
    case 'reportingDuties':
      validations.push(listRule(legend(2), span('C'), 'Kỳ báo cáo', 'Chọn kỳ báo cáo trong danh sách.'));
      return;
    case 'channels':
    case 'forms':
    case 'levels':
      return;
  }
}
