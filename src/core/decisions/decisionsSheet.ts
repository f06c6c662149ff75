import { blankSheet, date, empty, num, text } from '../layout/cells';
import { absolute } from '../layout/a1';
import type { CellValue, SheetLayout } from '../layout/types';
import { t } from '../i18n/format';
import type { MessageKey } from '../i18n/messages';
import type { Plan } from '../plan/types';
import type { ColumnRole } from '../reader/types';
import { DECISION_KINDS, type Decision } from './types';
import { YES_NO, SWAP_KEEP, kindWord, roleWord } from './words';

/**
 * The "Ghi nhớ đọc tệp" sheet of the district workbook: one row per decision, laid out as data
 * like the "Kế hoạch" sheet (a title, a line of help, a header row, then the rows), visible and
 * editable. Meanings are written as the plan names them ("Đài Truyền thanh huyện", not its code)
 * so the officer can read and correct them; readDecisions takes names or codes back.
 */

import { DECISIONS_SHEET_NAME } from './decisionsSheetName';
export { DECISIONS_SHEET_NAME };
/** 1-based row of the column headers; decisions start on the row below. */
export const DECISIONS_HEADER_ROW = 4;

const COLUMN_KEYS: readonly MessageKey[] = [
  'decisions.column.kind',
  'decisions.column.seen',
  'decisions.column.meaning',
  'decisions.column.file',
  'decisions.column.date',
  'decisions.column.note',
];
const WIDTHS = [26, 40, 36, 30, 13, 36];
const LEGEND_COLUMN = 'H';
const FONT = 'Times New Roman';
const HEADER_FILL = '#DDEBF7';
const TITLE_FILL = '#1F4E79';
/** Rows below the decisions given the kind dropdown and borders, so the officer can add rows. */
const SPARE_ROWS = 20;

const vi = (key: MessageKey): string => t(key, {}, 'vi');

/** What a decision means, in the words the officer reads (plan names, role words, Có/Không). */
export function meaningText(plan: Plan, decision: Decision): string {
  const { meaning } = decision;
  if (meaning === null) return vi('decisions.notTaken');
  const name = (list: readonly { code: string; name: string }[]): string => list.find((x) => x.code === meaning)?.name ?? meaning;
  const word = (options: readonly [string, MessageKey][]): string => {
    const key = options.find(([value]) => value === meaning)?.[1];
    return key === undefined ? meaning : vi(key);
  };
  switch (decision.kind) {
    case 'header':
    case 'column':
      return roleWord(meaning as ColumnRole);
    case 'channel':
      return name(plan.channels);
    case 'form':
    case 'defaultForm':
      return name(plan.forms);
    case 'unitLabel':
    case 'fileUnit':
      return name(plan.units);
    case 'hiddenRows':
      return word(YES_NO);
    case 'usDates':
      return word(SWAP_KEEP);
    case 'headerRow':
      return meaning;
  }
}

function decisionRow(plan: Plan, decision: Decision): CellValue[] {
  const meaning = meaningText(plan, decision);
  return [
    text(kindWord(decision.kind)),
    text(decision.seen),
    decision.kind === 'headerRow' && /^\d+$/.test(meaning) ? num(Number(meaning)) : text(meaning),
    text(decision.file ?? ''),
    decision.decidedOn === null ? empty : date(decision.decidedOn),
    text(decision.note ?? ''),
  ];
}

/**
 * @param decisions every decision to keep, in the order they are shown (the officer's rows first,
 *   as mergeDecisions leaves them)
 * @returns the sheet's layout; the whole sheet is replaced when written, so rows not given here are gone
 */
export function decisionsSheet(plan: Plan, decisions: readonly Decision[]): SheetLayout {
  const top = DECISIONS_HEADER_ROW + 1;
  const last = DECISIONS_HEADER_ROW + Math.max(decisions.length, 1) + SPARE_ROWS;
  const kinds = DECISION_KINDS.map(kindWord);
  const legendTop = DECISIONS_HEADER_ROW + 1;
  const legendRange = absolute(`${LEGEND_COLUMN}${legendTop}:${LEGEND_COLUMN}${legendTop + kinds.length - 1}`);
  return {
    ...blankSheet(DECISIONS_SHEET_NAME),
    blocks: [
      { at: 'A1', rows: [[text(vi('decisions.sheetTitle'))], [text(vi('decisions.sheetHelp'))]] },
      { at: `A${DECISIONS_HEADER_ROW}`, rows: [COLUMN_KEYS.map((key) => text(vi(key))), ...decisions.map((d) => decisionRow(plan, d))] },
      { at: `${LEGEND_COLUMN}${DECISIONS_HEADER_ROW}`, rows: [[text(vi('decisions.legend'))], ...kinds.map((k) => [text(k)])] },
    ],
    merges: ['A1:F1', 'A2:F2'],
    styles: [
      { range: 'A1:F1', style: { bold: true, fontSize: 14, fontName: FONT, fontColor: '#FFFFFF', fill: TITLE_FILL, horizontal: 'center' } },
      { range: 'A2:F2', style: { italic: true, fontName: FONT, wrap: true, vertical: 'top' } },
      { range: `A${DECISIONS_HEADER_ROW}:F${DECISIONS_HEADER_ROW}`, style: { bold: true, fill: HEADER_FILL, border: true, wrap: true, fontName: FONT } },
      { range: `A${top}:F${last}`, style: { border: true, wrap: true, vertical: 'top', fontName: FONT } },
      { range: `E${top}:E${last}`, style: { numberFormat: 'dd/mm/yyyy', horizontal: 'left' } },
      { range: `${LEGEND_COLUMN}${DECISIONS_HEADER_ROW}`, style: { bold: true, fill: HEADER_FILL, border: true, fontName: FONT } },
      { range: `${LEGEND_COLUMN}${legendTop}:${LEGEND_COLUMN}${legendTop + kinds.length - 1}`, style: { border: true, fontName: FONT } },
    ],
    columns: [...WIDTHS.map((width, i) => ({ column: String.fromCharCode(65 + i), width })), { column: 'G', width: 3 }, { column: LEGEND_COLUMN, width: 28 }],
    rows: [{ row: 2, height: 48 }],
    validations: [
      {
        range: `A${top}:A${last}`,
        rule: { kind: 'list', source: `=${legendRange}` },
        allowBlank: true,
        error: { title: vi('decisions.column.kind'), message: vi('decisions.legend'), style: 'stop' },
      },
    ],
    freeze: { rows: DECISIONS_HEADER_ROW, columns: 0 },
  };
}
