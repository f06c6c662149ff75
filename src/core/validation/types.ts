import type { MessageKey } from '../i18n/messages';
import type { Issue, IssueParams, Severity } from '../issues';
import type { PlanLookup } from '../plan/planLookup';
import type { IsoDate, Plan, StandingItem, Unit } from '../plan/types';
import type { Period } from '../periods';
import type { RawSheet } from '../ports/workbookPort';
import type { HeaderMatch } from '../records/findHeader';
import type { SkippedRow } from '../records/readRecords';
import type { FieldOf, OutputRecord, RawRecord, RecordKind, SpendingRecord, StandingRecord, UnitRecords } from '../records/types';
import type { Stamp } from '../template/stamp';
import type { Suggester } from './suggest';
import type { BookReading } from '../reader/readBook';

/**
 * The shapes validation works on. A rule is data (id, what it applies to, the issue codes it can
 * raise with their severity) plus one small pure function; rules/index.ts gathers them.
 */

export interface ResolvedOf {
  readonly output: OutputRecord;
  readonly standing: StandingRecord;
  readonly spending: SpendingRecord;
}

/** One row as read and as resolved, with each field's cell text computed once for every rule. */
export interface EntryOf<K extends RecordKind> {
  readonly kind: K;
  readonly raw: RawRecord<K>;
  readonly record: ResolvedOf[K];
  /** Tidy text (NFC, single spaces) of every mapped field; '' when blank. */
  readonly text: Readonly<Partial<Record<FieldOf<K>, string>>>;
  readonly table: TableOf<K>;
}

export type Entry = EntryOf<'output'> | EntryOf<'standing'> | EntryOf<'spending'>;

/** The entries of some kinds, as a union the rule narrows with `entry.kind`. */
export type EntryFor<K extends RecordKind> = Extract<Entry, { readonly kind: K }>;

/** Fields of each record kind, e.g. the text fields a rule looks at. */
export type FieldsByKind = { readonly [K in RecordKind]?: readonly FieldOf<K>[] };

/** An entry table found on a sheet: the template's own or an office tracker's. */
export interface TableOf<K extends RecordKind> {
  readonly kind: K;
  readonly sheet: string;
  readonly header: HeaderMatch<K>;
  readonly skipped: readonly SkippedRow[];
  readonly rowsRead: number;
  /** Fields that come from elsewhere than a column: the channel from section rows or marked sub-columns. */
  readonly fieldsElsewhere?: readonly FieldOf<K>[];
}

export type Table = TableOf<'output'> | TableOf<'standing'> | TableOf<'spending'>;

export interface WorkbookInput {
  readonly sheets: readonly RawSheet[];
  readonly tables: readonly Table[];
  readonly stamp: Stamp | null;
  /** The workbook holds a consolidation's TH sheets (reader's BookReading.holdsConsolidation): entry tables are not expected. */
  readonly holdsConsolidation?: boolean;
}

/** Everything rules share, computed once per workbook. */
export interface ValidationContext {
  readonly plan: Plan;
  readonly lookup: PlanLookup;
  readonly today: IsoDate;
  readonly period: Period | undefined;
  /** Dates a record of the plan year may carry: the plan's annual period joined with the calendar year. */
  readonly planYear: { readonly from: IsoDate; readonly to: IsoDate };
  readonly stamp: Stamp | null;
  /** The unit code a blank unit cell means, or null when the workbook names none. */
  readonly defaultUnit: string | null;
  /** True for a district workbook, whose rows belong to many units. */
  readonly unitRequired: boolean;
  readonly units: ReadonlyMap<string, Unit>;
  readonly standingItems: ReadonlyMap<string, StandingItem>;
  readonly suggest: Suggester;
  /** Whether a sheet's row is hidden, or on a hidden sheet (RawSheet.hiddenRows, visibility): rows set aside, as admitOutput does for outputs. */
  readonly hiddenRow: (sheet: string, row: number) => boolean;
}

export interface IssueSpec {
  readonly code: MessageKey;
  readonly severity: Severity;
}

export type Emit<O extends string> = (outcome: O, where: { readonly sheet: string; readonly cell?: string | undefined }, params?: IssueParams) => void;

interface RuleBase<O extends string> {
  /** Stable id, for docs and for turning a rule off. */
  readonly id: string;
  readonly issues: Readonly<Record<O, IssueSpec>>;
}

export interface RecordRuleDefinition<K extends RecordKind, O extends string> extends RuleBase<O> {
  readonly appliesTo: readonly K[];
  /** One pass over the entries of the kinds the rule applies to, in sheet order. */
  readonly check: (entries: readonly EntryFor<K>[], context: ValidationContext, emit: Emit<O>) => void;
}

export interface WorkbookRuleDefinition<O extends string> extends RuleBase<O> {
  readonly appliesTo: 'workbook';
  readonly check: (workbook: WorkbookInput, context: ValidationContext, emit: Emit<O>) => void;
}

/** A rule with its types erased, ready to run: what the index holds. */
export interface Rule {
  readonly id: string;
  readonly appliesTo: readonly RecordKind[] | 'workbook';
  readonly issues: readonly IssueSpec[];
  readonly run: (workbook: WorkbookInput, entries: EntriesByKind, context: ValidationContext) => Issue[];
}

export interface EntriesByKind {
  readonly output: readonly EntryOf<'output'>[];
  readonly standing: readonly EntryOf<'standing'>[];
  readonly spending: readonly EntryOf<'spending'>[];
}

export interface ValidationOptions {
  readonly today: IsoDate;
  /** The reporting period chosen; dates outside it are flagged as warnings. */
  readonly period?: Period;
  /** The file the sheets came from, kept on every record's source. */
  readonly file?: string;
  /** The unit code a blank unit means when the workbook has no stamp (an adopted tracker). */
  readonly unit?: string;
  /** The plan's lookup to use instead of building one per workbook: consolidation passes its label resolver's, one per consolidation (issue 11). */
  readonly lookup?: PlanLookup;
  /** The plan's suggester to share across workbooks (its cache per text then serves them all); built per workbook when absent. */
  readonly suggest?: Suggester;
}

export interface ValidationCounts {
  readonly error: number;
  readonly warning: number;
}

export interface ValidationReport {
  readonly file?: string;
  readonly stamp: Stamp | null;
  /** Sorted by sheet (workbook order), then row, then column. */
  readonly issues: readonly Issue[];
  readonly counts: ValidationCounts;
  readonly bySheet: Readonly<Record<string, ValidationCounts>>;
  readonly byCode: Readonly<Partial<Record<MessageKey, number>>>;
  /** The records read, resolved against the plan, for the pane, the CLI and consolidation. */
  readonly records: UnitRecords;
  readonly tables: readonly Table[];
  /** What the one reader read, with the default unit given to blank unit cells. */
  readonly reading: BookReading;
}
