import { decisionKey } from './mergeDecisions';
import { dateOf } from '../dates/readDate';
import { t } from '../i18n/format';
import { issue, type Issue } from '../issues';
import { createPlanLookup } from '../plan/planLookup';
import type { Plan } from '../plan/types';
import type { RawCell, RawSheet } from '../ports/workbookPort';
import { foldForMatch, tidyText } from '../text/fold';
import { DECISIONS_SHEET_NAME } from './decisionsSheet';
import { DECISION_KINDS, type Decision, type DecisionKind } from './types';
import { SWAP_KEEP, YES_NO, choiceOf, isNotTaken, kindOf, kindWord, roleOf, roleWord, ROLES } from './words';

/**
 * Reads the "Ghi nhớ đọc tệp" sheet back into decisions, rows the officer added or corrected by
 * hand included. The header row is found by its words (the officer may insert rows above it);
 * every row below is a decision, a blank row is passed over. A row that cannot be understood is
 * left out with an issue on its cell (an unknown kind on column A, an unknown channel on C...), and
 * the others still count: one typo never loses the rest of the officer's decisions.
 */

export interface DecisionsReading {
  readonly decisions: readonly Decision[];
  readonly issues: readonly Issue[];
  /** Whether the workbook has the sheet at all (a first consolidation has none). */
  readonly found: boolean;
}

const HEADER_SEARCH_ROWS = 20;
const COLUMN_RE = /^(.+?)!(?:(\d+)!)?([A-Za-z]{1,3})$/;

const cellText = (value: RawCell | undefined): string => (value === null || value === undefined ? '' : tidyText(String(value)));

/** The sheet's 1-based header row: the first row whose first cell reads "Loại" or "Kind" and third "Nghĩa là" or "Means". */
function headerRow(sheet: RawSheet): number | null {
  const kinds = [foldForMatch('Loại'), foldForMatch('Kind')];
  const meanings = [foldForMatch('Nghĩa là'), foldForMatch('Means')];
  for (let r = 0; r < Math.min(sheet.values.length, HEADER_SEARCH_ROWS); r += 1) {
    const row = sheet.values[r] ?? [];
    const at = (column: number): string => foldForMatch(cellText(row[column - sheet.origin.column]));
    if (kinds.includes(at(1)) && meanings.includes(at(3))) return sheet.origin.row + r;
  }
  return null;
}

/**
 * @param sheets the district workbook's sheets (only "Ghi nhớ đọc tệp" is looked at)
 * @returns the decisions in sheet order; issues (errors) with the sheet and cell of each row left
 *   out: decisions.issue.unknownKind (A), noSeen (B), unknownRole, unknownChannel, unknownForm,
 *   unknownUnit, badRow, badChoice (C), badColumn (B); decisions.issue.noHeader when the sheet has
 *   lost its header row
 */
