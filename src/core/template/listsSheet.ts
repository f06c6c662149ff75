import { absolute, address, columnLetters, sheetRef } from '../layout/a1';
import { blankSheet, text } from '../layout/cells';
import type { SheetLayout } from '../layout/types';
import { occurrenceText } from '../periods/occurrence';
import { periodCount } from '../periods/standard';
import type { Plan, TargetCadence } from '../plan/types';
import { STATE_WORDS } from '../records/recordSheets';
import { LISTS_SHEET_NAME } from './sheetNames';

/**
 * "Danh mục": the lists behind every dropdown, one column each. Dropdowns point at these ranges
 * rather than holding inline lists, which Excel caps at 255 characters. The lists are copies of the
 * plan's names; applying the template again after the plan changes rewrites them.
 */

export { LISTS_SHEET_NAME };

export type ListKey = 'channels' | 'forms' | 'units' | 'states' | 'fundingSources' | 'items' | 'periods';

interface ListColumn {
  readonly key: ListKey;
  readonly header: string;
  readonly values: readonly string[];
}

export interface ListsSheet {
  readonly layout: SheetLayout;
  /** Validation source for a list, e.g. "='Danh mục'!$A$2:$A$7". */
  readonly source: (key: ListKey) => string;
}

export function listColumns(plan: Plan): readonly ListColumn[] {
  return [
    { key: 'channels', header: 'Kênh', values: plan.channels.map((c) => c.name) },
    { key: 'forms', header: 'Hình thức', values: plan.forms.map((f) => f.name) },
    { key: 'units', header: 'Đơn vị', values: plan.units.map((u) => u.name) },
    { key: 'states', header: 'Tình trạng', values: Object.values(STATE_WORDS).map((words) => words[0] ?? '') },
    { key: 'fundingSources', header: 'Nguồn kinh phí', values: plan.fundingSources.map((f) => f.name) },
    { key: 'items', header: 'Mã hạng mục', values: plan.standingItems.map((s) => s.id) },
    { key: 'periods', header: 'Kỳ', values: occurrenceLabels(plan) },
  ];
}

const CADENCE_ORDER: readonly TargetCadence[] = ['month', 'quarter', 'half-year', 'year'];

/**
 * The Hạng mục "Kỳ" dropdown: every occurrence in the plan year of the cadences the plan's recurring
 * items use ("mỗi quý": "Quý I năm 2026" … "Quý IV năm 2026"), as reports name them, capitalised;
 * periods/parseOccurrence reads each back (issue 13, sixth tester, D4). Empty when no item recurs.
 */
export function occurrenceLabels(plan: Pick<Plan, 'standingItems' | 'identity' | 'periodConvention'>): string[] {
  const used = new Set(plan.standingItems.flatMap((s) => (s.recurrence === undefined ? [] : [s.recurrence])));
  return CADENCE_ORDER.filter((c) => used.has(c)).flatMap((cadence) =>
    Array.from({ length: periodCount(cadence) }, (_, i) =>
      occurrenceText({ kind: cadence, ...(cadence === 'year' ? {} : { index: i + 1 }) }, plan.identity.year, plan.periodConvention),
    ),
  );
}

export function listsSheet(plan: Plan): ListsSheet {
  const columns = listColumns(plan);
  const height = Math.max(1, ...columns.map((c) => c.values.length));
  const rows = [columns.map((c) => text(c.header)), ...Array.from({ length: height }, (_, r) => columns.map((c) => text(c.values[r] ?? '')))];
  const right = columnLetters(columns.length);
  const layout: SheetLayout = {
    ...blankSheet(LISTS_SHEET_NAME),
    blocks: [{ at: 'A1', rows }],
    styles: [
      { range: `A1:${right}1`, style: { bold: true, fill: '#DDEBF7', border: true } },
      { range: `A2:${right}${height + 1}`, style: { border: true } },
    ],
    columns: columns.map((c, i) => ({ column: columnLetters(i + 1), width: Math.min(48, Math.max(14, ...c.values.map((v) => v.length + 2))) })),
    freeze: { rows: 1, columns: 0 },
    tabColor: '#7F7F7F',
  };
  const source = (key: ListKey): string => {
    const index = columns.findIndex((c) => c.key === key);
    const column = columns[index];
    if (!column) throw new Error(`no list ${key}`);
    const last = Math.max(2, column.values.length + 1);
    return `=${sheetRef(LISTS_SHEET_NAME, absolute(`${address(2, index + 1)}:${address(last, index + 1)}`))}`;
  };
  return { layout, source };
}
