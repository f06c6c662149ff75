import { issue, type Issue, type IssueParams } from '../issues';
import { templateHeader } from '../records/recordSheets';
import type { FieldOf, RecordKind } from '../records/types';
import type { Emit, Entry, EntryFor, EntryOf, FieldsByKind, IssueSpec, RecordRuleDefinition, Rule, WorkbookRuleDefinition } from './types';

/**
 * How a rule is declared and run. recordRule / workbookRule erase a rule's types so the index can
 * hold every rule in one array; the helpers below are what most checks need from an entry.
 */

/** Turns a rule's outcome into an Issue with the code and severity the rule declares for it. */
function emitter<O extends string>(issues: Readonly<Record<O, IssueSpec>>, out: Issue[]): Emit<O> {
  return (outcome: O, where: { readonly sheet: string; readonly cell?: string | undefined }, params: IssueParams = {}): void => {
    const spec = issues[outcome];
    out.push(issue(spec.code, spec.severity, where.cell === undefined ? { sheet: where.sheet } : { sheet: where.sheet, cell: where.cell }, params));
  };
}

export function recordRule<K extends RecordKind, O extends string>(definition: RecordRuleDefinition<K, O>): Rule {
  return {
    id: definition.id,
    appliesTo: definition.appliesTo,
    issues: Object.values(definition.issues),
    run: (_workbook, entries, context) => {
      const out: Issue[] = [];
      const emit = emitter(definition.issues, out);
      for (const kind of definition.appliesTo) definition.check(entries[kind] as readonly EntryFor<K>[], context, emit);
      return out;
    },
  };
}

export function workbookRule<O extends string>(definition: WorkbookRuleDefinition<O>): Rule {
  return {
    id: definition.id,
    appliesTo: 'workbook',
    issues: Object.values(definition.issues),
    run: (workbook, _entries, context) => {
      const out: Issue[] = [];
      definition.check(workbook, context, emitter(definition.issues, out));
      return out;
    },
  };
}

/** The A1 address of a field's cell in an entry's row, or undefined when the table lacks the column. */
export function cellOf<K extends RecordKind>(entry: EntryOf<K>, field: FieldOf<K>): string | undefined {
  const elsewhere = entry.raw.addresses?.[field];
  if (elsewhere !== undefined) return elsewhere;
  const letters = entry.raw.columns[field];
  return letters === undefined ? undefined : `${letters}${entry.raw.source.row}`;
}

/** The column letters of a field's cell in an entry's row, as cellOf gives its address ('' when the table lacks the column). */
export function columnOf<K extends RecordKind>(entry: EntryOf<K>, field: FieldOf<K>): string {
  const elsewhere = entry.raw.addresses?.[field];
  return elsewhere !== undefined ? columnOfCell(elsewhere) : (entry.raw.columns[field] ?? '');
}

/** Where a field of an entry is: its sheet and cell. */
export function at<K extends RecordKind>(entry: EntryOf<K>, field: FieldOf<K>): { sheet: string; cell: string | undefined } {
  return { sheet: entry.raw.source.sheet, cell: cellOf(entry, field) };
}

/**
 * The header the officer sees over a field's column ("Ngày đăng"); where the table has no such column
 * (a channel given by a section row above), the template's header for the field ("Kênh"): the
 * workbook's own word, never the program's field name ("channel": issue 11's tester, D2).
 */
export function headerOf<K extends RecordKind>(entry: EntryOf<K>, field: FieldOf<K>): string {
  const column = entry.table.header.columns.get(field);
  return (column === undefined ? undefined : entry.table.header.headers.get(column)) ?? templateHeader(entry.kind, field);
}

const NO_FIELDS: Required<FieldsByKind> = { output: [], standing: [], spending: [] };

/** Calls `visit` for each of the entry's fields listed for its kind. */
export function eachField(entry: Entry, fields: FieldsByKind, visit: <K extends RecordKind>(entry: EntryOf<K>, field: FieldOf<K>) => void): void {
  // Indexed: this runs for every entry of every rule that looks at several fields, and a for-of's
  // iterator results were garbage before the loop was optimised (issue 11).
  switch (entry.kind) {
    case 'output': {
      const list = fields.output ?? NO_FIELDS.output;
      for (let i = 0; i < list.length; i += 1) visit(entry, list[i] as FieldOf<'output'>);
      break;
    }
    case 'standing': {
      const list = fields.standing ?? NO_FIELDS.standing;
      for (let i = 0; i < list.length; i += 1) visit(entry, list[i] as FieldOf<'standing'>);
      break;
    }
    case 'spending': {
      const list = fields.spending ?? NO_FIELDS.spending;
      for (let i = 0; i < list.length; i += 1) visit(entry, list[i] as FieldOf<'spending'>);
      break;
    }
  }
}

/** The tidy text of a field ('' when blank or when the table has no such column). */
export function textOf<K extends RecordKind>(entry: EntryOf<K>, field: FieldOf<K>): string {
  return entry.text[field] ?? '';
}

/** Cells of one column of one sheet that share what a rule found, in the order met: where they start and end, how many, and what the first one said. */
export interface ColumnRun<T> {
  readonly sheet: string;
  readonly first: string | undefined;
  readonly last: string | undefined;
  readonly count: number;
  /** What the rule kept of the first cell. */
  readonly found: T;
}

/** "C12" → "C": the column a cell is in ('' for no cell). */
const columnOfCell = (cell: string | undefined): string => (cell === undefined ? '' : cell.replace(/\d+$/, ''));

/**
 * Groups cells by sheet, column and the rule's own key (an outcome, an encoding), in the order their
 * first cells are met: for a rule that warns once per column of a sheet rather than once per cell
 * (links: a tracker repeats one mistake down a whole column, and its cure is one; the legacy-encoding
 * rule groups its many cells its own way, without a key per cell).
 * `found` is called for a group's first cell only.
 */
export function columnRuns<T>(): {
  add(where: { readonly sheet: string; readonly cell: string | undefined }, key: string, found: () => T): void;
  runs(): Iterable<ColumnRun<T>>;
} {
  const groups = new Map<string, { sheet: string; first: string | undefined; last: string | undefined; count: number; found: T }>();
  return {
    add(where, key, found) {
      const id = `${where.sheet}\u0000${columnOfCell(where.cell)}\u0000${key}`;
      const known = groups.get(id);
      if (known === undefined) groups.set(id, { sheet: where.sheet, first: where.cell, last: where.cell, count: 1, found: found() });
      else {
        known.count += 1;
        known.last = where.cell;
      }
    },
    runs: () => groups.values(),
  };
}

/** Cuts long text for a message, keeping whole characters. */
export function excerpt(text: string, max = 60): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
