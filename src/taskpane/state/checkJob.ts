import type { Issue } from '../../core/issues';
import type { PaneMessage } from './trackerJob';

/** The last "check the open workbook": its issues, in workbook order, each pointing at a cell. */
export type CheckJob =
  | { readonly status: 'idle' }
  | { readonly status: 'working' }
  | {
      readonly status: 'done';
      readonly issues: readonly Issue[];
      readonly errors: number;
      readonly warnings: number;
      readonly sheets: number;
      /** Set when "go to cell" failed (the sheet was renamed or deleted since the check). */
      readonly goToProblem?: PaneMessage;
    }
  | { readonly status: 'failed'; readonly message: PaneMessage };

/**
 * "Đánh dấu ô lỗi" / "Xóa đánh dấu": marks live in the workbook (they outlast a re-check and the
 * pane itself), so this only says what the last mark or clear did.
 */
export type CheckMarks =
  | { readonly status: 'idle' }
  | { readonly status: 'working'; readonly what: 'mark' | 'clear' }
  | { readonly status: 'marked'; readonly marked: number; readonly skipped: number }
  | { readonly status: 'cleared'; readonly restored: number }
  | { readonly status: 'failed'; readonly message: PaneMessage };

export type CheckMarkAction =
  | { readonly type: 'checkMarksWorking'; readonly what: 'mark' | 'clear' }
  | { readonly type: 'checkMarked'; readonly marked: number; readonly skipped: number }
  | { readonly type: 'checkMarksCleared'; readonly restored: number }
  | { readonly type: 'checkMarksFailed'; readonly message: PaneMessage };

export const INITIAL_CHECK_MARKS: CheckMarks = { status: 'idle' };

const MARK_ACTIONS: ReadonlySet<string> = new Set<CheckMarkAction['type']>(['checkMarksWorking', 'checkMarked', 'checkMarksCleared', 'checkMarksFailed']);

export function isCheckMarkAction(action: { readonly type: string }): action is CheckMarkAction {
  return MARK_ACTIONS.has(action.type);
}

export function checkMarksReducer(_marks: CheckMarks, action: CheckMarkAction): CheckMarks {
  switch (action.type) {
    case 'checkMarksWorking':
      return { status: 'working', what: action.what };
    case 'checkMarked':
      return { status: 'marked', marked: action.marked, skipped: action.skipped };
    case 'checkMarksCleared':
      return { status: 'cleared', restored: action.restored };
    case 'checkMarksFailed':
      return { status: 'failed', message: action.message };
  }
}

/** Issues grouped for the list: by sheet in workbook order, then by rule, each with its counts. */
export interface RuleGroup {
  /** The rule family: the middle part of the code ("validation.date.future" → "date"). */
  readonly rule: string;
  readonly issues: readonly Issue[];
  readonly errors: number;
}

export interface SheetGroup {
  readonly sheet: string;
  readonly errors: number;
  readonly warnings: number;
  readonly rules: readonly RuleGroup[];
}

export function ruleOf(code: string): string {
  return code.split('.')[1] ?? 'other';
}

export function groupIssues(issues: readonly Issue[]): SheetGroup[] {
  const sheets = new Map<string, Map<string, Issue[]>>();
  for (const found of issues) {
    const rules = sheets.get(found.where.sheet) ?? new Map<string, Issue[]>();
    sheets.set(found.where.sheet, rules);
    const rule = ruleOf(found.code);
    const list = rules.get(rule);
    if (list) list.push(found);
    else rules.set(rule, [found]);
  }
  return [...sheets].map(([sheet, rules]) => {
    const groups = [...rules].map(([rule, list]) => ({ rule, issues: list, errors: list.filter((i) => i.severity === 'error').length }));
    const errors = groups.reduce((sum, g) => sum + g.errors, 0);
    const total = groups.reduce((sum, g) => sum + g.issues.length, 0);
    // Rules with errors first, then the larger groups.
    groups.sort((a, b) => (b.errors > 0 ? 1 : 0) - (a.errors > 0 ? 1 : 0) || b.issues.length - a.issues.length);
    return { sheet, errors, warnings: total - errors, rules: groups };
  });
}

/** What "mark" sends to the workbook: every issue that points at a cell. */
export function marksFor(issues: readonly Issue[]): { sheet: string; cell: string; severity: Issue['severity'] }[] {
  return issues.flatMap((found) => (found.where.cell === undefined ? [] : [{ sheet: found.where.sheet, cell: found.where.cell, severity: found.severity }]));
}