export function readDecisions(plan: Plan, sheets: readonly RawSheet[]): DecisionsReading {
  const sheet = sheets.find((s) => s.name === DECISIONS_SHEET_NAME);
  if (!sheet) return { decisions: [], issues: [], found: false };
  const header = headerRow(sheet);
  if (header === null) return { decisions: [], issues: [issue('decisions.issue.noHeader', 'error', { sheet: DECISIONS_SHEET_NAME, cell: 'A1' })], found: true };
  const lookup = createPlanLookup(plan);
  const decisions: Decision[] = [];
  const issues: Issue[] = [];
  // Two rows about the same thing that disagree: the lower one is used (as mergeDecisions would), and the officer is told.
  const firstRowOf = new Map<string, { row: number; meaning: string | null }>();
  for (let r = header - sheet.origin.row + 1; r < sheet.values.length; r += 1) {
    const rowNumber = sheet.origin.row + r;
    const row = sheet.values[r] ?? [];
    const raw = (column: number): RawCell | undefined => row[column - sheet.origin.column];
    const [kindText, seen, meaningRaw, file, , note] = [1, 2, 3, 4, 5, 6].map((c) => cellText(raw(c)));
    if ([kindText, seen, meaningRaw, file].every((x) => x === '')) continue;
    const fail = (code: Issue['code'], column: string, params: Issue['params']): void => {
      issues.push(issue(code, 'error', { sheet: DECISIONS_SHEET_NAME, cell: `${column}${rowNumber}` }, params));
    };
    const kind = kindOf(kindText ?? '');
    if (kind === undefined) {
      fail('decisions.issue.unknownKind', 'A', { value: kindText ?? '', allowed: DECISION_KINDS.map(kindWord).join(', ') });
      continue;
    }
    const wholeFile = kind === 'hiddenRows' || kind === 'usDates' || kind === 'defaultForm';
    if (!wholeFile && seen === '') {
      fail('decisions.issue.noSeen', 'B', {});
      continue;
    }
    if (kind === 'column' && !COLUMN_RE.test(seen ?? '')) {
      fail('decisions.issue.badColumn', 'B', { value: seen ?? '' });
      continue;
    }
    const meaning = meaningOf(kind, meaningRaw ?? '', raw(3));
    if ('code' in meaning) {
      fail(meaning.code, 'C', { value: meaningRaw ?? '', ...meaning.params });
      continue;
    }
    const decidedOn = dateOf(raw(5) ?? null);
    const decision: Decision = {
      kind,
      seen: seen ?? '',
      meaning: meaning.value,
      file: file === '' || file === undefined ? null : file,
      decidedOn,
      ...(note === undefined || note === '' ? {} : { note }),
    };
    const key = decisionKey(decision);
    const earlier = firstRowOf.get(key);
    if (earlier !== undefined && earlier.meaning !== decision.meaning)
      issues.push(issue('decisions.issue.conflict', 'warning', { sheet: DECISIONS_SHEET_NAME, cell: `C${rowNumber}` }, { row: earlier.row }));
    firstRowOf.set(key, { row: rowNumber, meaning: decision.meaning });
    decisions.push(decision);
  }
  return { decisions, issues, found: true };

  function meaningOf(
    kind: DecisionKind,
    text: string,
    rawCell: RawCell | undefined,
  ): { value: string | null } | { code: Issue['code']; params: Issue['params'] } {
    const notTaken = isNotTaken(text);
    const resolve = (find: (x: string) => string | null, code: Issue['code']): { value: string | null } | { code: Issue['code']; params: Issue['params'] } => {
      if (notTaken) return { value: null };
      const found = find(text);
      return found === null ? { code, params: {} } : { value: found };
    };
    switch (kind) {
      case 'header':
      case 'column': {
        if (notTaken) return { value: null };
        const role = roleOf(text);
        return role === undefined ? { code: 'decisions.issue.unknownRole', params: { allowed: ROLES.map(roleWord).join(', ') } } : { value: role };
      }
      case 'channel':
        return resolve((x) => lookup.channel.find(x), 'decisions.issue.unknownChannel');
      case 'form':
      case 'defaultForm':
        return resolve((x) => lookup.form.find(x), 'decisions.issue.unknownForm');
      case 'unitLabel':
        return resolve((x) => lookup.unit.find(x), 'decisions.issue.unknownUnit');
      case 'fileUnit': {
        const found = lookup.unit.find(text);
        return found === null ? { code: 'decisions.issue.unknownUnit', params: {} } : { value: found };
      }
      case 'headerRow': {
        const value = typeof rawCell === 'number' ? rawCell : Number(text);
        return Number.isInteger(value) && value >= 1 ? { value: String(value) } : { code: 'decisions.issue.badRow', params: {} };
      }
      case 'hiddenRows':
      case 'usDates': {
        const options = kind === 'hiddenRows' ? YES_NO : SWAP_KEEP;
        const value = choiceOf(text, options);
        const [first, second] = options.map(([, key]) => key);
        return value === undefined
          ? { code: 'decisions.issue.badChoice', params: { first: first ? wordOf(first) : '', second: second ? wordOf(second) : '' } }
          : { value };
      }
    }
  }
}

/** The sheet is Vietnamese: the issue names the Vietnamese words the officer can type. */
const wordOf = (key: Issue['code']): string => t(key, {}, 'vi');
